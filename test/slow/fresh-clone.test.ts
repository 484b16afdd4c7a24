// A newcomer's first minutes: clone the repository (this checkout's HEAD) into an empty folder and run the
// README's quick-start command exactly as written. The install must finish and the bot must answer /healthz.
// The README's test command is what .ci/run itself runs on a fresh clone, so it is not repeated here.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { envSchema } from '../../src/config.js';

const folder = mkdtempSync(join(tmpdir(), 'hj-clone-'));
let child: ChildProcess | undefined;
afterAll(() => {
  // npm start runs tsx, which runs node: end the whole process group this test started.
  if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  rmSync(folder, { recursive: true, force: true });
});

/** The first command of the README's quick start: the line of its first code block that installs. */
export function quickStartCommand(readme: string): string {
  const section = readme.slice(readme.indexOf('## Quick start'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const line = block.split('\n').find((l) => l.trim().startsWith('npm install'));
  if (!line) throw new Error('the README quick start has no "npm install" line');
  return line.replace(/\s+#.*$/, '').trim();
}

describe('a fresh clone', () => {
  it('installs and starts with the README quick-start command, and answers /healthz', async () => {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
    execFileSync('git', ['init', '-q', folder]);
    execFileSync('git', ['-C', folder, 'fetch', '-q', '--depth', '1', `file://${root}`, head]);
    execFileSync('git', ['-C', folder, 'checkout', '-q', 'FETCH_HEAD']);

    const command = quickStartCommand(readFileSync(join(folder, 'README.md'), 'utf8'));
    expect(command).toBe('npm install && npm start');

    // The bot's own variables are left out so the clone runs on its defaults; PORT=0 only avoids a clash.
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !(k in envSchema.shape)) env[k] = v;
    env.PORT = '0';
    const proc = spawn('sh', ['-c', command], { cwd: folder, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    let out = '';
    proc.stdout!.on('data', (d) => (out += d));
    proc.stderr!.on('data', (d) => (out += d));
    const url = await new Promise<string>((ok, bad) => {
      const timer = setTimeout(() => bad(new Error(`no "listening on" line within 8 minutes:\n${out.slice(-3000)}`)), 480_000);
      proc.stdout!.on('data', () => {
        const m = /listening on (http:\/\/[\d.:]+)/.exec(out);
        if (m) (clearTimeout(timer), ok(m[1]!));
      });
      proc.once('exit', (code) => (clearTimeout(timer), bad(new Error(`exited ${code}:\n${out.slice(-3000)}`))));
    });
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, store: 'sqlite' });
    process.kill(-proc.pid!, 'SIGTERM');
    await new Promise((ok) => proc.once('exit', ok));
  }, 600_000);
});
