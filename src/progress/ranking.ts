// The default ranking (docs/architecture.md, Indicators and ranking): a weighted score of completion rates, ties broken by
// 村委会 rate, then 一肩挑 share, then who reported first. Townships without a record that day are 未报送, last.
import type { Figures, ProgressRecord, Store } from '../store/types.js';

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
  party: number;
  committee: number;
  supervision: number;
  /** 一肩挑 as a share of completed 村委会 elections. */
  oneShoulder: number;
}

export interface RankedTownship {
  name: string;
  reported: boolean;
  /** The record's own due when it states one (应换届数), else the county file's. */
  due: number;
  figures: Figures;
  rates: Rates;
  score: number;
  /** 1-based; every 未报送 township shares the rank after the last reported one. */
  rank: number;
  firstReportedAt?: Date;
  /** For an unreported township: the date of the last known figures carried into totals. */
  carriedFrom?: string;
}

export interface Totals {
  due: number;
  partyDone: number;
  committeeDone: number;
  supervisionDone: number;
  oneShoulder: number;
  rates: Rates;
  reported: number;
  townships: number;
}

const EPS = 1e-9;
const ratio = (n: number | undefined, d: number) => (d > 0 && n !== undefined ? n / d : 0);

export function ratesOf(figures: Figures, due: number): Rates {
  return {
    party: ratio(figures.partyDone, due),
    committee: ratio(figures.committeeDone, due),
    supervision: ratio(figures.supervisionDone, due),
    oneShoulder: ratio(figures.oneShoulder, figures.committeeDone ?? 0),
  };
}

export function scoreOf(rates: Rates, w: RankingWeights): number {
  return w.partyDone * rates.party + w.committeeDone * rates.committee + w.supervisionDone * rates.supervision;
}

function compare(a: RankedTownship, b: RankedTownship): number {
  if (Math.abs(a.score - b.score) > EPS) return b.score - a.score;
  if (Math.abs(a.rates.committee - b.rates.committee) > EPS) return b.rates.committee - a.rates.committee;
  if (Math.abs(a.rates.oneShoulder - b.rates.oneShoulder) > EPS) return b.rates.oneShoulder - a.rates.oneShoulder;
  return (a.firstReportedAt?.getTime() ?? 0) - (b.firstReportedAt?.getTime() ?? 0);
}

/**
 * Rank every township for one date. `records` are that date's records. `lastKnown` (optional) are
 * earlier records: an unreported township's latest one is carried into its figures and the totals,
 * since figures are cumulative, but it still ranks last as 未报送. Unreported order follows the county file.
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
  const reported: RankedTownship[] = [];
  const missing: RankedTownship[] = [];
  for (const t of townships) {
    const rec = byName.get(t.name);
    const source = rec ?? carried.get(t.name);
    const due = source?.figures.due ?? t.due;
    const figures = source ? { ...source.figures } : {};
    const rates = ratesOf(figures, due);
    const row: RankedTownship = {
      name: t.name,
      reported: !!rec,
      due,
      figures,
      rates,
      score: scoreOf(rates, weights),
      rank: 0,
      ...(rec ? { firstReportedAt: rec.firstReportedAt } : {}),
      ...(!rec && source ? { carriedFrom: source.date } : {}),
    };
    (rec ? reported : missing).push(row);
  }
  reported.sort(compare);
  reported.forEach((r, i) => {
    // Exact ties (same score, rates and report time) share a rank.
    r.rank = i > 0 && compare(reported[i - 1]!, r) === 0 ? reported[i - 1]!.rank : i + 1;
  });
  for (const m of missing) m.rank = reported.length + 1;
  return [...reported, ...missing];
}

/** County totals over the ranked rows (unreported townships count their due and any carried figures). */
export function totalsOf(rows: RankedTownship[]): Totals {
  const sum = (f: (r: RankedTownship) => number) => rows.reduce((s, r) => s + f(r), 0);
  const t = {
    due: sum((r) => r.due),
    partyDone: sum((r) => r.figures.partyDone ?? 0),
    committeeDone: sum((r) => r.figures.committeeDone ?? 0),
    supervisionDone: sum((r) => r.figures.supervisionDone ?? 0),
    oneShoulder: sum((r) => r.figures.oneShoulder ?? 0),
  };
  return {
    ...t,
    rates: ratesOf(t, t.due),
    reported: rows.filter((r) => r.reported).length,
    townships: rows.length,
  };
}

/** The store reads a day's ranking needs (any Store has them). */
export type DayReader = Pick<Store, 'listRecords' | 'previousRecord'>;

/**
 * One date ranked as 进度, GET /api/progress and the console show it: figures are cumulative, so a township
 * silent that day carries its last record into its row and the county totals, while it still ranks last as
 * 未报送. The bulletin applies the same rule in bulletins/load.ts, which also needs the days before.
 */
export async function rankDay(
  store: DayReader,
  townships: TownshipDue[],
  weights: RankingWeights,
  date: string,
): Promise<{ rows: RankedTownship[]; records: ProgressRecord[] }> {
  const records = await store.listRecords({ date });
  const reported = new Set(records.map((r) => r.township));
  const earlier = await Promise.all(townships.filter((t) => !reported.has(t.name)).map((t) => store.previousRecord(t.name, date)));
  const lastKnown = earlier.filter((r): r is ProgressRecord => r !== null);
  return { rows: rankTownships(townships, records, weights, lastKnown), records };
}
