// Mongoose schemas of the MongoDB store, with the indexes that make claims and upserts safe
// across processes (unique keys) and let message ids expire (TTL). Every model is typed with the
// document it holds, so reads come back typed and nothing is cast.
import { Schema, type Connection } from 'mongoose';
import type { AuditEntry, Delivery, Figures, IndicatorKey, JobRun, Revision, RevisionKind } from './types.js';

/** A record keeps its number of versions (`rev`); a withdrawn record stays as a tombstone so `rev` never restarts. */
export interface RecordDoc {
  township: string;
  date: string;
  figures: Figures;
  firstReportedAt: Date;
  updatedAt: Date;
  updatedBy: string;
  messageId?: string | null;
  rev: number;
  removed?: boolean;
}

export interface ChangeDoc {
  field: IndicatorKey;
  old: number | null;
  new: number | null;
}

/**
 * One write of one record: version `rev` of (township, date), with the figures it sets and the fields
 * it changed. Written before the record, so the record never holds a change its history lacks.
 */
export interface VersionDoc {
  township: string;
  date: string;
  rev: number;
  /** Order across records and processes (a counter, not the clock). */
  seq: number;
  figures: Figures;
  changes: ChangeDoc[];
  by: string;
  at: Date;
  kind: RevisionKind;
  messageId?: string;
}

export interface MessageDoc {
  key: string;
  expiresAt: Date;
}

export interface MessageTextDoc {
  messageId: string;
  text: string;
}

export interface LeaseDoc {
  name: string;
  owner: string;
  expiresAt: Date;
}

export interface AuditDoc extends AuditEntry {
  seq: number;
}

export interface JobRunDoc extends JobRun {
  /** Until when the owner's claim holds unless renewed; absent on runs claimed before claims were renewed. */
  leaseUntil?: Date;
}

export interface DeliveryDoc extends Delivery {
  seq: number;
}

export interface CounterDoc {
  _id: string;
  seq: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const schemas = {
  record: new Schema<RecordDoc>(
    {
      township: { type: String, required: true },
      date: { type: String, required: true, match: DATE },
      figures: { type: Schema.Types.Mixed, required: true, default: {} },
      firstReportedAt: { type: Date, required: true },
      updatedAt: { type: Date, required: true },
      updatedBy: { type: String, required: true },
      messageId: String,
      rev: { type: Number, required: true, default: 0 },
      removed: Boolean,
    },
    { collection: 'records', minimize: false, versionKey: false },
  ).index({ township: 1, date: 1 }, { unique: true }).index({ date: 1 }),
  version: new Schema<VersionDoc>(
    {
      township: { type: String, required: true },
      date: { type: String, required: true, match: DATE },
      rev: { type: Number, required: true },
      seq: { type: Number, required: true },
      figures: { type: Schema.Types.Mixed, required: true, default: {} },
      changes: {
        type: [new Schema<ChangeDoc>({ field: { type: String, required: true }, old: { type: Number, default: null }, new: { type: Number, default: null } }, { _id: false })],
        default: [],
      },
      by: { type: String, required: true },
      at: { type: Date, required: true },
      kind: { type: String, required: true, enum: ['report', 'correction', 'withdraw'] },
      messageId: String,
    },
    { collection: 'record_versions', minimize: false, versionKey: false },
  )
    .index({ township: 1, date: 1, rev: 1 }, { unique: true })
    .index({ seq: 1 })
    .index({ by: 1, seq: 1 }),
  message: new Schema<MessageDoc>(
    { key: { type: String, required: true, unique: true }, expiresAt: { type: Date, required: true } },
    { collection: 'messages', versionKey: false },
  ).index({ expiresAt: 1 }, { expireAfterSeconds: 0 }),
  messageText: new Schema<MessageTextDoc>(
    { messageId: { type: String, required: true, unique: true }, text: { type: String, required: true } },
    { collection: 'message_texts', versionKey: false },
  ),
  jobRun: new Schema<JobRunDoc>(
    {
      job: { type: String, required: true },
      key: { type: String, required: true },
      owner: { type: String, required: true },
      status: { type: String, required: true, enum: ['running', 'done', 'failed'] },
      startedAt: { type: Date, required: true },
      finishedAt: Date,
      detail: String,
      leaseUntil: Date,
    },
    { collection: 'job_runs', versionKey: false },
  ).index({ job: 1, key: 1 }, { unique: true }),
  delivery: new Schema<DeliveryDoc>(
    {
      job: { type: String, required: true },
      key: { type: String, required: true },
      platform: { type: String, required: true },
      target: { type: String, required: true },
      part: { type: Number, required: true },
      ok: { type: Boolean, required: true },
      at: { type: Date, required: true },
      error: String,
      seq: { type: Number, required: true },
    },
    { collection: 'deliveries', versionKey: false },
  ).index({ job: 1, key: 1, seq: 1 }),
  lease: new Schema<LeaseDoc>(
    { name: { type: String, required: true, unique: true }, owner: { type: String, required: true }, expiresAt: { type: Date, required: true } },
    { collection: 'leases', versionKey: false },
  ),
  audit: new Schema<AuditDoc>(
    { at: { type: Date, required: true }, actor: { type: String, required: true }, action: { type: String, required: true }, detail: String, seq: { type: Number, required: true } },
    { collection: 'audit', versionKey: false },
  ).index({ seq: -1 }),
  /** History as versions before record_versions kept it, one document per field: read, never written. */
  legacyRevision: new Schema<Revision>(
    {
      township: { type: String, required: true },
      date: { type: String, required: true },
      field: { type: String, required: true },
      old: { type: Number, default: null },
      new: { type: Number, default: null },
      by: { type: String, required: true },
      at: { type: Date, required: true },
      kind: { type: String, required: true, enum: ['report', 'correction', 'withdraw'] },
      messageId: String,
    },
    { collection: 'revisions', versionKey: false },
  ),
  counter: new Schema<CounterDoc>({ _id: { type: String, required: true }, seq: { type: Number, required: true, default: 0 } }, { collection: 'counters', versionKey: false }),
};

/** The store's models on one connection, each typed with its document. */
export function openModels(conn: Connection) {
  return {
    record: conn.model<RecordDoc>('Record', schemas.record),
    version: conn.model<VersionDoc>('Version', schemas.version),
    message: conn.model<MessageDoc>('Message', schemas.message),
    messageText: conn.model<MessageTextDoc>('MessageText', schemas.messageText),
    jobRun: conn.model<JobRunDoc>('JobRun', schemas.jobRun),
    delivery: conn.model<DeliveryDoc>('Delivery', schemas.delivery),
    lease: conn.model<LeaseDoc>('Lease', schemas.lease),
    audit: conn.model<AuditDoc>('Audit', schemas.audit),
    legacyRevision: conn.model<Revision>('LegacyRevision', schemas.legacyRevision),
    counter: conn.model<CounterDoc>('Counter', schemas.counter),
  };
}

export type Models = ReturnType<typeof openModels>;
