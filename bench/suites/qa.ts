// Policy Q&A: answer latency over every hand-written question (tuning and held-out sets), and the time to
// build the index from templates/knowledge in a fresh process (so the jieba dictionary load is counted too).
// The machine is shared with other test runs, so each figure comes as wall time and as this process's CPU
// time (process.cpuUsage): a wall figure far above its CPU figure means load from elsewhere, not cost here.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { BenchResult } from '../run.js';
import { loadCases } from '../../src/knowledge/evaluate.js';
import { KnowledgeService } from '../../src/knowledge/service.js';

const root = join(import.meta.dirname, '..', '..');
const dir = join(root, 'templates', 'knowledge');
const ROUNDS = 20;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** CPU milliseconds (user + system) since `from`. */
function cpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

interface Build {
  total: number;
  reload: number;
  reloadCpu: number;
}

/** Fresh process: jieba dictionary (once per process) + parse + tokenise + index, as at startup. */
function coldBuild(): Build {
  const service = pathToFileURL(join(root, 'src', 'knowledge', 'service.ts')).href;
  const code = `const t0 = performance.now(); const { KnowledgeService } = await import(${JSON.stringify(service)});
const t1 = performance.now(); const c1 = process.cpuUsage(); const r = new KnowledgeService(${JSON.stringify(dir)}).reload();
const t2 = performance.now(); const c = process.cpuUsage(c1);
if (!r.ok) process.exit(1); console.log(JSON.stringify({ total: t2 - t0, reload: t2 - t1, reloadCpu: (c.user + c.system) / 1000 }));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as Build;
}

export async function run(): Promise<BenchResult[]> {
  const cold = [coldBuild(), coldBuild(), coldBuild()].sort((a, b) => a.reload - b.reload)[1]!;
  const service = new KnowledgeService(dir, () => ({ variantDefaults: { 十严禁: 'village' } }));
  service.reload();
  const warm: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < 5; i++) {
    const c = process.cpuUsage();
    const wall = service.reload().ms;
    warm.push({ wall, cpu: cpuMs(c) });
  }
  warm.sort((a, b) => a.wall - b.wall);

  const fixtures = join(root, 'test', 'fixtures', 'qa');
  const questions = [...loadCases(fixtures), ...loadCases(fixtures, 'heldout')].map((c) => c.q);
  for (const q of questions) service.ask(q);
  const wall: number[] = [];
  const cpu: number[] = [];
  const runCpu = process.cpuUsage();
  const runStart = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of questions) {
      const c = process.cpuUsage();
      const t = performance.now();
      service.ask(q);
      wall.push(performance.now() - t);
      cpu.push(cpuMs(c));
    }
  }
  const runWall = performance.now() - runStart;
  const totalCpu = cpuMs(runCpu);
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const n = wall.length;
  return [
    { suite: 'qa', name: `answer latency p50 (${questions.length} questions × ${ROUNDS})`, value: percentile(wall, 50), unit: 'ms' },
    { suite: 'qa', name: 'answer latency p99', value: percentile(wall, 99), unit: 'ms' },
    { suite: 'qa', name: 'answer CPU time p50', value: percentile(cpu, 50), unit: 'ms' },
    { suite: 'qa', name: 'answer CPU time p99', value: percentile(cpu, 99), unit: 'ms' },
    { suite: 'qa', name: 'answer mean wall / mean CPU', value: runWall / n, unit: 'ms', ratio: runWall / Math.max(totalCpu, 1e-9), baseline: 'CPU' },
    { suite: 'qa', name: 'answers per CPU-second', value: Math.round(n / (totalCpu / 1000)), unit: '/s' },
    { suite: 'qa', name: 'index build, cold (incl. jieba dictionary)', value: cold.reload, unit: 'ms' },
    { suite: 'qa', name: 'index build, cold, CPU time', value: cold.reloadCpu, unit: 'ms' },
    { suite: 'qa', name: 'index build, reload (dictionary reused)', value: warm[2]!.wall, unit: 'ms' },
    { suite: 'qa', name: 'index build, reload, CPU time', value: warm[2]!.cpu, unit: 'ms' },
  ];
}
