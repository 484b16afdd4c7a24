// Two real bot processes on one store (the SQLite file, or a MongoDB database when MONGODB_URI is set), both scheduled by node-cron for the same minute (the
// next whole minute but one, with catch-up off): exactly one bulletin reaches the webhook.
// Slow because it waits for real time; run with `npm run test:slow`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jobSettled, shanghaiTime, spawnBot, writeCounty, type BotProcess } from '../bulletins/processes.js';
import { startWebhookServer, WECOM_PATH } from '../bulletins/webhook-server.js';
import { storeTarget } from '../store/target.js';

const dir = mkdtempSync(join(tmpdir(), 'hj-cron-'));
const target = storeTarget(dir, 'cron');
const procs: BotProcess[] = [];
afterAll(async () => {
  await Promise.all(procs.map((p) => p.stop()));
  await target.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('node-cron in two processes', () => {
  it('fires in both at the same minute and posts once', async () => {
    const server = await startWebhookServer();
    try {
      const due = new Date(Math.ceil(Date.now() / 60_000) * 60_000 + 60_000);
      const county = writeCounty(dir, shanghaiTime(due), 0);
      const env = (id: string) => ({
        ...target.env,
        DATA_DIR: dir,
        COUNTY_FILE: county,
        INSTANCE_ID: id,
        JOBS_ENABLED: 'true',
        DINGTALK_MODE: 'off',
        WECOM_WEBHOOK_URL: `${server.url}${WECOM_PATH}?key=k`,
      });
      procs.push(spawnBot(env('cron-a')), spawnBot(env('cron-b')));
      await Promise.all(procs.map((p) => p.ready()));
      // Both must be up before the minute, or the test would prove nothing.
      expect(procs.every((p) => p.logs.some((l) => l.msg === 'started' && Number(l.time) < due.getTime()))).toBe(true);
      expect(server.hits).toHaveLength(0);

      const settled = await Promise.all(procs.map((p) => p.waitFor(jobSettled('bulletin'), 240_000)));
      expect(settled.map((l) => l.msg).sort()).toEqual(['job already claimed', 'job done']);
      expect(settled.every((l) => Number(l.time) >= due.getTime())).toBe(true);
      expect(server.accepted(WECOM_PATH)).toHaveLength(1);
      expect(server.hits).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
