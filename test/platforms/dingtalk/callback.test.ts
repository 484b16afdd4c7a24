// Conversation tests for HTTP mode: signed robot messages go through the real bot, and the
// answers arrive at local servers standing in for sessionWebhook and the OpenAPI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sign } from '../../../src/platforms/dingtalk/sign.js';
import { startTestBot, type TestBot } from '../../helpers/bot.js';
import { robotMessage, startFakeDingtalk, type FakeDingtalk, type Recorded } from './fake-dingtalk.js';

const APP_SECRET = 'Ab3xT9-app-secret-of-the-test-robot';
let fake: FakeDingtalk;
let t: TestBot;
let sessions = 0;

function answer(r: Recorded) {
  if (r.path === '/robot/sendBySession') return { body: { errcode: 0, errmsg: 'ok' } };
  if (r.path === '/v1.0/oauth2/accessToken') return { body: { accessToken: 'app-token-1', expireIn: 7200 } };
  if (r.path.startsWith('/v1.0/robot/')) return { body: { processQueryKey: `pqk-${r.path}` } };
  return { status: 404, body: { code: 'notFound', message: r.path } };
}

beforeAll(async () => {
  fake = await startFakeDingtalk(answer);
  t = await startTestBot({
    env: {
      DINGTALK_MODE: 'http',
      DINGTALK_APP_SECRET: APP_SECRET,
      DINGTALK_CLIENT_ID: 'dingclient0001',
      DINGTALK_CLIENT_SECRET: APP_SECRET,
      DINGTALK_API_BASE: fake.url,
      DINGTALK_OPENAPI_BASE: fake.url,
    },
  });
});
afterAll(async () => {
  await t?.close();
  await fake?.close();
});

/** A group message whose sessionWebhook points at the local server, under a session of its own. */
function message(content: string, over: Record<string, unknown> = {}) {
  const session = `s${++sessions}`;
  return { session, body: robotMessage({ text: { content }, sessionWebhook: `${fake.url}/robot/sendBySession?session=${session}`, ...over }) };
}

function postSigned(body: unknown, opts: { ts?: number; secret?: string; headers?: Record<string, string> } = {}) {
  const ts = opts.ts ?? Date.now();
  return t.post('/dingtalk/callback', body, opts.headers ?? { timestamp: String(ts), sign: sign(opts.secret ?? APP_SECRET, ts) });
}

const replyTo = (session: string) => fake.waitFor((r) => r.path === '/robot/sendBySession' && r.query.get('session') === session);

describe('DingTalk HTTP callback: conversation', () => {
  it('answers "@换届助手 帮助" in the group through sessionWebhook, with what the router says', async () => {
    const { session, body } = message('@换届助手 帮助');
    const res = await postSigned(body);
    expect(res).toEqual({ status: 200, body: {} });
    const reply = await replyTo(session);
    const expected = await t.say('manager4021', '帮助', { platform: 'dingtalk' });
    expect(reply.json.msgtype).toBe('text');
    expect(reply.json.text.content).toBe(expected.replies[0].text);
    expect(reply.json.text.content).toContain('帮助');
  });

  it('answers a policy question ("十不准有哪些") with a non-empty reply', async () => {
    const { session, body } = message(' 十不准有哪些');
    expect((await postSigned(body)).status).toBe(200);
    const reply = await replyTo(session);
    const text: string = reply.json.text?.content ?? reply.json.markdown?.text;
    expect(text.trim().length).toBeGreaterThan(0);
    // Whatever the Q&A answers, DingTalk users get the same first reply as the simulator shows.
    const expected = await t.say('manager4021', '十不准有哪些', { platform: 'dingtalk' });
    expect(text).toBe(expected.replies[0].text);
  });

  it('falls back to the OpenAPI group send once sessionWebhook has expired', async () => {
    const { session, body } = message('帮助', { sessionWebhookExpiredTime: Date.now() - 1000, conversationId: 'cidExpired01==' });
    expect((await postSigned(body)).status).toBe(200);
    const sent = await fake.waitFor((r) => r.path === '/v1.0/robot/groupMessages/send' && r.json?.openConversationId === 'cidExpired01==');
    const token = fake.requests.find((r) => r.path === '/v1.0/oauth2/accessToken')!;
    expect(token.json).toEqual({ appKey: 'dingclient0001', appSecret: APP_SECRET });
    expect(sent.headers['x-acs-dingtalk-access-token']).toBe('app-token-1');
    expect(sent.json.robotCode).toBe('dingclient0001');
    expect(sent.json.msgKey).toBe('sampleText');
    expect(typeof sent.json.msgParam).toBe('string');
    expect(JSON.parse(sent.json.msgParam).content).toContain('帮助');
    expect(fake.requests.some((r) => r.query.get('session') === session)).toBe(false);
  });

  it('never posts to a sessionWebhook on a foreign host: the OpenAPI is used instead', async () => {
    const body = robotMessage({ text: { content: '帮助' }, sessionWebhook: 'http://localhost:1/robot/sendBySession?session=evil', conversationId: 'cidForeign==' });
    expect((await postSigned(body)).status).toBe(200);
    await fake.waitFor((r) => r.path === '/v1.0/robot/groupMessages/send' && r.json?.openConversationId === 'cidForeign==');
  });

  it('answers a one-to-one chat after expiry through the one-to-one OpenAPI, to the sender', async () => {
    const body = robotMessage({ text: { content: '帮助' }, conversationType: '1', senderStaffId: 'hexi_wang', sessionWebhookExpiredTime: 1 });
    expect((await postSigned(body)).status).toBe(200);
    const sent = await fake.waitFor((r) => r.path === '/v1.0/robot/oToMessages/batchSend' && r.json?.userIds?.[0] === 'hexi_wang');
    expect(sent.json.userIds).toEqual(['hexi_wang']);
  });

  it('processes a redelivered msgId once', async () => {
    const { session, body } = message('帮助');
    const first = await postSigned(body);
    const second = await postSigned(body);
    expect([first.status, second.status]).toEqual([200, 200]);
    await replyTo(session);
    // The second POST was answered after its claim failed, so no later reply can follow it.
    expect(fake.requests.filter((r) => r.query.get('session') === session)).toHaveLength(1);
    expect(t.logs.some((l) => l.includes('dingtalk redelivery dropped') && l.includes(String(body.msgId)))).toBe(true);
  });

  it('logs a failing reply path instead of swallowing it', async () => {
    const { body } = message('帮助', { sessionWebhookExpiredTime: 1, conversationId: 'cidBroken==' });
    fake.respond = (r) => (r.path === '/v1.0/robot/groupMessages/send' ? { status: 400, body: { code: 'invalidParameter.openConversationId', message: 'group not found' } } : answer(r));
    try {
      expect((await postSigned(body)).status).toBe(200);
      await expect.poll(() => t.logs.find((l) => l.includes('dingtalk message handling failed') && l.includes(String(body.msgId)))).toContain('group not found');
    } finally {
      fake.respond = answer;
    }
  });
});

describe('DingTalk HTTP callback: refusals', () => {
  const refusals: [string, (body: unknown) => Promise<{ status: number; body: any }>][] = [
    ['a sign made with another secret', (b) => postSigned(b, { secret: 'not-the-app-secret' })],
    ['a correctly signed timestamp two hours old', (b) => postSigned(b, { ts: Date.now() - 2 * 3600_000 })],
    ['a timestamp from the future beyond one hour', (b) => postSigned(b, { ts: Date.now() + 2 * 3600_000 })],
    ['no signature headers', (b) => postSigned(b, { headers: {} })],
    ['a sign from another timestamp', (b) => postSigned(b, { headers: { timestamp: String(Date.now()), sign: sign(APP_SECRET, Date.now() - 60_000) } })],
  ];

  it.each(refusals)('answers 401 to %s and records nothing', async (_name, send) => {
    const { session, body } = message('帮助');
    const res = await send(body);
    expect(res.status).toBe(401);
    expect(res.body.error).toMatch(/signature/);
    // The msgId was never claimed, so nothing was processed (claiming happens before any work).
    expect(await t.bot.store.claimMessage(`dingtalk:${body.msgId}`, 60_000)).toBe(true);
    expect(fake.requests.some((r) => r.query.get('session') === session)).toBe(false);
  });

  it('answers 400 to a signed body that is not a robot message', async () => {
    const res = await postSigned({ hello: 'world' });
    expect(res.status).toBe(400);
    expect(res.body.details).toMatch(/msgId/);
  });
});
