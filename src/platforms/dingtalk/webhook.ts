// Custom group robot (自定义机器人) sender for bulletins and reminders:
// https://open.dingtalk.com/document/orgapp/custom-robot-access
// Every request is signed with a fresh timestamp, throttled per robot, and judged by its errcode
// (DingTalk answers 200 even when it refuses the message). A rate limit is a retryable failure that says
// how long to wait: bulletin delivery's one retry policy waits, so waits never multiply.
import { DeliveryError, type GroupTarget, type OutboundMessage, type PlatformLogger } from '../types.js';
import { DingtalkApiError, requestJson } from './http.js';
import { MAX_BODY_BYTES, robotMessages, type RobotMessage } from './encode.js';
import { signedUrl } from './sign.js';
import { realClock, RobotQueue, type Clock } from './throttle.js';

/** "send too fast": the robot's per-minute budget is used up (410100 is reported for the same). */
const RATE_LIMITED = new Set([130101, 410100]);
/** Refusals that no retry can fix: bad signature, keyword, IP allow-list, timestamp; unknown token. */
const MISCONFIGURED: Record<number, string> = {
  310000: "check the robot's signing secret (SEC…), keywords and IP allow-list, and the server clock",
  300001: 'the access_token in the webhook URL is unknown (copy the whole URL the robot settings show)',
};

/** DingTalk blocks a robot that passes its budget for the rest of the minute (or ten): wait that long. */
const RATE_LIMIT_WAIT_MS = 60_000;

export interface CustomRobotOptions {
  log: PlatformLogger;
  queue?: RobotQueue;
  clock?: Clock;
  maxBodyBytes?: number;
}

export class CustomRobotSender {
  private readonly queue: RobotQueue;
  private readonly clock: Clock;
  private readonly maxBodyBytes: number;

  constructor(private readonly opts: CustomRobotOptions) {
    this.clock = opts.clock ?? realClock;
    this.queue = opts.queue ?? new RobotQueue(undefined, this.clock);
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
    return this.queue.run(robot, async (slot) => {
      for (const [i, part] of parts.entries()) await this.sendPart(target, part, i, slot);
      return parts.length;
    });
  }

  private async sendPart(target: GroupTarget, part: RobotMessage, index: number, slot: () => Promise<void>): Promise<void> {
    await slot();
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
