// A handler that starts something slow (the county's model) says so through InboundMessage.interim: every WeCom
// receive path then answers at once with the holding reply and delivers the answer later — AI-bot callback by
// response_url, app callback by message/send, long connection by finishing the same stream.
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import type { InboundMessage, OutboundMessage } from '../../../src/platforms/types.js';
import { appEnvelope, appMessageXml, botMessage, fakeApi, newAesKey, newToken, openAppReply, openBotReply, seal, startHarness, until } from './helpers.js';

const bot = { token: newToken(), aesKey: newAesKey() };
const app = { token: newToken(), aesKey: newAesKey(), corpId: 'wwHoldCorp' };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** A handler that holds with "正在查找…" and answers when released; and one that answers at once. */
function slowHandler() {
  let release!: () => void;
  const gate = new Promise<void>((ok) => (release = ok));
  const reply = async (m: InboundMessage): Promise<OutboundMessage[]> => {
    if (m.text === '快') return [{ text: 'at once' }];
    m.interim?.({ text: '正在查找…' });
    await gate;
    return [{ text: `answer ${m.text}` }];
  };
  return { reply, release };
}

describe('WeCom holding replies', () => {
  it('AI bot callback: the holding reply is the passive answer, the answer goes to response_url', async () => {
    const api = await fakeApi(() => ({ errcode: 0, errmsg: 'ok' }));
    cleanups.push(api.close);
    const slow = slowHandler();
    // A deadline far away: the holding reply must not wait for it.
    const h = await startHarness({ bot, timing: { replyDeadlineMs: 60_000 }, reply: slow.reply });
    cleanups.push(() => h.close());
    const post = async (text: string) => {
      const s = seal(bot, JSON.stringify(botMessage(`@换届助手 ${text}`, { response_url: `${api.url}/cgi-bin/aibot/response?response_code=RC1` })), '');
      const res = await fetch(`${h.url}/wecom/bot?${s.qs}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ encrypt: s.ciphertext }) });
      return openBotReply(bot, (await res.json()) as never);
    };
    expect((await post('补选的干多久')).stream).toMatchObject({ finish: true, content: '正在查找…' });
    expect(api.seen).toEqual([]);
    slow.release();
    await until(() => api.seen.length === 1, 'the response_url POST');
    expect(JSON.parse(api.seen[0]!.body)).toEqual({ msgtype: 'markdown', markdown: { content: 'answer 补选的干多久' } });
    // A reply without anything slow is answered passively as before, with nothing sent later.
    expect((await post('快')).stream).toMatchObject({ finish: true, content: 'at once' });
    await new Promise((ok) => setTimeout(ok, 50));
    expect(api.seen).toHaveLength(1);
  });

  it('app callback: the holding reply is the passive XML, the answer goes through message/send', async () => {
    const api = await fakeApi((r) => (r.path === '/cgi-bin/gettoken' ? { errcode: 0, access_token: 'T1', expires_in: 7200 } : { errcode: 0, errmsg: 'ok' }));
    cleanups.push(api.close);
    const slow = slowHandler();
    const h = await startHarness({ app: { ...app, secret: 'app-secret', agentId: '1000002' }, apiBase: api.url, timing: { replyDeadlineMs: 60_000 }, reply: slow.reply });
    cleanups.push(() => h.close());
    const s = seal(app, appMessageXml(app.corpId, 'hexi_wang', '补选的干多久'), app.corpId);
    const res = await fetch(`${h.url}/wecom/app?${s.qs}`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body: appEnvelope(app.corpId, s.ciphertext) });
    expect(openAppReply(app, app.corpId, await res.text())).toContain('正在查找…');
    slow.release();
    await until(() => api.seen.some((r) => r.path === '/cgi-bin/message/send'), 'message/send');
    expect(JSON.parse(api.seen.find((r) => r.path === '/cgi-bin/message/send')!.body).text.content).toBe('answer 补选的干多久');
  });

  it('long connection: an unfinished stream holds, and the answer finishes the same stream', async () => {
    const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise((ok) => wss.once('listening', ok));
    const frames: { cmd?: string; headers: { req_id: string }; body?: any }[] = [];
    wss.on('connection', (ws) => {
      ws.on('message', (data) => {
        const f = JSON.parse(String(data));
        frames.push(f);
        if (f.cmd !== 'aibot_msg_callback') ws.send(JSON.stringify({ headers: { req_id: f.headers.req_id }, errcode: 0, errmsg: 'ok' }));
      });
    });
    cleanups.push(
      () =>
        new Promise<void>((ok) => {
          for (const c of wss.clients) c.terminate();
          wss.close(() => ok());
        }),
    );
    const slow = slowHandler();
    const h = await startHarness({ ws: { url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`, botId: 'BOT1', secret: 'S3cret' }, timing: { leaseTtlMs: 300, heartbeatMs: 40, reconnectBaseMs: 20, reconnectMaxMs: 200 }, reply: slow.reply });
    cleanups.push(() => h.close());
    await h.platform.start();
    await until(() => h.platform.connection?.status === 'online', 'online');
    const socket = [...wss.clients][0]!;
    socket.send(JSON.stringify({ cmd: 'aibot_msg_callback', headers: { req_id: 'req-1' }, body: { ...botMessage('@换届助手 补选的干多久'), response_url: undefined } }));
    const replies = () => frames.filter((f) => f.cmd === 'aibot_respond_msg');
    await until(() => replies().length === 1, 'the holding reply');
    expect(replies()[0]!.body.stream).toMatchObject({ finish: false, content: '正在查找…' });
    slow.release();
    await until(() => replies().length === 2, 'the answer');
    const [hold, done] = replies();
    expect(done!.headers.req_id).toBe('req-1');
    expect(done!.body.stream).toEqual({ id: hold!.body.stream.id, finish: true, content: 'answer 补选的干多久' });
  });
});
