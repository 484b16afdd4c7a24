// How the MongoDB store writes a message's records without assuming a replica set.
//
// Each record write is two single-document writes: first the version (its history), keyed by
// (township, date, rev) so only one writer can hold a given rev, then the record, updated only if it
// is still at rev - 1. A version one past its record is a write that stopped in between; whoever next
// touches the record applies that version first. So at any crash point the record holds only changes
// its history has, and the resend of the message (the ledger plans a record this message already
// changed from its state before the message) finishes the rest. Where the server has transactions the
// same steps run inside one, and a crash leaves nothing at all.
import type { ClientSession } from 'mongoose';
import type { RecordDoc, VersionDoc } from './mongo-schemas.js';
import { MAX_KEPT_TEXT, revisionsOf, StoreUnavailableError, type ProgressRecord, type Revision, type StoreOptions, type WriteRecordInput, type WriteRecordResult } from './types.js';

const WRITE_ATTEMPTS = 8;

export type Session = ClientSession | undefined;

/** A record document as the port's record; null for none or a tombstone. */
export function toRecord(doc: RecordDoc | null): ProgressRecord | null {
  if (!doc || doc.removed) return null;
  return {
    township: doc.township,
    date: doc.date,
    figures: { ...doc.figures },
    firstReportedAt: doc.firstReportedAt,
    updatedAt: doc.updatedAt,
    updatedBy: doc.updatedBy,
    ...(doc.messageId ? { messageId: doc.messageId } : {}),
  };
}

/**
 * The single-document writes the protocol is made of. mongo-versions.ts implements them on mongoose;
 * tests implement them in memory to stop and interleave writes without a server.
 */
export interface VersionedRecords {
  /** The record document, tombstone included. */
  record(township: string, date: string, session: Session): Promise<RecordDoc | null>;
  version(township: string, date: string, rev: number, session: Session): Promise<VersionDoc | null>;
  nextSeq(session: Session): Promise<number>;
  /** False when another writer already holds this (township, date, rev). */
  insertVersion(version: VersionDoc, session: Session): Promise<boolean>;
  /** False when the record already exists. */
  insertRecord(doc: RecordDoc, session: Session): Promise<boolean>;
  /** Replace the record only while it is still at `rev`. */
  updateRecord(township: string, date: string, rev: number, next: RecordDoc, session: Session): Promise<void>;
  keepText(messageId: string, text: string, session: Session): Promise<void>;
  /** Run `fn` in one transaction where the server has them, else directly (session undefined). */
  atomically<T>(fn: (session: Session) => Promise<T>): Promise<T>;
}

export class RecordWriter {
  constructor(
    private db: VersionedRecords,
    private opts: StoreOptions = {},
  ) {}

  write(inputs: WriteRecordInput[]): Promise<WriteRecordResult[]> {
    return this.db.atomically(async (session) => {
      const out: WriteRecordResult[] = [];
      for (const input of inputs) out.push(await this.one(input, session));
      return out;
    });
  }

  private async one(input: WriteRecordInput, session: Session): Promise<WriteRecordResult> {
    const { township, date } = input;
    const step = this.opts.onWriteStep ?? (() => undefined);
    if (input.messageId && input.text) {
      step('text');
      await this.db.keepText(input.messageId, input.text.slice(0, MAX_KEPT_TEXT), session);
    }
    for (let attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
      const doc = await this.db.record(township, date, session);
      const rev = doc?.rev ?? 0;
      const pending = await this.db.version(township, date, rev + 1, session);
      if (pending) {
        step('record');
        await this.apply(doc, pending, session);
        continue;
      }
      const before = toRecord(doc);
      if (!before && Object.keys(input.figures).length === 0) return { before: null, after: null, revisions: [] };
      const revisions = revisionsOf(input, before?.figures ?? {});
      step('history');
      // The sequence is taken after the record was read at `rev`, so a record's versions number in order.
      const version: VersionDoc = {
        township,
        date,
        rev: rev + 1,
        seq: await this.db.nextSeq(session),
        figures: { ...input.figures },
        changes: revisions.map((r) => ({ field: r.field, old: r.old, new: r.new })),
        by: input.by,
        at: input.at,
        kind: input.kind,
        ...(input.messageId ? { messageId: input.messageId } : {}),
      };
      // Another writer holds rev + 1: apply theirs, then try again.
      if (!(await this.db.insertVersion(version, session))) continue;
      step('record');
      // Whether this process or a helper applies it, the record reaches rev + 1 only through this version.
      await this.apply(doc, version, session);
      return { before, after: toRecord(applied(doc, version)), revisions };
    }
    throw new StoreUnavailableError(`mongodb writeRecord: ${township} ${date} kept changing under concurrent writers`);
  }

  /** Move the record from `version.rev - 1` to `version.rev`; a no-op when someone already did. */
  private async apply(doc: RecordDoc | null, version: VersionDoc, session: Session): Promise<void> {
    const next = applied(doc, version);
    if (doc) await this.db.updateRecord(doc.township, doc.date, doc.rev, next, session);
    else await this.db.insertRecord(next, session);
  }
}

/** The record as it stands after `version`. */
function applied(doc: RecordDoc | null, version: VersionDoc): RecordDoc {
  const removed = Object.keys(version.figures).length === 0;
  const live = doc && !doc.removed;
  return {
    township: version.township,
    date: version.date,
    figures: { ...version.figures },
    firstReportedAt: live ? doc.firstReportedAt : version.at,
    updatedAt: version.at,
    updatedBy: version.by,
    messageId: version.messageId ?? null,
    rev: version.rev,
    removed,
  };
}

const recordKey = (township: string, date: string) => `${township}\u0000${date}`;

/** The (township, date) pairs these versions belong to, once each. */
export function recordsOf(versions: VersionDoc[]): { township: string; date: string }[] {
  return [...new Map(versions.map((v) => [recordKey(v.township, v.date), { township: v.township, date: v.date }])).values()];
}

/**
 * The revisions of versions their record has reached, in the versions' order. A version past its
 * record is a write stopped part-way: it shows no history until a later write finishes it.
 */
export function committedRevisions(versions: VersionDoc[], records: Pick<RecordDoc, 'township' | 'date' | 'rev'>[]): Revision[] {
  const revs = new Map(records.map((r) => [recordKey(r.township, r.date), r.rev]));
  return versions.filter((v) => v.rev <= (revs.get(recordKey(v.township, v.date)) ?? 0)).flatMap(revisionsOfVersion);
}

function revisionsOfVersion(v: VersionDoc): Revision[] {
  return v.changes.map((c) => ({
    township: v.township,
    date: v.date,
    field: c.field,
    old: c.old ?? null,
    new: c.new ?? null,
    by: v.by,
    at: v.at,
    kind: v.kind,
    ...(v.messageId ? { messageId: v.messageId } : {}),
  }));
}

/** A revision from the per-field `revisions` collection of the older layout, as the port's type. */
export function fromLegacy(d: Revision): Revision {
  return revisionsOfVersion({ ...d, rev: 0, seq: 0, figures: {}, changes: [{ field: d.field, old: d.old, new: d.new }] })[0]!;
}
