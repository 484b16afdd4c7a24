// The WeCom callbacks read their own body, ahead of the app's body parser: the app's limit still holds,
// a body is refused for what it is whatever its content type says, and other methods still get 405.
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { appEnvelope, appMessageXml, botMessage, newAesKey, newToken, openBotReply, seal, startHarness, type Harness } from './helpers.js';

const bot = { token: newToken(), aesKey: newAesKey() };
const app = { token: newToken(), aesKey: newAesKey(), corpId: 'wwRawCorp' };
let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const post = (path: string, qs: string, body: string, type: string) =>
  fetch(`${h!.url}${path}?${qs}`, { method: 'POST', headers: { 'content-type': type }, body }).then(async (r) => ({ status: r.status, type: r.headers.get('content-type'), text: await r.text() }));

describe('WeCom callbacks ahead of the body parser', () => {
  it('refuses a body above the app-wide limit when it is below WeCom\'s own, before any decryption', async () => {
    h = await startHarness({ bot, app, bodyLimitKb: 2 });
    const m = botMessage(`@换届助手 ${'很长'.repeat(600)}`);
    const s = seal(bot, JSON.stringify(m), '');
    const body = JSON.stringify({ encrypt: s.ciphertext });
    expect(body.length).toBeGreaterThan(2048);
    expect(await post('/wecom/bot', s.qs, body, 'application/json')).toMatchObject({ status: 413 });
    const a = seal(app, appMessageXml(app.corpId, 'hexi_wang', '很长'.repeat(600)), app.corpId);
    expect(await post('/wecom/app', a.qs, appEnvelope(app.corpId, a.ciphertext), 'text/xml')).toMatchObject({ status: 413 });
    expect(h.calls).toEqual([]);
    expect(await h.store.claimMessage(`wecom:${m.msgid}`, 60_000)).toBe(true);
  });

  it('answers a malformed envelope with a 400 that names the fault, whatever the content type', async () => {
    h = await startHarness({ bot, app });
    const s = seal(bot, 'x', '');
    for (const type of ['application/json', 'text/plain', 'application/octet-stream']) {
      expect(await post('/wecom/bot', s.qs, '{"encrypt":', type)).toMatchObject({ status: 400, text: '{"error":"callback body is not JSON"}' });
      expect(await post('/wecom/bot', s.qs, '[1]', type)).toMatchObject({ status: 400, text: '{"error":"callback body has no encrypt field"}' });
    }
    expect(h.calls).toEqual([]);
  });

  it('answers with the same content types as before: JSON for a reply, empty text for an acknowledgement', async () => {
    h = await startHarness({ bot, app });
    const s = seal(bot, JSON.stringify(botMessage('@换届助手 帮助', { msgid: 'raw-1' })), '');
    const body = JSON.stringify({ encrypt: s.ciphertext });
    const first = await post('/wecom/bot', s.qs, body, 'application/json');
    expect(first).toMatchObject({ status: 200, type: 'application/json; charset=utf-8' });
    expect(openBotReply(bot, JSON.parse(first.text)).stream.content).toBe('echo 帮助');
    expect(await post('/wecom/bot', s.qs, body, 'application/json')).toEqual({ status: 200, type: 'text/plain; charset=utf-8', text: '' });
  });

  it('reads a body sent in pieces without a length, and refuses a declared length above the limit unread', async () => {
    h = await startHarness({ bot, app, timing: { maxBodyBytes: 4096 } });
    const s = seal(bot, JSON.stringify(botMessage('@换届助手 帮助', { msgid: 'raw-2' })), '');
    const body = JSON.stringify({ encrypt: s.ciphertext });
    const u = new URL(h.url);
    const send = (headers: Record<string, string | number>, pieces: string[]) =>
      new Promise<{ status: number; text: string }>((ok, bad) => {
        const req = request({ host: u.hostname, port: u.port, method: 'POST', path: `/wecom/bot?${s.qs}`, headers }, (res) => {
          let text = '';
          res.setEncoding('utf8').on('data', (c: string) => (text += c));
          res.on('end', () => ok({ status: res.statusCode ?? 0, text }));
        });
        req.on('error', bad);
        for (const p of pieces) req.write(p);
        // The oversize request never sends its body: only an answer given unread ends it.
        if (pieces.length) req.end();
        else req.flushHeaders();
      });
    const pieces = [body.slice(0, 10), body.slice(10, 200), body.slice(200)];
    const chunked = await send({ 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, pieces);
    expect(openBotReply(bot, JSON.parse(chunked.text)).stream.content).toBe('echo 帮助');
    expect(await send({ 'content-type': 'application/json', 'content-length': 5000 }, [])).toEqual({ status: 413, text: '{"error":"callback body larger than 4096 bytes"}' });
    expect(h.calls.map((c) => c.text)).toEqual(['帮助']);
  });

  it('still answers other methods with 405 and the allowed ones', async () => {
    h = await startHarness({ bot, app });
    for (const [method, path] of [['PUT', '/wecom/bot'], ['DELETE', '/wecom/app']]) {
      const res = await fetch(`${h.url}${path}`, { method });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('HEAD, GET, POST');
    }
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
  });
});
