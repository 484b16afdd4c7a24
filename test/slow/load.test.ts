// Load: one real bot process under a sustained mixed stream — encrypted WeCom AI-bot callbacks, signed
// DingTalk callbacks and simulator calls, many at once. Every request is answered 200, every reply arrives
// exactly once and decrypts, every increment is counted exactly once, and the process stays responsive
// with its memory bounded. (Speed itself is measured by `npm run bench`, not asserted here.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decrypt, getSignature } from '@wecom/crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../src/time.js';
import { captureServer, dingtalkHeaders, dingtalkMessage, waitFor, wecomBotCallback, wecomBotMessage, wecomKeys, type CaptureServer } from '../helpers/callbacks.js';
import { spawnBot, tryFetch, type BotProcess } from '../helpers/child.js';
import { historyProblems } from '../store/history.js';
import { storeTarget } from '../store/target.js';

const dir = mkdtempSync(join(tmpdir(), 'hj-load-'));
const target = storeTarget(dir, 'load');
const wecom = wecomKeys();
const SECRET = 'load-dingtalk-app-secret-7f21';
const PER_KIND = 1500;
const CONCURRENCY = 24;
let cap: CaptureServer;
let bot: BotProcess;

// Liaisons by platform (from the example county); each reports increments of 资格联审 (no upper bound).
const WECOM = [['hexi_wang', '河西乡'], ['hedong_zhao', '河东镇'], ['shiqiao_sun', '石桥镇'], ['liulin_zhou', '柳林乡'], ['longquan_feng', '龙泉镇']] as const;
const DINGTALK = [['mafang_zheng', '马坊乡'], ['dongcheng_wei', '东城街道'], ['manager4021', '城关镇'], ['baisha_wu', '白沙镇']] as const;

beforeAll(async () => {
  cap = await captureServer();
  bot = await spawnBot({ env: { ...target.env, DATA_DIR: dir, WECOM_BOT_TOKEN: wecom.token, WECOM_BOT_AES_KEY: wecom.aesKey, DINGTALK_MODE: 'http', DINGTALK_APP_SECRET: SECRET, DINGTALK_API_BASE: cap.url } });
});
afterAll(async () => {
  await bot?.kill();
  await cap?.close();
  await target.drop();
  rmSync(dir, { recursive: true, force: true });
});

type Job = () => Promise<string | null>;

/** The i-th request of a kind: mostly help and questions, every fourth an increment from a liaison. */
function jobs(counts: Map<string, number>): Job[] {
  const out: Job[] = [];
  const count = (township: string) => counts.set(township, (counts.get(township) ?? 0) + 1);
  for (let i = 0; i < PER_KIND; i++) {
    const w = WECOM[i % WECOM.length]!;
    const wText = i % 4 === 0 ? `${w[1]}新增资格联审1人` : i % 4 === 1 ? '十严禁' : i % 4 === 2 ? '资格条件有哪些' : '帮助';
    if (i % 4 === 0) count(w[1]);
    out.push(async () => {
      const cb = wecomBotCallback(wecom, JSON.stringify(wecomBotMessage(i % 4 === 0 ? w[0] : `visitor${i}`, wText)));
      const res = await tryFetch(bot.url + cb.path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: cb.body });
      if (res.status !== 200) return `wecom ${i}: ${res.status} ${res.text}`;
      const sealed = JSON.parse(res.text) as { encrypt: string; msgsignature: string; timestamp: string; nonce: string };
      if (getSignature(wecom.token, sealed.timestamp, sealed.nonce, sealed.encrypt) !== sealed.msgsignature) return `wecom ${i}: reply signature`;
      const reply = JSON.parse(decrypt(wecom.aesKey, sealed.encrypt).message) as { stream: { content: string } };
      return reply.stream.content.trim() ? null : `wecom ${i}: empty reply`;
    });
    const d = DINGTALK[i % DINGTALK.length]!;
    const dText = i % 4 === 0 ? `${d[1]}新增资格联审1人` : i % 2 ? '帮助' : '负面清单';
    if (i % 4 === 0) count(d[1]);
    out.push(async () => {
      const body = dingtalkMessage(i % 4 === 0 ? d[0] : `visitor${i}`, dText, '');
      body.sessionWebhook = `${cap.url}/robot/sendBySession?session=${body.msgId}`;
      const res = await tryFetch(`${bot.url}/dingtalk/callback`, { method: 'POST', headers: dingtalkHeaders(SECRET), body: JSON.stringify(body) });
      return res.status === 200 ? null : `dingtalk ${i}: ${res.status} ${res.text}`;
    });
    out.push(async () => {
      const res = await tryFetch(`${bot.url}/api/simulate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: `visitor${i}`, text: i % 2 ? '进度' : '未报送' }) });
      return res.status === 200 && (JSON.parse(res.text) as { replies: unknown[] }).replies.length ? null : `simulate ${i}: ${res.status}`;
    });
  }
  return out;
}

// Reports here say 新增 without 今天: these run on the wall clock, and 今天 said between midnight and 4 a.m. county time
// is asked back (which day?) — the test must not depend on the hour it runs.
describe('sustained mixed load on one process', () => {
  it('answers everything once and correctly, and keeps its memory bounded', async () => {
    const rssBefore = bot.rssMiB();
    // An increment needs a total on record to add to: the county office states 0 for every township first.
    const base = [...WECOM, ...DINGTALK].map(([, t]) => `${t}资格联审0人`).join('；');
    const seeded = await tryFetch(`${bot.url}/api/simulate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'wecom:zzb_liu', text: base }) });
    expect(seeded.text).toContain('已记录');
    const expected = new Map<string, number>();
    const queue = jobs(expected);
    const total = queue.length;
    const problems: string[] = [];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let job = queue.shift(); job; job = queue.shift()) {
          const problem = await job();
          if (problem) problems.push(problem);
        }
      }),
    );
    expect(problems.slice(0, 10)).toEqual([]);
    await waitFor(() => cap.requests.filter((r) => r.path === '/robot/sendBySession').length >= PER_KIND, 'every DingTalk reply', 60_000);
    const sessions = cap.requests.filter((r) => r.path === '/robot/sendBySession').map((r) => r.query.get('session'));
    expect(new Set(sessions).size).toBe(PER_KIND);
    expect(sessions).toHaveLength(PER_KIND);

    const rssAfter = bot.rssMiB();
    expect((await tryFetch(`${bot.url}/healthz`)).status).toBe(200);
    expect(await bot.stop()).toBe(0);
    const today = localDate(new Date(), 'Asia/Shanghai');
    const [records, replay] = await target.read(async (s) => [await s.listRecords(), await historyProblems(s)] as const);
    for (const [township, n] of expected) expect(records.find((r) => r.township === township && r.date === today)?.figures.reviewed, township).toBe(n);
    expect(replay).toEqual([]);
    // A leak would grow with the request count; a few hundred MiB is far above a healthy bot.
    expect(rssAfter).toBeLessThan(512);
    console.log(`load test: ${total} requests at ${CONCURRENCY} at once; RSS ${rssBefore.toFixed(0)} → ${rssAfter.toFixed(0)} MiB`);
  });
});
