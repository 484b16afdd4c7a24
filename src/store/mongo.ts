// MongoDB store (mongoose) for multi-instance deployments. Claims and leases rely on unique
// indexes, so several bot processes can share one database without a coordinator.
import mongoose, { type Connection, type Model, type Schema } from 'mongoose';
import { FeedbackModels } from './mongo-feedback.js';
import { schemas, type RecordDoc } from './mongo-schemas.js';
import {
  revisionsOf,
  STALE_RUN_MS,
  StoreUnavailableError,
  type AuditEntry,
  type DateRange,
  type Delivery,
  type Figures,
  type JobRun,
  type ProgressRecord,
  type RecordQuery,
  type RefusalEntry,
  type Revision,
  type RevisionQuery,
  MAX_KEPT_TEXT,
  type Store,
  type UnansweredEntry,
  type WriteRecordInput,
  type WriteRecordResult,
} from './types.js';

const WRITE_ATTEMPTS = 5;

const isDuplicate = (err: unknown) => (err as { code?: number }).code === 11000;

function clean<T extends object>(doc: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) if (k !== '_id' && k !== 'rev' && v !== undefined && v !== null) out[k] = v;
  return out as T;
}

function toRecord(doc: RecordDoc | null): ProgressRecord | null {
  if (!doc) return null;
  return clean({ ...doc, figures: { ...(doc.figures as Figures) } }) as ProgressRecord;
}

export class MongoStore implements Store {
  readonly kind = 'mongodb' as const;
  // Loosely typed on purpose: documents are converted to the port's types at each method's edge.
  private m: { [K in keyof typeof schemas]: Model<any, any, any, any> };
  private feedback: FeedbackModels;

  private constructor(private conn: Connection) {
    this.m = {
      record: conn.model('Record', schemas.record as Schema),
      revision: conn.model('Revision', schemas.revision as Schema),
      message: conn.model('Message', schemas.message as Schema),
      messageText: conn.model('MessageText', schemas.messageText as Schema),
      jobRun: conn.model('JobRun', schemas.jobRun as Schema),
      delivery: conn.model('Delivery', schemas.delivery as Schema),
      lease: conn.model('Lease', schemas.lease as Schema),
      audit: conn.model('Audit', schemas.audit as Schema),
    };
    this.feedback = new FeedbackModels(conn);
  }

  /** Connect and build indexes; fails within `timeoutMs` with a message that never contains the URI. */
  static async connect(uri: string, timeoutMs = 5000): Promise<MongoStore> {
    const conn = mongoose.createConnection(uri, { serverSelectionTimeoutMS: timeoutMs, connectTimeoutMS: timeoutMs });
    try {
      await conn.asPromise();
      const store = new MongoStore(conn);
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
    return this.run('getRecord', async () => toRecord((await this.m.record.findOne({ township, date }).lean()) as unknown as RecordDoc | null));
  }

  listRecords(q: RecordQuery = {}) {
    return this.run('listRecords', async () => {
      const filter: Record<string, unknown> = {};
      if (q.township) filter.township = q.township;
      if (q.date) filter.date = q.date;
      if (q.from || q.to) filter.date = { ...(q.from ? { $gte: q.from } : {}), ...(q.to ? { $lte: q.to } : {}) };
      const docs = (await this.m.record.find(filter).sort({ date: 1, township: 1 }).lean()) as unknown as RecordDoc[];
      return docs.map((d) => toRecord(d)!);
    });
  }

  previousRecord(township: string, date: string) {
    return this.run('previousRecord', async () =>
      toRecord((await this.m.record.findOne({ township, date: { $lt: date } }).sort({ date: -1 }).lean()) as unknown as RecordDoc | null),
    );
  }

  async writeRecords(inputs: WriteRecordInput[]): Promise<WriteRecordResult[]> {
    const results: WriteRecordResult[] = [];
    for (const input of inputs) results.push(await this.writeRecord(input));
    return results;
  }

  writeRecord(input: WriteRecordInput): Promise<WriteRecordResult> {
    return this.run('writeRecord', async () => {
      // Optimistic concurrency on `rev`: a concurrent writer makes the filter miss and we retry.
      for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
        const doc = (await this.m.record.findOne({ township: input.township, date: input.date }).lean()) as unknown as RecordDoc | null;
        const before = toRecord(doc);
        const old = before?.figures ?? {};
        const revisions = revisionsOf(input, old);
        const empty = Object.keys(input.figures).length === 0;
        let applied: boolean;
        if (empty) {
          applied = doc ? (await this.m.record.deleteOne({ township: input.township, date: input.date, rev: doc.rev })).deletedCount === 1 : true;
        } else if (doc) {
          const res = await this.m.record.updateOne(
            { township: input.township, date: input.date, rev: doc.rev },
            { $set: { figures: input.figures, updatedAt: input.at, updatedBy: input.by, messageId: input.messageId ?? null }, $inc: { rev: 1 } },
          );
          applied = res.modifiedCount === 1;
        } else {
          try {
            await this.m.record.create({ ...input, firstReportedAt: input.at, updatedAt: input.at, updatedBy: input.by, rev: 0 });
            applied = true;
          } catch (err) {
            if (!isDuplicate(err)) throw err;
            applied = false;
          }
        }
        if (!applied) continue;
        if (revisions.length) await this.m.revision.insertMany(revisions);
        if (input.messageId && input.text) {
          await this.m.messageText.updateOne({ messageId: input.messageId }, { $setOnInsert: { text: input.text.slice(0, MAX_KEPT_TEXT) } }, { upsert: true });
        }
        const after = empty ? null : toRecord((await this.m.record.findOne({ township: input.township, date: input.date }).lean()) as unknown as RecordDoc | null);
        return { before, after, revisions };
      }
      throw new StoreUnavailableError(`mongodb writeRecord: ${input.township} ${input.date} kept changing under concurrent writers`);
    });
  }

  messageTexts(messageIds: string[]) {
    return this.run('messageTexts', async () => {
      const docs = (await this.m.messageText.find({ messageId: { $in: [...new Set(messageIds)] } }).lean()) as unknown as { messageId: string; text: string }[];
      return new Map(docs.map((d) => [d.messageId, d.text]));
    });
  }

  listRevisions(q: RevisionQuery = {}) {
    return this.run('listRevisions', async () => {
      const filter: Record<string, unknown> = {};
      if (q.township) filter.township = q.township;
      if (q.date) filter.date = q.date;
      if (q.by) filter.by = q.by;
      if (q.since) filter.at = { $gte: q.since };
      const docs = (
        q.latest === undefined
          ? await this.m.revision.find(filter).sort({ _id: 1 }).lean()
          : (await this.m.revision.find(filter).sort({ at: -1, _id: -1 }).limit(q.latest).lean()).reverse()
      ) as unknown as Revision[];
      return docs.map((d) => ({ ...clean(d), old: d.old ?? null, new: d.new ?? null }));
    });
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

  claimJobRun(job: string, key: string, owner: string) {
    return this.run('claimJobRun', async () => {
      const now = new Date();
      try {
        await this.m.jobRun.create({ job, key, owner, status: 'running', startedAt: now });
        return true;
      } catch (err) {
        if (!isDuplicate(err)) throw err;
        const res = await this.m.jobRun.updateOne(
          { job, key, $or: [{ status: 'failed' }, { status: 'running', startedAt: { $lt: new Date(now.getTime() - STALE_RUN_MS) } }] },
          { $set: { owner, status: 'running', startedAt: now }, $unset: { finishedAt: 1, detail: 1 } },
        );
        return res.modifiedCount === 1;
      }
    });
  }

  finishJobRun(job: string, key: string, status: 'done' | 'failed', detail?: string) {
    return this.run('finishJobRun', async () => {
      await this.m.jobRun.updateOne({ job, key }, { $set: { status, finishedAt: new Date(), ...(detail ? { detail } : {}) } });
    });
  }

  listJobRuns(job?: string) {
    return this.run('listJobRuns', async () =>
      ((await this.m.jobRun.find(job ? { job } : {}).sort({ startedAt: 1 }).lean()) as unknown as JobRun[]).map((d) => clean(d)),
    );
  }

  recordDelivery(d: Delivery) {
    return this.run('recordDelivery', async () => {
      await this.m.delivery.create(d);
    });
  }

  listDeliveries(q: { job?: string; key?: string; ok?: boolean } = {}) {
    return this.run('listDeliveries', async () => {
      const filter: Record<string, unknown> = {};
      if (q.job) filter.job = q.job;
      if (q.key) filter.key = q.key;
      if (q.ok !== undefined) filter.ok = q.ok;
      return ((await this.m.delivery.find(filter).sort({ _id: 1 }).lean()) as unknown as Delivery[]).map((d) => clean(d));
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
      await this.m.audit.create(e);
    });
  }

  listAudit(limit = 100) {
    return this.run('listAudit', async () => ((await this.m.audit.find().sort({ at: -1, _id: -1 }).limit(limit).lean()) as unknown as AuditEntry[]).map((d) => clean(d)));
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
