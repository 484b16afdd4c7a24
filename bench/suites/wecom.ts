// WeCom: encrypted callbacks through the real bot — a redelivered AI-bot message (verify, decrypt, dedupe,
// empty ack), a new AI-bot message (… + route 帮助 + encrypted passive stream reply) and a new app XML
// message — against the bare Koa route, at saturation and at a fixed rate; plus the cipher and the
// byte-exact bulletin split on their own. Callbacks are sealed and encoded before the clock starts. The
// AI-bot 帮助 callback is also measured in slices alternating with bare Koa (BENCH_PAIRS pairs, default 3), so
// that each ratio compares two slices that shared the machine with the same other work.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type autocannon from 'autocannon';
import type { BenchResult } from '../run.js';
import { WecomCipher } from '../../src/platforms/wecom/crypto.js';
import { splitLines } from '../../src/platforms/types.js';
import { startTestBot } from '../../test/helpers/bot.js';
import { appEnvelope, appMessageXml, botMessage, seal } from '../../test/platforms/wecom/helpers.js';
import { FIXED_RATE, FIXED_SECONDS, fixedRate, type Prepared } from '../fixed-rate.js';
import { bareKoa, DURATION_S, fixedRows, interleaved, measure, pairedRows, report, type Measured } from './http.js';

const bot = { token: 'benchToken01', aesKey: randomBytes(32).toString('base64').slice(0, 43) };
const app = { token: 'benchToken02', aesKey: randomBytes(32).toString('base64').slice(0, 43) };
const CORP = 'wwBenchCorp';

function perSecond(fn: () => void, ms = 1_000): number {
  let n = 0;
  const end = performance.now() + ms;
  while (performance.now() < end) {
    for (let i = 0; i < 100; i++) fn();
    n += 100;
  }
  return n / (ms / 1000);
}

/** Enough distinct messages for the fastest path over a whole saturation run (none is sent twice). */
const POOL = Math.max(20_000, DURATION_S * 6_000);
const PAIRS = Number(process.env.BENCH_PAIRS ?? 3);
/** Each slice of the interleaved measurement: the path gets twice DURATION_S in all (3 pairs: ⅔ each). */
const SLICE_S = (2 * DURATION_S) / PAIRS;

/** Autocannon over requests sealed beforehand, each sent once; `reused` counts any sent again (redeliveries). */
async function over(url: string, pool: Prepared[], from = { next: 0 }, seconds = DURATION_S): Promise<Measured & { reused: number }> {
  let i = from.next;
  const m = await measure({
    url,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (req: autocannon.Request) => {
          const p = pool[i++ % pool.length]!;
          return { ...req, path: p.path, headers: p.headers ?? {}, body: p.body ?? '' };
        },
      },
    ],
  });
  from.next = i;
  return { ...m, reused: Math.max(0, i - pool.length) };
}

export async function run(): Promise<BenchResult[]> {
  const base = await bareKoa();
  const t = await startTestBot({
    env: { LOG_LEVEL: 'warn', WECOM_BOT_TOKEN: bot.token, WECOM_BOT_AES_KEY: bot.aesKey, WECOM_APP_TOKEN: app.token, WECOM_APP_AES_KEY: app.aesKey, WECOM_CORP_ID: CORP },
  });
  // Every request is sealed before the clock starts, so the load generator's own crypto is not counted.
  const botCallback = (msgid: string): Prepared => {
    const s = seal(bot, JSON.stringify(botMessage('@换届助手 帮助', { msgid })), '');
    return { method: 'POST', path: `/wecom/bot?${s.qs}`, headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify({ encrypt: s.ciphertext })) };
  };
  const appCallback = (msgId: bigint): Prepared => {
    const s = seal(app, appMessageXml(CORP, 'hexi_wang', '帮助', String(msgId)), CORP);
    return { method: 'POST', path: `/wecom/app?${s.qs}`, headers: { 'content-type': 'text/xml' }, body: Buffer.from(appEnvelope(CORP, s.ciphertext)) };
  };
  const pool = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));
  const FIXED = Math.round(FIXED_RATE * FIXED_SECONDS);

  const ackOnly = await over(t.url, pool(1_000, () => botCallback('bench-redelivered')));
  // Slices of one pool, continued from slice to slice: no message is sent twice.
  const fullPool = pool(Math.max(POOL, Math.ceil(PAIRS * SLICE_S * 8_000)), (i) => botCallback(`bench-${i}`));
  const at = { next: 0 };
  let fullReused = 0;
  const paired = await interleaved(PAIRS, SLICE_S, async (seconds) => {
    const m = await over(t.url, fullPool, at, seconds);
    fullReused = m.reused;
    return m;
  });
  const full: Measured & { reused: number } = { ...paired.path, reused: fullReused };
  const botFixed = pool(FIXED, (i) => botCallback(`bench-fixed-${i}`));
  full.fixed = await fixedRate(t.url, (i) => botFixed[i]!);
  const appFull = await over(t.url, pool(POOL, (i) => appCallback(7_000_000_000_000_000_000n + BigInt(i))));
  const appFixed = pool(FIXED, (i) => appCallback(7_100_000_000_000_000_000n + BigInt(i)));
  appFull.fixed = await fixedRate(t.url, (i) => appFixed[i]!);
  await t.close();

  const cipher = new WecomCipher(bot.token, bot.aesKey, '');
  const sealed = cipher.seal(JSON.stringify(botMessage('@换届助手 帮助')));
  const q = { signature: sealed.signature, timestamp: sealed.timestamp, nonce: sealed.nonce };
  const opens = perSecond(() => cipher.open(q, sealed.encrypt));
  const seals = perSecond(() => cipher.seal('{"msgtype":"stream","stream":{"id":"x","finish":true,"content":"帮助"}}'));
  const bulletin = Array.from({ length: 6_000 }, (_, i) => `${i + 1}. 某某乡镇 党组织换届完成${i}个，村委会完成${i}个`).join('\n');
  const start = performance.now();
  const parts = splitLines(bulletin, 4096);
  const splitMs = performance.now() - start;

  return [
    { suite: 'wecom', name: 'bare Koa hello (baseline) req/s', value: base.rps, unit: 'req/s' },
    { suite: 'wecom', name: 'bare Koa hello (baseline) CPU per request', value: base.cpuUs, unit: 'µs' },
    ...(base.fixed ? fixedRows('wecom', 'bare Koa hello (baseline)', base.fixed) : []),
    ...report('wecom', 'AI-bot callback, redelivered msgid (verify + decrypt + dedupe ack)', ackOnly, base),
    ...report('wecom', 'AI-bot callback 帮助, new msgid (+ route + encrypted stream reply)', full, base),
    ...pairedRows('wecom', 'AI-bot callback 帮助', paired),
    ...report('wecom', 'app XML callback 帮助, new MsgId (+ route + encrypted XML reply)', appFull, base),
    ...[full, appFull].filter((m) => m.reused).map((m): BenchResult => ({ suite: 'wecom', name: `${m === full ? 'AI-bot' : 'app XML'} 帮助: pool reused (redeliveries)`, value: m.reused, unit: 'requests' })),
    { suite: 'wecom', name: 'verify + decrypt (WecomCipher.open)', value: opens, unit: 'ops/s' },
    { suite: 'wecom', name: 'encrypt + sign a passive reply (WecomCipher.seal)', value: seals, unit: 'ops/s' },
    { suite: 'wecom', name: `split a ${Math.round(Buffer.byteLength(bulletin) / 1024)} KiB bulletin into ${parts.length} markdown parts`, value: splitMs, unit: 'ms' },
  ];
}
