// Fuzzing the DingTalk HTTP callback through the real bot's HTTP app: random and near-miss signature
// headers, and correctly signed junk bodies. Never a 5xx; a refusal leaves the store as it was.
import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/bot.js';
import { captureServer, dingtalkHeaders, dingtalkMessage, waitFor, type CaptureServer } from '../helpers/callbacks.js';
import { storeState } from '../helpers/store-state.js';
import { holds, jsonWithKeys, mutateChar, mutatedObject, nasty } from './arbitraries.js';

const SECRET = 'fuzz-dingtalk-app-secret-0001';
const RUNS = 120;
let t: TestBot;
let cap: CaptureServer;

beforeAll(async () => {
  cap = await captureServer();
  t = await startTestBot({ store: 'env', env: { LOG_LEVEL: 'warn', DINGTALK_MODE: 'http', DINGTALK_APP_SECRET: SECRET, DINGTALK_API_BASE: cap.url } });
});
afterAll(async () => {
  await t?.close();
  await cap?.close();
});

async function post(headers: Record<string, string>, body: string): Promise<number> {
  const before = await storeState(t);
  const res = await fetch(`${t.url}/dingtalk/callback`, { method: 'POST', headers, body });
  const text = await res.text();
  expect(res.status, text).toBeLessThan(500);
  if (res.status >= 400) expect(await storeState(t)).toEqual(before);
  return res.status;
}

const sign = (secret: string, ts: string) => createHmac('sha256', secret).update(`${ts}\n${secret}`).digest('base64');
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const HOUR = 3_600_000;
/** What an HTTP header can carry: Latin-1 without control characters. */
const headerValue = nasty.map((s) => [...s].filter((c) => c >= ' ' && c <= '\u00ff' && c !== '\u007f').join(''));

/** Headers that must not pass: each is a valid pair with one thing wrong. */
const badHeaders = fc.oneof(
  fc.record({ timestamp: headerValue, sign: headerValue }),
  fc.tuple(fc.nat(), fc.nat()).map(([i, p]) => {
    const ts = String(Date.now());
    return { timestamp: ts, sign: mutateChar(sign(SECRET, ts), i, p, B64) };
  }),
  fc.integer({ min: HOUR + 60_000, max: 400 * 24 * HOUR }).chain((age) =>
    fc.constantFrom(-1, 1).map((dir) => {
      const ts = String(Date.now() - dir * age);
      return { timestamp: ts, sign: sign(SECRET, ts) };
    }),
  ),
  fc.string({ minLength: 1, maxLength: 30 }).map((other) => {
    const ts = String(Date.now());
    return { timestamp: ts, sign: sign(`${SECRET}${other}`, ts) };
  }),
  fc.constantFrom('sign', 'timestamp').map((drop) => {
    const h: Record<string, string> = { timestamp: String(Date.now()) };
    h.sign = sign(SECRET, h.timestamp!);
    delete h[drop];
    return h;
  }),
  fc.constantFrom(' ', '0x1', '1e12', '-1', '+1700000000000', `${Date.now()}.5`).map((junk) => ({ timestamp: junk, sign: sign(SECRET, junk) })),
);

describe('DingTalk callback fuzzing', { timeout: 60_000 }, () => {
  it('refuses callbacks whose signature headers are missing, stale, forged or malformed, changing nothing', async () => {
    await holds(
      fc.asyncProperty(badHeaders, async (h) => {
        const body = JSON.stringify(dingtalkMessage('hexi_wang', '河西乡：党组织换届完成7个', `${cap.url}/robot/sendBySession?session=bad`));
        const status = await post({ 'content-type': 'application/json', ...h }, body);
        expect(status).toBe(401);
      }),
      RUNS,
    );
    expect(cap.requests).toHaveLength(0);
  });

  it('answers correctly signed junk bodies with 200 or 400, never a 5xx', async () => {
    const base = dingtalkMessage('someone', '帮助', `${cap.url}/robot/sendBySession?session=junk`);
    const body = fc.oneof(
      fc.json(),
      nasty,
      mutatedObject(base).map((o) => JSON.stringify(o)),
      jsonWithKeys([...Object.keys(base), 'content', 'richText', 'recognition', 'text']).map((v) => JSON.stringify(v) ?? 'null'),
    );
    await holds(
      fc.asyncProperty(body, fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'), async (b, type) => {
        const status = await post({ ...dingtalkHeaders(SECRET), 'content-type': type }, b);
        expect([200, 400]).toContain(status);
      }),
      RUNS,
    );
  });

  it('still accepts and answers a correct callback after the fuzzing', async () => {
    const msg = dingtalkMessage('someone', '帮助', `${cap.url}/robot/sendBySession?session=after`);
    expect(await post(dingtalkHeaders(SECRET), JSON.stringify(msg))).toBe(200);
    await waitFor(() => cap.requests.some((r) => r.query.get('session') === 'after'), 'the reply');
    expect(cap.requests.filter((r) => r.query.get('session') === 'after')).toHaveLength(1);
  });
});
