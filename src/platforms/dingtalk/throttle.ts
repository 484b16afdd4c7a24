// Per-robot send queue. A custom robot that exceeds 20 messages a minute is blocked for ten
// minutes (errcode 130101), so we never rely on the server to tell us: posts to one robot run one
// at a time, and every request first takes a slot in a sliding one-minute window.

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((ok) => setTimeout(ok, ms)),
};

export interface RateLimits {
  /** Requests allowed in any window. DingTalk: 20. */
  perWindow: number;
  windowMs: number;
  /** Requests that may go back to back within a window before spacing starts. */
  burst: number;
  /** Least time between two requests once the burst is used, so a flood spreads over the minute. */
  spacingMs: number;
}

// A bulletin of a few parts goes out at once; a flood is spread out and never passes 20 a minute.
// One extra second on the window absorbs clock differences between us and DingTalk's counter.
export const ROBOT_LIMITS: RateLimits = { perWindow: 20, windowMs: 61_000, burst: 10, spacingMs: 3_000 };

export class RobotQueue {
  private readonly tails = new Map<string, Promise<unknown>>();
  private readonly sent = new Map<string, number[]>();

  constructor(
    private readonly limits: RateLimits = ROBOT_LIMITS,
    private readonly clock: Clock = realClock,
  ) {}

  /**
   * Run `job` alone for this robot (so the parts of two posts never interleave), in call order.
   * The job calls `slot()` before each request it makes, retries included.
   */
  run<T>(robot: string, job: (slot: () => Promise<void>) => Promise<T>): Promise<T> {
    const prev = this.tails.get(robot) ?? Promise.resolve();
    const next = prev.catch(() => undefined).then(() => job(() => this.slot(robot)));
    const tail = next.catch(() => undefined);
    this.tails.set(robot, tail);
    void tail.then(() => {
      if (this.tails.get(robot) === tail) this.tails.delete(robot);
    });
    return next;
  }

  private async slot(robot: string): Promise<void> {
    const times = this.sent.get(robot) ?? [];
    for (;;) {
      const now = this.clock.now();
      while (times.length && times[0]! <= now - this.limits.windowMs) times.shift();
      const last = times[times.length - 1];
      const waitSpacing = last === undefined || times.length < this.limits.burst ? 0 : last + this.limits.spacingMs - now;
      const waitWindow = times.length >= this.limits.perWindow ? times[0]! + this.limits.windowMs - now : 0;
      const wait = Math.max(waitSpacing, waitWindow);
      if (wait <= 0) break;
      await this.clock.sleep(wait);
    }
    times.push(this.clock.now());
    this.sent.set(robot, times);
  }
}
