// A job's claim while its run is slow: renewed as the run lasts, so a second process that tries the
// same run meanwhile (cron in another process, a catch-up at start) never takes it over; and a process
// that did lose its claim stops before its next part and leaves the run's record to the new owner.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bulletinJob, type JobDeps, type JobName } from '../../src/bulletins/jobs.js';
import type { GroupTarget, OutboundMessage } from '../../src/platforms/types.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { Templates } from '../../src/templates.js';
import { county, localAt, seedWeek, tempStore, type TempStore } from './fixtures.js';
import { RecordingPlatform, silentLog } from './recording.js';

const templates = new Templates(join(import.meta.dirname, '../../templates/messages'));
const TARGETS: GroupTarget[] = [{ name: '县换届工作群', platform: 'wecom', url: 'http://127.0.0.1:1/w' }];
const at2100 = localAt('2026-11-22', '21:00');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Answers each post only after `delayMs`, like a rate-limited platform; small limits make a bulletin several parts. */
class SlowPlatform extends RecordingPlatform {
  constructor(private readonly delayMs: number) {
    super('wecom', { markdown: 900, text: 2048 });
  }
  override async post(target: GroupTarget, msg: OutboundMessage): Promise<number> {
    await sleep(this.delayMs);
    return super.post(target, msg);
  }
}

let db: TempStore;
beforeEach(async () => {
  db = tempStore();
  await seedWeek(db.store);
});
afterEach(() => db.close());

const deps = (platform: RecordingPlatform, over: Partial<JobDeps>): JobDeps => ({
  store: db.store,
  county: county(),
  templates,
  log: silentLog,
  owner: 'proc-a',
  platform: (name) => (name === 'wecom' ? platform : undefined),
  targets: (_job: JobName) => TARGETS,
  retry: { attempts: 1, baseMs: 1, maxMs: 1 },
  ...over,
});

describe('a slow bulletin run', () => {
  it('keeps its claim while it lasts far past the lease, so another process posts nothing', async () => {
    // Each part takes longer than the lease: only renewals during the post keep the claim.
    const slow = new SlowPlatform(400);
    const other = new SqliteStore(db.file);
    try {
      const run = bulletinJob(county()).run(deps(slow, { claim: { leaseMs: 250, renewEveryMs: 60 } }), at2100);
      const tries: string[] = [];
      let done = false;
      void run.finally(() => (done = true));
      while (!done) {
        await sleep(100);
        tries.push((await bulletinJob(county()).run(deps(slow, { store: other, owner: 'proc-b', claim: { leaseMs: 250, renewEveryMs: 60 } }), at2100)).status);
      }
      const result = await run;
      expect(result.status).toBe('done');
      // The run outlasted its lease several times over, and every try in the meantime was refused.
      expect(slow.posted.length).toBeGreaterThan(1);
      expect(tries.length).toBeGreaterThan(3);
      expect(new Set(tries)).toEqual(new Set(['not-claimed']));
      const texts = slow.posted.map((p) => p.msg.text);
      expect(new Set(texts).size).toBe(texts.length);
    } finally {
      await other.close();
    }
  });

  it('stops before its next part once another process has taken the run, and leaves that run as the new owner ends it', async () => {
    const slow = new SlowPlatform(200);
    // No heartbeat within the lease (as if this process had stalled): the claim lapses during the first part.
    const stalled = bulletinJob(county()).run(deps(slow, { claim: { leaseMs: 100, renewEveryMs: 60_000 } }), at2100);
    await sleep(150);
    const fast = new RecordingPlatform('wecom', { markdown: 900, text: 2048 });
    const taken = await bulletinJob(county()).run(deps(fast, { owner: 'proc-b', claim: { leaseMs: 100, renewEveryMs: 30 } }), at2100);
    expect(taken.status).toBe('done');
    const first = await stalled;
    expect(first.status).toBe('lost');
    // Only the part that was already on its way when the claim lapsed went out from the stalled process.
    expect(slow.posted).toHaveLength(1);
    expect(fast.posted.length).toBeGreaterThan(1);
    expect((await db.store.listJobRuns('bulletin'))[0]).toMatchObject({ owner: 'proc-b', status: 'done' });
  });
});
