// The AI-bot long connection against a local WebSocket server playing wss://openws.work.weixin.qq.com.
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { startTestBot } from '../../helpers/bot.js';
import { LEASE_NAME } from '../../../src/platforms/wecom/long-connection.js';
import { botMessage, startHarness, until, type Harness } from './helpers.js';

interface Frame {
  cmd?: string;
  headers: { req_id: string };
  body?: any;
  errcode?: number;
}

/** A fake WeCom long-connection endpoint: acknowledges subscribe/ping/replies and records every frame. */
async function fakeWecom(opts: { secret?: string; answerPings?: boolean; replyErrcode?: number } = {}) {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((ok) => wss.once('listening', ok));
  const frames: Frame[] = [];
  const sockets: WebSocket[] = [];
  wss.on('connection', (ws) => {
    sockets.push(ws);
    ws.on('message', (data) => {
      const f = JSON.parse(String(data)) as Frame;
      frames.push(f);
      const ack = (errcode: number, errmsg = 'ok') => ws.send(JSON.stringify({ headers: { req_id: f.headers.req_id }, errcode, errmsg }));
      if (f.cmd === 'aibot_subscribe') ack(f.body.secret === (opts.secret ?? 'S3cret') ? 0 : 40001, 'invalid secret');
      else if (f.cmd === 'ping' && opts.answerPings !== false) ack(0);
      else if (f.cmd === 'aibot_respond_msg') ack(opts.replyErrcode ?? 0, 'invalid req_id');
    });
  });
  const open = () => sockets.filter((s) => s.readyState === s.OPEN);
  return {
    url: `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`,
    frames,
    sockets,
    open,
    of: (cmd: string) => frames.filter((f) => f.cmd === cmd),
    /** Send a frame to the one open connection. */
    push: (frame: object) => {
      const live = open();
      if (live.length !== 1) throw new Error(`expected one open connection, have ${live.length}`);
      live[0]!.send(JSON.stringify(frame));
    },
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.terminate();
        wss.close(() => ok());
      }),
  };
}

const callback = (reqId: string, text: string, extra: Record<string, unknown> = {}) => ({
  cmd: 'aibot_msg_callback',
  headers: { req_id: reqId },
  body: { ...botMessage(text), response_url: undefined, ...extra },
});

const fast = { leaseTtlMs: 300, heartbeatMs: 40, reconnectBaseMs: 20, reconnectMaxMs: 200 };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setup(opts: { secret?: string; answerPings?: boolean; replyErrcode?: number } = {}, botSecret = 'S3cret') {
  const server = await fakeWecom(opts);
  cleanups.push(server.close);
  const h = await startHarness({ ws: { url: server.url, botId: 'BOT1', secret: botSecret }, timing: fast });
  cleanups.push(() => h.close());
  return { server, h };
}

describe('WeCom AI-bot long connection', () => {
  it('subscribes, keeps a heartbeat, answers a callback with aibot_respond_msg on the same req_id', async () => {
    const { server, h } = await setup();
    await h.platform.start();
    await until(() => h.platform.connection?.status === 'online', 'online');
    expect(server.of('aibot_subscribe')[0]!.body).toEqual({ bot_id: 'BOT1', secret: 'S3cret' });
    server.push(callback('req-1', '@换届助手\u2005帮助', { msgid: 'M-1' }));
    await until(() => server.of('aibot_respond_msg').length === 1, 'the reply');
    const reply = server.of('aibot_respond_msg')[0]!;
    expect(reply.headers.req_id).toBe('req-1');
    expect(reply.body).toMatchObject({ msgtype: 'stream', stream: { finish: true, content: 'echo 帮助' } });
    expect(h.calls[0]).toMatchObject({ messageId: 'M-1', userId: 'hexi_wang', chatType: 'group', text: '帮助' });
    await until(() => server.of('ping').length >= 2, 'heartbeats');
  });

  it('logs a refused reply (errcode ≠ 0 in the acknowledgement) as an error', async () => {
    const { server, h } = await setup({ replyErrcode: 846605 });
    await h.platform.start();
    await until(() => h.platform.connection?.status === 'online', 'online');
    server.push(callback('req-x', '帮助', { msgid: 'M-x' }));
    await until(() => h.logs.some((l) => l.includes('846605')), 'the error log line');
    const line = JSON.parse(h.logs.find((l) => l.includes('846605'))!);
    expect(line).toMatchObject({ level: 50, reqId: 'req-x', errcode: 846605 });
  });

  it('drops a redelivered message id', async () => {
    const { server, h } = await setup();
    await h.platform.start();
    await until(() => h.platform.connection?.status === 'online', 'online');
    server.push(callback('req-1', '帮助', { msgid: 'SAME' }));
    server.push(callback('req-2', '帮助', { msgid: 'SAME' }));
    server.push(callback('req-3', '排名', { msgid: 'OTHER' }));
    await until(() => server.of('aibot_respond_msg').length === 2, 'two replies');
    expect(server.of('aibot_respond_msg').map((f) => f.headers.req_id)).toEqual(['req-1', 'req-3']);
    expect(h.calls).toHaveLength(2);
  });

  it('re-establishes a dropped connection and answers on the new one', async () => {
    const { server, h } = await setup();
    await h.platform.start();
    await until(() => h.platform.connection?.status === 'online', 'online');
    server.sockets[0]!.terminate();
    await until(() => server.of('aibot_subscribe').length === 2 && h.platform.connection?.status === 'online', 'a second subscription');
    expect(server.open()).toHaveLength(1);
    server.push(callback('req-after', '帮助', { msgid: 'M-after' }));
    await until(() => server.of('aibot_respond_msg').some((f) => f.headers.req_id === 'req-after'), 'the reply after reconnecting');
  });

  it('reconnects when heartbeats go unanswered', async () => {
    const { server, h } = await setup({ answerPings: false });
    await h.platform.start();
    await until(() => server.of('aibot_subscribe').length >= 2, 'a reconnection after missed heartbeats');
    expect(h.logs.some((l) => l.includes('missed two heartbeats'))).toBe(true);
  });

  it('logs a refused subscription as an error and retries with backoff, without the secret in the log', async () => {
    const { server, h } = await setup({ secret: 'the-right-one' }, 'S3cret');
    await h.platform.start();
    await until(() => server.of('aibot_subscribe').length >= 3, 'retries');
    expect(h.platform.connection?.status).not.toBe('online');
    const errors = h.logs.filter((l) => l.includes('subscription refused'));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toContain('"level":50');
    expect(h.logs.join('\n')).not.toContain('S3cret');
  });

  it('only the process holding the lease connects; the other takes over when it stops', async () => {
    const server = await fakeWecom();
    cleanups.push(server.close);
    const first = await startHarness({ ws: { url: server.url, botId: 'BOT1', secret: 'S3cret' }, timing: fast, instanceId: 'proc-A' });
    cleanups.push(() => first.close());
    const second = await startHarness({ ws: { url: server.url, botId: 'BOT1', secret: 'S3cret' }, timing: fast, instanceId: 'proc-B', storeFile: first.storeFile });
    cleanups.push(() => second.close());
    await first.platform.start();
    await second.platform.start();
    await until(() => first.platform.connection?.status === 'online', 'first online');
    // Longer than the lease lifetime (300 ms) passes: renewed by the first, the second keeps standing by.
    await until(() => server.of('ping').length >= 15, 'heartbeats well past one lease lifetime');
    expect(second.platform.connection?.status).toBe('standby');
    expect(server.of('aibot_subscribe')).toHaveLength(1);
    expect(await second.store.acquireLease(LEASE_NAME, 'someone-else', 1_000)).toBe(false);

    await first.platform.stop();
    await until(() => second.platform.connection?.status === 'online', 'the second takes over');
    expect(server.of('aibot_subscribe')).toHaveLength(2);
    expect(server.open()).toHaveLength(1);
    server.push(callback('req-b', '帮助', { msgid: 'M-b' }));
    await until(() => second.calls.length === 1, 'the second handles messages');
    expect(first.calls).toEqual([]);
  });

  it('stops, without reconnecting, when WeCom says a newer connection replaced this one', async () => {
    const { server, h } = await setup();
    await h.platform.start();
    await until(() => h.platform.connection?.status === 'online', 'online');
    server.push({ cmd: 'aibot_event_callback', headers: { req_id: 'ev-1' }, body: { msgtype: 'event', event: { eventtype: 'disconnected_event' } } });
    await until(() => server.open().length === 0, 'the connection closed');
    expect(h.platform.connection?.status).toBe('replaced');
    // Well past several backoff periods and lease renewals: still one subscription.
    await until(() => h.logs.filter((l) => l.includes('replaced')).length > 0, 'the error log');
    await new Promise((ok) => setTimeout(ok, 400));
    expect(server.of('aibot_subscribe')).toHaveLength(1);
  });

  it('serves the real bot: "@换届助手 帮助" over the long connection gets the help text', async () => {
    const server = await fakeWecom();
    cleanups.push(server.close);
    const tb = await startTestBot({ env: { WECOM_BOT_ID: 'BOT1', WECOM_BOT_SECRET: 'S3cret', WECOM_BOT_WS_URL: server.url }, start: true });
    cleanups.push(() => tb.close());
    await until(() => server.of('aibot_subscribe').length === 1 && server.open().length === 1, 'subscription');
    await until(() => tb.logs.some((l) => l.includes('wecom long connection online')), 'online');
    server.push(callback('req-real', '@换届助手 帮助', { msgid: 'M-real' }));
    await until(() => server.of('aibot_respond_msg').length === 1, 'the reply');
    const simulated = await tb.say('hexi_wang', '帮助', { chatId: 'wrkSFfCgAAxxxx' });
    expect(server.of('aibot_respond_msg')[0]!.body.stream.content).toBe(simulated.replies.map((r: { text: string }) => r.text.trim()).join('\n\n'));
  });
});
