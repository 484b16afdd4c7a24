// npm run bench: every benchmark in one run, printed side by side and written to bench/results/.
// Each module in bench/suites/ exports `run(): Promise<BenchResult[]>`.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface BenchResult {
  suite: string;
  name: string;
  value: number;
  unit: string;
  /** Optional comparison: value relative to a baseline measured in the same run. */
  ratio?: number;
  baseline?: string;
}

const dir = join(import.meta.dirname, 'suites');
const only = process.argv.slice(2);
const results: BenchResult[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
  const suite = file.replace(/\.ts$/, '');
  if (only.length && !only.includes(suite)) continue;
  process.stdout.write(`running ${suite}…\n`);
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run: () => Promise<BenchResult[]> };
  results.push(...(await mod.run()));
}
const rss = process.memoryUsage().rss / 2 ** 20;
results.push({ suite: 'process', name: 'RSS after all suites', value: Math.round(rss), unit: 'MiB' });

const rows = results.map((r) => [r.suite, r.name, `${Number(r.value.toFixed(3))} ${r.unit}`, r.ratio !== undefined ? `${r.ratio.toFixed(3)} × ${r.baseline}` : '']);
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), 6));
for (const r of [['suite', 'measure', 'value', 'ratio'], ...rows]) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
mkdirSync(join(import.meta.dirname, 'results'), { recursive: true });
const out = join(import.meta.dirname, 'results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), node: process.version, results }, null, 2));
console.log(`\nwritten to ${out}`);
