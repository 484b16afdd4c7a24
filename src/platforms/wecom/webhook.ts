// Group robot (群机器人 / 消息推送) webhook sender: bulletins as markdown, reminders as text with
// mentioned_list (an @ inside markdown is shown but does not notify). Content is split to the UTF-8 byte
// limits, posts to one webhook go through that robot's queue (WeCom allows 20 messages a minute per
// robot: "每个机器人发送的消息不能超过20条/分钟"), 45009 is a retryable failure that says how long to wait
// (bulletin delivery's one retry policy waits), and every errcode other than 0 is an error even though
// WeCom answers HTTP 200.
// https://developer.work.weixin.qq.com/document/path/91770
import { DeliveryError, RobotQueues, type GroupTarget, type OutboundMessage, type PlatformLogger } from '../types.js';
import { webhookBodies } from './encode.js';

/** 60 s / 20 messages, plus a second a minute so WeCom's counter and ours never disagree at the edge. */
export const WEBHOOK_SPACING_MS = 3_050;

export interface WebhookOptions {
  log: PlatformLogger;
  /** Least time between two posts to the same webhook; 0 lifts the limit (tests against a stand-in). */
  spacingMs?: number;
  /** How long a 45009 (rate limit) says to wait before the same part is tried again. */
  rateLimitWaitMs?: number;
  timeoutMs?: number;
}

export class WebhookSender {
  private readonly queues: RobotQueues;
  private readonly rateLimitWaitMs: number;
  private readonly timeoutMs: number;

  constructor(private readonly opts: WebhookOptions) {
    this.queues = new RobotQueues({ intervalCap: 1, interval: opts.spacingMs ?? WEBHOOK_SPACING_MS });
    this.rateLimitWaitMs = opts.rateLimitWaitMs ?? 60_000;
    this.timeoutMs = opts.timeoutMs ?? 10_000;
  }

  /** Send every part in order; resolves the number of parts. Messages to one webhook never interleave. */
  async post(target: GroupTarget, msg: OutboundMessage): Promise<number> {
    const bodies = webhookBodies(msg);
    await this.queues.inOrder(
      target.url,
      bodies.map((body, i) => () => this.sendPart(target, body, `part ${i + 1}/${bodies.length}`)),
    );
    return bodies.length;
  }

  private async sendPart(target: GroupTarget, body: object, part: string): Promise<void> {
    const { errcode, errmsg } = await this.call(target, body, part);
    if (errcode === 0) return;
    if (errcode === 93000) throw new DeliveryError(target.name, `${part}: webhook key is invalid or the robot was removed (errcode 93000)`);
    if (errcode === 45009) this.opts.log.warn({ target: target.name, part }, 'wecom webhook rate-limited (45009)');
    throw new DeliveryError(target.name, `${part}: errcode ${errcode}: ${errmsg}`, errcode === 45009, errcode === 45009 ? this.rateLimitWaitMs : undefined);
  }

  private async call(target: GroupTarget, body: object, part: string): Promise<{ errcode: number; errmsg: string }> {
    let res: Response;
    try {
      res = await fetch(target.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      throw new DeliveryError(target.name, `${part}: request failed: ${(err as Error).message}`, true);
    }
    const text = await res.text().catch(() => '');
    if (!res.ok) throw new DeliveryError(target.name, `${part}: HTTP ${res.status}`, res.status >= 500 || res.status === 429);
    try {
      const parsed = JSON.parse(text) as { errcode?: unknown; errmsg?: unknown };
      if (typeof parsed.errcode !== 'number') throw new Error('no errcode');
      return { errcode: parsed.errcode, errmsg: String(parsed.errmsg ?? '') };
    } catch {
      throw new DeliveryError(target.name, `${part}: answer is not the documented {errcode, errmsg} JSON`, true);
    }
  }
}
