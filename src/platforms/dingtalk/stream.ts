// Stream mode: the bot opens a WebSocket to DingTalk, so no public address is needed.
// https://open.dingtalk.com/document/resourcedownload/introduction-to-stream-mode
// Protocol: https://open-dingtalk.github.io/developerpedia/docs/learn/stream/protocol
//
// dingtalk-stream 2.1.5 does the frame protocol (SYSTEM ping/pong, CALLBACK emit, ack format);
// three things in it are replaced here by overriding its public methods:
// - its gateway URL is a module constant (GATEWAY_URL), so getEndpoint() is overridden to ask
//   DINGTALK_OPENAPI_BASE instead — which is also what lets a test point it at a local server;
// - its reconnect is a fixed 1 s timer (and error + close can both schedule one), so
//   autoReconnect is switched off and this class reconnects with exponential backoff and jitter;
// - its onDownStream JSON.parse runs unguarded inside the socket listener, where one bad frame
//   would be an uncaught exception, so it is wrapped.
import { DWClient, TOPIC_ROBOT, type DWClientDownStream } from 'dingtalk-stream';
import type WebSocket from 'ws';
import type { PlatformLogger } from '../types.js';
import { requestJson } from './http.js';
import { backoffDelay } from '../types.js';

export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
  /** A connection that stayed up this long starts the next series of delays from the base again. */
  stableMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1_000, maxMs: 60_000, stableMs: 60_000 };

/** Delay before reconnect attempt `attempt` (0-based): the bot's one backoff (platforms/types.ts). */
export { backoffDelay };

/**
 * The package's socket and URL fields are private in its typings but plain fields at runtime. A patch
 * release may rename them, so package.json pins dingtalk-stream exactly; check these two on an upgrade.
 */
type ClientInternals = { socket?: WebSocket; dw_url?: string };

class GatewayClient extends DWClient {
  onOpen?: (socket: WebSocket) => void;
  onBadFrame?: (err: unknown) => void;

  constructor(clientId: string, clientSecret: string, private readonly gatewayUrl: string) {
    super({ clientId, clientSecret, ua: 'huanjie-bot', keepAlive: false });
    this.config.autoReconnect = false;
    // Robot messages come only as CALLBACK frames of this topic; EVENT "*" alone never delivers them.
    this.config.subscriptions = [{ type: 'CALLBACK', topic: TOPIC_ROBOT }];
  }

  // Connection registration: https://open-dingtalk.github.io/developerpedia/docs/learn/stream/protocol
  override async getEndpoint(): Promise<this> {
    const res = await requestJson('gateway/connections/open', this.gatewayUrl, {
      body: { clientId: this.config.clientId, clientSecret: this.config.clientSecret, ua: this.config.ua, subscriptions: this.config.subscriptions },
    });
    const { endpoint, ticket } = res.body;
    if (res.status !== 200 || typeof endpoint !== 'string' || typeof ticket !== 'string') {
      const why = typeof res.body.message === 'string' ? res.body.message : 'no endpoint/ticket in answer';
      throw new Error(`stream gateway: ${why} (HTTP ${res.status})`);
    }
    (this as unknown as ClientInternals).dw_url = `${endpoint}?ticket=${encodeURIComponent(ticket)}`;
    return this;
  }

  override async _connect(): Promise<void> {
    await super._connect();
    const socket = (this as unknown as ClientInternals).socket;
    if (socket) this.onOpen?.(socket);
  }

  override onDownStream(data: string): void {
    try {
      super.onDownStream(data);
    } catch (err) {
      this.onBadFrame?.(err);
    }
  }
}

export interface StreamOptions {
  clientId: string;
  clientSecret: string;
  /** `${DINGTALK_OPENAPI_BASE}/v1.0/gateway/connections/open` */
  gatewayUrl: string;
  /** Called for each robot message after it was acknowledged (the inbound pipeline). */
  onMessage: (raw: unknown) => Promise<unknown>;
  log: PlatformLogger;
  backoff?: BackoffPolicy;
  random?: () => number;
  /** WebSocket ping interval; a missing pong by the next ping drops the connection. 0 = off. */
  heartbeatMs?: number;
  /** Observes every scheduled reconnect (tests, metrics). */
  onReconnectScheduled?: (delayMs: number, attempt: number) => void;
}

export class DingtalkStream {
  private readonly client: GatewayClient;
  private readonly backoff: BackoffPolicy;
  private stopped = true;
  private attempt = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly opts: StreamOptions) {
    this.backoff = opts.backoff ?? DEFAULT_BACKOFF;
    this.client = new GatewayClient(opts.clientId, opts.clientSecret, opts.gatewayUrl);
    this.client.onOpen = (socket) => this.watch(socket);
    this.client.onBadFrame = (err) => opts.log.warn({ platform: 'dingtalk', reason: (err as Error).message }, 'dingtalk stream frame ignored: not JSON');
    this.client.registerCallbackListener(TOPIC_ROBOT, (frame) => this.onCallback(frame));
  }

  /** Connect once; when that fails, retries continue in the background (startup is never blocked). */
  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  /** Stop reconnecting and close the socket; resolves once it is closed. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    const socket = (this.client as unknown as ClientInternals).socket;
    const closed = socket && socket.readyState !== socket.CLOSED ? new Promise((ok) => socket.once('close', ok)) : null;
    this.client.disconnect();
    if (closed) await closed;
  }

  private onCallback(frame: DWClientDownStream): void {
    // Acknowledge first: an unacknowledged CALLBACK is pushed again about a minute later, and
    // answering a question can take longer than that. Redeliveries are dropped by msgId anyway.
    this.client.socketCallBackResponse(frame.headers.messageId, { status: 'SUCCESS' });
    let raw: unknown;
    try {
      raw = JSON.parse(frame.data);
    } catch {
      this.opts.log.warn({ platform: 'dingtalk', frame: frame.headers.messageId }, 'dingtalk stream callback ignored: data is not JSON');
      return;
    }
    this.opts.onMessage(raw).catch((err: unknown) => {
      this.opts.log.error({ platform: 'dingtalk', frame: frame.headers.messageId, err }, 'dingtalk stream message failed');
    });
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.client.getEndpoint();
      if (this.stopped) return;
      await this.client._connect();
    } catch (err) {
      this.opts.log.warn({ platform: 'dingtalk', attempt: this.attempt, reason: (err as Error).message }, 'dingtalk stream connect failed');
      this.scheduleReconnect();
    }
  }

  private watch(socket: WebSocket): void {
    if (this.stopped) {
      this.client.disconnect();
      return;
    }
    const openedAt = Date.now();
    this.opts.log.info({ platform: 'dingtalk' }, 'dingtalk stream connected');
    let alive = true;
    const heartbeat = this.opts.heartbeatMs === 0 ? undefined : setInterval(() => {
      if (!alive) return socket.terminate();
      alive = false;
      socket.ping();
    }, this.opts.heartbeatMs ?? 10_000);
    socket.on('pong', () => {
      alive = true;
    });
    socket.once('close', (code: number) => {
      clearInterval(heartbeat);
      if (this.stopped) return;
      if (Date.now() - openedAt >= this.backoff.stableMs) this.attempt = 0;
      this.opts.log.warn({ platform: 'dingtalk', code }, 'dingtalk stream connection closed');
      this.scheduleReconnect();
    });
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.timer) return;
    const delay = backoffDelay(this.attempt, this.backoff, this.opts.random);
    this.attempt++;
    this.opts.onReconnectScheduled?.(delay, this.attempt);
    this.opts.log.info({ platform: 'dingtalk', delayMs: delay, attempt: this.attempt }, 'dingtalk stream reconnect scheduled');
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.connect();
    }, delay);
  }
}
