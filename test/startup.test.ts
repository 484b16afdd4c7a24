// The real entry point in a child process: starts on the embedded store, serves /healthz,
// keeps data across a restart, and shuts down cleanly on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript, so it runs before anything is built
import { stale } from '../scripts/build.mjs';
import { embeddedEnv } from './helpers/child.js';

const dataDir = mkdtempSync(join(tmpdir(), 'hj-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function boot(extra: Record<string, string> = {}, entry = ['--import', 'tsx', 'src/main.ts']): Promise<{ child: ChildProcess; url: string; out: () => string }> {
  const child = spawn(process.execPath, entry, {
    env: { ...embeddedEnv(), PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn', JOBS_ENABLED: 'false', ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = await new Promise<string>((ok, bad) => {
    const timer = setTimeout(() => bad(new Error(`no listening line:\n${out}`)), 60_000);
    child.stdout!.on('data', () => {
      const m = /listening on (http:\/\/[\d.:]+)/.exec(out);
      if (m) (clearTimeout(timer), ok(m[1]!));
    });
    child.once('exit', (code) => bad(new Error(`exited ${code}:\n${out}`)));
  });
  return { child, url, out: () => out };
}

const stop = (child: ChildProcess) => new Promise<number | null>((ok) => (child.once('exit', (code) => ok(code)), child.kill('SIGTERM')));

describe('npm start (src/main.ts)', () => {
  it('runs the compiled build from dist/, brought up to date first', async () => {
    const { child, url } = await boot({}, ['scripts/start.mjs']);
    expect(existsSync('dist/main.js')).toBe(true);
    expect(stale()).toBe(false);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(await stop(child)).toBe(0);
  });

  it('serves /healthz on the embedded store, names its store and county, and exits 0 on SIGTERM', async () => {
    const { child, url, out } = await boot();
    const res = await fetch(`${url}/healthz`);
    expect(await res.json()).toMatchObject({ ok: true, store: 'sqlite', scheduler: { enabled: false }, platforms: {} });
    expect(out()).toMatch(/store:\s+sqlite \(.*huanjie\.db\)/);
    expect(out()).toMatch(/county: 青山县 \(11 townships\)/);
    expect(out()).toMatch(/access: .*this machine only/);
    expect(await stop(child)).toBe(0);
  });

  it('says at start-up that /api and the console are closed on a public HOST without ADMIN_TOKEN, and keeps them so', async () => {
    const { child, url, out } = await boot({ HOST: '0.0.0.0' });
    expect(out()).toMatch(/access: \/api and the console are CLOSED: HOST=0\.0\.0\.0 .* Set ADMIN_TOKEN/);
    // Not a terminal: log lines stay JSON, for journald and log shippers.
    const warnLine = () => out().split('\n').find((l) => l.includes('/api and the console are closed'));
    for (let i = 0; i < 100 && !warnLine(); i++) await new Promise((ok) => setTimeout(ok, 50));
    const warn = warnLine();
    expect(JSON.parse(warn!)).toMatchObject({ level: 40, host: '0.0.0.0' });
    const local = url.replace('0.0.0.0', '127.0.0.1');
    const res = await fetch(`${local}/api/simulate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"userId":"u","text":"帮助"}' });
    expect(res.status).toBe(403);
    expect((await fetch(`${local}/healthz`)).status).toBe(200);
    expect(await stop(child)).toBe(0);
  });

  it('reads after a restart what a liaison reported before it', async () => {
    const first = await boot();
    const report = await fetch(`${first.url}/api/simulate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'wecom:hexi_wang', text: '河西乡：党组织换届完成9个，村委会6个', at: '2026-11-22T10:00:00+08:00' }),
    });
    expect((await report.json()).report.accepted).toBe(true);
    expect(await stop(first.child)).toBe(0);
    const second = await boot();
    const progress = await (await fetch(`${second.url}/api/progress?date=2026-11-22`)).json();
    const hexi = progress.townships.find((t: { name: string }) => t.name === '河西乡');
    expect(hexi).toMatchObject({ reported: true, figures: { partyDone: 9, committeeDone: 6 } });
    expect(await stop(second.child)).toBe(0);
    // Two cold starts of the whole bot: 12 s on an idle machine, past the suite's 20 s on a loaded one.
  }, 60_000);
});
