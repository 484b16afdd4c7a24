// Crash safety: a real bot process (`node --import tsx src/main.ts`) receives a stream of liaison reports
// and is killed with SIGKILL at random moments, again and again. After the last restart every report the
// bot acknowledged (HTTP 200, report.accepted) is in the store with exactly its figures, and no record is
// half-written: each one equals the replay of its revisions. The store is read through its port, so with
// MONGODB_URI set the same run holds MongoDB to it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCounty } from '../../src/county.js';
import { readFileSync } from 'node:fs';
import { spawnBot, tryFetch, type BotProcess } from '../helpers/child.js';
import { historyProblems } from '../store/history.js';
import { storeTarget } from '../store/target.js';

const dataDir = mkdtempSync(join(tmpdir(), 'hj-crash-'));
const target = storeTarget(dataDir, 'crash');
afterAll(async () => {
  await target.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

const county = parseCounty(readFileSync('templates/county.example.yaml', 'utf8'));
const CYCLES = 8;
const CONCURRENCY = 6;

interface Report {
  township: string;
  userId: string;
  platform: 'wecom' | 'dingtalk';
  date: string;
  at: string;
  figures: { partyDone: number; committeeDone: number; supervisionDone: number };
}

/**
 * One report per (township, day), figures growing with the day and never above the due count, so every
 * report is valid and changes three fields at once: a torn write would show.
 */
function plan(): Report[] {
  const out: Report[] = [];
  for (let day = 1; day <= 21; day++) {
    const date = `2026-11-${String(day).padStart(2, '0')}`;
    for (const t of county.townships) {
      const liaison = t.liaisons[0]!;
      const [platform, userId] = liaison.includes(':') ? (liaison.split(':') as ['wecom' | 'dingtalk', string]) : (['wecom', liaison] as const);
      const party = Math.min(t.due, Math.floor((t.due * day) / 21));
      out.push({
        township: t.name,
        userId,
        platform,
        date,
        at: `${date}T12:00:00+08:00`,
        figures: { partyDone: party, committeeDone: Math.floor(party / 2), supervisionDone: Math.floor(party / 3) },
      });
    }
  }
  return out;
}

const text = (r: Report) => `${r.township}：党组织换届完成${r.figures.partyDone}个，村委会换届完成${r.figures.committeeDone}个，监委会换届完成${r.figures.supervisionDone}个`;

async function send(bot: BotProcess, r: Report): Promise<'acknowledged' | 'refused' | 'lost' | 'retry'> {
  const res = await tryFetch(`${bot.url}/api/simulate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: r.userId, platform: r.platform, text: text(r), at: r.at }),
  });
  if (res.status === 0) return 'lost';
  // The store is busy (e.g. a killed process's write lease has not expired yet): try again later, as a platform would.
  if (res.status === 503) return 'retry';
  if (res.status !== 200) throw new Error(`report answered ${res.status}: ${res.text}`);
  const body = JSON.parse(res.text) as { report?: { accepted: boolean; errors: string[] } };
  if (!body.report) throw new Error(`not taken as a report: ${text(r)}`);
  return body.report.accepted ? 'acknowledged' : 'refused';
}

const env = { DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...target.env };

describe('SIGKILL during a stream of reports', () => {
  it('keeps every acknowledged report, whole, across random kills', async () => {
    const queue = plan();
    const acknowledged: Report[] = [];
    const refused: string[] = [];
    let lost = 0;
    let retries = 0;
    let killsMidRequest = 0;
    for (let cycle = 0; cycle < CYCLES && queue.length; cycle++) {
      const bot = await spawnBot({ env });
      let dead = false;
      // Requests sent and not yet answered: counted at the kill to show the kill cut requests off.
      let pending = 0;
      // The kill comes after a random number of acknowledgements in this cycle, not after a random time:
      // on a fast machine a timer could fire after the whole stream was already drained.
      const target = 3 + Math.floor(Math.random() * 18);
      let ackedThisCycle = 0;
      let reached!: () => void;
      const killMoment = new Promise<void>((ok) => (reached = ok));
      const worker = async () => {
        while (!dead && queue.length) {
          const r = queue.shift()!;
          pending++;
          const outcome = await send(bot, r).finally(() => pending--);
          if (outcome === 'acknowledged') {
            acknowledged.push(r);
            if (++ackedThisCycle === target) reached();
          } else if (outcome === 'refused') refused.push(text(r));
          else if (outcome === 'retry') (retries++, queue.push(r));
          // Not answered: it may or may not have been written; it is simply not owed.
          else lost++;
        }
      };
      const workers = Array.from({ length: CONCURRENCY }, worker);
      // The other workers have their next report on the wire when the target is reached. The timer only
      // guards against a cycle in which nothing is acknowledged (every answer 503).
      await Promise.race([killMoment, new Promise((ok) => setTimeout(ok, 10_000))]);
      killsMidRequest += pending > 0 ? 1 : 0;
      dead = true;
      await bot.kill();
      await Promise.all(workers);
    }

    const bot = await spawnBot({ env });
    try {
      expect(refused).toEqual([]);
      expect(acknowledged.length).toBeGreaterThan(CYCLES);
      expect(killsMidRequest).toBeGreaterThan(0);
      const [records, problems] = await target.read(async (s) => [await s.listRecords(), await historyProblems(s)] as const);
      const stored = new Map(records.map((r) => [`${r.township}|${r.date}`, r.figures]));
      const missing = acknowledged.filter((r) => JSON.stringify(stored.get(`${r.township}|${r.date}`)) !== JSON.stringify(r.figures));
      expect(missing.map((r) => `${r.township} ${r.date}`)).toEqual([]);
      expect(problems).toEqual([]);
      // The restarted bot serves what was acknowledged.
      const last = acknowledged[acknowledged.length - 1]!;
      const progress = await tryFetch(`${bot.url}/api/progress?date=${last.date}`);
      const row = (JSON.parse(progress.text) as { townships: { name: string; figures: object }[] }).townships.find((t) => t.name === last.township);
      expect(row?.figures).toEqual(last.figures);
      console.log(`crash test: ${CYCLES} kills (${killsMidRequest} with requests in flight), ${acknowledged.length} acknowledged, ${lost} unanswered at a kill, ${retries} answered 503, ${records.length} records on ${target.kind}`);
    } finally {
      expect(await bot.stop()).toBe(0);
    }
  });
});
