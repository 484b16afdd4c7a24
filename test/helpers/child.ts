// Real bot processes: `node --import tsx src/main.ts` with PORT=0, as `npm start` runs it. The URL comes
// from the "listening on" line; all output is kept (for log scans) and the process can be killed hard.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface BotProcess {
  child: ChildProcess;
  url: string;
  pid: number;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** SIGKILL: no shutdown handler runs, as in a power cut of the process. */
  kill(): Promise<void>;
  /** SIGTERM and wait for the graceful exit. */
  stop(): Promise<number | null>;
  /** Resident set size from /proc, in MiB. */
  rssMiB(): number;
}

export interface SpawnOptions {
  env: Record<string, string>;
  /** How long to wait for the "listening on" line. */
  timeoutMs?: number;
}

/** Every bot still running, so a failed test that lost track of one (reassigned a list) still ends it. */
const living = new Set<ChildProcess>();
process.once('exit', () => {
  for (const c of living) c.kill('SIGKILL');
});

/** SIGKILL every bot this test file started that is still running. */
export async function killAll(): Promise<void> {
  await Promise.all(
    [...living].filter((c) => c.exitCode === null && c.signalCode === null).map((c) => {
      const gone = new Promise((ok) => c.once('exit', ok));
      c.kill('SIGKILL');
      return gone;
    }),
  );
}

/**
 * This process's environment without MONGODB_URI: for a child that is about the embedded SQLite store itself
 * (npm run backup, the start-up banner), which `npm run check:mongodb` would otherwise point at a server.
 */
export function embeddedEnv(): NodeJS.ProcessEnv {
  const { MONGODB_URI: _unused, ...rest } = process.env;
  return rest;
}

export async function spawnBot(opts: SpawnOptions): Promise<BotProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', JOBS_ENABLED: 'false', ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  living.add(child);
  const exited = new Promise<number | null>((ok) =>
    child.once('exit', (code) => {
      living.delete(child);
      ok(code);
    }),
  );
  const url = await new Promise<string>((ok, bad) => {
    const timer = setTimeout(() => bad(new Error(`no "listening on" line:\n${out}`)), opts.timeoutMs ?? 30_000);
    const look = () => {
      const m = /listening on (http:\/\/[\d.:]+)/.exec(out);
      if (m) (clearTimeout(timer), child.stdout!.off('data', look), ok(m[1]!));
    };
    child.stdout!.on('data', look);
    void exited.then((code) => (clearTimeout(timer), bad(new Error(`bot exited ${code} before listening:\n${out}`))));
  });
  return {
    child,
    url,
    pid: child.pid!,
    output: () => out,
    exited,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
    rssMiB() {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
      return Number(kb) / 1024;
    },
  };
}

/** fetch that reports a refused or reset connection as status 0 instead of throwing. */
export async function tryFetch(url: string, init?: RequestInit): Promise<{ status: number; text: string }> {
  try {
    const res = await fetch(url, init);
    return { status: res.status, text: await res.text() };
  } catch {
    return { status: 0, text: '' };
  }
}
