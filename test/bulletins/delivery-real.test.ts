// Delivery through the real WeCom and DingTalk webhook senders to a local webhook server: rate
// limits answered then lifted, a target that keeps failing, and a 40-township bulletin split into
// parts that arrive whole and in order. Platform timings are shortened; nothing else is faked.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BulletinService, type BulletinTarget } from '../../src/bulletins/service.js';
import { parseCounty, type County } from '../../src/county.js';
import { createDingtalk } from '../../src/platforms/dingtalk/platform.js';
import { createWecomPlatform } from '../../src/platforms/wecom/platform.js';
import type { PlatformModule } from '../../src/platforms/types.js';
import { Templates } from '../../src/templates.js';
import { localAt, tempStore, type TempStore } from './fixtures.js';
import { contentOf, DINGTALK_PATH, startWebhookServer, WECOM_PATH, type WebhookServer } from './webhook-server.js';

const templates = new Templates(join(import.meta.dirname, '../../templates/messages'));
const DATE = '2026-11-22';
const AT = localAt(DATE, '21:00');

const county40: County = parseCounty(
  `county: 大河县\ntownships:\n${Array.from({ length: 40 }, (_, i) => `  - { name: 第${i + 1}镇, due: ${8 + (i % 5)}, liaisons: [wecom:u${i + 1}] }`).join('\n')}\n`,
);

interface LogLine {
  level: string;
  obj: object;
  msg?: string;
}

let server: WebhookServer;
let db: TempStore;
let lines: LogLine[];
let platforms: PlatformModule[];

const log = Object.fromEntries(
  ['debug', 'info', 'warn', 'error'].map((level) => [level, (obj: object | string, msg?: string) => lines.push({ level, obj: typeof obj === 'string' ? {} : obj, msg: msg ?? String(obj) })]),
) as unknown as { debug(o: object, m?: string): void; info(o: object, m?: string): void; warn(o: object, m?: string): void; error(o: object, m?: string): void };

function service(targets: BulletinTarget[]): BulletinService {
  return new BulletinService({
    store: db.store,
    county: county40,
    templates,
    log,
    owner: 'test',
    platforms: () => platforms,
    targets,
    now: () => AT,
    retry: { attempts: 3, baseMs: 5, maxMs: 20 },
  });
}

const wecomTarget = (name: string, key: string): BulletinTarget => ({ name, platform: 'wecom', url: `${server.url}${WECOM_PATH}?key=${key}`, bulletin: true, reminder: true });
const dingtalkTarget = (): BulletinTarget => ({ name: '钉钉群', platform: 'dingtalk', url: `${server.url}${DINGTALK_PATH}?access_token=tok`, secret: 'SECtest', bulletin: true, reminder: true });

beforeEach(async () => {
  server = await startWebhookServer();
  db = tempStore();
  lines = [];
  const handle = async () => [];
  platforms = [
    createWecomPlatform({ store: db.store, handle, log, botName: '换届助手', apiBase: server.url, instanceId: 'test', timing: { webhookSpacingMs: 0, webhookRateLimitWaitMs: 10 } }),
    createDingtalk({
      mode: 'off',
      apiBase: server.url,
      openApiBase: server.url,
      store: db.store,
      handle,
      log,
      now: () => new Date(),
      robot: { spacingMs: 0 },
    }),
  ];
  for (const [i, t] of county40.townships.entries()) {
    const f = { partyDone: Math.min(t.due, 3 + (i % 7)), committeeDone: Math.min(t.due, 2 + (i % 6)), supervisionDone: i % 4, oneShoulder: 1 + (i % 3) };
    await db.store.writeRecord({ township: t.name, date: '2026-11-21', figures: f, by: 'x', at: localAt('2026-11-21', '18:00'), kind: 'report' });
    if (i % 9 === 8) continue; // a few do not report today
    await db.store.writeRecord({ township: t.name, date: DATE, figures: { ...f, partyDone: t.due }, by: 'x', at: localAt(DATE, '18:00'), kind: 'report' });
  }
});

afterEach(async () => {
  await db.close();
  await server.close();
});

describe('delivery through the real senders', () => {
  it('rides out 45009 and 130101: the bulletin arrives once, in order, split within 4096 bytes', async () => {
    server.script(WECOM_PATH, [45009]);
    server.script(DINGTALK_PATH, [130101]);
    const svc = service([wecomTarget('企微群', 'k1'), dingtalkTarget()]);
    const expected = (await svc.preview(DATE, 'wecom')).map((p) => p.text);
    expect(expected.length).toBeGreaterThanOrEqual(2);

    const result = await svc.runJob('bulletin', AT);
    expect(result.status).toBe('done');

    const wecomHits = server.hits.filter((h) => h.path === WECOM_PATH);
    expect(wecomHits[0]!.errcode).toBe(45009);
    expect(contentOf(wecomHits[1]!.body)).toBe(contentOf(wecomHits[0]!.body)); // the same part again
    const arrived = server.accepted(WECOM_PATH).map((h) => contentOf(h.body));
    expect(arrived).toEqual(expected);
    for (const [i, text] of arrived.entries()) {
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(4096);
      if (i > 0) expect(text.split('\n')[0]).toBe(`**（续${i + 1}/${arrived.length}）大河县换届工作日通报（11月22日）**`);
    }
    // Whole: every township's ranking line arrived, once, in rank order.
    const ranks = arrived.flatMap((t) => t.split('\n')).filter((l) => /^\d+\. \*\*第\d+镇\*\*/.test(l));
    expect(ranks).toHaveLength(36);
    expect(ranks.map((l) => Number(l.split('.')[0]))).toEqual([...ranks.map((l) => Number(l.split('.')[0]))].sort((a, b) => a - b));

    const dingHits = server.hits.filter((h) => h.path === DINGTALK_PATH);
    expect(dingHits.map((h) => h.errcode)).toEqual([130101, 0]);
    expect(dingHits[1]!.body.msgtype).toBe('markdown');
    expect(dingHits[1]!.body.markdown.title).toBe('大河县换届工作日通报（11月22日）');
    expect(dingHits[1]!.query.get('sign')).toBeTruthy();
    expect(lines.some((l) => l.msg === 'delivery retry' && (l.obj as { target?: string }).target === '钉钉群')).toBe(true);

    const recorded = await db.store.listDeliveries({ job: 'bulletin', key: DATE });
    expect(recorded.every((d) => d.ok)).toBe(true);
    expect(recorded).toHaveLength(expected.length + 1);
  });

  it('a target that keeps failing is recorded and reported; the other targets still receive', async () => {
    // The stand-in answers per path, so the bad group gets a path of its own that answers 45009 forever.
    const bad: BulletinTarget = { ...wecomTarget('坏群', 'bad'), url: `${server.url}/bad${WECOM_PATH}?key=bad` };
    server.script(`/bad${WECOM_PATH}`, [45009], true);
    const svc = service([bad, wecomTarget('好群', 'good'), dingtalkTarget()]);

    const result = await svc.runJob('bulletin', AT);
    expect(result.status).toBe('failed');
    expect(result.detail).toMatch(/wecom:坏群 0\/\d+ \(坏群: part 1\/1: errcode 45009/);

    const good = server.accepted(WECOM_PATH).map((h) => contentOf(h.body));
    expect(good).toEqual((await svc.preview(DATE, 'wecom')).map((p) => p.text));
    expect(server.accepted(DINGTALK_PATH)).toHaveLength(1);
    // One retry policy: the sender tries once per attempt, and the bulletin's policy made 3 attempts (no 1 + 3 inside each).
    expect(server.hits.filter((h) => h.path === `/bad${WECOM_PATH}`)).toHaveLength(3);

    const failed = await db.store.listDeliveries({ ok: false });
    expect(failed[0]).toMatchObject({ job: 'bulletin', key: DATE, platform: 'wecom', target: '坏群', part: 1, ok: false });
    expect(failed.slice(1).every((d) => d.error === 'not sent: part 1 failed')).toBe(true);
    expect((await db.store.listJobRuns('bulletin'))[0]).toMatchObject({ status: 'failed' });
    const reported = lines.find((l) => l.level === 'error' && l.msg === 'delivery failed');
    expect(reported?.obj).toMatchObject({ target: '坏群', platform: 'wecom', part: 1 });
    expect(JSON.stringify(lines)).not.toContain('key=bad');
  });
});
