// Load for a CPU profile of the encrypted WeCom AI-bot 帮助 callback alone (no baseline, no other suite):
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile-wecom.ts
// then open the .cpuprofile in Chrome DevTools (Performance → Load profile).
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { startTestBot } from '../test/helpers/bot.js';
import { botMessage, seal } from '../test/platforms/wecom/helpers.js';

const keys = { token: 'profileToken1', aesKey: randomBytes(32).toString('base64').slice(0, 43) };
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const t = await startTestBot({ env: { LOG_LEVEL: 'warn', WECOM_BOT_TOKEN: keys.token, WECOM_BOT_AES_KEY: keys.aesKey } });
// Sealed beforehand so the profile shows the bot, not the load generator's crypto.
const pool = Array.from({ length: seconds * 4_000 }, (_, i) => {
  const s = seal(keys, JSON.stringify(botMessage('@换届助手 帮助', { msgid: `profile-${i}` })), '');
  return { path: `/wecom/bot?${s.qs}`, body: JSON.stringify({ encrypt: s.ciphertext }) };
});
let i = 0;
const r = await autocannon({
  url: t.url,
  connections: 10,
  duration: seconds,
  requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, ...pool[i++ % pool.length]!, headers: { 'content-type': 'application/json' } }) }],
});
console.log(`${Math.round(r.requests.average)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, errors ${r.errors + r.non2xx}, sent ${i}`);
await t.close();
