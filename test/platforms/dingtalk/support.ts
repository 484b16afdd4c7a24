// Small test doubles that are not DingTalk: a collecting logger and a virtual clock.
import type { PlatformLogger } from '../../../src/platforms/types.js';
import type { Clock } from '../../../src/platforms/dingtalk/throttle.js';

export interface Line {
  level: string;
  obj: unknown;
  msg: string | undefined;
}

export function collectingLogger(): PlatformLogger & { lines: Line[] } {
  const lines: Line[] = [];
  const at = (level: string) => (obj: object | string, msg?: string) => {
    lines.push({ level, obj, msg: typeof obj === 'string' ? obj : msg });
  };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** Time that only moves when someone sleeps: throttling is checked without waiting for it. */
export function virtualClock(start = Date.now()): Clock & { sleeps: number[]; advance(ms: number): void } {
  let t = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => t,
    advance(ms) {
      t += ms;
    },
    async sleep(ms) {
      sleeps.push(ms);
      t += ms;
      await new Promise((ok) => setImmediate(ok));
    },
  };
}
