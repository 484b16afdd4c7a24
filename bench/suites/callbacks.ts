// The callback paths a campaign runs on, end to end through the real bot, each against the bare Koa route
// measured in the same run: an encrypted WeCom AI-bot callback (verify → decrypt → dedupe → route → answer
// → encrypt reply), the same carrying a liaison's report (+ parse → ledger write with revisions), and
// signed DingTalk callbacks (verify → decode → claim → ack; the reply goes to a local sessionWebhook).
// Every request is a new message: callbacks are sealed and signed before the clock starts, so the load
// generator's own crypto is not counted. Memory (RSS, heap) is read after the load.
import autocannon from 'autocannon';
import type { BenchResult } from '../run.js';
import { startTestBot } from '../../test/helpers/bot.js';
import { captureServer, dingtalkHeaders, dingtalkMessage, waitFor, wecomBotCallback, wecomBotMessage, wecomKeys } from '../../test/helpers/callbacks.js';
import { bareKoa, DURATION_S, measure, report, type Measured } from './http.js';

const wecom = wecomKeys();
const SECRET = 'bench-callbacks-dingtalk-secret';
/** Enough distinct messages for the fastest path over the whole run (they are not reused). */
const POOL = Math.max(20_000, DURATION_S * 6_000);

type Prepared = { path: string; headers: Record<string, string>; body: string };

/** Autocannon over a pool of prepared requests, each sent once; `used` tells how many were. */
async function over(url: string, pool: Prepared[]): Promise<Measured & { used: number }> {
  let i = 0;
  const m = await measure({
    url,
    requests: [
      {
        method: 'POST',
        setupRequest: (req: autocannon.Request) => {
          const p = pool[i++ % pool.length]!;
          return { ...req, path: p.path, headers: p.headers, body: p.body };
        },
      },
    ],
  });
  return { ...m, used: i };
}

const LIAISONS = [['hexi_wang', '河西乡'], ['hedong_zhao', '河东镇'], ['shiqiao_sun', '石桥镇'], ['liulin_zhou', '柳林乡'], ['longquan_feng', '龙泉镇']] as const;

function wecomPool(kind: 'help' | 'report'): Prepared[] {
  return Array.from({ length: POOL }, (_, i) => {
    const [user, township] = LIAISONS[i % LIAISONS.length]!;
    const text = kind === 'help' ? '帮助' : `${township}今天新增资格联审1人`;
    const cb = wecomBotCallback(wecom, JSON.stringify(wecomBotMessage(kind === 'help' ? `visitor${i % 50}` : user, text)));
    return { path: cb.path, headers: { 'content-type': 'application/json' }, body: cb.body };
  });
}

function dingtalkPool(kind: 'help' | 'report', webhookBase: string): Prepared[] {
  const headers = dingtalkHeaders(SECRET);
  return Array.from({ length: POOL }, (_, i) => {
    const text = kind === 'help' ? '帮助' : '马坊乡今天新增资格联审1人';
    const body = dingtalkMessage(kind === 'help' ? `visitor${i % 50}` : 'mafang_zheng', text, `${webhookBase}/robot/sendBySession?session=b${i}`);
    return { path: '/dingtalk/callback', headers, body: JSON.stringify(body) };
  });
}

export async function run(): Promise<BenchResult[]> {
  const base = await bareKoa();
  const cap = await captureServer();
  const t = await startTestBot({
    env: { LOG_LEVEL: 'warn', WECOM_BOT_TOKEN: wecom.token, WECOM_BOT_AES_KEY: wecom.aesKey, DINGTALK_MODE: 'http', DINGTALK_APP_SECRET: SECRET, DINGTALK_API_BASE: cap.url },
  });
  const results: BenchResult[] = [];
  const add = (name: string, m: Measured & { used: number }) => {
    results.push(...report('callbacks', name, m, base));
    if (m.used > POOL) results.push({ suite: 'callbacks', name: `${name}: pool reused (redeliveries)`, value: m.used - POOL, unit: 'requests' });
  };
  add('WeCom AI-bot 帮助 (verify+decrypt+route+encrypt)', await over(t.url, wecomPool('help')));
  add('WeCom AI-bot liaison report (+parse+ledger write)', await over(t.url, wecomPool('report')));
  // DingTalk answers in the background: let each run's replies drain before the next run starts.
  let acked = 0;
  for (const [name, kind] of [['DingTalk signed 帮助 (verify+claim+ack)', 'help'], ['DingTalk signed liaison report (verify+claim+ack)', 'report']] as const) {
    const m = await over(t.url, dingtalkPool(kind, cap.url));
    add(name, m);
    acked += Math.min(m.used, POOL);
    await waitFor(() => cap.requests.length >= acked, 'DingTalk replies to drain', 120_000).catch(() => undefined);
  }
  await t.bot.stop();
  const memory = process.memoryUsage();
  results.push(
    { suite: 'callbacks', name: `DingTalk replies delivered to sessionWebhook (of ${acked} acknowledged)`, value: cap.requests.length, unit: 'count' },
    { suite: 'callbacks', name: 'RSS after the callback load', value: Math.round(memory.rss / 2 ** 20), unit: 'MiB' },
    { suite: 'callbacks', name: 'heap used after the callback load', value: Math.round(memory.heapUsed / 2 ** 20), unit: 'MiB' },
  );
  await t.close();
  await cap.close();
  return results;
}
