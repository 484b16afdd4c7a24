// The evening bulletin at scale: 2,000 townships with 60 days of history. Measures composing (ranking,
// deltas against the previous day, totals, structure) from records already in memory, rendering for each
// platform, splitting to its byte limit, and the whole path from a SQLite store (loadDaily + render).
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchResult } from '../run.js';
import { composeDaily, type ComposeInput } from '../../src/bulletins/compose.js';
import { loadDaily } from '../../src/bulletins/load.js';
import { bulletinParts } from '../../src/bulletins/messages.js';
import { renderBulletin } from '../../src/bulletins/render.js';
import { parseCounty } from '../../src/county.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import type { Figures, ProgressRecord } from '../../src/store/types.js';
import { Templates } from '../../src/templates.js';
import { addDays, zonedInstant } from '../../src/time.js';

const TOWNSHIPS = 2_000;
const DAYS = 60;
const FIRST = '2026-09-24';
const LAST = addDays(FIRST, DAYS - 1);

function median(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  fn();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** Cumulative figures that rise over the campaign; about one township in twelve skips a given day. */
function history(): { due: number[]; records: ProgressRecord[] } {
  const due = Array.from({ length: TOWNSHIPS }, (_, i) => 6 + (i % 15));
  const records: ProgressRecord[] = [];
  for (let d = 0; d < DAYS; d++) {
    const date = addDays(FIRST, d);
    for (let i = 0; i < TOWNSHIPS; i++) {
      if ((i * 7 + d) % 12 === 0) continue;
      const n = due[i]!;
      const done = (k: number) => Math.min(n, Math.floor(((d + 1) * n * k) / DAYS));
      const f: Figures = { partyDone: done(1.3), committeeDone: done(1.1), supervisionDone: done(0.9), oneShoulder: Math.floor(done(1.1) * 0.8) };
      if (done(1.1) === n) Object.assign(f, { under35: n, college: 2 * n, female: n, avgAge: 40 + (i % 9) });
      const at = zonedInstant(date, `${String(17 + (i % 4)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`, 'Asia/Shanghai');
      records.push({ township: `第${i + 1}镇`, date, figures: f, firstReportedAt: at, updatedAt: at, updatedBy: 'bench' });
    }
  }
  return { due, records };
}

export async function run(): Promise<BenchResult[]> {
  const templates = new Templates(join(import.meta.dirname, '../../templates/messages'));
  const { due, records } = history();
  const yaml = `county: 基准县\ntownships:\n${due.map((n, i) => `  - { name: 第${i + 1}镇, due: ${n} }`).join('\n')}\n`;
  const county = parseCounty(yaml);
  const yesterday = addDays(LAST, -1);
  const input: ComposeInput = {
    county: county.county,
    date: LAST,
    townships: county.townships,
    weights: county.ranking,
    today: records.filter((r) => r.date === LAST),
    yesterday: records.filter((r) => r.date === yesterday),
    before: records.filter((r) => r.date < LAST),
    deadline: zonedInstant(LAST, '20:00', 'Asia/Shanghai'),
    timezone: 'Asia/Shanghai',
  };
  const data = composeDaily(input);
  const compose = median(() => composeDaily(input), 15);
  const renderWecom = median(() => renderBulletin(templates, data, 'wecom'), 15);
  const renderDingtalk = median(() => renderBulletin(templates, data, 'dingtalk'), 15);
  let wecomParts = 0;
  let dingtalkParts = 0;
  const splitWecom = median(() => (wecomParts = bulletinParts(templates, data, 'wecom', 4096).length), 15);
  const splitDingtalk = median(() => (dingtalkParts = bulletinParts(templates, data, 'dingtalk', 18_000).length), 15);
  const bytes = Buffer.byteLength(renderBulletin(templates, data, 'wecom'));

  // The same day from a SQLite store holding the whole history (written once, with revisions).
  const store = new SqliteStore(':memory:');
  for (const r of records) await store.writeRecord({ township: r.township, date: r.date, figures: r.figures, by: 'bench', at: r.firstReportedAt, kind: 'report' });
  const fromStore: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    renderBulletin(templates, await loadDaily(store, county, LAST), 'wecom');
    fromStore.push(performance.now() - t);
  }
  const storeMs = fromStore.sort((a, b) => a - b)[2]!;

  // The same after 200 townships corrected the day before yesterday this morning: yesterday's copies of
  // those figures follow the corrections (docs/figures.md), which reads a few more records.
  const twoDaysAgo = addDays(LAST, -2);
  const fixes = records.filter((r) => r.date === twoDaysAgo).slice(0, 200);
  for (const r of fixes) {
    await store.writeRecord({ township: r.township, date: r.date, figures: { ...r.figures, partyDone: Math.max(0, (r.figures.partyDone ?? 0) - 1) }, by: 'bench', at: zonedInstant(LAST, '09:00', 'Asia/Shanghai'), kind: 'correction' });
  }
  const withFixes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    renderBulletin(templates, await loadDaily(store, county, LAST), 'wecom');
    withFixes.push(performance.now() - t);
  }
  await store.close();
  const fixesMs = withFixes.sort((a, b) => a - b)[2]!;

  const scale = `${TOWNSHIPS} townships × ${DAYS} days (${records.length} records)`;
  return [
    { suite: 'bulletins', name: `compose (rank, deltas, totals) — ${scale}`, value: compose, unit: 'ms' },
    { suite: 'bulletins', name: `render WeCom markdown (${Math.round(bytes / 1024)} KiB)`, value: renderWecom, unit: 'ms' },
    { suite: 'bulletins', name: 'render DingTalk markdown', value: renderDingtalk, unit: 'ms' },
    { suite: 'bulletins', name: `render + split for WeCom (${wecomParts} parts of ≤4096 B)`, value: splitWecom, unit: 'ms' },
    { suite: 'bulletins', name: `render + split for DingTalk (${dingtalkParts} parts of ≤18000 B)`, value: splitDingtalk, unit: 'ms' },
    { suite: 'bulletins', name: `load from SQLite + compose + render — ${scale}`, value: storeMs, unit: 'ms' },
    { suite: 'bulletins', name: `the same after ${fixes.length} corrections of an earlier day this morning`, value: fixesMs, unit: 'ms' },
  ];
}
