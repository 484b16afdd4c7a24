// Callback hardening and replies that miss the deadline, on the platform module inside the real Koa app,
// with a spy handler and a real SQLite store: refused callbacks reach neither the handler nor the store.
import { afterEach, describe, expect, it } from 'vitest';
import v from '../../fixtures/wecom/vectors.json' with { type: 'json' };
import { appEnvelope, appMessageXml, botMessage, fakeApi, newAesKey, newToken, openBotReply, seal, startHarness, until, type Harness } from './helpers.js';

const bot = { token: newToken(), aesKey: newAesKey() };
const app = { token: newToken(), aesKey: newAesKey(), corpId: 'wwHarnessCorp' };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function harness(extra: Parameters<typeof startHarness>[0] = {}): Promise<Harness> {
  const h = await startHarness({ bot, app, ...extra });
  cleanups.push(() => h.close());
  return h;
}

const postJson = (h: Harness, qs: string, body: string) =>
  fetch(`${h.url}/wecom/bot?${qs}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(async (r) => ({ status: r.status, text: await r.text() }));
const postXml = (h: Harness, qs: string, body: string) =>
  fetch(`${h.url}/wecom/app?${qs}`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body }).then(async (r) => ({ status: r.status, text: await r.text() }));

/** Nothing happened: the handler was not called and the message id is still unclaimed. */
async function nothingRecorded(h: Harness, key: string) {
  expect(h.calls).toEqual([]);
  expect(await h.store.claimMessage(key, 60_000)).toBe(true);
}

describe('refused callbacks', () => {
  it('forged signature: 401, nothing recorded', async () => {
    const h = await harness();
    const m = botMessage('@换届助手 河西乡：党组织换届完成9个');
    const s = seal({ token: 'forged', aesKey: bot.aesKey }, JSON.stringify(m), '');
    expect((await postJson(h, s.qs, JSON.stringify({ encrypt: s.ciphertext }))).status).toBe(401);
    await nothingRecorded(h, `wecom:${m.msgid}`);
  });

  it('forged signature on URL verification: 401 and no echo', async () => {
    const h = await harness();
    const s = seal(bot, '123', '');
    const res = await fetch(`${h.url}/wecom/bot?msg_signature=${'0'.repeat(40)}&timestamp=${s.timestamp}&nonce=${s.nonce}&echostr=${encodeURIComponent(s.ciphertext)}`);
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain('123');
  });

  it('wrong receive id: 401 on the AI bot (expects "") and on the app (expects the CorpID), nothing recorded', async () => {
    const h = await harness();
    const m = botMessage('@换届助手 帮助');
    const s = seal(bot, JSON.stringify(m), app.corpId);
    expect((await postJson(h, s.qs, JSON.stringify({ encrypt: s.ciphertext }))).status).toBe(401);
    const xml = appMessageXml(app.corpId, 'hexi_wang', '帮助', '7000000000000000001');
    const a = seal(app, xml, 'wwAnotherCorp');
    expect((await postXml(h, a.qs, appEnvelope(app.corpId, a.ciphertext))).status).toBe(401);
    await nothingRecorded(h, `wecom:${m.msgid}`);
    expect(await h.store.claimMessage('wecom:app:7000000000000000001', 60_000)).toBe(true);
  });

  it('replayed message id: answered once, the redelivery acknowledged empty and not handled again', async () => {
    const h = await harness();
    const m = botMessage('@换届助手 帮助');
    const s = seal(bot, JSON.stringify(m), '');
    const first = await postJson(h, s.qs, JSON.stringify({ encrypt: s.ciphertext }));
    expect(openBotReply(bot, JSON.parse(first.text)).stream.content).toBe('echo 帮助');
    // WeCom redelivers with a new timestamp/nonce and a fresh encryption of the same message.
    const again = seal(bot, JSON.stringify(m), '', String(Math.floor(Date.now() / 1000) + 5));
    expect(await postJson(h, again.qs, JSON.stringify({ encrypt: again.ciphertext }))).toEqual({ status: 200, text: '' });
    expect(h.calls).toHaveLength(1);
  });

  it('replays are dropped across processes sharing the store', async () => {
    const one = await harness();
    const two = await harness({ storeFile: one.storeFile });
    const xml = appMessageXml(app.corpId, 'hexi_wang', '帮助', '4561255354251345929');
    const a = seal(app, xml, app.corpId);
    expect((await postXml(one, a.qs, appEnvelope(app.corpId, a.ciphertext))).status).toBe(200);
    expect(await postXml(two, a.qs, appEnvelope(app.corpId, a.ciphertext))).toEqual({ status: 200, text: '' });
    expect(one.calls.map((c) => c.messageId)).toEqual(['4561255354251345929']);
    expect(two.calls).toEqual([]);
  });

  it('timestamp outside the replay window (a day either way): 401, nothing recorded; inside it: handled', async () => {
    const h = await harness();
    const now = Math.floor(Date.now() / 1000);
    for (const shift of [-25 * 3600, 25 * 3600, -400 * 86400]) {
      const m = botMessage('@换届助手 帮助');
      const s = seal(bot, JSON.stringify(m), '', String(now + shift));
      expect((await postJson(h, s.qs, JSON.stringify({ encrypt: s.ciphertext }))).status).toBe(401);
      const a = seal(app, appMessageXml(app.corpId, 'hexi_wang', '帮助', '7000000000000000003'), app.corpId, String(now + shift));
      expect((await postXml(h, a.qs, appEnvelope(app.corpId, a.ciphertext))).status).toBe(401);
      await nothingRecorded(h, `wecom:${m.msgid}`);
    }
    expect(await h.store.claimMessage('wecom:app:7000000000000000003', 60_000)).toBe(true);
    const fresh = seal(bot, JSON.stringify(botMessage('@换届助手 帮助')), '', String(now - 3600));
    expect((await postJson(h, fresh.qs, JSON.stringify({ encrypt: fresh.ciphertext }))).status).toBe(200);
  });

  it('oversize body: 413 before any decryption, nothing recorded', async () => {
    const h = await harness({ timing: { maxBodyBytes: 4096 } });
    const m = botMessage(`@换届助手 ${'很长'.repeat(2000)}`);
    const s = seal(bot, JSON.stringify(m), '');
    expect((await postJson(h, s.qs, JSON.stringify({ encrypt: s.ciphertext }))).status).toBe(413);
    // Above the app-wide body limit (256 KiB) the body parser refuses it first.
    expect((await postJson(h, s.qs, JSON.stringify({ encrypt: 'A'.repeat(300 * 1024) }))).status).toBe(413);
    await nothingRecorded(h, `wecom:${m.msgid}`);
  });

  it('entity bomb in the envelope: 400, nothing recorded', async () => {
    const h = await harness();
    const bomb = '<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><xml><Encrypt>&c;</Encrypt></xml>';
    const s = seal(app, 'x', app.corpId);
    const res = await postXml(h, s.qs, bomb);
    expect(res.status).toBe(400);
    expect(h.calls).toEqual([]);
  });

  it('entity bomb inside a correctly signed and encrypted message: 400, nothing recorded', async () => {
    const h = await harness();
    const inner = `<!DOCTYPE xml [<!ENTITY a "帮助">]>${appMessageXml(app.corpId, 'hexi_wang', '&a;', '7000000000000000002')}`;
    const s = seal(app, inner, app.corpId);
    expect((await postXml(h, s.qs, appEnvelope(app.corpId, s.ciphertext))).status).toBe(400);
    await nothingRecorded(h, 'wecom:app:7000000000000000002');
  });

  it('malformed bodies: 400 (not JSON, no encrypt field, decrypted text not JSON)', async () => {
    const h = await harness();
    const s = seal(bot, 'x', '');
    expect((await postJson(h, s.qs, '{"encrypt":')).status).toBe(400);
    expect((await postJson(h, s.qs, '{"Encrypt":"abc"}')).status).toBe(400);
    // The Python JSON sample's plaintext is not valid JSON (`"FromUserName": :mycreate"`).
    const python = v.set2.json.plain.replace('"FromUserName":"mycreate"', '"FromUserName": :mycreate"');
    const p = seal(bot, python, '');
    expect((await postJson(h, p.qs, JSON.stringify({ encrypt: p.ciphertext }))).status).toBe(400);
    expect(h.calls).toEqual([]);
  });
});

describe('handler failures', () => {
  const outage = () => Object.assign(new Error('sqlite writeRecord failed: database is locked'), { status: 503, name: 'StoreUnavailableError' });

  it('a store outage is not acknowledged (503) and releases the claim, so WeCom\'s retry is handled', async () => {
    let fail = true;
    const h = await harness({ reply: async (m) => (fail ? Promise.reject(outage()) : [{ text: `ok ${m.text}` }]) });
    const m = botMessage('@换届助手 河西乡：党组织换届完成9个');
    const s = seal(bot, JSON.stringify(m), '');
    const first = await postJson(h, s.qs, JSON.stringify({ encrypt: s.ciphertext }));
    expect(first.status).toBe(503);
    expect(first.text).toContain('database is locked');
    fail = false;
    const retry = await postJson(h, s.qs, JSON.stringify({ encrypt: s.ciphertext }));
    expect(openBotReply(bot, JSON.parse(retry.text)).stream.content).toBe('ok 河西乡：党组织换届完成9个');
    expect(h.calls).toHaveLength(2);
  });

  it('a bug in the handler is logged as an error and acknowledged, and the message stays claimed', async () => {
    const h = await harness({ reply: async () => Promise.reject(new TypeError('boom')) });
    const a = seal(app, appMessageXml(app.corpId, 'hexi_wang', '帮助', '7000000000000000004'), app.corpId);
    expect(await postXml(h, a.qs, appEnvelope(app.corpId, a.ciphertext))).toEqual({ status: 200, text: '' });
    expect(h.logs.find((l) => l.includes('wecom message handler failed'))).toContain('"level":50');
    expect(await h.store.claimMessage('wecom:app:7000000000000000004', 60_000)).toBe(false);
  });
});

describe('content types', () => {
  it('reads bodies whatever their content type (the app parser skips octet-stream), still within the size limit', async () => {
    const h = await harness({ timing: { maxBodyBytes: 4096 } });
    const m = botMessage('@换届助手 帮助');
    const s = seal(bot, JSON.stringify(m), '');
    const send = (path: string, qs: string, body: string) =>
      fetch(`${h.url}${path}?${qs}`, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body }).then(async (r) => ({ status: r.status, text: await r.text() }));
    const res = await send('/wecom/bot', s.qs, JSON.stringify({ encrypt: s.ciphertext }));
    expect(openBotReply(bot, JSON.parse(res.text)).stream.content).toBe('echo 帮助');
    const a = seal(app, appMessageXml(app.corpId, 'hexi_wang', '排名'), app.corpId);
    expect((await send('/wecom/app', a.qs, appEnvelope(app.corpId, a.ciphertext))).status).toBe(200);
    expect(h.calls.map((c) => c.text)).toEqual(['帮助', '排名']);
    expect((await send('/wecom/bot', s.qs, 'x'.repeat(5000))).status).toBe(413);
  });
});

describe('replies after the deadline', () => {
  it('AI bot: answers empty at once, then POSTs the reply once to the message response_url', async () => {
    const api = await fakeApi(() => ({ errcode: 0, errmsg: 'ok' }));
    cleanups.push(api.close);
    let release!: () => void;
    const gate = new Promise<void>((ok) => (release = ok));
    const h = await harness({ timing: { replyDeadlineMs: 20 }, reply: async (m) => (await gate, [{ text: `late ${m.text}` }, { text: 'second' }]) });
    const m = botMessage('@换届助手 十严禁', { response_url: `${api.url}/cgi-bin/aibot/response?response_code=RC1` });
    const s = seal(bot, JSON.stringify(m), '');
    expect(await postJson(h, s.qs, JSON.stringify({ encrypt: s.ciphertext }))).toEqual({ status: 200, text: '' });
    expect(api.seen).toEqual([]);
    release();
    await until(() => api.seen.length === 1, 'the response_url POST');
    expect(api.seen[0]!.query.get('response_code')).toBe('RC1');
    expect(JSON.parse(api.seen[0]!.body)).toEqual({ msgtype: 'markdown', markdown: { content: 'late 十严禁\n\nsecond' } });
  });

  it('AI bot: a response_url errcode ≠ 0 is logged as an error, not swallowed', async () => {
    const api = await fakeApi(() => ({ errcode: 600039, errmsg: 'response_code expired' }));
    cleanups.push(api.close);
    const h = await harness({ timing: { replyDeadlineMs: 1 }, reply: async () => (await new Promise((ok) => setTimeout(ok, 30)), [{ text: 'x' }]) });
    const s = seal(bot, JSON.stringify(botMessage('@换届助手 a', { response_url: `${api.url}/r` })), '');
    await postJson(h, s.qs, JSON.stringify({ encrypt: s.ciphertext }));
    await until(() => h.logs.some((l) => l.includes('wecom late reply failed')), 'the error log line');
    const line = JSON.parse(h.logs.find((l) => l.includes('wecom late reply failed'))!);
    expect(line.level).toBe(50);
    expect(line.err.message).toContain('errcode 600039');
  });

  it('app: a late reply goes through message/send with a cached access token, refreshed when WeCom refuses it', async () => {
    let tokens = 0;
    let refuseNext = false;
    const api = await fakeApi((r) => {
      if (r.path === '/cgi-bin/gettoken') return { errcode: 0, errmsg: 'ok', access_token: `T${++tokens}`, expires_in: 7200 };
      if (refuseNext) return (refuseNext = false), { errcode: 42001, errmsg: 'access_token expired' };
      return { errcode: 0, errmsg: 'ok', msgid: 'm1' };
    });
    cleanups.push(api.close);
    const h = await harness({
      apiBase: api.url,
      app: { ...app, secret: 'app-secret', agentId: '1000002' },
      timing: { replyDeadlineMs: 1 },
      reply: async (m) => (await new Promise((ok) => setTimeout(ok, 30)), [{ text: `late ${m.text}` }]),
    });
    for (const [i, text] of ['一', '二', '三'].entries()) {
      if (i === 2) refuseNext = true;
      const a = seal(app, appMessageXml(app.corpId, 'hexi_wang', text), app.corpId);
      expect(await postXml(h, a.qs, appEnvelope(app.corpId, a.ciphertext))).toEqual({ status: 200, text: '' });
      await until(() => api.seen.filter((r) => r.path === '/cgi-bin/message/send' && r.body.includes(`late ${text}`)).length > 0, `message ${text}`);
    }
    // The third send was refused (42001) and retried with a fresh token.
    await until(() => api.seen.filter((r) => r.path === '/cgi-bin/message/send').length === 4, 'the retried send');
    const gets = api.seen.filter((r) => r.path === '/cgi-bin/gettoken');
    expect(gets).toHaveLength(2);
    expect(gets[0]!.query.get('corpid')).toBe(app.corpId);
    expect(gets[0]!.query.get('corpsecret')).toBe('app-secret');
    const sends = api.seen.filter((r) => r.path === '/cgi-bin/message/send');
    expect(sends.map((r) => r.query.get('access_token'))).toEqual(['T1', 'T1', 'T1', 'T2']);
    expect(JSON.parse(sends[0]!.body)).toEqual({ touser: 'hexi_wang', msgtype: 'text', agentid: 1000002, text: { content: 'late 一' } });
  });

  it('app: an errcode ≠ 0 from message/send is logged as an error', async () => {
    const api = await fakeApi((r) => (r.path === '/cgi-bin/gettoken' ? { errcode: 0, access_token: 'T', expires_in: 7200 } : { errcode: 81013, errmsg: 'user & party & tag all invalid' }));
    cleanups.push(api.close);
    const h = await harness({ apiBase: api.url, app: { ...app, secret: 's', agentId: '1' }, timing: { replyDeadlineMs: 1 }, reply: async () => (await new Promise((ok) => setTimeout(ok, 30)), [{ text: 'x' }]) });
    const a = seal(app, appMessageXml(app.corpId, 'hexi_wang', 'hi'), app.corpId);
    await postXml(h, a.qs, appEnvelope(app.corpId, a.ciphertext));
    await until(() => h.logs.some((l) => l.includes('errcode 81013')), 'the error log line');
    expect(h.logs.find((l) => l.includes('errcode 81013'))).toContain('"level":50');
  });

  it('app: a reply over 2048 bytes goes through the API in parts instead of a truncated passive reply', async () => {
    const api = await fakeApi((r) => (r.path === '/cgi-bin/gettoken' ? { errcode: 0, access_token: 'T', expires_in: 7200 } : { errcode: 0, errmsg: 'ok' }));
    cleanups.push(api.close);
    const long = Array.from({ length: 80 }, (_, i) => `第${i}行：城关镇党组织换届完成18个`).join('\n');
    const h = await harness({ apiBase: api.url, app: { ...app, secret: 's', agentId: '1' }, reply: async () => [{ text: long }] });
    const a = seal(app, appMessageXml(app.corpId, 'hexi_wang', 'hi'), app.corpId);
    expect(await postXml(h, a.qs, appEnvelope(app.corpId, a.ciphertext))).toEqual({ status: 200, text: '' });
    await until(() => api.seen.filter((r) => r.path === '/cgi-bin/message/send').length === 2, 'two parts');
    const parts = api.seen.filter((r) => r.path === '/cgi-bin/message/send').map((r) => JSON.parse(r.body).text.content as string);
    expect(Buffer.byteLength(long)).toBeGreaterThan(2048);
    expect(parts.join('\n')).toBe(long);
  });

  it('AI bot: a private reply goes to the sender through the app, not into the group', async () => {
    const api = await fakeApi((r) => (r.path === '/cgi-bin/gettoken' ? { errcode: 0, access_token: 'T', expires_in: 7200 } : { errcode: 0, errmsg: 'ok' }));
    cleanups.push(api.close);
    const h = await harness({ apiBase: api.url, app: { ...app, secret: 's', agentId: '1' }, reply: async () => [{ text: 'for the group' }, { text: 'only for you', private: true }] });
    const s = seal(bot, JSON.stringify(botMessage('@换届助手 x')), '');
    const res = await postJson(h, s.qs, JSON.stringify({ encrypt: s.ciphertext }));
    expect(openBotReply(bot, JSON.parse(res.text)).stream.content).toBe('for the group');
    await until(() => api.seen.some((r) => r.path === '/cgi-bin/message/send'), 'the private message');
    expect(JSON.parse(api.seen.find((r) => r.path === '/cgi-bin/message/send')!.body)).toMatchObject({ touser: 'hexi_wang', text: { content: 'only for you' } });
  });
});
