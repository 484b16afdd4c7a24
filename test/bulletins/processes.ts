// Real bot processes (node + tsx running src/main.ts) on one data folder, for exactly-once tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { localTime } from '../../src/time.js';

const ROOT = resolve(import.meta.dirname, '../..');

export interface BotProcess {
  proc: ChildProcess;
  /** Parsed JSON log lines (pino), in order. */
  logs: Record<string, unknown>[];
  waitFor(pred: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** Started and serving: main.ts registers its SIGTERM handler in the same turn as the 'started' line. */
  ready(): Promise<void>;
  stop(): Promise<number | null>;
}

export function spawnBot(env: Record<string, string>): BotProcess {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  const waiters: { pred: (l: Record<string, unknown>) => boolean; ok: (l: Record<string, unknown>) => void }[] = [];
  let buf = '';
  let stderr = '';
  proc.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  proc.stdout!.on('data', (c: Buffer) => {
    buf += c.toString();
    let i;
    while ((i = buf.indexOf('\n')) >= 0) {
      const raw = buf.slice(0, i);
      buf = buf.slice(i + 1);
      if (!raw.startsWith('{')) continue;
      const line = JSON.parse(raw) as Record<string, unknown>;
      logs.push(line);
      for (const w of [...waiters]) if (w.pred(line)) (waiters.splice(waiters.indexOf(w), 1), w.ok(line));
    }
  });
  const exited = new Promise<number | null>((ok) => proc.once('exit', (code) => ok(code)));
  return {
    proc,
    logs,
    waitFor(pred, timeoutMs = 90_000) {
      const seen = logs.find(pred);
      if (seen) return Promise.resolve(seen);
      return new Promise((ok, bad) => {
        const timer = setTimeout(() => bad(new Error(`no matching log line within ${timeoutMs} ms; stderr: ${stderr.slice(-2000)}; logs: ${JSON.stringify(logs.slice(-8))}`)), timeoutMs);
        waiters.push({ pred, ok: (l) => (clearTimeout(timer), ok(l)) });
      });
    },
    async ready() {
      const started = await this.waitFor((l) => l.msg === 'started');
      // An answer proves the event loop turned after the 'started' line, so the handler is in place.
      await fetch(`http://127.0.0.1:${String(started.port)}/healthz`);
    },
    async stop() {
      if (proc.exitCode === null) proc.kill('SIGTERM');
      return exited;
    },
  };
}

/** A county file whose bulletin is due at `bulletin` (HH:MM, county time); the reminder is 12 hours away. */
export function writeCounty(dir: string, bulletin: string, catchUpMinutes = 120): string {
  const file = join(dir, 'county.yaml');
  const reminder = `${String((Number(bulletin.slice(0, 2)) + 12) % 24).padStart(2, '0')}${bulletin.slice(2)}`;
  writeFileSync(
    file,
    `county: 青山县
timezone: Asia/Shanghai
townships:
  - { name: 城关镇, due: 10 }
  - { name: 河西乡, due: 8 }
groups:
  - { name: 县换届工作群, platform: wecom }
schedule: { bulletin: "${bulletin}", reminder: "${reminder}", deadline: "${reminder}", catchUpMinutes: ${catchUpMinutes} }
`,
  );
  return file;
}

export const shanghaiTime = (at: Date) => localTime(at, 'Asia/Shanghai');

/** A job finished in this process, whether it posted or found the run claimed by another. */
export const jobSettled = (job: string) => (l: Record<string, unknown>) => l.job === job && (l.msg === 'job done' || l.msg === 'job already claimed' || l.msg === 'job failed');
