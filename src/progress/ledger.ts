// The progress ledger over the Store port: read a report, plan it, write it (with revisions), undo it.
import { randomUUID } from 'node:crypto';
import { StoreUnavailableError, type Figures, type ProgressRecord, type Revision, type Store, type WriteRecordInput } from '../store/types.js';
import { ownChainLines, type ChainReader } from './chain.js';
import type { Lexicon } from './lexicon.js';
import { parseReport, prepare } from './parse.js';
import { scan } from './scan.js';
import { rankDay, type RankedTownship, type RankingWeights, type TownshipDue } from './ranking.js';
import { repeatedIncrement } from './repeat.js';
import { assign, planRecords, stateKey, type RecordState, type ReportSender } from './plan.js';
import type { TownshipMatcher } from './townships.js';
import type { Heard, ParsedReport, PlannedRecord, ReportError, ReportWarning } from './types.js';
import { laterDiffers, replacedDiffers } from './ledger-warnings.js';

/** How long after a report its sender may still take it back with 撤回. */
export const WITHDRAW_WINDOW_MS = 10 * 60_000;
/** Read-merge-write runs under this lease, so processes sharing a store do not lose updates. */
const WRITE_LEASE = 'progress-write';
const LEASE_TTL_MS = 15_000;
const LEASE_WAIT_MS = 5_000;

export interface SubmitInput {
  text: string;
  /** Who sends it, as stored in revisions: platform:userid. */
  by: string;
  sender: ReportSender;
  /** The message's date in the county timezone. */
  today: string;
  /** Sent between midnight and 4 a.m.: a 今天 in it may mean either day. */
  smallHours?: boolean;
  /** The message's own send time. */
  at: Date;
  messageId: string;
}

export interface SubmitResult {
  accepted: boolean;
  correction: boolean;
  records: (PlannedRecord & { stored: ProgressRecord | null })[];
  errors: ReportError[];
  warnings: ReportWarning[];
  /** Figures the message gave that were set aside, as typed. */
  asides: string[];
  /** Words read by their sound or meaning. */
  heard: Heard[];
  /** Questions asked beside the figures, for the other skills to answer. */
  asked: string[];
}

export interface WithdrawnRecord {
  township: string;
  date: string;
  fields: { key: Revision['field']; from: number | null; to: number | null }[];
  /** Fields someone changed again since: left as they are. */
  kept: Revision['field'][];
  removed: boolean;
}

export type WithdrawResult =
  | { ok: true; records: WithdrawnRecord[]; reportedAt: Date }
  | { ok: false; reason: 'nothing' | 'expired'; reportedAt?: Date };

export interface LedgerDeps {
  store: Store;
  lexicon: Lexicon;
  townships: TownshipMatcher;
  /** Told about a lease that could not be released after a stored report (it expires by itself). */
  onLeaseError?: (err: unknown) => void;
}

export class ProgressLedger {
  /** Read-merge-write of one report must not interleave with another (queue in-process, lease across). */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly owner = `ledger-${randomUUID()}`;

  constructor(private readonly deps: LedgerDeps) {}

  get townships(): TownshipMatcher {
    return this.deps.townships;
  }

  get lexicon(): Lexicon {
    return this.deps.lexicon;
  }

  /** How a chain (接龙) finds the sender's township and the names its heading gives. */
  private get chainReader(): ChainReader {
    const { lexicon, townships } = this.deps;
    const names = (text: string) => scan(prepare(text, lexicon, { townships }), { lexicon, townships }).flatMap((t) => (t.t === 'ind' ? [t.raw] : []));
    return { townships, names };
  }

  parse(text: string, today: string, smallHours = false): ParsedReport {
    return parseReport(text, { lexicon: this.deps.lexicon, townships: this.deps.townships, today, smallHours });
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const locked = () => this.underLease(fn);
    const run = this.queue.then(locked, locked);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async underLease<T>(fn: () => Promise<T>): Promise<T> {
    const { store } = this.deps;
    const deadline = Date.now() + LEASE_WAIT_MS;
    while (!(await store.acquireLease(WRITE_LEASE, this.owner, LEASE_TTL_MS))) {
      // Surfaces as 503: the platform redelivers the message later.
      if (Date.now() > deadline) throw new StoreUnavailableError('another process has held the progress write lease for too long');
      await new Promise((ok) => setTimeout(ok, 20));
    }
    let result: T;
    try {
      result = await fn();
    } catch (err) {
      // The write's own error is what the caller must see; the lease expires within LEASE_TTL_MS.
      await store.releaseLease(WRITE_LEASE, this.owner).catch((e: unknown) => this.deps.onLeaseError?.(e));
      throw err;
    }
    // The report is stored: a failed release must not become a 503, or the platform would resend it
    // and an increment ("新增3个") would be counted twice.
    await store.releaseLease(WRITE_LEASE, this.owner).catch((e: unknown) => this.deps.onLeaseError?.(e));
    return result;
  }

  /** null: the text is not a report (a question, a greeting) and belongs to another skill. */
  async submit(input: SubmitInput): Promise<SubmitResult | null> {
    // A chain (接龙) is read as its heading and the sender's own line.
    const parsed = this.parse(ownChainLines(input.text, input.sender, this.chainReader) ?? input.text, input.today, input.smallHours);
    if (!parsed.isReport) return null;
    return this.serial(() => this.record(parsed, input));
  }

  /** A reading made outside the rules (a model's, confirmed by its sender): planned, checked and stored like any report. */
  submitReading(parsed: ParsedReport, input: SubmitInput): Promise<SubmitResult> {
    return this.serial(() => this.record(parsed, input));
  }

  private async record(parsed: ParsedReport, input: SubmitInput): Promise<SubmitResult> {
    const { store } = this.deps;
    const assigned = assign(parsed, input.sender);
    const states = new Map<string, RecordState>();
    for (const item of [...assigned.items, ...assigned.repeats]) {
      const k = stateKey(item.township, item.date);
      if (states.has(k)) continue;
      const [current, previous] = await Promise.all([store.getRecord(item.township, item.date), store.previousRecord(item.township, item.date)]);
      states.set(k, { current: await this.beforeMessage(current, input.messageId), previous });
    }
    const plan = planRecords(assigned, states, this.deps.townships, parsed.correction);
    if (plan.errors.length) return { accepted: false, correction: parsed.correction, records: [], errors: plan.errors, warnings: [], asides: parsed.asides, heard: parsed.heard, asked: parsed.asked };
    plan.warnings.push(...(await repeatedIncrement(store, { ...input, windowMs: WITHDRAW_WINDOW_MS }, plan.records)));
    plan.warnings.push(...replacedDiffers(parsed, assigned, plan.records));
    // One message, one write: a failure stores none of its records, so the platform's resend is safe.
    const results = await store.writeRecords(
      plan.records.map((rec) => ({
        township: rec.township,
        date: rec.date,
        figures: rec.figures,
        by: input.by,
        at: input.at,
        kind: parsed.correction ? ('correction' as const) : ('report' as const),
        messageId: input.messageId,
        text: input.text,
      })),
    );
    const records: SubmitResult['records'] = plan.records.map((rec, i) => ({ ...rec, stored: results[i]!.after }));
    plan.warnings.push(...(await laterDiffers(this.deps.store, plan.records)));
    for (const w of plan.warnings) {
      await store.audit({ at: input.at, actor: input.by, action: 'report-warning', detail: [w.township, w.date, w.code, w.field ?? ''].join(' ').trim() });
    }
    return { accepted: true, correction: parsed.correction, records, errors: [], warnings: plan.warnings, asides: parsed.asides, heard: parsed.heard, asked: parsed.asked };
  }

  /**
   * A record this very message already wrote is planned from its state before the message: a resend
   * after a failure part-way through (MongoDB writes a message's records one by one) then stores the
   * same figures again instead of counting an increment twice.
   */
  private async beforeMessage(current: ProgressRecord | null, messageId: string): Promise<ProgressRecord | null> {
    if (!current || current.messageId !== messageId) return current;
    const mine = (await this.deps.store.listRevisions({ township: current.township, date: current.date })).filter((r) => r.messageId === messageId);
    const figures: Figures = { ...current.figures };
    for (const r of mine.reverse()) {
      if (r.old === null) delete figures[r.field];
      else figures[r.field] = r.old;
    }
    return Object.keys(figures).length ? { ...current, figures } : null;
  }

  /** Undo the sender's last report (all records it touched), if it is at most 10 minutes old. */
  withdraw(by: string, at: Date, messageId: string): Promise<WithdrawResult> {
    return this.serial(async () => {
      const { store } = this.deps;
      const mine = (await store.listRevisions({ by })).filter((r) => r.at.getTime() <= at.getTime());
      const last = mine[mine.length - 1];
      if (!last || last.kind === 'withdraw') return { ok: false, reason: 'nothing' };
      if (at.getTime() - last.at.getTime() > WITHDRAW_WINDOW_MS) return { ok: false, reason: 'expired', reportedAt: last.at };
      const group = mine.filter((r) => r.kind !== 'withdraw' && r.messageId === last.messageId && r.at.getTime() === last.at.getTime());
      const keys = [...new Set(group.map((r) => stateKey(r.township, r.date)))];
      const records: WithdrawnRecord[] = [];
      const writes: WriteRecordInput[] = [];
      for (const k of keys) {
        const revs = group.filter((r) => stateKey(r.township, r.date) === k);
        const { township, date } = revs[0]!;
        const figures: Figures = { ...(await store.getRecord(township, date))?.figures };
        const out: WithdrawnRecord = { township, date, fields: [], kept: [], removed: false };
        for (const r of revs) {
          if ((figures[r.field] ?? null) !== r.new) {
            out.kept.push(r.field);
            continue;
          }
          if (r.old === null) delete figures[r.field];
          else figures[r.field] = r.old;
          out.fields.push({ key: r.field, from: r.new, to: r.old });
        }
        if (Object.keys(figures).length) await this.carryInto(figures, out, township, date);
        writes.push({ township, date, figures, by, at, kind: 'withdraw', messageId });
        records.push(out);
      }
      const results = await store.writeRecords(writes);
      records.forEach((out, i) => (out.removed = results[i]!.after === null));
      return { ok: true, records, reportedAt: last.at };
    });
  }

  /**
   * The day's record outlives the withdrawal (someone changed it since), so a field the withdrawn
   * report created must fall back to the figure carried from the previous record, as if that report
   * had never been sent — left empty, it would read as 0 and the totals would drop.
   */
  private async carryInto(figures: Figures, out: WithdrawnRecord, township: string, date: string): Promise<void> {
    const previous = (await this.deps.store.previousRecord(township, date))?.figures ?? {};
    for (const f of out.fields) {
      if (f.to !== null || previous[f.key] === undefined) continue;
      figures[f.key] = previous[f.key]!;
      f.to = previous[f.key]!;
    }
    out.fields = out.fields.filter((f) => f.from !== f.to);
  }

  history(township: string, date?: string): Promise<Revision[]> {
    return this.deps.store.listRevisions({ township, ...(date ? { date } : {}) });
  }

  /**
   * The township's latest changes, newest first, without the figures a day's first report only copied
   * from the day before (they change nothing and would push real edits out of a short list).
   */
  async recentChanges(township: string, limit: number): Promise<Revision[]> {
    const all = await this.deps.store.listRevisions({ township });
    const before = new Map<string, Figures>();
    const out: Revision[] = [];
    for (let i = all.length - 1; i >= 0 && out.length < limit; i--) {
      const r = all[i]!;
      if (r.old === null && r.kind !== 'withdraw') {
        if (!before.has(r.date)) before.set(r.date, (await this.deps.store.previousRecord(township, r.date))?.figures ?? {});
        if (before.get(r.date)![r.field] === r.new) continue;
      }
      out.push(r);
    }
    return out;
  }

  /** What was typed, for the messages behind some revisions. */
  messageTexts(revisions: Revision[]): Promise<Map<string, string>> {
    return this.deps.store.messageTexts(revisions.flatMap((r) => (r.messageId ? [r.messageId] : [])));
  }

  day(date: string): Promise<ProgressRecord[]> {
    return this.deps.store.listRecords({ date });
  }

  /** The date ranked with unreported townships' last figures carried forward (see rankDay). */
  async ranked(date: string, townships: TownshipDue[], weights: RankingWeights): Promise<RankedTownship[]> {
    return (await rankDay(this.deps.store, townships, weights, date)).rows;
  }

  /** The township's record for the date, else its latest earlier one. */
  async latest(township: string, date: string): Promise<ProgressRecord | null> {
    return (await this.deps.store.getRecord(township, date)) ?? (await this.deps.store.previousRecord(township, date));
  }
}
