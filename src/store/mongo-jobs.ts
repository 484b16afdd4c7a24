// Job runs, deliveries and leases of the MongoDB store: what scheduled jobs and long connections use to
// agree across processes. Claims and leases rely on unique indexes, so no coordinator is needed.
import type { Models } from './mongo-schemas.js';
import { isDuplicate, nextSeq } from './mongo-versions.js';
import { STALE_RUN_MS, type Delivery, type JobRun } from './types.js';

export class MongoJobs {
  constructor(private readonly m: Models) {}

  async claimJobRun(job: string, key: string, owner: string, leaseMs = STALE_RUN_MS): Promise<boolean> {
    const now = new Date();
    const leaseUntil = new Date(now.getTime() + leaseMs);
    try {
      await this.m.jobRun.create({ job, key, owner, status: 'running', startedAt: now, leaseUntil });
      return true;
    } catch (err) {
      if (!isDuplicate(err)) throw err;
      const res = await this.m.jobRun.updateOne(
        {
          job,
          key,
          $or: [
            { status: 'failed' },
            { status: 'running', leaseUntil: { $lt: now } },
            // A run claimed before claims were renewed has no leaseUntil: its start counts as its last renewal.
            { status: 'running', leaseUntil: { $exists: false }, startedAt: { $lt: new Date(now.getTime() - STALE_RUN_MS) } },
          ],
        },
        { $set: { owner, status: 'running', startedAt: now, leaseUntil }, $unset: { finishedAt: 1, detail: 1 } },
      );
      return res.modifiedCount === 1;
    }
  }

  async renewJobRun(job: string, key: string, owner: string, leaseMs = STALE_RUN_MS): Promise<boolean> {
    const res = await this.m.jobRun.updateOne({ job, key, owner, status: 'running' }, { $set: { leaseUntil: new Date(Date.now() + leaseMs) } });
    return res.matchedCount === 1;
  }

  async finishJobRun(job: string, key: string, status: 'done' | 'failed', detail?: string, owner?: string): Promise<void> {
    await this.m.jobRun.updateOne({ job, key, ...(owner ? { owner } : {}) }, { $set: { status, finishedAt: new Date(), ...(detail ? { detail } : {}) } });
  }

  async listJobRuns(job?: string): Promise<JobRun[]> {
    const docs = await this.m.jobRun.find(job ? { job } : {}).sort({ startedAt: 1 }).lean<JobRun[]>();
    return docs.map(
      (d): JobRun => ({
        job: d.job,
        key: d.key,
        owner: d.owner,
        status: d.status,
        startedAt: d.startedAt,
        ...(d.finishedAt ? { finishedAt: d.finishedAt } : {}),
        ...(d.detail ? { detail: d.detail } : {}),
      }),
    );
  }

  async recordDelivery(d: Delivery): Promise<void> {
    await this.m.delivery.create({ ...d, seq: await nextSeq(this.m, 'deliveries') });
  }

  async listDeliveries(q: { job?: string; key?: string; ok?: boolean } = {}): Promise<Delivery[]> {
    const filter = { ...(q.job ? { job: q.job } : {}), ...(q.key ? { key: q.key } : {}), ...(q.ok !== undefined ? { ok: q.ok } : {}) };
    const docs = await this.m.delivery.find(filter).sort({ seq: 1 }).lean<Delivery[]>();
    return docs.map(
      (d): Delivery => ({
        job: d.job,
        key: d.key,
        platform: d.platform,
        target: d.target,
        part: d.part,
        ok: d.ok,
        at: d.at,
        ...(d.error ? { error: d.error } : {}),
      }),
    );
  }

  async acquireLease(name: string, owner: string, ttlMs: number): Promise<boolean> {
    const now = new Date();
    try {
      await this.m.lease.updateOne(
        { name, $or: [{ owner }, { expiresAt: { $lte: now } }] },
        { $set: { owner, expiresAt: new Date(now.getTime() + ttlMs) } },
        { upsert: true },
      );
      return true;
    } catch (err) {
      if (isDuplicate(err)) return false; // someone else holds it: the upsert collided with their document
      throw err;
    }
  }

  async releaseLease(name: string, owner: string): Promise<void> {
    await this.m.lease.deleteOne({ name, owner });
  }
}
