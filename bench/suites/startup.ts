// npm start → /healthz answering, and the bot's resident memory once idle: what a county waits for after a
// restart and what the process costs while nobody writes. Runs the README's own start command.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchResult } from '../run.js';

const RUNS = 3;
const IDLE_MS = 3000;

/** Every process below `pid` (npm → sh → node …), from /proc. */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(readFileSync(`/proc/${name}/status`, 'utf8'))?.[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while the list was read.
    }
  }
  const out: number[] = [];
  const walk = (p: number) => (children.get(p) ?? []).forEach((c) => (out.push(c), walk(c)));
  walk(pid);
  return out;
}

function rssMiB(pid: number): number {
  try {
    return Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

async function once(): Promise<{ healthyMs: number; botRss: number; treeRss: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hj-bench-start-'));
  const began = performance.now();
  const child = spawn('npm', ['start'], {
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, JOBS_ENABLED: 'false', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  try {
    const url = await new Promise<string>((ok, bad) => {
      const timer = setTimeout(() => bad(new Error(`no "listening on" line:\n${out}`)), 60_000);
      child.stdout!.on('data', () => {
        const m = /listening on (http:\/\/[\d.:]+)/.exec(out);
        if (m) (clearTimeout(timer), ok(m[1]!));
      });
    });
    while (!(await fetch(`${url}/healthz`).then((r) => r.ok, () => false))) await new Promise((ok) => setTimeout(ok, 10));
    const healthyMs = performance.now() - began;
    await new Promise((ok) => setTimeout(ok, IDLE_MS));
    const tree = descendants(child.pid!);
    // npm runs a shell that runs node (and tsx, when used, one more node): the bot is the largest of them.
    const bot = tree.sort((a, b) => rssMiB(b) - rssMiB(a))[0]!;
    return { healthyMs, botRss: rssMiB(bot), treeRss: [child.pid!, ...tree].reduce((s, p) => s + rssMiB(p), 0) };
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await new Promise((ok) => child.once('exit', ok));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchResult[]> {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once());
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return [
    { suite: 'startup', name: `npm start → /healthz 200 (median of ${RUNS})`, value: Math.round(median(runs.map((r) => r.healthyMs))), unit: 'ms' },
    { suite: 'startup', name: `idle RSS of the bot process, ${IDLE_MS / 1000} s after healthy`, value: Math.round(median(runs.map((r) => r.botRss))), unit: 'MiB' },
    { suite: 'startup', name: 'idle RSS of npm start and everything it runs', value: Math.round(median(runs.map((r) => r.treeRss))), unit: 'MiB' },
  ];
}
