// The only shapes the core sees. Each platform folder translates its own wire format into these
// at the edge, once; no WeCom or DingTalk field name passes this line.
import type Router from '@koa/router';
import PQueue from 'p-queue';

export type PlatformName = 'wecom' | 'dingtalk';

export interface InboundMessage {
  platform: PlatformName;
  /** Platform message id, as a string (WeCom MsgId exceeds 2^53). */
  messageId: string;
  /** The sender's platform user id (WeCom userid, DingTalk staffId). */
  userId: string;
  userName?: string;
  /** Group conversation id; absent for one-to-one messages. */
  chatId?: string;
  chatType: 'group' | 'direct';
  /** Normalised text: leading @mentions stripped, full-width spaces folded, trimmed. */
  text: string;
  /** When the user sent it (platform send time), not when we received it. */
  at: Date;
  /** The message carried an image, file or other non-text part. */
  hasAttachment?: boolean;
  /**
   * Set by a platform that must answer within seconds (WeCom callbacks): called with a holding reply
   * ("正在查找…") when the bot starts something slow (a call to the county's model). The platform answers
   * with it at once and delivers the final replies later; other platforms leave it unset and wait.
   */
  interim?: (reply: OutboundMessage) => void;
}

export interface OutboundMessage {
  text: string;
  format?: 'text' | 'markdown';
  /** Shown in notifications where the platform wants one (DingTalk markdown). */
  title?: string;
  /** Platform user ids to @-notify. */
  mention?: string[];
  /** Send only to the sender (one-to-one), never into the group. */
  private?: boolean;
  /** A PNG posted as a picture where the channel takes one (WeCom group robot `image`); `text` then only names it. */
  image?: Buffer;
}

/** What a platform adapter calls for every new inbound message. Never throws for user mistakes. */
export type HandleInbound = (msg: InboundMessage) => Promise<OutboundMessage[]>;

/** Store capabilities a platform needs, declared here so platforms never import the store. */
export interface PlatformStore {
  /** True the first time a key is seen (shared across processes): drops redeliveries. */
  claimMessage(key: string, ttlMs: number): Promise<boolean>;
  /** Undo a claim when the message could not be processed (store outage), so the platform's retry is handled. */
  releaseMessage(key: string): Promise<void>;
  acquireLease(name: string, owner: string, ttlMs: number): Promise<boolean>;
  releaseLease(name: string, owner: string): Promise<void>;
}

/** Minimal logger shape (pino-compatible). */
export interface PlatformLogger {
  debug(obj: object | string, msg?: string): void;
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
}

/** A named group that bulletins and reminders are posted to. */
export interface GroupTarget {
  name: string;
  platform: PlatformName;
  url: string;
  secret?: string;
}

/**
 * A post the platform refused or could not take; carries the target's name. A sender tries once:
 * `retryable` and `retryAfterMs` (a rate limit says how long to wait) feed the one retry policy of
 * bulletin delivery, so waits never multiply across layers.
 */
export class DeliveryError extends Error {
  constructor(
    readonly target: string,
    message: string,
    readonly retryable = false,
    readonly retryAfterMs?: number,
  ) {
    super(`${target}: ${message}`);
    this.name = 'DeliveryError';
  }
}

export interface PlatformModule {
  readonly name: PlatformName;
  /** Register HTTP callback routes (the router already enforces the body limit). */
  mount(router: Router): void;
  /**
   * Register callback routes that read and bound the request body themselves. They are routed ahead of the
   * app's body parser and the other middleware, and must refuse a body above `maxBodyBytes` (the app's limit).
   */
  mountRaw?(router: Router, maxBodyBytes: number): void;
  /** Open long connections (WeCom AI-bot WebSocket, DingTalk Stream); no-op when not configured. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Post to a group; splits to the platform's limits and throttles. Resolves the number of parts sent. */
  post(target: GroupTarget, msg: OutboundMessage): Promise<number>;
  /** Per-message byte limit for a format, so composers can plan splits. */
  limit(format: 'text' | 'markdown'): number;
}

/** How fast one robot may be posted to: at most `intervalCap` requests in any `interval` ms (0: no limit). */
export interface RobotRate {
  intervalCap: number;
  interval: number;
}

/**
 * One queue per robot, shared by both platforms' group senders: requests to a robot go one at a time, in
 * call order, within its rate. Our own pace keeps a robot from being blocked, since a platform that counts
 * a burst against it blocks for minutes rather than answering "wait".
 */
export class RobotQueues {
  private readonly queues = new Map<string, PQueue>();

  constructor(private readonly rate: RobotRate) {}

  /**
   * Send a post's parts in order. They are queued together, so another post to the same robot never
   * lands between them; the first failure drops the parts still waiting and is what this rejects with.
   */
  async inOrder(robot: string, parts: Array<() => Promise<void>>): Promise<void> {
    const queue = this.queueFor(robot);
    const dropRest = new AbortController();
    const runs = parts.map((part) => queue.add(part, { signal: dropRest.signal }));
    for (const run of runs) run.catch(() => dropRest.abort());
    await Promise.all(runs);
  }

  private queueFor(robot: string): PQueue {
    let queue = this.queues.get(robot);
    if (!queue) {
      const { intervalCap, interval } = this.rate;
      // strict: a sliding window, so no burst fits at the edge between two fixed windows.
      queue = new PQueue({ concurrency: 1, ...(interval > 0 ? { intervalCap, interval, strict: true } : {}) });
      this.queues.set(robot, queue);
    }
    return queue;
  }
}

/** A handler failure the platform should retry (a store outage maps to 503), rather than a bug that would repeat. */
export const retryableFailure = (err: unknown): boolean => (((err as { status?: unknown } | null)?.status as number) ?? 0) >= 500;

/** Keep ids, never text or secrets, in logs. */
export function describeInbound(msg: InboundMessage): Record<string, unknown> {
  return { platform: msg.platform, messageId: msg.messageId, userId: msg.userId, chatType: msg.chatType };
}

/** Size of text as the platforms count it: UTF-8 bytes (a Chinese character is 3). */
export const utf8Bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/**
 * Cut one over-long line into pieces of at most `budget` (by `measure`), between code points,
 * never inside a character. Shared by every splitter so a cut line looks the same everywhere.
 */
export function cutLine(line: string, budget: number, measure: (s: string) => number = utf8Bytes): string[] {
  const pieces: string[] = [];
  let cur = '';
  let size = 0;
  for (const ch of line) {
    const n = measure(ch);
    if (size + n > budget && cur) {
      pieces.push(cur);
      cur = '';
      size = 0;
    }
    cur += ch;
    size += n;
  }
  if (cur || !pieces.length) pieces.push(cur);
  return pieces;
}

export interface SplitOptions {
  /** Size of a piece of text as the platform counts it: UTF-8 bytes unless given (DingTalk counts the JSON-escaped body). */
  measure?: (s: string) => number;
  /** Room in the first part, when it differs from the rest (parts 2..n that carry a 续 marker have less). */
  first?: number;
  /** End a part at a blank line (a section boundary) when that still fills half of it, so a heading is not left at the bottom. */
  sections?: boolean;
}

const trimBlank = (lines: string[]) => {
  let a = 0;
  let b = lines.length;
  while (a < b && !lines[a]!.trim()) a++;
  while (b > a && !lines[b - 1]!.trim()) b--;
  return lines.slice(a, b);
};

/**
 * The one splitter of every outbound path. Lines are packed into parts of at most `limit` (by
 * `measure`); the line break at a part boundary is dropped; a line longer than a part is cut between
 * characters, and each of its pieces ends a part (no line break is ever added inside a line). No part
 * starts or ends with a blank line and none is blank (platforms refuse empty content). Text that fits
 * comes back whole and unchanged.
 */
export function splitLines(text: string, limit: number, opts: SplitOptions = {}): string[] {
  const measure = opts.measure ?? utf8Bytes;
  const first = opts.first ?? limit;
  if (measure(text) <= first) return [text];
  if (limit < 4) throw new RangeError(`a part of ${limit} bytes cannot hold one character`);
  const newline = measure('\n');
  const size = (lines: string[]) => lines.reduce((n, l, i) => n + measure(l) + (i ? newline : 0), 0);
  const parts: string[][] = [];
  let cur: string[] = [];
  let curSize = 0;
  const budget = () => (parts.length === 0 ? first : limit);
  const emit = (lines: string[]) => {
    const kept = trimBlank(lines);
    if (kept.length) parts.push(kept);
  };
  const flush = () => {
    let cut = cur.length;
    if (opts.sections) {
      let blank = cur.length - 1;
      while (blank > 0 && cur[blank]!.trim()) blank--;
      if (blank > 0 && size(cur.slice(0, blank)) * 2 >= budget()) cut = blank;
    }
    emit(cur.slice(0, cut));
    cur = trimBlank(cur.slice(cut));
    curSize = size(cur);
  };
  for (const line of text.split('\n')) {
    const pieces = measure(line) > limit ? cutLine(line, limit, measure) : [line];
    pieces.forEach((piece, k) => {
      if (!cur.length && !piece.trim()) return;
      const n = measure(piece);
      while (cur.length && curSize + newline + n > budget()) flush();
      curSize += n + (cur.length ? newline : 0);
      cur.push(piece);
      if (k < pieces.length - 1) {
        emit(cur);
        cur = [];
        curSize = 0;
      }
    });
  }
  while (cur.length) flush();
  return parts.map((p) => p.join('\n'));
}

/**
 * The bot's one backoff: delivery retries (bulletins/deliver.ts) and both platforms' reconnects (DingTalk
 * Stream, WeCom long connection). Exponential with "equal jitter": half of the capped delay fixed, half
 * random — processes that lost the same server spread out, and until the cap no delay is shorter than the
 * one before it; at the cap it stays within [maxMs / 2, maxMs]. Delay before retry `attempt` (0-based).
 */
export function backoffDelay(attempt: number, policy: { baseMs: number; maxMs: number }, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
