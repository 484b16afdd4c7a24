// Job runs, deliveries and leases of the SQLite store: what scheduled jobs and long connections use to
// agree across processes. Claims rely on primary keys and conditional updates, never on memory.
import type Database from 'better-sqlite3';
import { toDelivery, toJobRun } from './sqlite-schema.js';
import { STALE_RUN_MS, type Delivery, type JobRun } from './types.js';

export interface SqliteStatements {
  /** The prepared statement for this text, built once per store. */
  sql(text: string): Database.Statement;
  /** Run `fn` in one write transaction (BEGIN IMMEDIATE). */
  atomically<T>(fn: () => T): T;
}

export class SqliteJobs {
  constructor(private readonly db: SqliteStatements) {}

  claimJobRun(job: string, key: string, owner: string, leaseMs = STALE_RUN_MS): boolean {
    const now = Date.now();
    return this.db.atomically(() => {
      const inserted = this.db
        .sql("INSERT OR IGNORE INTO job_runs (job, key, owner, status, started_at, lease_until) VALUES (?,?,?,'running',?,?)")
        .run(job, key, owner, now, now + leaseMs);
      if (inserted.changes === 1) return true;
      // A run claimed before claims were renewed has no lease_until: its start counts as its last renewal.
      const retaken = this.db
        .sql(
          `UPDATE job_runs SET owner = ?, status = 'running', started_at = ?, lease_until = ?, finished_at = NULL, detail = NULL
           WHERE job = ? AND key = ? AND (status = 'failed' OR (status = 'running' AND COALESCE(lease_until, started_at + ?) < ?))`,
        )
        .run(owner, now, now + leaseMs, job, key, STALE_RUN_MS, now);
      return retaken.changes === 1;
    });
  }

  renewJobRun(job: string, key: string, owner: string, leaseMs = STALE_RUN_MS): boolean {
    const res = this.db
      .sql("UPDATE job_runs SET lease_until = ? WHERE job = ? AND key = ? AND owner = ? AND status = 'running'")
      .run(Date.now() + leaseMs, job, key, owner);
    return res.changes === 1;
  }

  finishJobRun(job: string, key: string, status: 'done' | 'failed', detail?: string, owner?: string): void {
    this.db
      .sql('UPDATE job_runs SET status = ?, finished_at = ?, detail = ? WHERE job = ? AND key = ? AND (? IS NULL OR owner = ?)')
      .run(status, Date.now(), detail ?? null, job, key, owner ?? null, owner ?? null);
  }

  listJobRuns(job?: string): JobRun[] {
    const rows = (job
      ? this.db.sql('SELECT * FROM job_runs WHERE job = ? ORDER BY started_at').all(job)
      : this.db.sql('SELECT * FROM job_runs ORDER BY started_at').all()) as Record<string, unknown>[];
    return rows.map(toJobRun);
  }

  recordDelivery(d: Delivery): void {
    this.db
      .sql('INSERT INTO deliveries (job, key, platform, target, part, ok, at, error) VALUES (?,?,?,?,?,?,?,?)')
      .run(d.job, d.key, d.platform, d.target, d.part, d.ok ? 1 : 0, d.at.getTime(), d.error ?? null);
  }

  listDeliveries(q: { job?: string; key?: string; ok?: boolean } = {}): Delivery[] {
    const where: string[] = [];
    const args: (string | number)[] = [];
    if (q.job) (where.push('job = ?'), args.push(q.job));
    if (q.key) (where.push('key = ?'), args.push(q.key));
    if (q.ok !== undefined) (where.push('ok = ?'), args.push(q.ok ? 1 : 0));
    const sql = `SELECT * FROM deliveries ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id`;
    return (this.db.sql(sql).all(...args) as Record<string, unknown>[]).map(toDelivery);
  }

  acquireLease(name: string, owner: string, ttlMs: number): boolean {
    const now = Date.now();
    const res = this.db
      .sql(
        `INSERT INTO leases (name, owner, expires_at) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
         WHERE leases.owner = excluded.owner OR leases.expires_at <= ?`,
      )
      .run(name, owner, now + ttlMs, now);
    return res.changes === 1;
  }

  releaseLease(name: string, owner: string): void {
    this.db.sql('DELETE FROM leases WHERE name = ? AND owner = ?').run(name, owner);
  }
}
