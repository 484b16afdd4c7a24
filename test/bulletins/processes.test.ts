// Two real bot processes on one SQLite file, both starting after the bulletin time: each owes the
// run (catch-up), both try at once, and exactly one bulletin reaches the webhook.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jobSettled, shanghaiTime, spawnBot, writeCounty, type BotProcess } from './processes.js';
import { startWebhookServer, WECOM_PATH, type WebhookServer } from './webhook-server.js';

let server: WebhookServer;
let dir: string;
let procs: BotProcess[] = [];

beforeEach(async () => {
  server = await startWebhookServer();
  dir = mkdtempSync(join(tmpdir(), 'hj-procs-'));
});
afterEach(async () => {
  await Promise.all(procs.map((p) => p.stop()));
  procs = [];
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('bot processes sharing one SQLite file', () => {
  it('post the owed bulletin exactly once when they start together, and a third process later posts nothing', async () => {
    // Five minutes ago in county time: inside the 120-minute catch-up window.
    const county = writeCounty(dir, shanghaiTime(new Date(Date.now() - 5 * 60_000)));
    const env = (id: string) => ({
      DATA_DIR: dir,
      COUNTY_FILE: county,
      INSTANCE_ID: id,
      JOBS_ENABLED: 'true',
      DINGTALK_MODE: 'off',
      WECOM_WEBHOOK_URL: `${server.url}${WECOM_PATH}?key=k`,
    });
    procs = [spawnBot(env('proc-a')), spawnBot(env('proc-b'))];
    const settled = await Promise.all(procs.map((p) => p.waitFor(jobSettled('bulletin'))));
    expect(settled.map((l) => l.msg).sort()).toEqual(['job already claimed', 'job done']);
    expect(server.accepted(WECOM_PATH)).toHaveLength(1);

    const third = spawnBot(env('proc-c'));
    procs.push(third);
    expect((await third.waitFor(jobSettled('bulletin'))).msg).toBe('job already claimed');
    await third.ready();
    expect(server.hits).toHaveLength(1);
    expect(await third.stop()).toBe(0);
  }, 240_000); // booting real processes on a busy machine can take a while; nothing here is timed
});
