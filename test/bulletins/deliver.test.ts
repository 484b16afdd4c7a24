import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoff, deliver, isRetryable, partKey, type Outgoing } from '../../src/bulletins/deliver.js';
import { createRedactor } from '../../src/log.js';
import { DeliveryError, type GroupTarget, type PlatformModule } from '../../src/platforms/types.js';
import type { Delivery } from '../../src/store/types.js';
import { tempStore, type TempStore } from './fixtures.js';
import { RecordingPlatform, silentLog } from './recording.js';

const target = (name: string, platform: 'wecom' | 'dingtalk' = 'wecom'): GroupTarget => ({ name, platform, url: `http://127.0.0.1:1/${name}` });
const parts = (n: number) => Array.from({ length: n }, (_, i) => ({ text: `第${i + 1}条`, format: 'markdown' as const }));

let db: TempStore;
let wecom: RecordingPlatform;
let sleeps: number[];
const deps = () => ({
  platform: (name: string) => (name === 'wecom' ? wecom : undefined),
  store: db.store,
  log: silentLog,
  retry: { attempts: 4, baseMs: 100, maxMs: 1000 },
  sleep: async (ms: number) => void sleeps.push(ms),
});

beforeEach(() => {
  db = tempStore();
  wecom = new RecordingPlatform('wecom');
  sleeps = [];
});
afterEach(() => db.close());

describe('deliver', () => {
  it('sends every target its parts in order and records each part', async () => {
    const out: Outgoing[] = [
      { target: target('甲群'), parts: parts(3) },
      { target: target('乙群'), parts: parts(3) },
    ];
    const report = await deliver({ job: 'bulletin', key: '2026-11-22' }, out, deps());
    expect(report.failed).toEqual([]);
    expect(report.delivered.map((r) => [r.target, r.delivered, r.parts])).toEqual([
      ['甲群', 3, 3],
      ['乙群', 3, 3],
    ]);
    expect(wecom.posted.filter((p) => p.target === '甲群').map((p) => p.msg.text)).toEqual(['第1条', '第2条', '第3条']);
    const recorded = await db.store.listDeliveries({ job: 'bulletin', key: '2026-11-22' });
    expect(recorded.map((d) => [d.target, d.part, d.ok])).toHaveLength(6);
    expect(recorded.every((d) => d.ok && d.platform === 'wecom')).toBe(true);
  });

  it('retries rate limits and 5xx with growing waits, so the part arrives once', async () => {
    wecom.on('甲群', 'rate-limited', 'server-error', 'ok');
    const report = await deliver({ job: 'bulletin', key: 'd' }, [{ target: target('甲群'), parts: parts(2) }], deps());
    expect(report.delivered).toHaveLength(1);
    expect(wecom.attempts.map((a) => a.msg.text)).toEqual(['第1条', '第1条', '第1条', '第2条']);
    expect(wecom.posted.map((a) => a.msg.text)).toEqual(['第1条', '第2条']);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[0]).toBeGreaterThanOrEqual(50);
    expect(sleeps[0]).toBeLessThanOrEqual(100);
    expect(sleeps[1]).toBeGreaterThanOrEqual(100);
    expect(sleeps[1]).toBeLessThanOrEqual(200);
  });

  it('isolates a failing target: the others still receive, the failure and held-back parts are recorded', async () => {
    wecom.on('坏群', 'refused');
    const out: Outgoing[] = [
      { target: target('坏群'), parts: parts(2) },
      { target: target('好群'), parts: parts(2) },
      { target: target('钉钉群', 'dingtalk'), parts: parts(1) },
    ];
    const report = await deliver({ job: 'bulletin', key: 'd' }, out, deps());
    expect(report.delivered.map((r) => r.target)).toEqual(['好群']);
    expect(report.failed.map((r) => [r.target, r.delivered, r.error])).toEqual([
      ['坏群', 0, '坏群: errcode 93000: invalid webhook url'],
      ['钉钉群', 0, '钉钉群: platform dingtalk is not enabled in this process'],
    ]);
    expect(wecom.attempts.filter((a) => a.target === '坏群')).toHaveLength(1); // refused: no retry
    const failed = await db.store.listDeliveries({ ok: false });
    // Targets run side by side, so compare regardless of which failed first.
    expect(failed.map((d) => [d.target, d.part, d.error]).sort()).toEqual([
      ['坏群', 1, '坏群: errcode 93000: invalid webhook url'],
      ['坏群', 2, 'not sent: part 1 failed'],
      ['钉钉群', 1, '钉钉群: platform dingtalk is not enabled in this process'],
    ]);
  });

  it('waits at least as long as a rate limit asks, within the policy ceiling: the one retry policy of every sender', async () => {
    const limitedFor = (retryAfterMs: number): PlatformModule => ({
      name: 'wecom',
      mount() {},
      async start() {},
      async stop() {},
      limit: () => 4096,
      post: () => Promise.reject(new DeliveryError('甲群', 'errcode 130101: send too fast', true, retryAfterMs)),
    });
    const limited = limitedFor(700);
    const capped = limitedFor(60_000);
    await deliver({ job: 'bulletin', key: 'd' }, [{ target: target('甲群'), parts: parts(1) }], { ...deps(), platform: () => limited });
    expect(sleeps).toEqual([700, 700, 700]);
    sleeps = [];
    await deliver({ job: 'bulletin', key: 'e' }, [{ target: target('甲群'), parts: parts(1) }], { ...deps(), platform: () => capped });
    expect(sleeps).toEqual([1000, 1000, 1000]);
  });

  it('on real timers, retries a rate-limited part no sooner than the wait it asks for', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const start = Date.now();
      const tries: number[] = [];
      const limitedOnce: PlatformModule = {
        name: 'wecom',
        mount() {},
        async start() {},
        async stop() {},
        limit: () => 4096,
        post: async () => {
          tries.push(Date.now() - start);
          if (tries.length === 1) throw new DeliveryError('甲群', 'errcode 130101: send too fast', true, 700);
          return 1;
        },
      };
      const { sleep: _injected, ...onTimers } = deps();
      const done = deliver({ job: 'bulletin', key: 'd' }, [{ target: target('甲群'), parts: parts(1) }], { ...onTimers, platform: () => limitedOnce });
      // The policy's own first backoff here is 50–100 ms: only the rate limit's 700 ms explains the wait.
      await vi.advanceTimersByTimeAsync(699);
      expect(tries).toEqual([0]);
      await vi.advanceTimersByTimeAsync(1);
      expect(tries).toEqual([0, 700]);
      expect((await done).delivered).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives up after the last attempt when the rate limit never lifts', async () => {
    wecom.on('甲群', 'rate-limited', 'rate-limited', 'rate-limited', 'rate-limited', 'rate-limited');
    const report = await deliver({ job: 'bulletin', key: 'd' }, [{ target: target('甲群'), parts: parts(1) }], deps());
    expect(report.failed[0]?.error).toMatch(/45009/);
    expect(wecom.attempts).toHaveLength(4);
    expect(sleeps).toHaveLength(3);
  });

  it('gives up a pending retry at shutdown and records the failure', async () => {
    const stopping = new AbortController();
    wecom.on('甲群', 'rate-limited', 'ok');
    const report = await deliver({ job: 'bulletin', key: 'd' }, [{ target: target('甲群'), parts: parts(2) }], {
      ...deps(),
      signal: stopping.signal,
      sleep: async () => stopping.abort(),
    });
    expect(wecom.attempts).toHaveLength(1);
    expect(report.failed[0]).toMatchObject({ target: '甲群', delivered: 0 });
    expect((await db.store.listDeliveries({ ok: false })).map((d) => d.part)).toEqual([1, 2]);
  });

  it('skips parts an earlier attempt delivered', async () => {
    const already = new Set([partKey('wecom', '甲群', 1), partKey('wecom', '甲群', 2)]);
    const report = await deliver({ job: 'bulletin', key: 'd' }, [{ target: target('甲群'), parts: parts(3) }], deps(), already);
    expect(wecom.posted.map((p) => p.msg.text)).toEqual(['第3条']);
    expect(report.delivered[0]).toMatchObject({ delivered: 3, parts: 3 });
  });
});

describe('retry policy', () => {
  it('retries rate limits, 5xx and transport failures marked retryable, nothing else', () => {
    expect(isRetryable(new DeliveryError('g', '45009', true))).toBe(true);
    expect(isRetryable(new DeliveryError('g', '93000'))).toBe(false);
    expect(isRetryable(Object.assign(new Error('x'), { status: 503 }))).toBe(true);
    expect(isRetryable(Object.assign(new Error('x'), { statusCode: 400 }))).toBe(false);
    expect(isRetryable(new Error('plain'))).toBe(false);
  });

  it('doubles the wait up to the cap, with jitter between half and all of it', () => {
    const policy = { attempts: 6, baseMs: 1000, maxMs: 5000 };
    expect([1, 2, 3, 4].map((a) => backoff(policy, a, () => 1))).toEqual([1000, 2000, 4000, 5000]);
    expect(backoff(policy, 2, () => 0)).toBe(1000);
  });
});

describe('secrets in platform errors', () => {
  it('masks them before a failure is stored or returned', async () => {
    const stored: Delivery[] = [];
    const leaky: PlatformModule = {
      name: 'wecom',
      mount: () => undefined,
      start: async () => undefined,
      stop: async () => undefined,
      limit: () => 4096,
      post: async (t) => {
        throw new DeliveryError(t.name, `93000 invalid webhook url ${t.url}`);
      },
    };
    const target = { name: '县群', platform: 'wecom' as const, url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=SECRETKEY123' };
    const report = await deliver(
      { job: 'bulletin', key: '2026-11-22' },
      [{ target, parts: [{ text: 'x' }] }],
      {
        platform: () => leaky,
        store: { recordDelivery: async (d) => void stored.push(d) },
        log: { info: () => undefined, warn: () => undefined, error: () => undefined },
        redact: createRedactor([target.url]),
      },
    );
    expect(report.failed[0]!.error).toContain('[secret]');
    expect(JSON.stringify(report)).not.toContain('SECRETKEY123');
    expect(stored[0]!.error).not.toContain('SECRETKEY123');
  });
});
