// Fake timers and an in-memory robot for pacing tests: every request is answered errcode 0 at once,
// and the (fake) time it arrived is kept per robot, so pacing is asserted on the queue's own clock,
// never on wall-clock speed. Undo with vi.useRealTimers() and vi.unstubAllGlobals().
import { vi } from 'vitest';

export function pacedFetch(robotOf: (url: URL) => string) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  const arrivals = new Map<string, number[]>();
  const bodies: unknown[] = [];
  vi.stubGlobal('fetch', async (url: string, init: { body: string }) => {
    const robot = robotOf(new URL(url));
    arrivals.set(robot, [...(arrivals.get(robot) ?? []), Date.now()]);
    bodies.push(JSON.parse(init.body));
    return new Response(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
  });
  return { arrivals, bodies, start: Date.now() };
}
