// Policy Q&A: answer latency over the hand-written question set, and the time to build the index
// from templates/knowledge in a fresh process (so the jieba dictionary load is counted too).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { BenchResult } from '../run.js';
import { loadCases } from '../../src/knowledge/evaluate.js';
import { KnowledgeService } from '../../src/knowledge/service.js';

const root = join(import.meta.dirname, '..', '..');
const dir = join(root, 'templates', 'knowledge');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Fresh process: jieba dictionary (once per process) + parse + tokenise + index, as at startup. */
function coldBuildMs(): { total: number; reload: number } {
  const service = pathToFileURL(join(root, 'src', 'knowledge', 'service.ts')).href;
  const code = `const t0 = performance.now(); const { KnowledgeService } = await import(${JSON.stringify(service)});
const t1 = performance.now(); const r = new KnowledgeService(${JSON.stringify(dir)}).reload(); const t2 = performance.now();
if (!r.ok) process.exit(1); console.log(JSON.stringify({ total: t2 - t0, reload: t2 - t1 }));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as { total: number; reload: number };
}

export async function run(): Promise<BenchResult[]> {
  const cold = [coldBuildMs(), coldBuildMs(), coldBuildMs()].sort((a, b) => a.total - b.total)[1]!;
  const service = new KnowledgeService(dir, () => ({ variantDefaults: { 十严禁: 'village' } }));
  service.reload();
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) warm.push(service.reload().ms);
  warm.sort((a, b) => a - b);

  const questions = loadCases(join(root, 'test', 'fixtures', 'qa')).map((c) => c.q);
  for (const q of questions) service.ask(q);
  const times: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const q of questions) {
      const t = performance.now();
      service.ask(q);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  return [
    { suite: 'qa', name: 'answer latency p50', value: percentile(times, 50), unit: 'ms' },
    { suite: 'qa', name: 'answer latency p99', value: percentile(times, 99), unit: 'ms' },
    { suite: 'qa', name: 'answers per second (1 core)', value: Math.round(times.length / (times.reduce((a, b) => a + b, 0) / 1000)), unit: '/s' },
    { suite: 'qa', name: 'index build, cold (incl. jieba dictionary)', value: cold.reload, unit: 'ms' },
    { suite: 'qa', name: 'index build, reload (dictionary reused)', value: percentile(warm, 50), unit: 'ms' },
  ];
}
