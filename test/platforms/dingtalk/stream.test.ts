// Stream mode against a local gateway and WebSocket server: frames go through the real
// dingtalk-stream client, the real handler and a real SQLite store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDingtalk } from '../../../src/platforms/dingtalk/platform.js';
import { backoffDelay, DEFAULT_BACKOFF } from '../../../src/platforms/dingtalk/stream.js';
import type { InboundMessage, OutboundMessage, PlatformModule } from '../../../src/platforms/types.js';
import { SqliteStore } from '../../../src/store/sqlite.js';
import { startTestBot } from '../../helpers/bot.js';
import { robotMessage, startFakeDingtalk, type FakeDingtalk } from './fake-dingtalk.js';
import { startFakeStream, TOPIC_ROBOT, type FakeStream } from './fake-stream.js';
import { collectingLogger } from './support.js';

let dir: string;
let store: SqliteStore;
let fake: FakeDingtalk;
let ws: FakeStream;
let log: ReturnType<typeof collectingLogger>;
let platform: PlatformModule | undefined;
let gatewayCalls: number;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hj-dt-stream-'));
  store = new SqliteStore(join(dir, 'store.db'));
  ws = await startFakeStream();
  gatewayCalls = 0;
  fake = await startFakeDingtalk((r) => {
    if (r.path === '/v1.0/gateway/connections/open') {
      gatewayCalls++;
      return ws.gatewayAnswer(r);
    }
    return { body: { errcode: 0, errmsg: 'ok' } };
  });
  log = collectingLogger();
});
afterEach(async () => {
  await platform?.stop();
  platform = undefined;
  await ws.close();
  await fake.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function streamPlatform(handle: (m: InboundMessage) => Promise<OutboundMessage[]>, extra: { delays?: number[]; random?: () => number } = {}) {
  platform = createDingtalk({
    mode: 'stream',
    clientId: 'dingclient0001',
    clientSecret: 'client-secret-0001',
    apiBase: fake.url,
    openApiBase: fake.url,
    store,
    handle,
    log,
    now: () => new Date(),
    stream: {
      backoff: { baseMs: 20, maxMs: 5_000, stableMs: 60_000 },
      random: extra.random ?? (() => 0.5),
      heartbeatMs: 0,
      onReconnectScheduled: (ms) => extra.delays?.push(ms),
    },
  });
  return platform;
}

const message = (content: string, over: Record<string, unknown> = {}) =>
  robotMessage({ text: { content }, sessionWebhook: `${fake.url}/robot/sendBySession?session=${Math.random()}`, ...over });

describe('DingTalk Stream mode', () => {
  it('registers for robot CALLBACK frames through the configured gateway', async () => {
    await streamPlatform(async () => []).start();
    await ws.waitConnection(1);
    const reg = fake.requests.find((r) => r.path === '/v1.0/gateway/connections/open')!;
    expect(reg.json).toMatchObject({ clientId: 'dingclient0001', clientSecret: 'client-secret-0001', subscriptions: [{ type: 'CALLBACK', topic: TOPIC_ROBOT }] });
  });

  it('acknowledges each callback before processing it, then replies through sessionWebhook', async () => {
    const ackedFirst: boolean[] = [];
    let frameId = '';
    await streamPlatform(async (m) => {
      // If the ack were only sent after processing, it could never arrive while we wait here.
      const acked = await Promise.race([ws.waitAck(frameId).then(() => true), new Promise<boolean>((ok) => setTimeout(() => ok(false), 5_000))]);
      ackedFirst.push(acked);
      return [{ text: `收到：${m.text}`, mention: [m.userId] }];
    }).start();
    await ws.waitConnection(1);
    const body = message('@换届助手 帮助');
    frameId = ws.sendCallback(body);
    const reply = await fake.waitFor((r) => r.path === '/robot/sendBySession');
    expect(ackedFirst).toEqual([true]);
    const ack = ws.received.find((f) => f.headers?.messageId === frameId);
    expect(ack).toMatchObject({ code: 200, message: 'OK', headers: { messageId: frameId, contentType: 'application/json' } });
    expect(reply.json).toEqual({ msgtype: 'text', text: { content: '收到：帮助\n@manager4021' }, at: { atUserIds: ['manager4021'], isAtAll: false } });
  });

  it('processes a redelivered msgId once, acknowledging both deliveries', async () => {
    const handled: string[] = [];
    await streamPlatform(async (m) => {
      handled.push(m.messageId);
      return [{ text: 'ok' }];
    }).start();
    await ws.waitConnection(1);
    const body = message('帮助');
    const f1 = ws.sendCallback(body);
    const f2 = ws.sendCallback(body);
    await Promise.all([ws.waitAck(f1), ws.waitAck(f2)]);
    await expect.poll(() => log.lines.some((l) => l.msg === 'dingtalk redelivery dropped')).toBe(true);
    await platform!.stop();
    expect(handled).toEqual([body.msgId]);
    expect(fake.requests.filter((r) => r.path === '/robot/sendBySession')).toHaveLength(1);
  });

  it('survives a frame that is not JSON and keeps serving', async () => {
    const handled: string[] = [];
    await streamPlatform(async (m) => {
      handled.push(m.text);
      return [];
    }).start();
    const socket = await ws.waitConnection(1);
    socket.send('{not json');
    ws.sendCallback('also not json');
    const f = ws.sendCallback(message('排名'));
    await ws.waitAck(f);
    await expect.poll(() => handled).toEqual(['排名']);
    expect(log.lines.filter((l) => l.level === 'warn').length).toBeGreaterThanOrEqual(2);
  });

  it('reconnects with growing delays after failed registrations and a dropped connection', async () => {
    const delays: number[] = [];
    let failures = 3;
    fake.respond = (r) => {
      if (r.path !== '/v1.0/gateway/connections/open') return { body: { errcode: 0 } };
      gatewayCalls++;
      return failures-- > 0 ? { status: 503, body: { code: 'ServiceUnavailable', message: 'busy' } } : ws.gatewayAnswer(r);
    };
    const handled: string[] = [];
    await streamPlatform(async (m) => {
      handled.push(m.text);
      return [];
    }, { delays }).start();
    const first = await ws.waitConnection(1);
    expect(gatewayCalls).toBe(4);
    first.terminate();
    await ws.waitConnection(2);
    expect(gatewayCalls).toBe(5);
    expect(delays).toHaveLength(4);
    for (let i = 1; i < delays.length; i++) expect(delays[i]!).toBeGreaterThan(delays[i - 1]!);
    expect(delays).toEqual([15, 30, 60, 120]);
    const f = ws.sendCallback(message('未报'));
    await ws.waitAck(f);
    await expect.poll(() => handled).toEqual(['未报']);
  });

  it('stops reconnecting once stopped', async () => {
    const delays: number[] = [];
    const p = streamPlatform(async () => [], { delays });
    await p.start();
    await ws.waitConnection(1);
    await p.stop();
    expect(delays).toEqual([]);
    expect(ws.connections).toBe(1);
  });
});

describe('backoffDelay', () => {
  it('grows exponentially with equal jitter: below the cap a delay is never below the previous one', () => {
    const policy = { ...DEFAULT_BACKOFF, baseMs: 1_000, maxMs: 60_000 };
    // 1 s · 2^5 = 32 s is the last step under the 60 s cap.
    for (let n = 0; n < 5; n++) {
      expect(backoffDelay(n + 1, policy, () => 0)).toBeGreaterThanOrEqual(backoffDelay(n, policy, () => 1));
    }
    for (let n = 6; n < 50; n++) {
      expect(backoffDelay(n, policy, Math.random)).toBeGreaterThanOrEqual(30_000);
      expect(backoffDelay(n, policy, Math.random)).toBeLessThanOrEqual(60_000);
    }
    expect(backoffDelay(0, policy, () => 0)).toBe(500);
    expect(backoffDelay(0, policy, () => 1)).toBe(1_000);
    expect(backoffDelay(40, policy, () => 1)).toBe(60_000);
    expect(backoffDelay(40, policy, () => 0)).toBe(30_000);
  });
});

describe('Stream mode in the real bot', () => {
  it('answers "@换届助手 帮助" received over the stream through sessionWebhook', async () => {
    const t = await startTestBot({
      start: true,
      env: { DINGTALK_MODE: 'stream', DINGTALK_CLIENT_ID: 'dingclient0001', DINGTALK_CLIENT_SECRET: 'client-secret-0001', DINGTALK_API_BASE: fake.url, DINGTALK_OPENAPI_BASE: fake.url },
    });
    try {
      await ws.waitConnection(1);
      ws.sendCallback(message('@换届助手 帮助', { msgId: 'msg-stream-e2e' }));
      const reply = await fake.waitFor((r) => r.path === '/robot/sendBySession');
      const expected = await t.say('manager4021', '帮助', { platform: 'dingtalk' });
      expect(reply.json.text.content).toBe(expected.replies[0].text);
      expect((await t.get('/dingtalk/callback')).status).toBe(404);
    } finally {
      await t.close();
    }
  });
});

describe('the dingtalk-stream dependency', () => {
  it('is pinned to one exact version, the one installed, since the client reaches into its private fields', async () => {
    const { readFileSync } = await import('node:fs');
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const installed = JSON.parse(readFileSync(join(import.meta.dirname, '../../../node_modules/dingtalk-stream/package.json'), 'utf8')) as { version: string };
    expect(pkg.dependencies['dingtalk-stream']).toMatch(/^\d+\.\d+\.\d+$/);
    // The package writes its own version with a leading v.
    expect(pkg.dependencies['dingtalk-stream']).toBe(installed.version.replace(/^v/, ''));
  });
});
