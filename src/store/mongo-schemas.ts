// Mongoose schemas of the MongoDB store, with the indexes that make claims and upserts safe
// across processes (unique keys) and let message ids expire (TTL).
import { Schema } from 'mongoose';
import type { AuditEntry, Delivery, JobRun, ProgressRecord, Revision } from './types.js';

export interface RecordDoc extends Omit<ProgressRecord, 'messageId'> {
  messageId?: string | null;
  rev: number;
}

export const schemas = {
  record: new Schema<RecordDoc>(
    {
      township: { type: String, required: true },
      date: { type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ },
      figures: { type: Schema.Types.Mixed, required: true, default: {} },
      firstReportedAt: { type: Date, required: true },
      updatedAt: { type: Date, required: true },
      updatedBy: { type: String, required: true },
      messageId: String,
      rev: { type: Number, required: true, default: 0 },
    },
    { collection: 'records', minimize: false, versionKey: false },
  ).index({ township: 1, date: 1 }, { unique: true }).index({ date: 1 }),
  revision: new Schema<Revision>(
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
  ).index({ township: 1, date: 1 }).index({ by: 1, at: 1 }),
  message: new Schema(
    { key: { type: String, required: true, unique: true }, expiresAt: { type: Date, required: true } },
    { collection: 'messages', versionKey: false },
  ).index({ expiresAt: 1 }, { expireAfterSeconds: 0 }),
  messageText: new Schema(
    { messageId: { type: String, required: true, unique: true }, text: { type: String, required: true } },
    { collection: 'message_texts', versionKey: false },
  ),
  jobRun: new Schema<JobRun>(
    {
      job: { type: String, required: true },
      key: { type: String, required: true },
      owner: { type: String, required: true },
      status: { type: String, required: true, enum: ['running', 'done', 'failed'] },
      startedAt: { type: Date, required: true },
      finishedAt: Date,
      detail: String,
    },
    { collection: 'job_runs', versionKey: false },
  ).index({ job: 1, key: 1 }, { unique: true }),
  delivery: new Schema<Delivery>(
    {
      job: { type: String, required: true },
      key: { type: String, required: true },
      platform: { type: String, required: true },
      target: { type: String, required: true },
      part: { type: Number, required: true },
      ok: { type: Boolean, required: true },
      at: { type: Date, required: true },
      error: String,
    },
    { collection: 'deliveries', versionKey: false },
  ).index({ job: 1, key: 1 }),
  lease: new Schema(
    { name: { type: String, required: true, unique: true }, owner: { type: String, required: true }, expiresAt: { type: Date, required: true } },
    { collection: 'leases', versionKey: false },
  ),
  audit: new Schema<AuditEntry>(
    { at: { type: Date, required: true }, actor: { type: String, required: true }, action: { type: String, required: true }, detail: String },
    { collection: 'audit', versionKey: false },
  ).index({ at: -1 }),
};
