// The single-document writes of mongo-write.ts's protocol, on mongoose models.
import type { Connection } from 'mongoose';
import type { Models, RecordDoc, VersionDoc } from './mongo-schemas.js';
import type { Session, VersionedRecords } from './mongo-write.js';

const ATTEMPTS = 8;

export const isDuplicate = (err: unknown) => (err as { code?: number }).code === 11000;

/**
 * Outside a transaction a duplicate key means another writer got there first, and the caller goes on.
 * Inside one the server has already aborted the transaction, so the error ends it and the whole
 * transaction starts again (`atomically`).
 */
function lostRace(err: unknown, session: Session): boolean {
  if (isDuplicate(err) && !session) return true;
  throw err;
}

/** Next number of a named sequence (a counter document), so order never rests on a process's clock. */
export async function nextSeq(m: Models, name: string, session?: Session): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    try {
      const doc = await m.counter.findOneAndUpdate({ _id: name }, { $inc: { seq: 1 } }, { upsert: true, new: true, session }).lean();
      if (doc) return doc.seq;
    } catch (err) {
      // Two first upserts of a new counter: one wins, the other runs again and increments it.
      if (attempt > 0 || !lostRace(err, session)) throw err;
    }
  }
}

export function mongoVersionedRecords(m: Models, conn: Connection, transactions: boolean): VersionedRecords {
  return {
    record: (township, date, session) => m.record.findOne({ township, date }, null, { session }).lean<RecordDoc>(),
    version: (township, date, rev, session) => m.version.findOne({ township, date, rev }, null, { session }).lean<VersionDoc>(),
    nextSeq: (session) => nextSeq(m, 'versions', session),
    async insertVersion(version, session) {
      try {
        await m.version.create([version], { session });
        return true;
      } catch (err) {
        return !lostRace(err, session);
      }
    },
    async insertRecord(doc, session) {
      try {
        await m.record.create([doc], { session });
        return true;
      } catch (err) {
        return !lostRace(err, session);
      }
    },
    async updateRecord(township, date, rev, next, session) {
      await m.record.updateOne({ township, date, rev }, { $set: next }, { session });
    },
    async keepText(messageId, text, session) {
      await m.messageText.updateOne({ messageId }, { $setOnInsert: { text } }, { upsert: true, session });
    },
    async atomically(fn) {
      if (!transactions) return fn(undefined);
      for (let attempt = 1; ; attempt++) {
        const session = await conn.startSession();
        try {
          // withTransaction runs `fn` again on a transient error; every step is keyed, so a rerun is safe.
          return await session.withTransaction(() => fn(session));
        } catch (err) {
          if (!isDuplicate(err) || attempt >= ATTEMPTS) throw err;
        } finally {
          await session.endSession();
        }
      }
    },
  };
}
