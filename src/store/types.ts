// The store port. Both implementations (sqlite.ts, mongo.ts) pass test/store/contract.ts.

/** Canonical indicator keys (docs/architecture.md, Indicators and ranking), used in storage, API and templates. */
export const INDICATOR_KEYS = [
  'due',
  'partyDone',
  'committeeDone',
  'supervisionDone',
  'oneShoulder',
  'crossPost',
  'under35',
  'college',
  'female',
  'avgAge',
  'reviewed',
  'disqualified',
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];
export type Figures = Partial<Record<IndicatorKey, number>>;

/** Cumulative figures of one township as of one date (YYYY-MM-DD, county time). */
export interface ProgressRecord {
  township: string;
  date: string;
  figures: Figures;
  /** Time of the first report for this (township, date): the ranking's last tie-break. */
  firstReportedAt: Date;
  updatedAt: Date;
  updatedBy: string;
  messageId?: string;
}

export type RevisionKind = 'report' | 'correction' | 'withdraw';

/** One field's change. `old`/`new` null mean "absent". */
export interface Revision {
  township: string;
  date: string;
  field: IndicatorKey;
  old: number | null;
  new: number | null;
  by: string;
  at: Date;
  kind: RevisionKind;
  messageId?: string;
}

export interface WriteRecordInput {
  township: string;
  date: string;
  /** The complete new figures of the record; an empty object removes the record. */
  figures: Figures;
  by: string;
  at: Date;
  kind: RevisionKind;
  messageId?: string;
  /** The message as typed, kept once per message id so the history can show what was sent. */
  text?: string;
}

/** Longest message text kept for the history; a report is a line or two, never this long. */
export const MAX_KEPT_TEXT = 2000;

export interface WriteRecordResult {
  before: ProgressRecord | null;
  after: ProgressRecord | null;
  revisions: Revision[];
}

export interface RecordQuery {
  township?: string;
  date?: string;
  /** Inclusive date range. */
  from?: string;
  to?: string;
}

export interface RevisionQuery {
  township?: string;
  date?: string;
  by?: string;
  /** Only revisions at or after this time. */
  since?: Date;
  /** Only revisions of records dated before this day (YYYY-MM-DD). */
  before?: string;
  /** Only revisions that changed a figure already there (old not null): corrections, not first reports. */
  changed?: boolean;
  /** Only the newest this many in write order (still returned oldest first): a check on "the last few" stays cheap. */
  latest?: number;
}

export type JobRunStatus = 'running' | 'done' | 'failed';

export interface JobRun {
  job: string;
  key: string;
  owner: string;
  status: JobRunStatus;
  startedAt: Date;
  finishedAt?: Date;
  detail?: string;
}

export interface Delivery {
  job: string;
  key: string;
  platform: string;
  target: string;
  part: number;
  ok: boolean;
  at: Date;
  error?: string;
}

export interface AuditEntry {
  at: Date;
  actor: string;
  action: string;
  detail?: string;
}

/**
 * A report message the bot refused, kept so the county admins can see what liaisons type that the
 * bot cannot read. `date` is the message's county-local YYYY-MM-DD; ranges are asked for by it.
 */
export interface RefusalEntry {
  at: Date;
  date: string;
  platform: string;
  /** platform:userid */
  sender: string;
  /** The sender's own townships in the county file (none for an admin or a stranger). */
  townships: string[];
  /** As typed (kept up to MAX_KEPT_TEXT characters); '' for an attachment without text. */
  text: string;
  /** Reason codes, as in report.errors. */
  reasons: string[];
  messageId?: string;
}

export type UnansweredKind = 'abstain' | 'clarify';

/** A policy question the bot declined or answered with a question of its own. */
export interface UnansweredEntry {
  at: Date;
  date: string;
  platform: string;
  sender: string;
  text: string;
  kind: UnansweredKind;
  /** Titles of the topics the reply offered instead. */
  suggestions: string[];
  messageId?: string;
}

/** Inclusive range of county-local dates (YYYY-MM-DD); either end may be open. */
export interface DateRange {
  from?: string;
  to?: string;
}

/**
 * How long a job claim lasts unless its owner renews it. A run renews its claim while it lasts (a
 * heartbeat), so a claim that lapses belongs to a process that died, and its run may be claimed again.
 */
export const STALE_RUN_MS = 15 * 60_000;

export interface Store {
  readonly kind: 'sqlite' | 'mongodb';

  getRecord(township: string, date: string): Promise<ProgressRecord | null>;
  listRecords(query?: RecordQuery): Promise<ProgressRecord[]>;
  /** The latest record of a township strictly before `date`. */
  previousRecord(township: string, date: string): Promise<ProgressRecord | null>;
  /** Replace a record's figures and keep every changed field as a revision, atomically. */
  writeRecord(input: WriteRecordInput): Promise<WriteRecordResult>;
  /**
   * Several records of one message. SQLite: one transaction, all or none. MongoDB: a transaction when
   * the server has them (a replica set); without one, each record's history is written before the
   * record, so a failure part-way leaves no record holding a change its history lacks, and the resend
   * of the message (or the next write of that record) finishes what was begun.
   */
  writeRecords(inputs: WriteRecordInput[]): Promise<WriteRecordResult[]>;
  /** In write order (a sequence kept by the store, never the clock of one process). */
  listRevisions(query?: RevisionQuery): Promise<Revision[]>;
  /** The texts kept for these message ids (ids without one are left out). */
  messageTexts(messageIds: string[]): Promise<Map<string, string>>;

  /** True the first time a message key is seen (until it expires): drops platform redeliveries. */
  claimMessage(key: string, ttlMs: number): Promise<boolean>;
  /** Forget a claimed message key, so the platform's retry of a message that failed to process is handled. */
  releaseMessage(key: string): Promise<void>;

  /** True only for the one caller that claims (job, key); a failed run, or one whose claim lapsed (not renewed for `leaseMs`), may be claimed again. */
  claimJobRun(job: string, key: string, owner: string, leaseMs?: number): Promise<boolean>;
  /** Extend `owner`'s claim on a running job by `leaseMs`; false when the owner no longer holds it. */
  renewJobRun(job: string, key: string, owner: string, leaseMs?: number): Promise<boolean>;
  /** With `owner`, only while that owner still holds the run: a process whose claim lapsed never ends another's run. */
  finishJobRun(job: string, key: string, status: 'done' | 'failed', detail?: string, owner?: string): Promise<void>;
  listJobRuns(job?: string): Promise<JobRun[]>;

  recordDelivery(delivery: Delivery): Promise<void>;
  listDeliveries(query?: { job?: string; key?: string; ok?: boolean }): Promise<Delivery[]>;

  /** Acquire or renew a named lease; false while another owner holds an unexpired one. */
  acquireLease(name: string, owner: string, ttlMs: number): Promise<boolean>;
  releaseLease(name: string, owner: string): Promise<void>;

  audit(entry: AuditEntry): Promise<void>;
  /** Newest written first (write order, not `at`). */
  listAudit(limit?: number): Promise<AuditEntry[]>;

  /** Keep a refused report; entries are listed oldest first. */
  logRefusal(entry: RefusalEntry): Promise<void>;
  listRefusals(range?: DateRange): Promise<RefusalEntry[]>;
  /** Keep a declined or clarified question; entries are listed oldest first. */
  logUnanswered(entry: UnansweredEntry): Promise<void>;
  listUnanswered(range?: DateRange): Promise<UnansweredEntry[]>;

  close(): Promise<void>;
}

/** The writes a store makes for one record, in the order it makes them. */
export type WriteStep = 'text' | 'history' | 'record';

export interface StoreOptions {
  /**
   * Called before each write inside writeRecord(s). Tests throw from it to stop a write at every
   * point (the crash cases of the contract suite); a running bot passes none.
   */
  onWriteStep?: (step: WriteStep) => void;
}

/** Raised by a store when its backend fails; the HTTP funnel maps it to 503 so platforms retry. */
export class StoreUnavailableError extends Error {
  readonly status = 503;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/** The revisions a write makes: one per changed field, old → new (null for absent). */
export function revisionsOf(input: WriteRecordInput, old: Figures): Revision[] {
  return changedFields(old, input.figures).map((field) => ({
    township: input.township,
    date: input.date,
    field,
    old: old[field] ?? null,
    new: input.figures[field] ?? null,
    by: input.by,
    at: input.at,
    kind: input.kind,
    ...(input.messageId ? { messageId: input.messageId } : {}),
  }));
}

/** Fields that differ between two figure sets, in canonical order. */
export function changedFields(before: Figures, after: Figures): IndicatorKey[] {
  return INDICATOR_KEYS.filter((k) => before[k] !== after[k]);
}
