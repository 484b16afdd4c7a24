// Custom group robot (自定义机器人) sender for bulletins and reminders:
// https://open.dingtalk.com/document/orgapp/custom-robot-access
// Every request is signed with a fresh timestamp, goes through its robot's queue, and is judged by its errcode
// (DingTalk answers 200 even when it refuses the message). A rate limit is a retryable failure that says
// how long to wait: bulletin delivery's one retry policy waits, so waits never multiply.
import { DeliveryError, RobotQueues, type GroupTarget, type OutboundMessage, type PlatformLogger } from '../types.js';
import { DingtalkApiError, requestJson } from './http.js';
import { MAX_BODY_BYTES, robotMessages, type RobotMessage } from './encode.js';
import { signedUrl } from './sign.js';

/** "send too fast": the robot's per-minute budget is used up (410100 is reported for the same). */
const RATE_LIMITED = new Set([130101, 410100]);
/** Refusals that no retry can fix: bad signature, keyword, IP allow-list, timestamp; unknown token. */
const MISCONFIGURED: Record<number, string> = {
  310000: "check the robot's signing secret (SEC…), keywords and IP allow-list, and the server clock",
  300001: 'the access_token in the webhook URL is unknown (copy the whole URL the robot settings show)',
};

/** DingTalk blocks a robot that passes its budget for the rest of the minute (or ten): wait that long. */
const RATE_LIMIT_WAIT_MS = 60_000;

/**
 * "每个机器人每分钟最多发送20条消息到群里，如果超过20条，会限流10分钟" (same page): 60 s / 20, plus a
 * second a minute so DingTalk's counter and ours never disagree at the edge. Passing the budget costs
 * ten minutes, so we keep to it ourselves rather than wait to be told.
 */
export const ROBOT_SPACING_MS = 3_050;

/** Where signing timestamps come from (injectable so tests can check them). */
export interface Clock {
  now(): number;
}

export interface CustomRobotOptions {
  log: PlatformLogger;
  /** Least time between two requests to the same robot; 0 lifts the limit (tests against a stand-in). */
  spacingMs?: number;
  clock?: Clock;
  maxBodyBytes?: number;
}

export class CustomRobotSender {
  private readonly queues: RobotQueues;
  private readonly clock: Clock;
  private readonly maxBodyBytes: number;

  constructor(private readonly opts: CustomRobotOptions) {
    this.clock = opts.clock ?? { now: () => Date.now() };
    this.queues = new RobotQueues({ intervalCap: 1, interval: opts.spacingMs ?? ROBOT_SPACING_MS });
    this.maxBodyBytes = opts.maxBodyBytes ?? MAX_BODY_BYTES;
  }

  /** Post every part in order; resolves the number of parts sent, or throws DeliveryError. */
  async post(target: GroupTarget, msg: OutboundMessage): Promise<number> {
    if (target.platform !== 'dingtalk') throw new DeliveryError(target.name, `target belongs to ${target.platform}, not dingtalk`);
    let url: URL;
    try {
      url = new URL(target.url);
    } catch {
      throw new DeliveryError(target.name, 'webhook URL is not a valid URL');
    }
    const parts = robotMessages(msg, this.maxBodyBytes);
    // One queue per robot: the access_token names the robot, whatever else the URL carries.
    const robot = `${url.origin}${url.pathname}?${url.searchParams.get('access_token') ?? ''}`;
    await this.queues.inOrder(
      robot,
      parts.map((part, i) => () => this.sendPart(target, part, i)),
    );
    return parts.length;
  }

  private async sendPart(target: GroupTarget, part: RobotMessage, index: number): Promise<void> {
    const code = await this.send(target, part, index);
    if (code === 0) return;
    const limited = RATE_LIMITED.has(code.errcode);
    const hint = MISCONFIGURED[code.errcode];
    this.opts.log[limited ? 'warn' : 'error']({ target: target.name, part: index, errcode: code.errcode }, limited ? 'dingtalk robot rate-limited' : 'dingtalk robot refused the message');
    throw new DeliveryError(target.name, `errcode ${code.errcode}: ${code.errmsg}${hint ? ` — ${hint}` : ''}`, limited, limited ? RATE_LIMIT_WAIT_MS : undefined);
  }

  /** One signed request; 0 on success, else the errcode. Transport failures throw DeliveryError. */
  private async send(target: GroupTarget, part: RobotMessage, index: number): Promise<0 | { errcode: number; errmsg: string }> {
    let res;
    try {
      res = await requestJson('robot/send', signedUrl(target.url, target.secret, this.clock.now()), { body: part });
    } catch (err) {
      const message = err instanceof DingtalkApiError ? err.message : String(err);
      this.opts.log.error({ target: target.name, part: index, reason: message }, 'dingtalk robot unreachable');
      throw new DeliveryError(target.name, message, true);
    }
    const errcode = Number(res.body.errcode);
    if (res.status === 200 && errcode === 0) return 0;
    if (res.status !== 200 && !Number.isFinite(errcode)) {
      this.opts.log.error({ target: target.name, part: index, status: res.status }, 'dingtalk robot answered an HTTP error');
      throw new DeliveryError(target.name, `HTTP ${res.status}`, res.status >= 500 || res.status === 429);
    }
    return { errcode: Number.isFinite(errcode) ? errcode : -1, errmsg: typeof res.body.errmsg === 'string' ? res.body.errmsg : 'no errcode in answer' };
  }
}
