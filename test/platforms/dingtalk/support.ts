// Small test doubles that are not DingTalk: a collecting logger and a virtual clock.
import type { PlatformLogger } from '../../../src/platforms/types.js';
import type { Clock } from '../../../src/platforms/dingtalk/webhook.js';

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

/** Time that moves only when a test says so: signing timestamps are checked against it. */
export function virtualClock(start = Date.now()): Clock & { advance(ms: number): void } {
  let t = start;
  return {
    now: () => t,
    advance(ms) {
      t += ms;
    },
  };
}
