// Load for a CPU profile of the encrypted WeCom AI-bot 帮助 callback alone (no baseline, no other suite):
//   PROFILE_OUT=/tmp/wecom.cpuprofile npx tsx bench/profile-wecom.ts
// The profile covers the load only (not start-up or sealing the requests); open it in Chrome DevTools
// (Performance → Load profile). Without PROFILE_OUT it only prints req/s and latency.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import autocannon from 'autocannon';
import { startTestBot } from '../test/helpers/bot.js';
import { botMessage, seal } from '../test/platforms/wecom/helpers.js';

const keys = { token: 'profileToken1', aesKey: randomBytes(32).toString('base64').slice(0, 43) };
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const out = process.env.PROFILE_OUT;
const t = await startTestBot({ env: { LOG_LEVEL: 'warn', WECOM_BOT_TOKEN: keys.token, WECOM_BOT_AES_KEY: keys.aesKey } });
// Sealed beforehand so the profile shows the bot, not the load generator's crypto.
const pool = Array.from({ length: seconds * 4_000 }, (_, i) => {
  const s = seal(keys, JSON.stringify(botMessage('@换届助手 帮助', { msgid: `profile-${i}` })), '');
  return { path: `/wecom/bot?${s.qs}`, body: Buffer.from(JSON.stringify({ encrypt: s.ciphertext })) };
});
const session = new Session();
if (out) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
let i = 0;
const cpu = process.cpuUsage();
const r = await autocannon({
  url: t.url,
  connections: 10,
  duration: seconds,
  requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, ...pool[i++ % pool.length]!, headers: { 'content-type': 'application/json' } }) }],
});
const used = process.cpuUsage(cpu);
if (out) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(out, JSON.stringify(profile));
  session.disconnect();
}
const perRequest = (used.user + used.system) / Math.max(1, r.requests.total);
console.log(`${Math.round(r.requests.average)} req/s, ${Math.round(perRequest)} µs CPU per request, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, errors ${r.errors + r.non2xx}, sent ${i}`);
await t.close();
