// Three real bot processes on one SQLite file, started together with jobs on and a bulletin owed, then a
// burst of platform callbacks in which every message is delivered to all three (as a platform retrying
// against a load-balanced address would). Each message is processed exactly once (increments counted once,
// one reply each), one bulletin per day reaches the groups, and no secret shows in any process's output.
// The store is read through its port: with MONGODB_URI set, the three processes share a MongoDB database.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseCounty } from '../../src/county.js';
import { localDate, localTime } from '../../src/time.js';
import { captureServer, dingtalkHeaders, dingtalkMessage, wecomBotCallback, wecomBotMessage, wecomKeys, type CaptureServer } from '../helpers/callbacks.js';
import { killAll, spawnBot, tryFetch, type BotProcess } from '../helpers/child.js';
import { historyProblems } from '../store/history.js';
import { storeTarget } from '../store/target.js';

const dir = mkdtempSync(join(tmpdir(), 'hj-multi-'));
const target = storeTarget(dir, 'multi');
const wecom = wecomKeys();
const SECRETS = { DINGTALK_APP_SECRET: 'multi-dingtalk-app-secret-5e1c', ADMIN_TOKEN: 'multi-admin-token-0d4b7e', hook: 'multi-wecom-hook-key-9a2f', token: 'multi-ding-access-token-3c8d' };
let cap: CaptureServer;
let bots: BotProcess[] = [];
let today: string;
let bulletinDate: string;

/** The example county, with the bulletin owed right now (five minutes ago) and the reminder hours away. */
function county(): string {
  const doc = parseDocument(readFileSync('templates/county.example.yaml', 'utf8'));
  const now = Date.now();
  const hhmm = (ms: number) => localTime(new Date(ms), 'Asia/Shanghai').slice(0, 5);
  // Scheduled posts stop after the campaign; this test runs on whatever day CI does.
  doc.deleteIn(['campaign']);
  doc.setIn(['schedule', 'bulletin'], hhmm(now - 5 * 60_000));
  doc.setIn(['schedule', 'reminder'], hhmm(now + 3 * 3_600_000));
  doc.setIn(['schedule', 'deadline'], hhmm(now + 3 * 3_600_000));
  const file = join(dir, 'county.yaml');
  writeFileSync(file, doc.toString());
  return file;
}

let countyFile = '';
const env = () => ({
    ...target.env,
    DATA_DIR: dir,
    COUNTY_FILE: countyFile,
    LOG_LEVEL: 'info',
    JOBS_ENABLED: 'true',
    ADMIN_TOKEN: SECRETS.ADMIN_TOKEN,
    WECOM_BOT_TOKEN: wecom.token,
    WECOM_BOT_AES_KEY: wecom.aesKey,
    WECOM_WEBHOOK_URL: `${cap.url}/cgi-bin/webhook/send?key=${SECRETS.hook}`,
    DINGTALK_MODE: 'http',
    DINGTALK_APP_SECRET: SECRETS.DINGTALK_APP_SECRET,
    DINGTALK_API_BASE: cap.url,
    DINGTALK_WEBHOOK_URL: `${cap.url}/robot/send?access_token=${SECRETS.token}`,
});

beforeAll(async () => {
  cap = await captureServer();
  countyFile = county();
  bots = await Promise.all(['a', 'b', 'c'].map((id) => spawnBot({ env: { ...env(), INSTANCE_ID: `bot-${id}` } })));
  bulletinDate = localDate(new Date(Date.now() - 5 * 60_000), 'Asia/Shanghai');
});
afterAll(async () => {
  // Not just `bots`: a failed first test leaves its processes behind when the second one respawns.
  await killAll();
  await cap?.close();
  await target.drop();
  rmSync(dir, { recursive: true, force: true });
});

const bearer = { authorization: `Bearer ${SECRETS.ADMIN_TOKEN}`, 'content-type': 'application/json' };

/** Every township starts at partyDone 1 (its liaison reports through one of the bots). */
async function seed(): Promise<{ township: string; platform: 'wecom' | 'dingtalk'; userId: string }[]> {
  // Parsed as the bot parses it: a liaison written { id, name } is its id.
  const doc = parseCounty(readFileSync('templates/county.example.yaml', 'utf8'));
  const out = [];
  for (const [i, t] of doc.townships.entries()) {
    const [platform, userId] = t.liaisons[0]!.split(':') as ['wecom' | 'dingtalk', string];
    const res = await tryFetch(`${bots[i % 3]!.url}/api/simulate`, { method: 'POST', headers: bearer, body: JSON.stringify({ userId, platform, text: `${t.name}：党组织换届完成1个` }) });
    expect(JSON.parse(res.text).report.accepted).toBe(true);
    out.push({ township: t.name, platform, userId });
  }
  return out;
}

// Reports here say 新增 without 今天: these run on the wall clock, and 今天 said between midnight and 4 a.m. county time
// is asked back (which day?) — the test must not depend on the hour it runs.
describe('three processes, one store, every delivery three times', () => {
  it('processes each message once and posts one bulletin for the day', async () => {
    today = localDate(new Date(), 'Asia/Shanghai');
    const liaisons = await seed();
    const dingtalk: string[] = [];
    const wecomIds: string[] = [];
    const sends: Promise<{ platform: string; id: string; status: number; text: string }>[] = [];
    const toAll = (platform: string, id: string, request: (bot: BotProcess) => Promise<{ status: number; text: string }>) => {
      for (const b of bots) sends.push(request(b).then((r) => ({ platform, id, ...r })));
    };
    // An increment per township (counted twice if processed twice), and questions and help on both platforms.
    const texts = [...liaisons.map((l) => ({ ...l, text: `${l.township}新增党组织换届1个` }))];
    for (let i = 0; i < 90; i++) texts.push({ township: '', platform: i % 2 ? 'wecom' : 'dingtalk', userId: `user${i}`, text: i % 3 ? '帮助' : '十严禁' });
    for (const m of texts) {
      if (m.platform === 'dingtalk') {
        const body = dingtalkMessage(m.userId, m.text, `${cap.url}/robot/sendBySession?session=PLACEHOLDER`);
        body.sessionWebhook = `${cap.url}/robot/sendBySession?session=${body.msgId}`;
        dingtalk.push(body.msgId);
        toAll('dingtalk', body.msgId, (b) => tryFetch(`${b.url}/dingtalk/callback`, { method: 'POST', headers: dingtalkHeaders(SECRETS.DINGTALK_APP_SECRET), body: JSON.stringify(body) }));
      } else {
        const msg = wecomBotMessage(m.userId, m.text);
        wecomIds.push(msg.msgid);
        // WeCom retries with a fresh timestamp, nonce and encryption of the same message.
        toAll('wecom', msg.msgid, (b) => {
          const cb = wecomBotCallback(wecom, JSON.stringify(msg));
          return tryFetch(b.url + cb.path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: cb.body });
        });
      }
    }
    const results = await Promise.all(sends);
    expect(results.filter((r) => r.status !== 200).map((r) => `${r.platform} ${r.id}: ${r.status} ${r.text}`)).toEqual([]);
    for (const id of wecomIds) {
      const answered = results.filter((r) => r.id === id && r.text !== '');
      expect(answered, `wecom ${id}`).toHaveLength(1);
    }

    // Graceful stops wait for background replies and for every process's catch-up run.
    for (const b of bots) expect(await b.stop()).toBe(0);
    for (const id of dingtalk) expect(cap.requests.filter((r) => r.path === '/robot/sendBySession' && r.query.get('session') === id), `dingtalk ${id}`).toHaveLength(1);
    const { records, problems, runs, parts } = await target.read(async (s) => ({
      records: await s.listRecords(),
      problems: await historyProblems(s),
      runs: await s.listJobRuns('bulletin'),
      parts: await s.listDeliveries({ job: 'bulletin', ok: true }),
    }));
    for (const l of liaisons) expect(records.find((r) => r.township === l.township && r.date === today)?.figures.partyDone, l.township).toBe(2);
    expect(problems).toEqual([]);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ key: bulletinDate, status: 'done' });
    const posted = { wecom: cap.requests.filter((r) => r.path === '/cgi-bin/webhook/send').length, dingtalk: cap.requests.filter((r) => r.path === '/robot/send').length };
    expect(posted.wecom).toBeGreaterThan(0);
    expect(posted.dingtalk).toBeGreaterThan(0);
    expect(posted).toEqual({ wecom: parts.filter((p) => p.platform === 'wecom').length, dingtalk: parts.filter((p) => p.platform === 'dingtalk').length });

    const output = bots.map((b) => b.output()).join('\n');
    for (const s of [...Object.values(SECRETS), wecom.token, wecom.aesKey]) expect(output).not.toContain(s);
  });
  // A report is read, planned and written as one step across processes (the ledger's store lease); without
  // that, two increments planned from the same stored value overwrite each other (a lost update).
  it('counts every distinct increment for one township sent to different processes at once', async () => {
    bots = await Promise.all(['a', 'b', 'c'].map((id) => spawnBot({ env: { ...env(), INSTANCE_ID: `bot-${id}` } })));
    const before = (await target.read((s) => s.getRecord('城关镇', today)))?.figures.partyDone ?? 0;
    const sends = Array.from({ length: 12 }, (_, i) => {
      const cb = wecomBotCallback(wecom, JSON.stringify(wecomBotMessage('chengguan_li', '城关镇新增党组织换届1个')));
      return tryFetch(bots[i % 3]!.url + cb.path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: cb.body });
    });
    const results = await Promise.all(sends);
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(200));
    for (const b of bots) expect(await b.stop()).toBe(0);
    const [after, problems] = await target.read(async (s) => [await s.getRecord('城关镇', today), await historyProblems(s)] as const);
    expect(after?.figures.partyDone).toBe(before + 12);
    expect(problems).toEqual([]);
  });
});
