// Tables of the SQLite store and the mapping of its rows to the port's types.
import type { AuditEntry, Delivery, Figures, JobRun, ProgressRecord, Revision } from './types.js';

// Run on every open: a table added in a later version (refusals, unanswered) is created in an older
// file the first time the new version opens it, so no separate migration step is needed.
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS records (
  township TEXT NOT NULL, date TEXT NOT NULL, figures TEXT NOT NULL,
  first_reported_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL, message_id TEXT,
  PRIMARY KEY (township, date));
CREATE INDEX IF NOT EXISTS records_date ON records (date);
CREATE TABLE IF NOT EXISTS revisions (
  id INTEGER PRIMARY KEY AUTOINCREMENT, township TEXT NOT NULL, date TEXT NOT NULL, field TEXT NOT NULL,
  old REAL, new REAL, by TEXT NOT NULL, at INTEGER NOT NULL, kind TEXT NOT NULL, message_id TEXT);
CREATE INDEX IF NOT EXISTS revisions_td ON revisions (township, date);
CREATE INDEX IF NOT EXISTS revisions_by ON revisions (by, at);
CREATE TABLE IF NOT EXISTS messages (key TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS message_texts (message_id TEXT PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS job_runs (
  job TEXT NOT NULL, key TEXT NOT NULL, owner TEXT NOT NULL, status TEXT NOT NULL,
  started_at INTEGER NOT NULL, finished_at INTEGER, detail TEXT, lease_until INTEGER, PRIMARY KEY (job, key));
CREATE TABLE IF NOT EXISTS deliveries (
  id INTEGER PRIMARY KEY AUTOINCREMENT, job TEXT NOT NULL, key TEXT NOT NULL, platform TEXT NOT NULL,
  target TEXT NOT NULL, part INTEGER NOT NULL, ok INTEGER NOT NULL, at INTEGER NOT NULL, error TEXT);
CREATE TABLE IF NOT EXISTS leases (name TEXT PRIMARY KEY, owner TEXT NOT NULL, expires_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, detail TEXT);
CREATE TABLE IF NOT EXISTS refusals (
  id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, date TEXT NOT NULL, platform TEXT NOT NULL, sender TEXT NOT NULL,
  townships TEXT NOT NULL, text TEXT NOT NULL, reasons TEXT NOT NULL, message_id TEXT);
CREATE INDEX IF NOT EXISTS refusals_date ON refusals (date, at);
CREATE TABLE IF NOT EXISTS unanswered (
  id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, date TEXT NOT NULL, platform TEXT NOT NULL, sender TEXT NOT NULL,
  text TEXT NOT NULL, kind TEXT NOT NULL, suggestions TEXT NOT NULL, message_id TEXT);
CREATE INDEX IF NOT EXISTS unanswered_date ON unanswered (date, at);
`;

/** Columns added after a table first shipped: added to an older file when it is opened. */
export const ADDED_COLUMNS = [{ table: 'job_runs', column: 'lease_until', type: 'INTEGER' }] as const;

export interface RecordRow {
  township: string;
  date: string;
  figures: string;
  first_reported_at: number;
  updated_at: number;
  updated_by: string;
  message_id: string | null;
}

export function toRecord(r: RecordRow): ProgressRecord {
  return {
    township: r.township,
    date: r.date,
    figures: JSON.parse(r.figures) as Figures,
    firstReportedAt: new Date(r.first_reported_at),
    updatedAt: new Date(r.updated_at),
    updatedBy: r.updated_by,
    ...(r.message_id ? { messageId: r.message_id } : {}),
  };
}

type Row = Record<string, unknown>;

export const toRevision = (r: Row): Revision => ({
  township: r.township as string,
  date: r.date as string,
  field: r.field as Revision['field'],
  old: r.old as number | null,
  new: r.new as number | null,
  by: r.by as string,
  at: new Date(r.at as number),
  kind: r.kind as Revision['kind'],
  ...(r.message_id ? { messageId: r.message_id as string } : {}),
});

export const toJobRun = (r: Row): JobRun => ({
  job: r.job as string,
  key: r.key as string,
  owner: r.owner as string,
  status: r.status as JobRun['status'],
  startedAt: new Date(r.started_at as number),
  ...(r.finished_at != null ? { finishedAt: new Date(r.finished_at as number) } : {}),
  ...(r.detail != null ? { detail: r.detail as string } : {}),
});

export const toDelivery = (r: Row): Delivery => ({
  job: r.job as string,
  key: r.key as string,
  platform: r.platform as string,
  target: r.target as string,
  part: r.part as number,
  ok: r.ok === 1,
  at: new Date(r.at as number),
  ...(r.error != null ? { error: r.error as string } : {}),
});

export const toAudit = (r: Row): AuditEntry => ({
  at: new Date(r.at as number),
  actor: r.actor as string,
  action: r.action as string,
  ...(r.detail != null ? { detail: r.detail as string } : {}),
});
