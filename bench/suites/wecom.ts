// WeCom: encrypted callbacks through the real bot — a redelivered AI-bot message (verify, decrypt, dedupe,
// empty ack), a new AI-bot message (… + route 帮助 + encrypted passive stream reply) and a new app XML
// message — against the bare Koa route; plus the cipher and the byte-exact bulletin split on their own.
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { BenchResult } from '../run.js';
import { WecomCipher } from '../../src/platforms/wecom/crypto.js';
import { splitLines } from '../../src/platforms/types.js';
import { startTestBot } from '../../test/helpers/bot.js';
import { appEnvelope, appMessageXml, botMessage, seal } from '../../test/platforms/wecom/helpers.js';
import { FIXED_RATE, FIXED_SECONDS, fixedRate, type Prepared } from '../fixed-rate.js';
import { bareKoa, fixedRows, measure, report } from './http.js';

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

export async function run(): Promise<BenchResult[]> {
  const base = await bareKoa();
  const t = await startTestBot({
    env: { LOG_LEVEL: 'warn', WECOM_BOT_TOKEN: bot.token, WECOM_BOT_AES_KEY: bot.aesKey, WECOM_APP_TOKEN: app.token, WECOM_APP_AES_KEY: app.aesKey, WECOM_CORP_ID: CORP },
  });
  const botRequest = (payload: () => object) =>
    measure({
      url: t.url,
      requests: [
        {
          method: 'POST',
          setupRequest: (req) => {
            const s = seal(bot, JSON.stringify(payload()), '');
            return { ...req, path: `/wecom/bot?${s.qs}`, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ encrypt: s.ciphertext }) };
          },
        },
      ],
    });
  const same = botMessage('@换届助手 帮助', { msgid: 'bench-redelivered' });
  const ackOnly = await botRequest(() => same);
  let n = 0;
  const full = await botRequest(() => botMessage('@换届助手 帮助', { msgid: `bench-${++n}` }));
  // Sealed before the clock starts: at a fixed rate only the bot's own work should count.
  const fixedPool = (make: (i: number) => Prepared) => Array.from({ length: Math.round(FIXED_RATE * FIXED_SECONDS) }, (_, i) => make(i));
  const botPool = fixedPool((i) => {
    const s = seal(bot, JSON.stringify(botMessage('@换届助手 帮助', { msgid: `bench-fixed-${i}` })), '');
    return { method: 'POST', path: `/wecom/bot?${s.qs}`, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ encrypt: s.ciphertext }) };
  });
  full.fixed = await fixedRate(t.url, (i) => botPool[i]!);
  let m = 0;
  const appFull = await measure({
    url: t.url,
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => {
          const s = seal(app, appMessageXml(CORP, 'hexi_wang', '帮助', String(7_000_000_000_000_000_000n + BigInt(++m))), CORP);
          return { ...req, path: `/wecom/app?${s.qs}`, headers: { 'content-type': 'text/xml' }, body: appEnvelope(CORP, s.ciphertext) };
        },
      },
    ],
  });
  const appPool = fixedPool((i) => {
    const s = seal(app, appMessageXml(CORP, 'hexi_wang', '帮助', String(7_100_000_000_000_000_000n + BigInt(i))), CORP);
    return { method: 'POST', path: `/wecom/app?${s.qs}`, headers: { 'content-type': 'text/xml' }, body: appEnvelope(CORP, s.ciphertext) };
  });
  appFull.fixed = await fixedRate(t.url, (i) => appPool[i]!);
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
    ...(base.fixed ? fixedRows('wecom', 'bare Koa hello (baseline)', base.fixed) : []),
    ...report('wecom', 'AI-bot callback, redelivered msgid (verify + decrypt + dedupe ack)', ackOnly, base),
    ...report('wecom', 'AI-bot callback 帮助, new msgid (+ route + encrypted stream reply)', full, base),
    ...report('wecom', 'app XML callback 帮助, new MsgId (+ route + encrypted XML reply)', appFull, base),
    { suite: 'wecom', name: 'verify + decrypt (WecomCipher.open)', value: opens, unit: 'ops/s' },
    { suite: 'wecom', name: 'encrypt + sign a passive reply (WecomCipher.seal)', value: seals, unit: 'ops/s' },
    { suite: 'wecom', name: `split a ${Math.round(Buffer.byteLength(bulletin) / 1024)} KiB bulletin into ${parts.length} markdown parts`, value: splitMs, unit: 'ms' },
  ];
}
