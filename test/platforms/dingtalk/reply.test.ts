// The reply paths on their own: token caching and renewal, fallbacks, private replies.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReplyContext } from '../../../src/platforms/dingtalk/decode.js';
import { DingtalkOpenApi } from '../../../src/platforms/dingtalk/openapi.js';
import { Replier } from '../../../src/platforms/dingtalk/reply.js';
import { startFakeDingtalk, type FakeDingtalk, type Recorded } from './fake-dingtalk.js';
import { collectingLogger } from './support.js';

let fake: FakeDingtalk;
let tokens: number;
let clockMs: number;
let api: DingtalkOpenApi;
const log = collectingLogger();

function answer(r: Recorded) {
  if (r.path === '/v1.0/oauth2/accessToken') return { body: { accessToken: `token-${++tokens}`, expireIn: 7200 } };
  if (r.path === '/robot/sendBySession') return { body: { errcode: 0, errmsg: 'ok' } };
  return { body: { processQueryKey: 'pqk' } };
}

beforeEach(async () => {
  tokens = 0;
  clockMs = 1_760_000_000_000;
  fake = await startFakeDingtalk(answer);
  api = new DingtalkOpenApi({ base: fake.url, appKey: 'dingclient', appSecret: 'secret', robotCode: 'dingrobot', now: () => clockMs });
});
afterEach(() => fake.close());

const replier = (openApi: DingtalkOpenApi | null = api) =>
  new Replier({ log, webhookHost: '127.0.0.1', now: () => new Date(clockMs), ...(openApi ? { openApi } : {}) });

const group = (over: Partial<ReplyContext> = {}): ReplyContext => ({
  messageId: 'm1',
  chatType: 'group',
  conversationId: 'cid1',
  senderId: 'manager4021',
  sessionWebhook: `${fake.url}/robot/sendBySession?session=a`,
  sessionWebhookExpiresAt: clockMs + 60 * 60_000,
  ...over,
});

const paths = () => fake.requests.map((r) => r.path);

describe('OpenAPI access token', () => {
  it('is fetched once and reused until shortly before it expires', async () => {
    await Promise.all([api.sendGroup('cid1', { msgtype: 'text', text: { content: 'a' } }), api.sendGroup('cid1', { msgtype: 'text', text: { content: 'b' } })]);
    expect(tokens).toBe(1);
    clockMs += 7200_000 - 6 * 60_000;
    await api.sendGroup('cid1', { msgtype: 'text', text: { content: 'c' } });
    expect(tokens).toBe(1);
    clockMs += 2 * 60_000;
    await api.sendGroup('cid1', { msgtype: 'text', text: { content: 'd' } });
    expect(tokens).toBe(2);
    const sends = fake.requests.filter((r) => r.path === '/v1.0/robot/groupMessages/send');
    expect(sends.map((r) => r.headers['x-acs-dingtalk-access-token'])).toEqual(['token-1', 'token-1', 'token-1', 'token-2']);
  });

  it('is renewed once when DingTalk rejects it, and an error answer is surfaced with its code', async () => {
    let rejected = false;
    fake.respond = (r) => {
      if (r.path === '/v1.0/robot/groupMessages/send' && !rejected) {
        rejected = true;
        return { status: 401, body: { code: 'InvalidAuthentication', message: 'token expired' } };
      }
      return answer(r);
    };
    await api.sendGroup('cid1', { msgtype: 'markdown', markdown: { title: 't', text: '**x**' } });
    expect(tokens).toBe(2);
    const last = fake.requests.at(-1)!;
    expect(last.json).toEqual({ robotCode: 'dingrobot', openConversationId: 'cid1', msgKey: 'sampleMarkdown', msgParam: JSON.stringify({ title: 't', text: '**x**' }) });

    fake.respond = (r) => (r.path === '/v1.0/oauth2/accessToken' ? { status: 400, body: { code: 'invalidClientSecret', message: 'bad secret' } } : answer(r));
    const fresh = new DingtalkOpenApi({ base: fake.url, appKey: 'dingclient', appSecret: 'wrong', robotCode: 'dingrobot' });
    await expect(fresh.sendGroup('cid1', { msgtype: 'text', text: { content: 'x' } })).rejects.toThrow(/invalidClientSecret: bad secret \(HTTP 400\)/);
  });
});

describe('Replier', () => {
  it('sends every part of every reply, in order, through a live sessionWebhook', async () => {
    const n = await replier().send(group(), [{ text: 'a'.repeat(15_000) + '\n' + 'b'.repeat(15_000) }, { text: '第二条', format: 'markdown', title: '标题' }]);
    expect(n).toBe(3);
    expect(paths()).toEqual(['/robot/sendBySession', '/robot/sendBySession', '/robot/sendBySession']);
    expect(fake.requests.map((r) => r.json.msgtype)).toEqual(['text', 'text', 'markdown']);
  });

  it('sends a private reply in a group one-to-one to the sender, never into the group', async () => {
    await replier().send(group(), [{ text: '只给你看', private: true }]);
    expect(paths()).toEqual(['/v1.0/oauth2/accessToken', '/v1.0/robot/oToMessages/batchSend']);
    expect(fake.requests[1]!.json).toMatchObject({ robotCode: 'dingrobot', userIds: ['manager4021'], msgKey: 'sampleText' });
  });

  it('@-mentions through the sessionWebhook, and drops the raw @id line where the OpenAPI cannot @', async () => {
    await replier().send(group(), [{ text: '已记录城关镇今日进度', mention: ['manager4021'] }]);
    expect(fake.requests[0]!.json.at).toEqual({ atUserIds: ['manager4021'], isAtAll: false });
    expect(fake.requests[0]!.json.text.content).toBe('已记录城关镇今日进度\n@manager4021');
    await replier().send(group({ sessionWebhookExpiresAt: 1 }), [{ text: '已记录城关镇今日进度', mention: ['manager4021'] }]);
    expect(JSON.parse(fake.requests.at(-1)!.json.msgParam)).toEqual({ content: '已记录城关镇今日进度' });
  });

  it('prefers the robotCode that came with the message', async () => {
    await replier().send(group({ sessionWebhookExpiresAt: clockMs - 1, robotCode: 'dingFromMessage' }), [{ text: 'x' }]);
    expect(fake.requests.at(-1)!.json.robotCode).toBe('dingFromMessage');
  });

  it('treats a webhook about to expire as expired', async () => {
    await replier().send(group({ sessionWebhookExpiresAt: clockMs + 1_000 }), [{ text: 'x' }]);
    expect(paths()).toEqual(['/v1.0/oauth2/accessToken', '/v1.0/robot/groupMessages/send']);
  });

  it('falls back to the OpenAPI when the sessionWebhook answers an errcode, and logs why', async () => {
    fake.respond = (r) => (r.path === '/robot/sendBySession' ? { body: { errcode: 300001, errmsg: 'session expired' } } : answer(r));
    await replier().send(group(), [{ text: 'x' }]);
    expect(paths()).toEqual(['/robot/sendBySession', '/v1.0/oauth2/accessToken', '/v1.0/robot/groupMessages/send']);
    expect(log.lines.some((l) => l.level === 'warn' && JSON.stringify(l.obj).includes('session expired'))).toBe(true);
  });

  it('without OpenAPI credentials, surfaces a failed or expired sessionWebhook as an error', async () => {
    fake.respond = (r) => (r.path === '/robot/sendBySession' ? { body: { errcode: 300001, errmsg: 'session expired' } } : answer(r));
    await expect(replier(null).send(group(), [{ text: 'x' }])).rejects.toThrow(/sessionWebhook: code 300001: session expired/);
    await expect(replier(null).send(group({ sessionWebhookExpiresAt: 1 }), [{ text: 'x' }])).rejects.toThrow(/DINGTALK_CLIENT_ID/);
  });
});
