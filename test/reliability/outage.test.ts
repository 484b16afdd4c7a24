// Store outage: real SQLite errors in the middle of a request (the write lock held by another handle past
// busy_timeout, or a table that refuses inserts). The bot answers with a clear 503, a platform callback is
// never acknowledged with 2xx while its message is lost, the message id is not left claimed (so the
// platform's retry is processed), and the process serves normally once the store is back.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/bot.js';
import { captureServer, dingtalkHeaders, dingtalkMessage, waitFor, wecomBotCallback, wecomBotMessage, wecomKeys, type CaptureServer } from '../helpers/callbacks.js';
import { failWrites, holdWriteLock, readAll } from '../helpers/store-file.js';

const wecom = wecomKeys();
const DINGTALK_SECRET = 'outage-test-dingtalk-app-secret';
let t: TestBot;
let cap: CaptureServer;
let file: string;

beforeAll(async () => {
  cap = await captureServer();
  t = await startTestBot({
    env: { WECOM_BOT_TOKEN: wecom.token, WECOM_BOT_AES_KEY: wecom.aesKey, DINGTALK_MODE: 'http', DINGTALK_APP_SECRET: DINGTALK_SECRET, DINGTALK_API_BASE: cap.url },
  });
  file = join(t.config.DATA_DIR, 'huanjie.db');
});
afterAll(async () => {
  await t?.close();
  await cap?.close();
});

const record = (township: string) => readAll(file).records.find((r) => r.township === township);
const claimed = (key: string) => readAll(file).messages.includes(key);

async function postWecom(cb: { path: string; body: string }) {
  const res = await fetch(t.url + cb.path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: cb.body });
  return { status: res.status, text: await res.text() };
}

async function postDingtalk(body: unknown) {
  const res = await fetch(`${t.url}/dingtalk/callback`, { method: 'POST', headers: dingtalkHeaders(DINGTALK_SECRET), body: JSON.stringify(body) });
  return { status: res.status, text: await res.text() };
}

describe('store outage', { timeout: 30_000 }, () => {
  it('answers a report with 503 and a message while another process holds the write lock, and records it once the lock is gone', async () => {
    const release = holdWriteLock(file);
    let res;
    try {
      res = await t.post('/api/simulate', { userId: 'hexi_wang', text: '河西乡：党组织换届完成3个' });
    } finally {
      release();
    }
    expect(res.status).toBe(503);
    expect(res.body.error).toMatch(/^sqlite \w+ failed: database is locked$/);
    expect(record('河西乡')).toBeUndefined();
    expect((await t.get('/healthz')).status).toBe(200);
    const again = await t.say('hexi_wang', '河西乡：党组织换届完成3个');
    expect(again.report.accepted).toBe(true);
    expect(record('河西乡')?.figures).toEqual({ partyDone: 3 });
  });

  it('refuses a WeCom callback with 503 when the message id cannot be claimed, and processes the retry', async () => {
    const msg = wecomBotMessage('hedong_zhao', '河东镇：党组织换届完成4个');
    const cb = wecomBotCallback(wecom, JSON.stringify(msg));
    const release = holdWriteLock(file);
    let first;
    try {
      first = await postWecom(cb);
    } finally {
      release();
    }
    expect(first.status).toBe(503);
    expect(first.text).toContain('database is locked');
    expect(claimed(`wecom:${msg.msgid}`)).toBe(false);
    const retry = await postWecom(cb);
    expect(retry.status).toBe(200);
    expect(JSON.parse(retry.text)).toHaveProperty('encrypt');
    expect(record('河东镇')?.figures).toEqual({ partyDone: 4 });
  });

  it('refuses a DingTalk callback with 503 when the claim fails, and processes the retry once', async () => {
    const msg = dingtalkMessage('mafang_zheng', '马坊乡：党组织换届完成2个', `${cap.url}/robot/sendBySession?session=claim`);
    const restore = failWrites(file, 'messages');
    let first;
    try {
      first = await postDingtalk(msg);
    } finally {
      restore();
    }
    expect(first.status).toBe(503);
    expect(JSON.parse(first.text).error).toContain('simulated outage');
    const retry = await postDingtalk(msg);
    expect(retry.status).toBe(200);
    await waitFor(() => cap.requests.some((r) => r.query.get('session') === 'claim'), 'the reply to the retried message');
    expect(record('马坊乡')?.figures).toEqual({ partyDone: 2 });
    expect(await postDingtalk(msg)).toEqual({ status: 200, text: '{}' });
    expect(cap.requests.filter((r) => r.query.get('session') === 'claim')).toHaveLength(1);
  });

  it('does not acknowledge a WeCom callback whose report could not be written, and processes the retry', async () => {
    const msg = wecomBotMessage('shiqiao_sun', '石桥镇：党组织换届完成5个');
    const cb = wecomBotCallback(wecom, JSON.stringify(msg));
    const restore = failWrites(file, 'revisions');
    let first;
    try {
      first = await postWecom(cb);
    } finally {
      restore();
    }
    expect(record('石桥镇')).toBeUndefined();
    expect(first.status).toBe(503);
    expect(claimed(`wecom:${msg.msgid}`)).toBe(false);
    const retry = await postWecom(cb);
    expect(retry.status).toBe(200);
    expect(record('石桥镇')?.figures).toEqual({ partyDone: 5 });
  });

  it('does not acknowledge a DingTalk callback whose report could not be written, and processes the retry', async () => {
    const msg = dingtalkMessage('dongcheng_wei', '东城街道：党组织换届完成1个', `${cap.url}/robot/sendBySession?session=write`);
    const restore = failWrites(file, 'revisions');
    let first;
    try {
      first = await postDingtalk(msg);
    } finally {
      restore();
    }
    expect(record('东城街道')).toBeUndefined();
    expect(first.status).toBe(503);
    expect(claimed(`dingtalk:${msg.msgId}`)).toBe(false);
    const retry = await postDingtalk(msg);
    expect(retry.status).toBe(200);
    await waitFor(() => !!record('东城街道'), 'the retried report to be stored');
    expect(record('东城街道')?.figures).toEqual({ partyDone: 1 });
  });

  it('keeps serving reads and reports after the outages', async () => {
    expect(await t.get('/healthz')).toMatchObject({ status: 200, body: { ok: true, store: 'sqlite' } });
    const res = await t.say('liulin_zhou', '柳林乡：党组织换届完成6个，村委会换届完成2个');
    expect(res.report.accepted).toBe(true);
    const progress = await t.get('/api/progress');
    const liulin = progress.body.townships.find((r: { name: string }) => r.name === '柳林乡');
    expect(liulin.figures).toEqual({ partyDone: 6, committeeDone: 2 });
  });
});
