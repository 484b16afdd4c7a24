// npm run eval:reports -- writers part: the independent writers' messages, tuning and held-out apart.
// Held-out sets print aggregates and failure classes only, so nobody tunes on their sentences.
import { evaluateWriters, loadWriterCases, tally, type WriterResult } from '../test/progress/writers-runner.js';

const pct = (ok: number, total: number) => (total ? `${((ok / total) * 100).toFixed(1)}%` : 'n/a');

function classes(results: WriterResult[]): string {
  const counts = new Map<string, number>();
  for (const r of results) {
    if (r.verdict === 'exact' || r.verdict === 'refused-bad' || r.verdict === 'left-alone') continue;
    const key = `${r.verdict}: ${r.verdict === 'refused-good' ? [...new Set(r.detail)].sort().join('+') : r.verdict === 'stored-wrong' ? 'figures differ' : 'stored'}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `    ${n}  ${k}`).join('\n');
}

export async function printWriters(verbose: boolean, heldout: boolean): Promise<void> {
  for (const set of heldout ? (['tuning', 'heldout'] as const) : (['tuning'] as const)) {
    const results = await evaluateWriters(loadWriterCases(set));
    const t = tally(results);
    console.log(`\n== independent writers, ${set} (${[...new Set(results.map((r) => r.file))].join(', ')})`);
    console.log(`good messages recorded exactly  ${t.exact}/${t.good}  ${pct(t.exact, t.good)}`);
    console.log(`fields stored exactly           ${t.fieldsRight}/${t.fields}  ${pct(t.fieldsRight, t.fields)}`);
    console.log(`good messages refused           ${t.refusedGood}/${t.good}  ${pct(t.refusedGood, t.good)}`);
    console.log(`good messages stored wrong      ${t.storedWrong}`);
    console.log(`bad messages refused/left alone ${t.refusedBad + t.leftAlone}/${t.bad}  ${pct(t.refusedBad + t.leftAlone, t.bad)}`);
    console.log(`bad messages stored             ${t.storedBad}`);
    console.log('failure classes:\n' + (classes(results) || '    none'));
    if (set === 'tuning' && verbose) {
      for (const r of results.filter((x) => x.verdict === 'refused-good' || x.verdict === 'stored-wrong' || x.verdict === 'stored-bad')) {
        console.log(`  ${r.verdict} ${r.file}#${r.index} ${JSON.stringify(r.text)}\n      ${r.detail.join(' | ')}\n      reply: ${r.reply.replace(/\n/g, ' ⏎ ').slice(0, 300)}`);
      }
    }
  }
}
