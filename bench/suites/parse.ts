// Report parsing: messages per second for the parser alone (every fixture text, round and round),
// and for a whole report (parse, plan, write with revisions) on an in-memory SQLite store.
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchResult } from '../run.js';
import { loadCounty } from '../../src/county.js';
import { ProgressLedger } from '../../src/progress/ledger.js';
import { loadLexicon } from '../../src/progress/lexicon.js';
import { parseReport } from '../../src/progress/parse.js';
import { TownshipMatcher } from '../../src/progress/townships.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { loadCases, ROOT } from '../../test/progress/eval-runner.js';

function rate(fn: (i: number) => void, ms = 1_500): number {
  for (let i = 0; i < 500; i++) fn(i);
  let n = 0;
  const end = performance.now() + ms;
  while (performance.now() < end) for (let k = 0; k < 50; k++) fn(n++);
  return n / (ms / 1000);
}

export async function run(): Promise<BenchResult[]> {
  const county = loadCounty(join(ROOT, 'templates', 'county.example.yaml'));
  const lexicon = loadLexicon(join(ROOT, 'templates', 'indicators.yaml'));
  const townships = new TownshipMatcher(county.townships);
  const texts = loadCases().map((c) => c.text);
  const ctx = { lexicon, townships, today: '2026-11-22' };
  const avgChars = texts.reduce((s, t) => s + t.length, 0) / texts.length;

  const parsed = rate((i) => parseReport(texts[i % texts.length]!, ctx));
  const long = texts.join('\n');
  const longRate = rate(() => parseReport(long, ctx), 1_000);

  const store = new SqliteStore(':memory:');
  const ledger = new ProgressLedger({ store, lexicon, townships });
  const names = county.townships.map((t) => t.name);
  let m = 0;
  const start = performance.now();
  const end = start + 1_500;
  while (performance.now() < end) {
    const name = names[m % names.length]!;
    // Rising figures, so every write is accepted and stores revisions.
    const done = Math.min(5, Math.floor(m / names.length));
    await ledger.submit({
      text: `${name}：党组织换届完成${done}个，村委会${done}个，一肩挑${done}人`,
      by: 'wecom:zzb_liu',
      sender: { isAdmin: true, townships: [] },
      today: '2026-11-22',
      at: new Date(),
      messageId: `bench-${m++}`,
    });
  }
  const submitted = m / ((performance.now() - start) / 1000);
  await store.close();

  return [
    { suite: 'parse', name: `parse a report message (${texts.length} fixture texts, ~${Math.round(avgChars)} chars)`, value: Math.round(parsed), unit: 'messages/s' },
    { suite: 'parse', name: `parse all fixtures as one ${long.length}-char message`, value: Math.round(longRate), unit: 'messages/s' },
    { suite: 'parse', name: 'submit a report (parse + plan + SQLite write with revisions)', value: Math.round(submitted), unit: 'messages/s' },
  ];
}
