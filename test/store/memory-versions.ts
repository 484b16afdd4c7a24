// The MongoDB write protocol (src/store/mongo-write.ts) over an in-memory double of its single-document
// writes, so its crash points and races are tested without a server. Each operation behaves as the
// MongoDB one does alone: an insert on a taken key fails, an update matches only the given rev.
import type { RecordDoc, VersionDoc } from '../../src/store/mongo-schemas.js';
import { committedRevisions, RecordWriter, toRecord, type VersionedRecords } from '../../src/store/mongo-write.js';
import { StoreUnavailableError, type StoreOptions, type WriteRecordInput } from '../../src/store/types.js';
import type { CrashTarget } from './contract-crash.js';

const key = (...parts: (string | number)[]) => parts.join('\u0000');
const copy = <T>(v: T): T => structuredClone(v);

export class MemoryVersions implements VersionedRecords {
  readonly records = new Map<string, RecordDoc>();
  readonly versions = new Map<string, VersionDoc>();
  readonly texts = new Map<string, string>();
  private seq = 0;
  /** Awaited before every operation: a test lets another writer run at a chosen point. */
  pause: (op: string) => Promise<void> = async () => undefined;

  async record(township: string, date: string) {
    await this.pause('record');
    return copy(this.records.get(key(township, date)) ?? null);
  }
  async version(township: string, date: string, rev: number) {
    await this.pause('version');
    return copy(this.versions.get(key(township, date, rev)) ?? null);
  }
  async nextSeq() {
    await this.pause('nextSeq');
    return ++this.seq;
  }
  async insertVersion(v: VersionDoc) {
    await this.pause('insertVersion');
    const k = key(v.township, v.date, v.rev);
    if (this.versions.has(k)) return false;
    this.versions.set(k, copy(v));
    return true;
  }
  async insertRecord(doc: RecordDoc) {
    await this.pause('insertRecord');
    const k = key(doc.township, doc.date);
    if (this.records.has(k)) return false;
    this.records.set(k, copy(doc));
    return true;
  }
  async updateRecord(township: string, date: string, rev: number, next: RecordDoc) {
    await this.pause('updateRecord');
    if (this.records.get(key(township, date))?.rev === rev) this.records.set(key(township, date), copy(next));
  }
  async keepText(messageId: string, text: string) {
    await this.pause('keepText');
    if (!this.texts.has(messageId)) this.texts.set(messageId, text);
  }
  atomically<T>(fn: (session: undefined) => Promise<T>) {
    return fn(undefined);
  }
}

/** The parts of the store the crash cases read, answered as MongoStore answers them. */
export function memoryStore(db: MemoryVersions, opts: StoreOptions = {}): CrashTarget {
  const writer = new RecordWriter(db, opts);
  return {
    async writeRecords(inputs: WriteRecordInput[]) {
      try {
        return await writer.write(inputs);
      } catch (err) {
        throw new StoreUnavailableError(`memory writeRecords failed: ${(err as Error).message}`, { cause: err });
      }
    },
    async listRecords() {
      return [...db.records.values()]
        .map((d) => toRecord(d))
        .filter((r) => r !== null)
        .sort((a, b) => a.date.localeCompare(b.date) || a.township.localeCompare(b.township));
    },
    async listRevisions() {
      return committedRevisions([...db.versions.values()].sort((a, b) => a.seq - b.seq), [...db.records.values()]);
    },
    async messageTexts(ids: string[]) {
      return new Map(ids.filter((id) => db.texts.has(id)).map((id) => [id, db.texts.get(id)!]));
    },
    async close() {},
  };
}
