// The default ranking (docs/architecture.md, Indicators and ranking; docs/figures.md): a weighted score of
// completion rates, ties broken by 村委会 rate, then 一肩挑 share, then who reported first. An indicator never
// reported is left out of the score (the other weights are scaled up to the same total), never read as 0.
// A township that reported that day is ranked, and so is one that has finished everything (已全部完成);
// the others are 未报送 and share the last rank. On a day nobody reported, nobody is ranked.
import { COMPLETION, followCorrections, isFinished } from '../figures.js';
import type { Figures, ProgressRecord, Revision, Store } from '../store/types.js';
import { addDays } from '../time.js';

export interface RankingWeights {
  partyDone: number;
  committeeDone: number;
  supervisionDone: number;
}

export interface TownshipDue {
  name: string;
  due: number;
}

export interface Rates {
  /** null: never reported (unknown, not 0). */
  party: number | null;
  committee: number | null;
  supervision: number | null;
  /** 一肩挑 as a share of completed 村委会 elections (0 when either is unknown; a tie-break only). */
  oneShoulder: number;
}

export interface RankedTownship {
  name: string;
  /** Reported that day. */
  reported: boolean;
  /** All three completion indicators at the due count (on the day's or the carried figures). */
  finished: boolean;
  /** The record's own due when it states one (应换届数), else the county file's. */
  due: number;
  figures: Figures;
  rates: Rates;
  /** null: none of the three completion indicators has ever been reported. */
  score: number | null;
  /** 1-based; every 未报送 township shares the rank after the last ranked one; null on a day nobody reported. */
  rank: number | null;
  /** Ranked (reported that day, or finished). */
  ranked: boolean;
  firstReportedAt?: Date;
  /** For a township silent that day: the date of the last known figures carried into its row and the totals. */
  carriedFrom?: string;
}

export interface Totals {
  due: number;
  /** Sums of the known figures; null when no township has reported the indicator. */
  partyDone: number | null;
  committeeDone: number | null;
  supervisionDone: number | null;
  oneShoulder: number | null;
  rates: Rates;
  reported: number;
  /** Silent that day but finished (not 未报送). */
  finishedSilent: number;
  /** 未报送: silent and not finished. */
  missing: number;
  townships: number;
}

const EPS = 1e-9;
const ratio = (n: number | undefined, d: number): number | null => (n === undefined ? null : d > 0 ? n / d : 0);

export function ratesOf(figures: Figures, due: number): Rates {
  return {
    party: ratio(figures.partyDone, due),
    committee: ratio(figures.committeeDone, due),
    supervision: ratio(figures.supervisionDone, due),
    oneShoulder: figures.oneShoulder !== undefined && (figures.committeeDone ?? 0) > 0 ? figures.oneShoulder / figures.committeeDone! : 0,
  };
}

const RATE_OF = { partyDone: 'party', committeeDone: 'committee', supervisionDone: 'supervision' } as const;

/** Σ weight × rate over the known indicators, scaled by (all weights ÷ known weights); null when none is known. */
export function scoreOf(rates: Rates, w: RankingWeights): number | null {
  let sum = 0;
  let known = 0;
  let all = 0;
  for (const k of COMPLETION) {
    all += w[k];
    const r = rates[RATE_OF[k]];
    if (r === null) continue;
    sum += w[k] * r;
    known += w[k];
  }
  if (known === 0) return sum === 0 && COMPLETION.some((k) => rates[RATE_OF[k]] !== null) ? 0 : null;
  return (sum * all) / known;
}

const orLow = (v: number | null) => (v === null ? -1 : v);

function compare(a: RankedTownship, b: RankedTownship): number {
  const sa = orLow(a.score);
  const sb = orLow(b.score);
  if (Math.abs(sa - sb) > EPS) return sb - sa;
  const ca = orLow(a.rates.committee);
  const cb = orLow(b.rates.committee);
  if (Math.abs(ca - cb) > EPS) return cb - ca;
  if (Math.abs(a.rates.oneShoulder - b.rates.oneShoulder) > EPS) return b.rates.oneShoulder - a.rates.oneShoulder;
  // A finished township that did not report that day has no report time: it follows one that did.
  return (a.firstReportedAt?.getTime() ?? Infinity) - (b.firstReportedAt?.getTime() ?? Infinity) || 0;
}

/**
 * Rank every township for one date. `records` are that date's records. `lastKnown` (optional) are
 * earlier records: a silent township's latest one is carried into its figures and the totals, since
 * figures are cumulative. Unranked (未报送) order follows the county file.
 */
export function rankTownships(
  townships: TownshipDue[],
  records: ProgressRecord[],
  weights: RankingWeights,
  lastKnown: ProgressRecord[] = [],
): RankedTownship[] {
  const byName = new Map(records.map((r) => [r.township, r]));
  const carried = new Map<string, ProgressRecord>();
  for (const r of lastKnown) {
    const prev = carried.get(r.township);
    if (!prev || prev.date < r.date) carried.set(r.township, r);
  }
  const anyReport = records.length > 0;
  const ranked: RankedTownship[] = [];
  const missing: RankedTownship[] = [];
  for (const t of townships) {
    const rec = byName.get(t.name);
    const source = rec ?? carried.get(t.name);
    const due = source?.figures.due ?? t.due;
    const figures = source ? { ...source.figures } : {};
    const rates = ratesOf(figures, due);
    const finished = isFinished(figures, due);
    const row: RankedTownship = {
      name: t.name,
      reported: !!rec,
      finished,
      due,
      figures,
      rates,
      score: scoreOf(rates, weights),
      rank: null,
      ranked: anyReport && (!!rec || finished),
      ...(rec ? { firstReportedAt: rec.firstReportedAt } : {}),
      ...(!rec && source ? { carriedFrom: source.date } : {}),
    };
    (row.ranked ? ranked : missing).push(row);
  }
  ranked.sort(compare);
  ranked.forEach((r, i) => {
    // Exact ties (same score, rates and report time) share a rank.
    r.rank = i > 0 && compare(ranked[i - 1]!, r) === 0 ? ranked[i - 1]!.rank : i + 1;
  });
  if (anyReport) for (const m of missing) m.rank = ranked.length + 1;
  return [...ranked, ...missing];
}

/** County totals over the rows (silent townships count their due and any carried figures). */
export function totalsOf(rows: RankedTownship[]): Totals {
  const sum = (k: 'partyDone' | 'committeeDone' | 'supervisionDone' | 'oneShoulder'): number | null => {
    let s: number | null = null;
    for (const r of rows) if (r.figures[k] !== undefined) s = (s ?? 0) + r.figures[k]!;
    return s;
  };
  const due = rows.reduce((s, r) => s + r.due, 0);
  const t = { partyDone: sum('partyDone'), committeeDone: sum('committeeDone'), supervisionDone: sum('supervisionDone'), oneShoulder: sum('oneShoulder') };
  const figures: Figures = {};
  for (const [k, v] of Object.entries(t)) if (v !== null) figures[k as keyof typeof t] = v;
  const reported = rows.filter((r) => r.reported).length;
  const finishedSilent = rows.filter((r) => !r.reported && r.finished).length;
  return { due, ...t, rates: ratesOf(figures, due), reported, finishedSilent, missing: rows.length - reported - finishedSilent, townships: rows.length };
}

/** The store reads a day's figures need (any Store has them). */
export type DayReader = Pick<Store, 'listRecords' | 'previousRecord' | 'listRevisions'>;

/** How far back an export reads records so each one's previous record is at hand (followCorrections). */
export const LOOKBACK_DAYS = 7;

export interface LoadedDay {
  /** Records of the date. */
  today: ProgressRecord[];
  /**
   * Records of the day before, and each township's last record before that day when it did not report
   * then or when a later change to that record may have left a copy behind.
   */
  before: ProgressRecord[];
  /** The changes since `since` (old not null) and every revision since then of the townships they touch. */
  revisions: Revision[];
}

/**
 * One date's records and the day before, with copied figures following later corrections
 * (followCorrections). `since` must be at or before the start of the day before `date` in county time;
 * the default (UTC midnight two days before) is, in every timezone. Townships that reported the day
 * before need no look further back, so a county of thousands reads two days and a few single records.
 */
export async function loadDay(store: DayReader, townships: TownshipDue[], date: string, since?: Date): Promise<LoadedDay> {
  const yesterday = addDays(date, -1);
  const from = since ?? new Date(`${addDays(date, -2)}T00:00:00Z`);
  // Only a change to a figure already there can leave a copy behind; most days have few, so the
  // revisions read are those changes and the whole history since `since` of the townships they touch.
  const [today, dayBefore, changes] = await Promise.all([store.listRecords({ date }), store.listRecords({ date: yesterday }), store.listRevisions({ since: from, changed: true })]);
  const touched = [...new Set(changes.map((r) => r.township))];
  const revisions = (await Promise.all(touched.map((township) => store.listRevisions({ township, since: from })))).flat();
  const reportedYesterday = new Set(dayBefore.map((r) => r.township));
  // A record changed since `since` (old not null) may have been copied by the next one: its township needs it.
  const changed = new Set(changes.filter((r) => r.date < yesterday).map((r) => r.township));
  const wanted = townships.filter((t) => !reportedYesterday.has(t.name) || changed.has(t.name));
  const older = await Promise.all(wanted.map((t) => store.previousRecord(t.name, yesterday)));
  const all = followCorrections([...older.filter((r): r is ProgressRecord => r !== null), ...dayBefore, ...today], revisions);
  return { today: all.filter((r) => r.date === date), before: all.filter((r) => r.date < date), revisions };
}

/**
 * One date ranked as 进度, GET /api/progress and the console show it: figures are cumulative, so a township
 * silent that day carries its last record into its row and the county totals. The bulletin reads the same
 * day through loadDay too (bulletins/load.ts).
 */
export async function rankDay(
  store: DayReader,
  townships: TownshipDue[],
  weights: RankingWeights,
  date: string,
): Promise<{ rows: RankedTownship[]; records: ProgressRecord[] }> {
  const day = await loadDay(store, townships, date);
  return { rows: rankTownships(townships, day.today, weights, day.before), records: day.today };
}

/** Townships to remind on a date: not reported, and not finished (已全部完成 owes no report). */
export async function owingReport(store: DayReader, townships: TownshipDue[], date: string): Promise<Set<string>> {
  const day = await loadDay(store, townships, date);
  const rows = rankTownships(townships, day.today, { partyDone: 1, committeeDone: 1, supervisionDone: 1 }, day.before);
  return new Set(rows.filter((r) => !r.reported && !r.finished).map((r) => r.name));
}
