// MongoDB store (mongoose) for multi-instance deployments. Claims and leases rely on unique
// indexes, so several bot processes can share one database without a coordinator; how a message's
// records are written safely without a replica set is in mongo-write.ts.
import mongoose, { type Connection } from 'mongoose';
import { FeedbackModels } from './mongo-feedback.js';
import { openModels, type Models, type RecordDoc, type VersionDoc } from './mongo-schemas.js';
import { isDuplicate, mongoVersionedRecords, nextSeq } from './mongo-versions.js';
import { committedRevisions, fromLegacy, RecordWriter, recordsOf, toRecord } from './mongo-write.js';
import {
  STALE_RUN_MS,
  StoreUnavailableError,
  type AuditEntry,
  type DateRange,
  type Delivery,
  type JobRun,
  type RecordQuery,
  type Revision,
  type RefusalEntry,
  type RevisionQuery,
  type Store,
  type StoreOptions,
  type UnansweredEntry,
  type WriteRecordInput,
  type WriteRecordResult,
} from './types.js';

const LIVE = { removed: { $ne: true } };

export interface MongoConnectOptions extends StoreOptions {
  timeoutMs?: number;
}

export class MongoStore implements Store {
  readonly kind = 'mongodb' as const;
  private m: Models;
  private feedback: FeedbackModels;
  private writer: RecordWriter;

  private constructor(
    private conn: Connection,
    /** The server runs transactions (a replica set or mongos); a standalone server does not. */
    readonly transactions: boolean,
    opts: StoreOptions,
  ) {
    this.m = openModels(conn);
    this.feedback = new FeedbackModels(conn);
    this.writer = new RecordWriter(mongoVersionedRecords(this.m, conn, transactions), opts);
  }

  /** Connect and build indexes; fails within `timeoutMs` with a message that never contains the URI. */
  static async connect(uri: string, opts: MongoConnectOptions = {}): Promise<MongoStore> {
    const timeoutMs = opts.timeoutMs ?? 5000;
    const conn = mongoose.createConnection(uri, { serverSelectionTimeoutMS: timeoutMs, connectTimeoutMS: timeoutMs });
    try {
      await conn.asPromise();
      const hello = await conn.getClient().db('admin').command({ hello: 1 });
      const store = new MongoStore(conn, Boolean(hello.setName) || hello.msg === 'isdbgrid', opts);
      await Promise.all([...Object.values(store.m).map((model) => model.init()), store.feedback.init()]);
      return store;
    } catch (err) {
      await conn.close().catch(() => undefined);
      const reason = (err as Error).name === 'MongooseServerSelectionError' ? 'no MongoDB server answered' : (err as Error).message;
      throw new StoreUnavailableError(`cannot connect to MongoDB (MONGODB_URI): ${reason.replace(uri, '<MONGODB_URI>')}`);
    }
  }

  private async run<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof StoreUnavailableError) throw err;
      throw new StoreUnavailableError(`mongodb ${what} failed: ${(err as Error).message}`, { cause: err });
    }
  }

  getRecord(township: string, date: string) {
    return this.run('getRecord', async () => toRecord(await this.m.record.findOne({ township, date, ...LIVE }).lean<RecordDoc>()));
  }

  listRecords(q: RecordQuery = {}) {
    return this.run('listRecords', async () => {
      const date = { ...(q.date ? { $eq: q.date } : {}), ...(q.from ? { $gte: q.from } : {}), ...(q.to ? { $lte: q.to } : {}) };
      const filter = { ...LIVE, ...(q.township ? { township: q.township } : {}), ...(Object.keys(date).length ? { date } : {}) };
      const docs = await this.m.record.find(filter).sort({ date: 1, township: 1 }).lean<RecordDoc[]>();
      return docs.map((d) => toRecord(d)!);
    });
  }

  previousRecord(township: string, date: string) {
    return this.run('previousRecord', async () =>
      toRecord(await this.m.record.findOne({ township, date: { $lt: date }, ...LIVE }).sort({ date: -1 }).lean<RecordDoc>()),
    );
  }

  writeRecords(inputs: WriteRecordInput[]): Promise<WriteRecordResult[]> {
    return this.run('writeRecords', () => this.writer.write(inputs));
  }

  async writeRecord(input: WriteRecordInput): Promise<WriteRecordResult> {
    return (await this.writeRecords([input]))[0]!;
  }

  messageTexts(messageIds: string[]) {
    return this.run('messageTexts', async () => {
      const docs = await this.m.messageText.find({ messageId: { $in: [...new Set(messageIds)] } }).lean();
      return new Map(docs.map((d) => [d.messageId, d.text]));
    });
  }

  listRevisions(q: RevisionQuery = {}) {
    return this.run('listRevisions', async () => {
      const filter = {
        ...(q.township ? { township: q.township } : {}),
        ...(q.date || q.before ? { date: { ...(q.date ? { $eq: q.date } : {}), ...(q.before ? { $lt: q.before } : {}) } } : {}),
        ...(q.by ? { by: q.by } : {}),
        ...(q.since ? { at: { $gte: q.since } } : {}),
      };
      // A version holds several fields' changes, some first reports: `changed` is applied to the revisions.
      const kept = (list: Revision[]) => (q.changed ? list.filter((r) => r.old !== null) : list);
      const withChanges = { ...filter, 'changes.0': { $exists: true } };
      // A version has at least one change, so the newest `latest` versions hold the newest `latest` changes.
      const versions =
        q.latest === undefined
          ? await this.m.version.find(withChanges).sort({ seq: 1 }).lean<VersionDoc[]>()
          : (await this.m.version.find(withChanges).sort({ seq: -1 }).limit(q.latest).lean<VersionDoc[]>()).reverse();
      const revisions = committedRevisions(versions, await this.revs(recordsOf(versions)));
      if (q.latest !== undefined && revisions.length >= q.latest) return kept(revisions.slice(revisions.length - q.latest));
      // History written before record_versions existed comes first: it is all older.
      const legacy =
        q.latest === undefined
          ? await this.m.legacyRevision.find(filter).sort({ _id: 1 }).lean<Revision[]>()
          : (await this.m.legacyRevision.find(filter).sort({ _id: -1 }).limit(q.latest - revisions.length).lean<Revision[]>()).reverse();
      return kept([...legacy.map(fromLegacy), ...revisions]);
    });
  }

  /** The current `rev` of these records, asked in chunks that keep each query small. */
  private async revs(records: { township: string; date: string }[]): Promise<Pick<RecordDoc, 'township' | 'date' | 'rev'>[]> {
    const out: Pick<RecordDoc, 'township' | 'date' | 'rev'>[] = [];
    for (let i = 0; i < records.length; i += 500) {
      out.push(...(await this.m.record.find({ $or: records.slice(i, i + 500) }, { township: 1, date: 1, rev: 1 }).lean<Pick<RecordDoc, 'township' | 'date' | 'rev'>[]>()));
    }
    return out;
  }

  claimMessage(key: string, ttlMs: number) {
    return this.run('claimMessage', async () => {
      const now = new Date();
      const expiresAt = new Date(now.getTime() + ttlMs);
      try {
        await this.m.message.create({ key, expiresAt });
        return true;
      } catch (err) {
        if (!isDuplicate(err)) throw err;
        // The TTL monitor runs once a minute, so an expired key may still be there.
        const res = await this.m.message.updateOne({ key, expiresAt: { $lte: now } }, { $set: { expiresAt } });
        return res.modifiedCount === 1;
      }
    });
  }

  releaseMessage(key: string) {
    return this.run('releaseMessage', async () => {
      await this.m.message.deleteOne({ key });
    });
  }

  claimJobRun(job: string, key: string, owner: string, leaseMs = STALE_RUN_MS) {
    return this.run('claimJobRun', async () => {
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
    });
  }

  renewJobRun(job: string, key: string, owner: string, leaseMs = STALE_RUN_MS) {
    return this.run('renewJobRun', async () => {
      const res = await this.m.jobRun.updateOne({ job, key, owner, status: 'running' }, { $set: { leaseUntil: new Date(Date.now() + leaseMs) } });
      return res.matchedCount === 1;
    });
  }

  finishJobRun(job: string, key: string, status: 'done' | 'failed', detail?: string, owner?: string) {
    return this.run('finishJobRun', async () => {
      await this.m.jobRun.updateOne({ job, key, ...(owner ? { owner } : {}) }, { $set: { status, finishedAt: new Date(), ...(detail ? { detail } : {}) } });
    });
  }

  listJobRuns(job?: string) {
    return this.run('listJobRuns', async () => {
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
    });
  }

  recordDelivery(d: Delivery) {
    return this.run('recordDelivery', async () => {
      await this.m.delivery.create({ ...d, seq: await nextSeq(this.m, 'deliveries') });
    });
  }

  listDeliveries(q: { job?: string; key?: string; ok?: boolean } = {}) {
    return this.run('listDeliveries', async () => {
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
    });
  }

  acquireLease(name: string, owner: string, ttlMs: number) {
    return this.run('acquireLease', async () => {
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
    });
  }

  releaseLease(name: string, owner: string) {
    return this.run('releaseLease', async () => {
      await this.m.lease.deleteOne({ name, owner });
    });
  }

  audit(e: AuditEntry) {
    return this.run('audit', async () => {
      await this.m.audit.create({ ...e, seq: await nextSeq(this.m, 'audit') });
    });
  }

  listAudit(limit = 100) {
    return this.run('listAudit', async () => {
      const docs = await this.m.audit.find().sort({ seq: -1 }).limit(limit).lean<AuditEntry[]>();
      return docs.map((d): AuditEntry => ({ at: d.at, actor: d.actor, action: d.action, ...(d.detail ? { detail: d.detail } : {}) }));
    });
  }

  logRefusal(entry: RefusalEntry) {
    return this.run('logRefusal', () => this.feedback.logRefusal(entry));
  }

  listRefusals(range: DateRange = {}) {
    return this.run('listRefusals', () => this.feedback.listRefusals(range));
  }

  logUnanswered(entry: UnansweredEntry) {
    return this.run('logUnanswered', () => this.feedback.logUnanswered(entry));
  }

  listUnanswered(range: DateRange = {}) {
    return this.run('listUnanswered', () => this.feedback.listUnanswered(range));
  }

  async close() {
    await this.conn.close();
  }
}
