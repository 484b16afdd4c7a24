// AI bot long-connection mode (智能机器人长连接): for counties without a public HTTPS address. No encryption;
// JSON frames {cmd, headers: {req_id}, body} over one WebSocket.
//   https://developer.work.weixin.qq.com/document/path/101463
// Frames, as documented there and implemented by the official SDK @wecom/aibot-node-sdk (WecomTeam/aibot-node-sdk):
//   → {cmd:"aibot_subscribe", headers:{req_id}, body:{bot_id, secret}}   ← {headers:{req_id}, errcode:0, errmsg:"ok"}
//   → {cmd:"ping", headers:{req_id}} every 30 s                          ← {headers:{req_id}, errcode:0}
//   ← {cmd:"aibot_msg_callback", headers:{req_id}, body:<message JSON of path/100719>}
//   → {cmd:"aibot_respond_msg", headers:{req_id of the callback}, body:{msgtype:"stream", stream:{id, finish, content}}}
//   ← {cmd:"aibot_event_callback", body:{event:{eventtype:"disconnected_event"}}} when a newer connection replaced this one
// A bot has one live connection: a new one kicks the old. So only the process holding the store lease
// 'wecom-ws' connects; the others stand by and take over when the lease expires.
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { describeInbound, type OutboundMessage, type PlatformLogger, type PlatformStore, type HandleInbound } from '../types.js';
import { backoffDelay } from '../types.js';
import { decodeBotMessage } from './decode.js';
import { claim, handleClaimed, partition } from './dispatch.js';
import { joinReplies, streamReply } from './encode.js';

export const LEASE_NAME = 'wecom-ws';

export interface LongConnectionOptions {
  url: string;
  botId: string;
  secret: string;
  /** This process's name in the lease. */
  owner: string;
  store: PlatformStore;
  handle: HandleInbound;
  log: PlatformLogger;
  botName: string;
  now: () => Date;
  dedupeTtlMs: number;
  sendPersonal: (userId: string, replies: OutboundMessage[]) => Promise<void>;
  leaseTtlMs?: number;
  heartbeatMs?: number;
  reconnectBaseMs?: number;
  reconnectMaxMs?: number;
}

type State = 'stopped' | 'standby' | 'connecting' | 'online' | 'replaced';
interface Frame {
  cmd?: string;
  headers?: { req_id?: string };
  body?: Record<string, unknown>;
  errcode?: number;
  errmsg?: string;
}

const reqId = (prefix: string) => `${prefix}_${Date.now()}_${randomBytes(4).toString('hex')}`;

export class LongConnection {
  private ws: WebSocket | null = null;
  private state: State = 'stopped';
  private holding = false;
  private attempt = 0;
  private missedPongs = 0;
  private leaseTimer: NodeJS.Timeout | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private readonly leaseTtlMs: number;
  private readonly heartbeatMs: number;

  constructor(private readonly o: LongConnectionOptions) {
    this.leaseTtlMs = o.leaseTtlMs ?? 30_000;
    this.heartbeatMs = o.heartbeatMs ?? 30_000;
  }

  get status(): State {
    return this.state;
  }

  /** Take the lease if free and connect; keep renewing it (or waiting for it) every third of its lifetime. */
  async start(): Promise<void> {
    if (this.state !== 'stopped') return;
    this.state = 'standby';
    await this.tick();
    this.leaseTimer = setInterval(() => void this.tick(), Math.max(50, Math.floor(this.leaseTtlMs / 3)));
  }

  async stop(): Promise<void> {
    this.state = 'stopped';
    clearInterval(this.leaseTimer);
    clearTimeout(this.reconnectTimer);
    this.stopHeartbeat();
    await this.close();
    if (this.holding) await this.o.store.releaseLease(LEASE_NAME, this.o.owner).catch((err: unknown) => this.o.log.warn({ err }, 'wecom lease release failed'));
    this.holding = false;
  }

  private async tick(): Promise<void> {
    if (this.state === 'stopped') return;
    let held = false;
    try {
      held = await this.o.store.acquireLease(LEASE_NAME, this.o.owner, this.leaseTtlMs);
    } catch (err) {
      this.o.log.error({ err }, 'wecom lease check failed; leaving the connection to another process');
    }
    if (this.isStopped()) return;
    if (held && !this.holding) this.o.log.info({ owner: this.o.owner }, 'wecom long connection lease taken');
    if (!held && this.holding) {
      this.o.log.warn({ owner: this.o.owner }, 'wecom long connection lease lost; disconnecting');
      clearTimeout(this.reconnectTimer);
      this.reconnectTimer = undefined;
      this.state = 'standby';
      await this.close();
    }
    this.holding = held;
    if (held && this.state === 'standby' && !this.ws && !this.reconnectTimer) this.connect();
  }

  private connect(): void {
    this.state = 'connecting';
    const ws = new WebSocket(this.o.url, { handshakeTimeout: 10_000 });
    this.ws = ws;
    ws.on('open', () => {
      this.send({ cmd: 'aibot_subscribe', headers: { req_id: reqId('aibot_subscribe') }, body: { bot_id: this.o.botId, secret: this.o.secret } });
      // Without an answer to the subscription within one heartbeat period, start over.
      this.heartbeatTimer = setTimeout(() => ws.terminate(), this.heartbeatMs);
    });
    ws.on('message', (data) => this.onFrame(String(data)));
    ws.on('error', (err) => this.o.log.warn({ err: err.message }, 'wecom long connection error'));
    ws.on('close', (code) => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.stopHeartbeat();
      if (this.state === 'stopped' || this.state === 'replaced') return;
      this.state = 'standby';
      if (this.holding) this.scheduleReconnect(code);
    });
  }

  /** The bot's one backoff (platforms/types.ts), so several bots that lost the network do not return in step. */
  private scheduleReconnect(code: number): void {
    const delay = backoffDelay(this.attempt, { baseMs: this.o.reconnectBaseMs ?? 1_000, maxMs: this.o.reconnectMaxMs ?? 30_000 });
    this.attempt++;
    this.o.log.warn({ code, attempt: this.attempt, delayMs: delay }, 'wecom long connection closed; reconnecting');
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      if (this.state === 'standby' && this.holding && !this.ws) this.connect();
    }, delay);
  }

  private onFrame(raw: string): void {
    let frame: Frame;
    try {
      frame = JSON.parse(raw) as Frame;
    } catch {
      this.o.log.warn('wecom long connection sent a frame that is not JSON');
      return;
    }
    const id = frame.headers?.req_id ?? '';
    if (frame.cmd === 'aibot_msg_callback') {
      void this.onMessage(id, frame.body, raw);
    } else if (frame.cmd === 'aibot_event_callback') {
      const event = (frame.body?.event as { eventtype?: unknown } | undefined)?.eventtype;
      if (event === 'disconnected_event') this.onReplaced();
    } else if (id.startsWith('aibot_subscribe')) {
      this.onSubscribed(frame);
    } else if (id.startsWith('ping')) {
      if (frame.errcode === 0) this.missedPongs = 0;
    } else if (typeof frame.errcode === 'number' && frame.errcode !== 0) {
      this.o.log.error({ reqId: id, errcode: frame.errcode, errmsg: frame.errmsg }, 'wecom refused a long-connection reply');
    }
  }

  private onSubscribed(frame: Frame): void {
    this.stopHeartbeat();
    if (frame.errcode !== 0) {
      this.o.log.error({ errcode: frame.errcode, errmsg: frame.errmsg }, 'wecom long connection subscription refused (check WECOM_BOT_ID / WECOM_BOT_SECRET)');
      this.ws?.terminate();
      return;
    }
    this.state = 'online';
    this.attempt = 0;
    this.missedPongs = 0;
    this.o.log.info('wecom long connection online');
    this.heartbeatTimer = setInterval(() => {
      if (this.missedPongs >= 2) {
        this.o.log.warn('wecom long connection missed two heartbeats; reconnecting');
        this.ws?.terminate();
        return;
      }
      this.missedPongs++;
      this.send({ cmd: 'ping', headers: { req_id: reqId('ping') } });
    }, this.heartbeatMs);
  }

  /** WeCom closed this connection for a newer one that is not ours to coordinate: stop instead of fighting it. */
  private onReplaced(): void {
    this.state = 'replaced';
    this.stopHeartbeat();
    this.o.log.error('wecom long connection replaced by another connection for the same bot; not reconnecting (is a second deployment running?)');
    void this.close();
  }

  private async onMessage(id: string, body: unknown, raw: string): Promise<void> {
    const decoded = decodeBotMessage(body, this.o.botName, this.o.now(), raw);
    if (!decoded || !id) return;
    const { msg } = decoded;
    const key = `wecom:${msg.messageId}`;
    const deps = { store: this.o.store, log: this.o.log, handle: this.o.handle, dedupeTtlMs: this.o.dedupeTtlMs };
    try {
      if (!(await claim(deps, key, msg))) return;
      // A holding reply ("正在查找…") goes out as an unfinished stream; the answer then finishes the same stream.
      const stream = randomBytes(8).toString('hex');
      let holding = false;
      const interim = (reply: OutboundMessage) => {
        const text = joinReplies([reply]);
        if (holding || !text) return;
        holding = this.send({ cmd: 'aibot_respond_msg', headers: { req_id: id }, body: JSON.parse(streamReply(text, stream, false)) as object });
      };
      const { shared, personal } = partition(await handleClaimed(deps, key, { ...msg, interim }));
      if (personal.length) void this.o.sendPersonal(msg.userId, personal);
      const content = joinReplies(shared);
      if (!content && !holding) return;
      const sent = this.send({ cmd: 'aibot_respond_msg', headers: { req_id: id }, body: JSON.parse(streamReply(content, stream)) as object });
      if (!sent) this.o.log.error(describeInbound(msg), 'wecom reply lost: the long connection closed before it was ready');
    } catch (err) {
      this.o.log.error({ ...describeInbound(msg), err }, 'wecom long-connection message failed');
    }
  }

  private send(frame: object): boolean {
    if (this.ws?.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(frame));
    return true;
  }

  /** A method, not an inline comparison: the state changes across the awaits above. */
  private isStopped(): boolean {
    return this.state === 'stopped';
  }

  private stopHeartbeat(): void {
    clearTimeout(this.heartbeatTimer);
    clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = undefined;
  }

  private close(): Promise<void> {
    const ws = this.ws;
    this.ws = null;
    if (!ws || ws.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((ok) => {
      const done = setTimeout(() => {
        ws.terminate();
        ok();
      }, 1_000);
      ws.once('close', () => {
        clearTimeout(done);
        ok();
      });
      ws.close(1000);
    });
  }
}
