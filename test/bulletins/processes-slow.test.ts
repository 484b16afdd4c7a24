// Exactly once when delivery is slow: two OS processes run the same bulletin against one store while
// the platform stand-in answers each part only after longer than a whole claim lease. The first process
// renews its claim while it posts; the second tries again and again meanwhile and never takes the run
// over. Every part reaches the group exactly once. With MONGODB_URI set the processes share MongoDB.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { storeTarget } from '../store/target.js';
import { seedWeek } from './fixtures.js';
import { contentOf, startWebhookServer, WECOM_PATH } from './webhook-server.js';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'hj-slow-'));
const target = storeTarget(dir, 'slow-delivery');
afterEach(async () => {
  await target.drop();
  rmSync(dir, { recursive: true, force: true });
});

/** Run the job runner to its end; resolves the statuses it printed. */
function runner(env: Record<string, string>): Promise<string[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/bulletins/processes-runner.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...target.env, DATA_DIR: dir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise((ok, bad) =>
    child.once('exit', (code) => (code === 0 ? ok(out.trim().split('\n').map((l) => (JSON.parse(l) as { status: string }).status)) : bad(new Error(`runner exited ${code}: ${err.slice(-2000)}`)))),
  );
}

describe('two processes and a slow platform', () => {
  it('post every part of the bulletin exactly once', async () => {
    const server = await startWebhookServer();
    try {
      await target.read((s) => seedWeek(s));
      const LEASE_MS = 600;
      server.slow(WECOM_PATH, 1_000);
      const url = `${server.url}${WECOM_PATH}?key=k`;
      const first = runner({ OWNER: 'proc-a', WEBHOOK_URL: url, LEASE_MS: String(LEASE_MS), RENEW_MS: '150' });
      // The second process starts once the first is posting, and keeps trying until the run is done.
      while (!server.hits.length) await new Promise((r) => setTimeout(r, 50));
      const second = runner({ OWNER: 'proc-b', WEBHOOK_URL: url, LEASE_MS: String(LEASE_MS), RENEW_MS: '150', UNTIL_DONE: '1' });
      const [a, b] = await Promise.all([first, second]);
      expect(a).toEqual(['done']);
      expect(b.length).toBeGreaterThan(1);
      expect(new Set(b)).toEqual(new Set(['not-claimed']));

      const texts = server.accepted(WECOM_PATH).map((h) => contentOf(h.body));
      const delivered = await target.read((s) => s.listDeliveries({ job: 'bulletin', ok: true }));
      // Several parts, each far slower than the lease, each posted once.
      expect(texts.length).toBeGreaterThan(2);
      expect(texts.length).toBe(delivered.length);
      expect(new Set(texts).size).toBe(texts.length);
      expect(delivered.map((d) => d.part)).toEqual(texts.map((_, i) => i + 1));
    } finally {
      await server.close();
    }
  }, 120_000);
});
