// The group robot sender against a local HTTP server playing qyapi's webhook/send.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeliveryError, type GroupTarget } from '../../../src/platforms/types.js';
import { WEBHOOK_SPACING_MS, WebhookSender } from '../../../src/platforms/wecom/webhook.js';
import { createLogger } from '../../../src/log.js';
import { fakeApi } from './helpers.js';
import { pacedFetch } from '../paced-fetch.js';

const log = createLogger('silent', []);

/** A sender with the given spacing; 0 lifts the limit where a test is not about it. */
const sender = (spacingMs = 0, rateLimitWaitMs = 60_000) => ({ s: new WebhookSender({ log, spacingMs, rateLimitWaitMs }) });

/** The in-memory webhook, keyed by the webhook key; `texts` are the contents posted, in order. */
function pacedWebhook() {
  const paced = pacedFetch((url) => url.searchParams.get('key')!);
  const texts = () => (paced.bodies as Sent[]).map((b) => (b.text ?? b.markdown)!.content);
  return { ...paced, texts };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

type Sent = { msgtype: string; markdown?: { content: string }; text?: { content: string; mentioned_list?: string[] } };

// A long bulletin: 11 townships × 12 rows of Chinese text, well over 4096 bytes.
const bulletin = ['# 青山县村(社区)"两委"换届进度日通报', ''].concat(
  Array.from({ length: 132 }, (_, i) => `${i + 1}. 河西乡：党组织换届完成${i % 12}个，村委会${i % 9}个，监委会${i % 7}个，一肩挑${i % 5}人 ✓`),
).join('\n');

describe('WebhookSender', () => {
  it('splits a long Chinese bulletin into markdown parts of at most 4096 bytes, at line boundaries, in order', async () => {
    const api = await fakeApi(() => ({ errcode: 0, errmsg: 'ok' }));
    try {
      const target: GroupTarget = { name: '县换届工作群', platform: 'wecom', url: `${api.url}/cgi-bin/webhook/send?key=K1` };
      const { s } = sender(0);
      const count = await s.post(target, { text: bulletin, format: 'markdown' });
      const sent = api.seen.map((r) => JSON.parse(r.body) as Sent);
      expect(Buffer.byteLength(bulletin)).toBeGreaterThan(3 * 4096);
      expect(count).toBe(sent.length);
      expect(count).toBeGreaterThanOrEqual(4);
      for (const m of sent) {
        expect(m.msgtype).toBe('markdown');
        expect(Buffer.byteLength(m.markdown!.content, 'utf8')).toBeLessThanOrEqual(4096);
      }
      // Joining the parts gives the bulletin back byte for byte: nothing lost, no line cut.
      expect(sent.map((m) => m.markdown!.content).join('\n')).toBe(bulletin);
      // Greedy packing: each part is full, i.e. the next line would not have fitted.
      for (let i = 0; i < sent.length - 1; i++) {
        const next = sent[i + 1]!.markdown!.content.split('\n')[0]!;
        expect(Buffer.byteLength(sent[i]!.markdown!.content) + 1 + Buffer.byteLength(next)).toBeGreaterThan(4096);
      }
      expect(api.seen.every((r) => r.query.get('key') === 'K1')).toBe(true);
    } finally {
      await api.close();
    }
  });

  it('sends text with mentioned_list when people must be notified, within 2048 bytes', async () => {
    const api = await fakeApi(() => ({ errcode: 0, errmsg: 'ok' }));
    try {
      const { s } = sender(0);
      const text = Array.from({ length: 60 }, (_, i) => `第${i + 1}行：马坊乡尚未报送今日进度`).join('\n');
      const n = await s.post({ name: 'g', platform: 'wecom', url: api.url }, { text, mention: ['mafang_li', 'wecom:yangjia_zhao'] });
      const sent = api.seen.map((r) => JSON.parse(r.body) as Sent);
      expect(n).toBe(sent.length);
      expect(n).toBeGreaterThan(1);
      expect(sent.every((m) => m.msgtype === 'text' && Buffer.byteLength(m.text!.content) <= 2048)).toBe(true);
      expect(sent[0]!.text!.mentioned_list).toEqual(['mafang_li', 'yangjia_zhao']);
      expect(sent.slice(1).every((m) => m.text!.mentioned_list === undefined)).toBe(true);
      expect(sent.map((m) => m.text!.content).join('\n')).toBe(text);
    } finally {
      await api.close();
    }
  });

  it('spaces a burst to one robot by its limit (20 a minute), in call order, and never interleaves two messages', async () => {
    const { arrivals, texts, start } = pacedWebhook();
    const s = new WebhookSender({ log });
    const target = { name: 'g', platform: 'wecom' as const, url: 'https://qyapi.example/cgi-bin/webhook/send?key=A' };
    const long = Array.from({ length: 3 }, (_, i) => `${'甲'.repeat(600)}${i}`).join('\n'); // 3 parts of 1801 bytes as text
    const posts = Promise.all([s.post(target, { text: long, format: 'text' }), ...Array.from({ length: 24 }, (_, i) => s.post(target, { text: `第${i + 1}条` }))]);
    await vi.runAllTimersAsync();
    expect(await posts).toEqual([3, ...Array(24).fill(1)]);
    expect(texts().slice(0, 4).map((c) => c.slice(-1))).toEqual(['0', '1', '2', '条']);
    expect(texts().slice(3)).toEqual(Array.from({ length: 24 }, (_, i) => `第${i + 1}条`));
    const at = arrivals.get('A')!;
    expect(at).toHaveLength(27);
    expect(at[0]).toBe(start);
    for (let i = 1; i < at.length; i++) expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(WEBHOOK_SPACING_MS);
    for (const t of at) expect(at.filter((u) => u >= t && u < t + 60_000).length).toBeLessThanOrEqual(20);
  });

  it('keeps separate webhooks independent: one robot’s queue does not slow another', async () => {
    const { arrivals, start } = pacedWebhook();
    const s = new WebhookSender({ log });
    const busy = Array.from({ length: 5 }, () => s.post({ name: 'a', platform: 'wecom', url: 'https://qyapi.example/?key=A' }, { text: 'a' }));
    const all = Promise.all([...busy, s.post({ name: 'b', platform: 'wecom', url: 'https://qyapi.example/?key=B' }, { text: 'b' })]);
    await vi.runAllTimersAsync();
    await all;
    expect(arrivals.get('B')).toEqual([start]);
    expect(arrivals.get('A')!.at(-1)! - start).toBeGreaterThanOrEqual(4 * WEBHOOK_SPACING_MS);
  });

  it('on errcode 45009 fails at once with a retryable DeliveryError that says how long to wait, and waits nowhere itself', async () => {
    const api = await fakeApi(() => ({ errcode: 45009, errmsg: 'api freq out of limit' }));
    try {
      const { s } = sender(0, 60_000);
      const err = await s.post({ name: '县换届工作群', platform: 'wecom', url: api.url }, { text: 'x' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DeliveryError);
      expect((err as DeliveryError).retryable).toBe(true);
      expect((err as DeliveryError).retryAfterMs).toBe(60_000);
      expect(api.seen).toHaveLength(1);
    } finally {
      await api.close();
    }
  });

  it('fails loudly on 93000 naming the target, and does not send the remaining parts', async () => {
    const api = await fakeApi(() => ({ errcode: 93000, errmsg: 'invalid webhook url, hint: [xx]' }));
    try {
      const err = await sender(0).s.post({ name: '县换届工作群', platform: 'wecom', url: `${api.url}/?key=BAD` }, { text: bulletin }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DeliveryError);
      expect((err as DeliveryError).target).toBe('县换届工作群');
      expect((err as Error).message).toMatch(/^县换届工作群: part 1\/\d+: .*93000/);
      expect((err as Error).message).not.toContain('BAD');
      expect(api.seen).toHaveLength(1);
    } finally {
      await api.close();
    }
  });

  it('treats any errcode ≠ 0 as an error even with HTTP 200', async () => {
    const api = await fakeApi(() => ({ errcode: 40058, errmsg: 'markdown.content exceed max length 4096' }));
    try {
      const err = await sender(0).s.post({ name: 'g', platform: 'wecom', url: api.url }, { text: 'x' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DeliveryError);
      expect((err as Error).message).toContain('errcode 40058');
    } finally {
      await api.close();
    }
  });

  it('reports an unreachable webhook as a retryable DeliveryError, and the next message still goes out', async () => {
    const api = await fakeApi(() => ({ errcode: 0, errmsg: 'ok' }));
    const { s } = sender(0);
    try {
      const err = await s.post({ name: 'g', platform: 'wecom', url: 'http://127.0.0.1:9/x' }, { text: 'x' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DeliveryError);
      expect((err as DeliveryError).retryable).toBe(true);
      expect(await s.post({ name: 'g', platform: 'wecom', url: api.url }, { text: 'y' })).toBe(1);
    } finally {
      await api.close();
    }
  });
});
