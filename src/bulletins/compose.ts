// The daily bulletin as data (docs/figures.md): ranking, moves since the previous day, progress and first
// reports, top and last three, 未报送, late reporters, corrections of earlier days, and the structure table once a township
// has finished. Pure: the loader (load.ts) gathers the records, tests feed them directly.
import { rankTownships, totalsOf, type RankedTownship, type RankingWeights, type Totals, type TownshipDue } from '../progress/ranking.js';
import { dayChange } from '../figures.js';
import type { Figures, IndicatorKey, ProgressRecord, Revision } from '../store/types.js';
import { localDate, localTime } from '../time.js';

export interface ComposeInput {
  county: string;
  date: string;
  townships: TownshipDue[];
  weights: RankingWeights;
  /** Records of `date`. */
  today: ProgressRecord[];
  /** Records of the day before `date` (for the previous ranking). */
  yesterday: ProgressRecord[];
  /** Each township's latest record strictly before `date` (deltas, and figures carried for 未报送). */
  before: ProgressRecord[];
  /**
   * Revisions made since the previous bulletin: every change to an earlier date among them is listed
   * (更正, a late report, a 撤回), with `old` as the figure that date showed before.
   */
  revisions?: Revision[];
  /** When reports were due on `date`; a first report after it is late. */
  deadline?: Date;
  /** County timezone, for showing report times. */
  timezone?: string;
}

export type IncKey = 'partyDone' | 'committeeDone' | 'supervisionDone' | 'oneShoulder';

/**
 * Progress since the township's last known figure (today's figure minus it, however many days ago it was
 * reported); null where there is nothing to compare (a first report, or not reported at all).
 */
export type Increments = Record<IncKey, number | null>;

export interface BulletinRow extends RankedTownship {
  /** Shares its rank with another township. */
  tied: boolean;
  /** Places gained since the previous day (negative: lost); null when either day is unranked. */
  move: number | null;
  /** Null for a township silent that day. */
  inc: Increments | null;
  /** Indicators reported for the first time today, with their figures: shown apart as 首次报送, not as progress. */
  first: Partial<Record<IncKey, number>>;
  /** Nothing was known of the township before today. */
  firstEver: boolean;
  /** First report after the deadline. */
  late: boolean;
  /** Local date and HH:MM of the first report (set on the rows of `late`). */
  reportedLocal?: { date: string; time: string };
}

export interface Correction {
  township: string;
  date: string;
  field: IndicatorKey;
  old: number | null;
  new: number | null;
}

export interface StructureRow {
  name: string;
  under35?: number;
  college?: number;
  female?: number;
  avgAge?: number;
}

export interface BulletinData {
  county: string;
  date: string;
  weights: RankingWeights;
  totals: Totals;
  /** County-wide progress (first reports left out); null where no township has progress to compare. */
  totalsInc: Increments;
  /** County-wide sums of today's first reports; null where there is none. */
  totalsFirst: Increments;
  /** Ranked townships (reported today, or finished), in rank order. */
  ranked: BulletinRow[];
  /** 未报送: silent today and not finished. */
  missing: BulletinRow[];
  /** Silent today but finished (已全部完成): ranked by their figures on a day others reported, never 未报送. */
  finishedSilent: BulletinRow[];
  top: BulletinRow[];
  bottom: BulletinRow[];
  late: BulletinRow[];
  corrections: Correction[];
  /** Townships whose 党组织 and 村委会 elections are all done, with structure figures; null when none. */
  structure: { rows: StructureRow[]; total: StructureRow | null } | null;
}

const INC_KEYS = ['partyDone', 'committeeDone', 'supervisionDone', 'oneShoulder'] as const;
const STRUCTURE_KEYS = ['under35', 'college', 'female', 'avgAge'] as const;

function changes(now: Figures, prev: Figures = {}): { inc: Increments; first: Partial<Record<IncKey, number>> } {
  const inc = {} as Increments;
  const first: Partial<Record<IncKey, number>> = {};
  for (const k of INC_KEYS) {
    const c = dayChange(now[k], prev[k]);
    inc[k] = c.kind === 'progress' ? c.by : null;
    if (c.kind === 'first') first[k] = c.value;
  }
  return { inc, first };
}

function sumOf(rows: BulletinRow[], pick: (r: BulletinRow, k: IncKey) => number | null | undefined): Increments {
  const out = {} as Increments;
  for (const k of INC_KEYS) {
    let s: number | null = null;
    for (const r of rows) {
      const v = pick(r, k);
      if (v !== null && v !== undefined) s = (s ?? 0) + v;
    }
    out[k] = s;
  }
  return out;
}

/** Each township's latest record before `date`, and before `yesterday` (what the day before carried), in one pass. */
function latestBefore(records: ProgressRecord[], date: string, yesterday: string | undefined) {
  const before = new Map<string, ProgressRecord>();
  const beforeYesterday = new Map<string, ProgressRecord>();
  for (const r of records) {
    if (r.date >= date) continue;
    const prev = before.get(r.township);
    if (!prev || prev.date < r.date) before.set(r.township, r);
    if (yesterday === undefined || r.date >= yesterday) continue;
    const older = beforeYesterday.get(r.township);
    if (!older || older.date < r.date) beforeYesterday.set(r.township, r);
  }
  return { before, beforeYesterday };
}

/** Below this many ranked townships the last three would mostly repeat the first three: one list only. */
export const BOTH_ENDS_FROM = 7;

/** Top three by rank (ties at third place included) and the last three, never repeating a township of the top. */
function ends(ranked: BulletinRow[]): { top: BulletinRow[]; bottom: BulletinRow[] } {
  const top = ranked.filter((r) => r.rank! <= 3);
  const rest = ranked.filter((r) => r.rank! > 3);
  if (ranked.length < BOTH_ENDS_FROM || !rest.length) return { top, bottom: [] };
  const cut = rest.length > 3 ? rest[rest.length - 3]!.rank! : 0;
  return { top, bottom: rest.filter((r) => r.rank! >= cut) };
}

function corrections(revisions: Revision[], date: string): Correction[] {
  // Several edits of one field read as one change: first old → last new, so a 更正 that was withdrawn
  // (12 → 11, then 11 → 12) is no change at all. A late report for an earlier day counts too: the
  // figures leaders saw for that day have changed all the same.
  const byKey = new Map<string, Correction>();
  for (const r of [...revisions].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    if (r.date >= date) continue;
    const key = `${r.township}|${r.date}|${r.field}`;
    const seen = byKey.get(key);
    if (seen) seen.new = r.new;
    else byKey.set(key, { township: r.township, date: r.date, field: r.field, old: r.old, new: r.new });
  }
  return [...byKey.values()].filter((c) => c.old !== c.new).sort((a, b) => a.date.localeCompare(b.date) || a.township.localeCompare(b.township, 'zh'));
}

function structureOf(rows: RankedTownship[]): BulletinData['structure'] {
  const done = rows.filter(
    (r) => r.due > 0 && (r.figures.partyDone ?? 0) >= r.due && (r.figures.committeeDone ?? 0) >= r.due && STRUCTURE_KEYS.some((k) => r.figures[k] !== undefined),
  );
  if (!done.length) return null;
  const list: StructureRow[] = done.map((r) => {
    const row: StructureRow = { name: r.name };
    for (const k of STRUCTURE_KEYS) if (r.figures[k] !== undefined) row[k] = r.figures[k];
    return row;
  });
  const total: StructureRow = { name: '' };
  for (const k of ['under35', 'college', 'female'] as const) {
    const vals = list.flatMap((r) => (r[k] === undefined ? [] : [r[k]]));
    if (vals.length) total[k] = vals.reduce((s, v) => s + v, 0);
  }
  // Member counts are not reported, so the county figure is the mean of the townships' averages.
  const ages = list.flatMap((r) => (r.avgAge === undefined ? [] : [r.avgAge]));
  if (ages.length) total.avgAge = ages.reduce((s, v) => s + v, 0) / ages.length;
  // One township's 合计 would only repeat its own line.
  return { rows: list, total: list.length > 1 ? total : null };
}

export function composeDaily(input: ComposeInput): BulletinData {
  const yesterday = input.yesterday[0]?.date;
  const { before, beforeYesterday } = latestBefore(input.before, input.date, yesterday);
  const rows = rankTownships(input.townships, input.today, input.weights, [...before.values()]);
  const prevRank = new Map(
    rankTownships(input.townships, input.yesterday, input.weights, [...beforeYesterday.values()])
      .filter((r) => r.ranked)
      .map((r) => [r.name, r.rank!]),
  );
  const rankCount = new Map<number, number>();
  for (const r of rows) if (r.ranked) rankCount.set(r.rank!, (rankCount.get(r.rank!) ?? 0) + 1);

  const all: BulletinRow[] = rows.map((r) => {
    const prev = prevRank.get(r.name);
    const change = r.reported ? changes(r.figures, before.get(r.name)?.figures) : null;
    return {
      ...r,
      tied: r.ranked && (rankCount.get(r.rank!) ?? 0) > 1,
      move: r.ranked && prev !== undefined ? prev - r.rank! : null,
      inc: change?.inc ?? null,
      first: change?.first ?? {},
      firstEver: r.reported && !before.has(r.name),
      late: !!(r.reported && input.deadline && r.firstReportedAt && r.firstReportedAt > input.deadline),
    };
  });
  const ranked = all.filter((r) => r.ranked);
  const reported = all.filter((r) => r.reported);
  return {
    county: input.county,
    date: input.date,
    weights: input.weights,
    totals: totalsOf(rows),
    totalsInc: sumOf(reported, (r, k) => r.inc?.[k]),
    totalsFirst: sumOf(reported, (r, k) => r.first[k]),
    ranked,
    missing: all.filter((r) => !r.ranked && !r.finished),
    finishedSilent: all.filter((r) => !r.reported && r.finished),
    ...ends(ranked),
    // Report times are shown for late reporters only; formatting 2,000 of them would dominate the run.
    late: reported
      .filter((r) => r.late)
      .sort((a, b) => a.firstReportedAt!.getTime() - b.firstReportedAt!.getTime())
      .map((r) => (input.timezone ? { ...r, reportedLocal: { date: localDate(r.firstReportedAt!, input.timezone), time: localTime(r.firstReportedAt!, input.timezone) } } : r)),
    corrections: corrections(input.revisions ?? [], input.date),
    structure: structureOf(rows),
  };
}
