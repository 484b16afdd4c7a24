// MongoDB store (mongoose) for multi-instance deployments. Claims and leases rely on unique
// indexes, so several bot processes can share one database without a coordinator; how a message's
// records are written safely without a replica set is in mongo-write.ts.
import mongoose, { type Connection } from 'mongoose';
import { FeedbackModels } from './mongo-feedback.js';
import { MongoJobs } from './mongo-jobs.js';
import { openModels, type Models, type RecordDoc, type VersionDoc } from './mongo-schemas.js';
import { isDuplicate, mongoVersionedRecords, nextSeq } from './mongo-versions.js';
import { committedRevisions, fromLegacy, RecordWriter, recordsOf, toRecord } from './mongo-write.js';
import {
  STALE_RUN_MS,
  StoreUnavailableError,
  type AuditEntry,
  type DateRange,
  type Delivery,
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
  private jobs: MongoJobs;

  private constructor(
    private conn: Connection,
    /** The server runs transactions (a replica set or mongos); a standalone server does not. */
    readonly transactions: boolean,
    opts: StoreOptions,
  ) {
    this.m = openModels(conn);
    this.feedback = new FeedbackModels(conn);
    this.jobs = new MongoJobs(this.m);
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
