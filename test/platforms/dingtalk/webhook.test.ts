import { createHmac } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_BODY_BYTES } from '../../../src/platforms/dingtalk/encode.js';
import { CustomRobotSender, ROBOT_SPACING_MS } from '../../../src/platforms/dingtalk/webhook.js';
import { DeliveryError, type GroupTarget } from '../../../src/platforms/types.js';
import { startFakeDingtalk, type FakeDingtalk } from './fake-dingtalk.js';
import { pacedFetch } from '../paced-fetch.js';
import { collectingLogger, virtualClock } from './support.js';

const SECRET = 'SECb0a1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2';
let fake: FakeDingtalk;
let clock: ReturnType<typeof virtualClock>;
let log: ReturnType<typeof collectingLogger>;
let sender: CustomRobotSender;
/** Virtual time at which each request reached the fake robot. */
let arrivals: number[];

const target = (token = 'tok-qingshan', secret: string | undefined = SECRET): GroupTarget => ({
  name: '青山县换届工作群',
  platform: 'dingtalk',
  url: `${fake.url}/robot/send?access_token=${token}`,
  ...(secret ? { secret } : {}),
});

beforeEach(async () => {
  arrivals = [];
  fake = await startFakeDingtalk(() => {
    arrivals.push(clock.now());
    // A request takes time: a timestamp taken once per post (or at startup) would now be stale.
    clock.advance(7);
    return { body: { errcode: 0, errmsg: 'ok' } };
  });
  clock = virtualClock(1_760_000_000_000);
  log = collectingLogger();
  // Pacing is lifted here; the tests about it use fake timers and their own sender.
  sender = new CustomRobotSender({ log, clock, spacingMs: 0 });
});
afterEach(async () => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  await fake.close();
});

/** The in-memory robot, keyed by access_token, and a sender paced as in production. */
function pacedRobot() {
  const paced = pacedFetch((url) => url.searchParams.get('access_token')!);
  const texts = () => (paced.bodies as { text: { content: string } }[]).map((b) => b.text.content);
  return { ...paced, texts, sender: new CustomRobotSender({ log }) };
}

describe('custom robot sender', () => {
  it('signs every request with its own fresh millisecond timestamp, encoded once', async () => {
    const sent = await sender.post(target(), { text: 'a'.repeat(15_000) + '\n' + 'b'.repeat(15_000) });
    expect(sent).toBe(2);
    expect(fake.requests).toHaveLength(2);
    const stamps = fake.requests.map((r) => r.query.get('timestamp'));
    expect(stamps).toEqual(arrivals.map(String));
    expect(new Set(stamps).size).toBe(2);
    for (const r of fake.requests) {
      const ts = r.query.get('timestamp')!;
      const expected = createHmac('sha256', SECRET).update(`${ts}\n${SECRET}`).digest('base64');
      expect(r.query.get('access_token')).toBe('tok-qingshan');
      expect(r.query.get('sign')).toBe(expected);
      expect(r.rawQuery).toContain(`sign=${encodeURIComponent(expected)}`);
      expect(r.headers['content-type']).toContain('application/json');
    }
  });

  it('splits at line boundaries into bodies of at most 20000 bytes, sent in order', async () => {
    const lines = Array.from({ length: 1500 }, (_, i) => `${String(i).padStart(4, '0')} 乡镇进度：党组织完成、村委会完成`);
    const text = lines.join('\n');
    const sent = await sender.post(target(), { text, format: 'markdown', title: '青山县换届日通报' });
    expect(sent).toBe(fake.requests.length);
    expect(sent).toBeGreaterThan(3);
    for (const r of fake.requests) {
      expect(r.raw.length).toBeLessThanOrEqual(MAX_BODY_BYTES);
      expect(r.json.msgtype).toBe('markdown');
      expect(r.json.markdown.title).toBe('青山县换届日通报');
    }
    // Every part but the last is filled close to the limit: the split wastes at most one line.
    for (const r of fake.requests.slice(0, -1)) expect(r.raw.length).toBeGreaterThan(MAX_BODY_BYTES - 200);
    expect(fake.requests.map((r) => r.json.markdown.text).join('\n')).toBe(text);
  });

  it('sends reminders as text with at.atUserIds and the @userId in the content', async () => {
    await sender.post(target(), { text: '河西乡尚未报送今日进度', mention: ['hexi_wang'] });
    expect(fake.requests[0]!.json).toEqual({
      msgtype: 'text',
      text: { content: '河西乡尚未报送今日进度\n@hexi_wang' },
      at: { atUserIds: ['hexi_wang'], isAtAll: false },
    });
  });

  it('spaces a burst to one robot by its limit and never passes 20 in any minute', async () => {
    const { arrivals, texts, start, sender: paced } = pacedRobot();
    const posts = Promise.all(Array.from({ length: 45 }, (_, i) => paced.post(target(), { text: `第${i + 1}条` })));
    await vi.runAllTimersAsync();
    expect(await posts).toEqual(Array(45).fill(1));
    expect(texts()).toEqual(Array.from({ length: 45 }, (_, i) => `第${i + 1}条`));
    const at = arrivals.get('tok-qingshan')!;
    expect(at[0]).toBe(start);
    for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(ROBOT_SPACING_MS);
    for (const t of at) expect(at.filter((u) => u >= t && u < t + 60_000).length).toBeLessThanOrEqual(20);
  });

  it('keeps two robots apart: one robot’s queue does not slow the other', async () => {
    const { arrivals, start, sender: paced } = pacedRobot();
    const posts = Promise.all([...Array.from({ length: 5 }, () => paced.post(target('robot-a'), { text: 'a' })), paced.post(target('robot-b'), { text: 'b' })]);
    await vi.runAllTimersAsync();
    await posts;
    expect(arrivals.get('robot-b')).toEqual([start]);
    expect(arrivals.get('robot-a')!.at(-1)! - start).toBeGreaterThanOrEqual(4 * ROBOT_SPACING_MS);
  });

  it('never interleaves the parts of two posts to the same robot', async () => {
    const big = (c: string) => Array.from({ length: 3 }, () => c.repeat(15_000)).join('\n');
    await Promise.all([sender.post(target(), { text: big('a') }), sender.post(target(), { text: big('b') })]);
    expect(fake.requests.map((r) => r.json.text.content[0]).join('')).toBe('aaabbb');
  });

  it('on errcode 130101 fails at once with a retryable DeliveryError that says to wait a minute, and waits nowhere itself', async () => {
    fake.respond = () => ({ body: { errcode: 130101, errmsg: 'send too fast, exceed 20 times per minute' } });
    const err = await sender.post(target(), { text: '日通报' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect((err as DeliveryError).retryable).toBe(true);
    expect((err as DeliveryError).retryAfterMs).toBe(60_000);
    expect(fake.requests).toHaveLength(1);
    expect(log.lines.filter((l) => l.level === 'warn')).toHaveLength(1);
  });

  it.each([
    [310000, 'sign not match'],
    [310000, 'keywords not in content'],
    [300001, 'token is not exist'],
    [400013, 'invalid msgtype'],
  ])('fails loudly on errcode %i (%s) naming the target, without retrying', async (errcode, errmsg) => {
    fake.respond = () => ({ body: { errcode, errmsg } });
    const err = await sender.post(target(), { text: '日通报' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeliveryError);
    expect((err as DeliveryError).target).toBe('青山县换届工作群');
    expect((err as DeliveryError).retryable).toBe(false);
    expect((err as Error).message).toContain(`errcode ${errcode}: ${errmsg}`);
    expect(fake.requests).toHaveLength(1);
    expect(log.lines.some((l) => l.level === 'error' && (l.obj as { errcode?: number }).errcode === errcode)).toBe(true);
  });

  it('treats a 200 answer without errcode 0 as an error, and HTTP 5xx as retryable', async () => {
    fake.respond = () => ({ body: { ok: true } });
    await expect(sender.post(target(), { text: 'x' })).rejects.toThrow(/no errcode/);
    fake.respond = () => ({ status: 502, body: { message: 'bad gateway' } });
    const err = (await sender.post(target(), { text: 'x' }).catch((e: unknown) => e)) as DeliveryError;
    expect(err.message).toContain('HTTP 502');
    expect(err.retryable).toBe(true);
  });

  it('stops at the first failed part and does not send the rest', async () => {
    let n = 0;
    fake.respond = () => (++n === 2 ? { body: { errcode: 310000, errmsg: 'keywords not in content' } } : { body: { errcode: 0, errmsg: 'ok' } });
    await expect(sender.post(target(), { text: ['a', 'b', 'c'].map((c) => c.repeat(15_000)).join('\n') })).rejects.toBeInstanceOf(DeliveryError);
    expect(fake.requests).toHaveLength(2);
  });

  it('refuses targets of another platform and unparsable URLs, and unreachable robots are retryable', async () => {
    await expect(sender.post({ ...target(), platform: 'wecom' }, { text: 'x' })).rejects.toThrow(/wecom/);
    await expect(sender.post({ ...target(), url: 'not a url' }, { text: 'x' })).rejects.toThrow(/not a valid URL/);
    const closed = fake.url;
    await fake.close();
    const err = (await sender.post({ ...target(), url: `${closed}/robot/send?access_token=t` }, { text: 'x' }).catch((e: unknown) => e)) as DeliveryError;
    expect(err).toBeInstanceOf(DeliveryError);
    expect(err.retryable).toBe(true);
    fake = await startFakeDingtalk();
  });
});
