// No secret in any log line: a whole session with every secret configured — platform callbacks, reports,
// a bulletin sent to local webhooks, and failures whose error messages echo credentials back (as real
// platforms do) — at trace level, then every captured line is searched for every secret value, for the
// credential parts of secret URLs, and for access tokens the platforms handed out.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { secretValues } from '../../src/config.js';
import { startTestBot, type TestBot } from '../helpers/bot.js';
import {
  captureServer,
  dingtalkHeaders,
  dingtalkMessage,
  waitFor,
  wecomAppCallback,
  wecomAppMessageXml,
  wecomBotCallback,
  wecomBotMessage,
  wecomKeys,
  type CaptureServer,
} from '../helpers/callbacks.js';
import { failWrites } from '../helpers/store-file.js';

const bot = wecomKeys();
const app = wecomKeys();
const S = {
  ADMIN_TOKEN: 'secret-admin-token-1f9c2e7d',
  MONGODB_URI: 'mongodb://huanjie:secret-mongo-pass-8c1d@127.0.0.1:9/huanjie',
  WECOM_BOT_SECRET: 'secret-wecom-bot-secret-44ab',
  WECOM_APP_SECRET: 'secret-wecom-app-secret-5d2f',
  DINGTALK_APP_SECRET: 'secret-dingtalk-app-secret-93e0',
  DINGTALK_CLIENT_SECRET: 'secret-dingtalk-client-secret-1b7a',
  DINGTALK_WEBHOOK_SECRET: 'SECsecret-dingtalk-sign-secret-77aa',
  DINGTALK_WEBHOOK_SECRET_LEADERS: 'SECsecret-dingtalk-leaders-sign-12cd',
};
const KEYS = { wecomHook: 'secret-wecom-hook-key-0c3e', wecomLeaders: 'secret-wecom-leaders-key-6f1a', dingHook: 'secret-dingtalk-access-token-2b9d', dingLeaders: 'secret-ding-leaders-token-3e8f' };
const ISSUED = { wecom: 'issued-wecom-access-token-71c4', dingtalk: 'issued-dingtalk-access-token-58e2' };
const CORP = 'wwSecretsCorp';

let t: TestBot;
let cap: CaptureServer;

beforeAll(async () => {
  cap = await captureServer();
  // Platforms that fail echo the request back, credentials included, the way real error messages often do.
  cap.answer = (r) => {
    const echo = `${r.path}?${r.query.toString()} ${r.body}`;
    if (r.path === '/cgi-bin/gettoken') return { status: 200, body: { errcode: 0, access_token: ISSUED.wecom, expires_in: 7200 } };
    if (r.path === '/cgi-bin/message/send') return { status: 200, body: { errcode: 40014, errmsg: `invalid access_token, request ${echo}` } };
    if (r.path === '/v1.0/oauth2/accessToken') return { status: 200, body: { accessToken: ISSUED.dingtalk, expireIn: 7200 } };
    if (r.path.startsWith('/v1.0/robot/')) return { status: 400, body: { code: 'invalidParameter', message: `bad request ${echo}` } };
    if (r.path === '/cgi-bin/webhook/send') return { status: 200, body: { errcode: 93000, errmsg: `invalid webhook url ${echo}` } };
    if (r.path === '/robot/send') return { status: 200, body: { errcode: 310000, errmsg: `sign not match, ${echo}` } };
    if (r.path === '/robot/sendBySession') return { status: 200, body: { errcode: 300001, errmsg: `session invalid ${echo}` } };
    return { status: 404, body: { errcode: 404, errmsg: echo } };
  };
  t = await startTestBot({
    start: true,
    env: {
      LOG_LEVEL: 'trace',
      ...S,
      WECOM_BOT_TOKEN: bot.token,
      WECOM_BOT_AES_KEY: bot.aesKey,
      WECOM_BOT_ID: 'aibot-secrets-test',
      WECOM_BOT_WS_URL: cap.url.replace('http', 'ws') + '/ws',
      WECOM_APP_TOKEN: app.token,
      WECOM_APP_AES_KEY: app.aesKey,
      WECOM_CORP_ID: CORP,
      WECOM_APP_AGENT_ID: '1000002',
      WECOM_API_BASE: cap.url,
      WECOM_WEBHOOK_URL: `${cap.url}/cgi-bin/webhook/send?key=${KEYS.wecomHook}`,
      WECOM_WEBHOOK_URL_LEADERS: `${cap.url}/cgi-bin/webhook/send?key=${KEYS.wecomLeaders}`,
      DINGTALK_MODE: 'http',
      DINGTALK_CLIENT_ID: 'dingsecretsclient',
      DINGTALK_API_BASE: cap.url,
      DINGTALK_OPENAPI_BASE: cap.url,
      DINGTALK_WEBHOOK_URL: `${cap.url}/robot/send?access_token=${KEYS.dingHook}`,
      DINGTALK_WEBHOOK_URL_LEADERS: `${cap.url}/robot/send?access_token=${KEYS.dingLeaders}`,
    },
  });
});
afterAll(async () => {
  await t?.close();
  await cap?.close();
});

const bearer = { authorization: `Bearer ${S.ADMIN_TOKEN}` };
const post = (path: string, body: string, headers: Record<string, string>) => fetch(t.url + path, { method: 'POST', headers, body }).then(async (r) => ({ status: r.status, text: await r.text() }));

/** Everything that must never be printed: configured secrets, the secret parts of URLs, issued tokens. */
function forbidden(): string[] {
  const values = new Set([...secretValues(t.config), ...Object.values(S), ...Object.values(KEYS), ...Object.values(ISSUED), bot.token, bot.aesKey, app.token, app.aesKey]);
  values.add('secret-mongo-pass-8c1d');
  return [...values].flatMap((v) => [v, encodeURIComponent(v)]);
}

describe('a full session with every secret configured', { timeout: 60_000 }, () => {
  it('writes no secret into any log line', async () => {
    expect(t.config.secretKeys).toEqual(expect.arrayContaining(Object.keys(S)));
    // Platform callbacks: AI bot (a private preview goes through the app message API, which fails), app, DingTalk.
    for (const [user, text] of [['hexi_wang', '帮助'], ['hexi_wang', '河西乡：党组织换届完成5个'], ['hexi_wang', '十严禁有哪些'], ['zzb_liu', '预览通报']]) {
      const cb = wecomBotCallback(bot, JSON.stringify(wecomBotMessage(user!, text!, undefined, `${cap.url}/cgi-bin/aibot/response`)));
      expect((await post(cb.path, cb.body, { 'content-type': 'application/json' })).status).toBe(200);
    }
    const appCb = wecomAppCallback(app, CORP, wecomAppMessageXml(CORP, 'zzb_liu', '帮助'));
    expect((await post(appCb.path, appCb.body, { 'content-type': 'text/xml' })).status).toBe(200);
    const dt = dingtalkMessage('mafang_zheng', '马坊乡：党组织换届完成2个', `${cap.url}/robot/sendBySession?session=s1`);
    expect((await post('/dingtalk/callback', JSON.stringify(dt), dingtalkHeaders(S.DINGTALK_APP_SECRET))).status).toBe(200);
    const expired = { ...dingtalkMessage('someone', '帮助', `${cap.url}/robot/sendBySession?session=s2`), sessionWebhookExpiredTime: Date.now() - 1000 };
    expect((await post('/dingtalk/callback', JSON.stringify(expired), dingtalkHeaders(S.DINGTALK_APP_SECRET))).status).toBe(200);
    // Refusals: forged callbacks, wrong admin tokens that share a prefix with the real one.
    expect((await post('/dingtalk/callback', JSON.stringify(dt), dingtalkHeaders('guess'))).status).toBe(401);
    const forged = wecomBotCallback({ ...bot, token: 'guess' }, '{}');
    expect((await post(forged.path, forged.body, { 'content-type': 'application/json' })).status).toBe(401);
    expect((await t.get('/api/progress', { authorization: `Bearer ${S.ADMIN_TOKEN}x` })).status).toBe(401);
    // A bulletin to every group, each webhook answering with an error that quotes its URL.
    const sent = await t.post('/api/bulletins/daily', {}, bearer);
    expect(sent.status).toBe(200);
    expect(sent.body.failed.length).toBeGreaterThan(0);
    // A store failure inside a request: a 500-class error with a stack trace.
    const restore = failWrites(`${join(t.config.DATA_DIR, 'huanjie.db')}`, 'revisions');
    expect((await t.post('/api/simulate', { userId: 'hexi_wang', text: '河西乡：党组织换届完成6个' }, bearer)).status).toBe(503);
    restore();
    await waitFor(() => cap.requests.some((r) => r.path === '/cgi-bin/message/send'), 'the app message API call');
    await waitFor(() => cap.requests.some((r) => r.path.startsWith('/v1.0/robot/')), 'the DingTalk OpenAPI call');
    await t.bot.stop();

    // The session did exercise the paths that handle credentials, and failed where it was meant to.
    const paths = new Set(cap.requests.map((r) => r.path));
    for (const p of ['/cgi-bin/gettoken', '/cgi-bin/message/send', '/v1.0/oauth2/accessToken', '/cgi-bin/webhook/send', '/robot/send', '/robot/sendBySession']) expect(paths).toContain(p);
    const lines = t.logs.join('').split('\n').filter(Boolean);
    const levels = lines.map((l) => (JSON.parse(l) as { level: number }).level);
    expect(levels.filter((l) => l >= 50).length).toBeGreaterThan(0);
    expect(levels.filter((l) => l === 40).length).toBeGreaterThan(0);

    const leaks = lines.flatMap((line, i) => forbidden().filter((s) => line.includes(s)).map((s) => `line ${i}: ${s.slice(0, 12)}… in ${line.slice(0, 300)}`));
    expect(leaks).toEqual([]);
  });
});
