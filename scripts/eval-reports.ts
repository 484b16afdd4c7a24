// npm run eval:reports — score the report parser on test/fixtures/reports: message-level accuracy
// (well-formed messages read exactly, malformed ones refused for the right reason, non-reports left
// alone) and field-level accuracy (each expected figure). Exit code 1 when any case fails.
// `--llm` then runs every set again with the configured model (LLM_BASE_URL, see docs/model-assist.md) and prints
// the figures with and without it.
import { evaluate } from '../test/progress/eval-runner.js';

const pct = (ok: number, total: number) => (total ? `${((ok / total) * 100).toFixed(1)}%` : 'n/a');
const verbose = process.argv.includes('--verbose');
const summary = await evaluate();

for (const r of summary.results) {
  if (r.ok && !verbose) continue;
  console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.case.file}#${r.case.index} [${r.kind}] ${JSON.stringify(r.case.text)}`);
  for (const p of r.problems) console.log(`       ${p}`);
  if (!r.ok || verbose) console.log(`       reply: ${r.reply.replace(/\n/g, ' ⏎ ')}`);
}
const { byKind, messages, fields } = summary;
console.log('');
console.log(`messages                 ${messages.ok}/${messages.total}  ${pct(messages.ok, messages.total)}`);
console.log(`  well-formed, exact     ${byKind.accept.ok}/${byKind.accept.total}  ${pct(byKind.accept.ok, byKind.accept.total)}`);
console.log(`  malformed, right reason ${byKind.refuse.ok}/${byKind.refuse.total}  ${pct(byKind.refuse.ok, byKind.refuse.total)}`);
console.log(`  not reports, left alone ${byKind.ignore.ok}/${byKind.ignore.total}  ${pct(byKind.ignore.ok, byKind.ignore.total)}`);
console.log(`fields (well-formed)     ${fields.ok}/${fields.total}  ${pct(fields.ok, fields.total)}`);
process.exitCode = messages.ok === messages.total ? 0 : 1;

// The independent writers' corpus. `--writers` lists the tuning failures; `--heldout` also runs the held-out writers (once, at the end).
const { printWriters } = await import('./eval-report-writers.js');
await printWriters(process.argv.includes('--writers'), process.argv.includes('--heldout'));

if (process.argv.includes('--llm')) {
  const { printModelComparison } = await import('../test/conversation/model-eval-print.js');
  await printModelComparison(process.argv.includes('--heldout'));
}
