// Embedded store: one SQLite file in WAL mode. Several processes on one machine may share it
// (busy_timeout lets writers wait their turn); claims rely on primary keys, not on memory.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteClaims, unavailable } from './sqlite-claims.js';
import { insertRefusal, insertUnanswered, selectRefusals, selectUnanswered } from './sqlite-feedback.js';
import { SqliteJobs } from './sqlite-jobs.js';
import { ADDED_COLUMNS, SCHEMA, toAudit, toRecord, toRevision, type RecordRow } from './sqlite-schema.js';
import {
  revisionsOf,
  STALE_RUN_MS,
  type AuditEntry,
  type DateRange,
  type Delivery,
  type RecordQuery,
  type RefusalEntry,
  type RevisionQuery,
  MAX_KEPT_TEXT,
  type Store,
  type StoreOptions,
  type UnansweredEntry,
  type WriteRecordInput,
  type WriteRecordResult,
} from './types.js';

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private db: Database.Database;
  // Statements and the transaction wrapper are built once: building them per call showed in the profile
  // of every callback (each message is claimed through here).
  private statements = new Map<string, Database.Statement>();
  private inTransaction: Database.Transaction<(fn: () => unknown) => unknown>;
  /** What sqlite-jobs.ts and sqlite-claims.ts use of the store: its prepared statements and its write transaction. */
  private access = { sql: (text: string) => this.sql(text), atomically: <T>(fn: () => T) => this.atomically(fn) };
  private jobs = new SqliteJobs(this.access);
  private claims = new SqliteClaims(this.access);

  constructor(
    readonly file: string,
    private opts: StoreOptions = {},
  ) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file, { timeout: 5000 });
    this.db.pragma('synchronous = NORMAL');
    untilNotBusy(() => this.prepareFile());
    this.inTransaction = this.db.transaction((fn: () => unknown) => fn());
  }

  /** WAL mode, tables and columns added since: what every process does to the file when it opens it. */
  private prepareFile(): void {
    // Switching to WAL needs the file to itself; once it is WAL (the usual case) there is nothing to switch.
    if (this.db.pragma('journal_mode', { simple: true }) !== 'wal') this.db.pragma('journal_mode = WAL');
    this.db.exec(SCHEMA);
    for (const { table, column, type } of ADDED_COLUMNS) {
      const has = (this.db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).some((c) => c.name === column);
      try {
        if (!has) this.db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${type}`);
      } catch (err) {
        // Another process opening the same older file added it first.
        if (!/duplicate column/.test((err as Error).message)) throw err;
      }
    }
  }

  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) this.statements.set(text, (statement = this.db.prepare(text)));
    return statement;
  }

  /** Run `fn` in one write transaction (BEGIN IMMEDIATE): writers queue up instead of failing mid-way. */
  private atomically<T>(fn: () => T): T {
    return this.inTransaction.immediate(fn) as T;
  }

  /** Every driver error becomes StoreUnavailableError, so callers see one kind of failure. */
  private run<T>(what: string, fn: () => T): Promise<T> {
    try {
      return Promise.resolve(fn());
    } catch (err) {
      return Promise.reject(unavailable(what, err));
    }
  }

  getRecord(township: string, date: string) {
    return this.run('getRecord', () => {
      const row = this.sql('SELECT * FROM records WHERE township = ? AND date = ?').get(township, date) as RecordRow | undefined;
      return row ? toRecord(row) : null;
    });
  }

  listRecords(q: RecordQuery = {}) {
    return this.run('listRecords', () => {
      const where: string[] = [];
      const args: string[] = [];
      if (q.township) (where.push('township = ?'), args.push(q.township));
      if (q.date) (where.push('date = ?'), args.push(q.date));
      if (q.from) (where.push('date >= ?'), args.push(q.from));
      if (q.to) (where.push('date <= ?'), args.push(q.to));
      const sql = `SELECT * FROM records ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY date, township`;
      return (this.sql(sql).all(...args) as RecordRow[]).map(toRecord);
    });
  }

  previousRecord(township: string, date: string) {
    return this.run('previousRecord', () => {
      const row = this
        .sql('SELECT * FROM records WHERE township = ? AND date < ? ORDER BY date DESC LIMIT 1')
        .get(township, date) as RecordRow | undefined;
      return row ? toRecord(row) : null;
    });
  }

  writeRecord(input: WriteRecordInput): Promise<WriteRecordResult> {
    return this.run('writeRecord', () => this.atomically(() => this.writeOne(input)));
  }

  /** Several records in one transaction: all are stored, or none. */
  writeRecords(inputs: WriteRecordInput[]): Promise<WriteRecordResult[]> {
    return this.run('writeRecords', () => this.atomically(() => inputs.map((i) => this.writeOne(i))));
  }

  private writeOne(input: WriteRecordInput): WriteRecordResult {
    const row = this.sql('SELECT * FROM records WHERE township = ? AND date = ?').get(input.township, input.date) as
      | RecordRow
      | undefined;
    const before = row ? toRecord(row) : null;
    const old = before?.figures ?? {};
    const at = input.at.getTime();
    const revisions = revisionsOf(input, old);
    const step = this.opts.onWriteStep ?? (() => undefined);
    step('history');
    const ins = this.sql(
      'INSERT INTO revisions (township, date, field, old, new, by, at, kind, message_id) VALUES (?,?,?,?,?,?,?,?,?)',
    );
    for (const r of revisions) ins.run(r.township, r.date, r.field, r.old, r.new, r.by, at, r.kind, r.messageId ?? null);
    if (input.messageId && input.text) {
      step('text');
      this.sql('INSERT OR IGNORE INTO message_texts (message_id, text) VALUES (?, ?)').run(input.messageId, input.text.slice(0, MAX_KEPT_TEXT));
    }
    step('record');
    if (Object.keys(input.figures).length === 0) {
      this.sql('DELETE FROM records WHERE township = ? AND date = ?').run(input.township, input.date);
      return { before, after: null, revisions };
    }
    this
      .sql(
        `INSERT INTO records (township, date, figures, first_reported_at, updated_at, updated_by, message_id)
         VALUES (?,?,?,?,?,?,?)
         ON CONFLICT (township, date) DO UPDATE SET figures = excluded.figures, updated_at = excluded.updated_at,
           updated_by = excluded.updated_by, message_id = excluded.message_id`,
      )
      .run(input.township, input.date, JSON.stringify(input.figures), at, at, input.by, input.messageId ?? null);
    const after = toRecord(this.sql('SELECT * FROM records WHERE township = ? AND date = ?').get(input.township, input.date) as RecordRow);
    return { before, after, revisions };
  }

  messageTexts(messageIds: string[]) {
    return this.run('messageTexts', () => {
      const ids = [...new Set(messageIds)];
      const texts = new Map<string, string>();
      // Chunks stay below SQLite's limit on bound parameters.
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        const rows = this.db.prepare(`SELECT message_id, text FROM message_texts WHERE message_id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as { message_id: string; text: string }[];
        for (const r of rows) texts.set(r.message_id, r.text);
      }
      return texts;
    });
  }

  listRevisions(q: RevisionQuery = {}) {
    return this.run('listRevisions', () => {
      const where: string[] = [];
      const args: (string | number)[] = [];
      if (q.township) (where.push('township = ?'), args.push(q.township));
      if (q.date) (where.push('date = ?'), args.push(q.date));
      if (q.by) (where.push('by = ?'), args.push(q.by));
      if (q.since) (where.push('at >= ?'), args.push(q.since.getTime()));
      if (q.before) (where.push('date < ?'), args.push(q.before));
      if (q.changed) where.push('old IS NOT NULL');
      const filtered = `SELECT * FROM revisions ${where.length ? 'WHERE ' + where.join(' AND ') : ''}`;
      if (q.latest !== undefined) args.push(q.latest);
      const sql = q.latest === undefined ? `${filtered} ORDER BY id` : `SELECT * FROM (${filtered} ORDER BY id DESC LIMIT ?) ORDER BY id`;
      return (this.sql(sql).all(...args) as Record<string, unknown>[]).map(toRevision);
    });
  }

  /** Claims of one event-loop turn share a transaction; each answers once committed (sqlite-claims.ts). */
  claimMessage(key: string, ttlMs: number): Promise<boolean> {
    return this.claims.claim(key, ttlMs);
  }

  releaseMessage(key: string) {
    return this.run('releaseMessage', () => this.claims.release(key));
  }

  claimJobRun(job: string, key: string, owner: string, leaseMs = STALE_RUN_MS) {
    return this.run('claimJobRun', () => this.jobs.claimJobRun(job, key, owner, leaseMs));
  }

  renewJobRun(job: string, key: string, owner: string, leaseMs = STALE_RUN_MS) {
    return this.run('renewJobRun', () => this.jobs.renewJobRun(job, key, owner, leaseMs));
  }

  finishJobRun(job: string, key: string, status: 'done' | 'failed', detail?: string, owner?: string) {
    return this.run('finishJobRun', () => this.jobs.finishJobRun(job, key, status, detail, owner));
  }

  listJobRuns(job?: string) {
    return this.run('listJobRuns', () => this.jobs.listJobRuns(job));
  }

  recordDelivery(d: Delivery) {
    return this.run('recordDelivery', () => this.jobs.recordDelivery(d));
  }

  listDeliveries(q: { job?: string; key?: string; ok?: boolean } = {}) {
    return this.run('listDeliveries', () => this.jobs.listDeliveries(q));
  }

  acquireLease(name: string, owner: string, ttlMs: number) {
    return this.run('acquireLease', () => this.jobs.acquireLease(name, owner, ttlMs));
  }

  releaseLease(name: string, owner: string) {
    return this.run('releaseLease', () => this.jobs.releaseLease(name, owner));
  }

  audit(e: AuditEntry) {
    return this.run('audit', () => {
      this.sql('INSERT INTO audit (at, actor, action, detail) VALUES (?,?,?,?)').run(e.at.getTime(), e.actor, e.action, e.detail ?? null);
    });
  }

  listAudit(limit = 100) {
    return this.run('listAudit', () =>
      (this.sql('SELECT * FROM audit ORDER BY id DESC LIMIT ?').all(limit) as Record<string, unknown>[]).map(toAudit),
    );
  }

  logRefusal(entry: RefusalEntry) {
    return this.run('logRefusal', () => insertRefusal(this.db, entry));
  }

  listRefusals(range: DateRange = {}) {
    return this.run('listRefusals', () => selectRefusals(this.db, range));
  }

  logUnanswered(entry: UnansweredEntry) {
    return this.run('logUnanswered', () => insertUnanswered(this.db, entry));
  }

  listUnanswered(range: DateRange = {}) {
    return this.run('listUnanswered', () => selectUnanswered(this.db, range));
  }

  async close() {
    if (this.db.open) this.db.close();
  }
}

/**
 * Run `fn` again while SQLite answers "busy". Processes opening one new file at the same moment race to
 * switch it to WAL, and SQLite refuses the loser at once rather than waiting (the busy timeout does not
 * cover a lock upgrade that could deadlock); a short wait and a second try finds the file already WAL.
 */
function untilNotBusy(fn: () => void, withinMs = 15_000): void {
  const deadline = Date.now() + withinMs;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      return fn();
    } catch (err) {
      const busy = /^SQLITE_(BUSY|LOCKED)/.test((err as { code?: string }).code ?? '');
      if (!busy || Date.now() > deadline) throw err;
      Atomics.wait(pause, 0, 0, 20 + Math.random() * 80); // constructors are synchronous; so is this wait
    }
  }
}
