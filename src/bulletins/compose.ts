// The daily bulletin as data: ranking, moves since the previous day, new completions, top and last
// three, 未报送, late reporters, corrections of earlier days, and the structure table once a township
// has finished. Pure: the loader (load.ts) gathers the records, tests feed them directly.
import { rankTownships, totalsOf, type RankedTownship, type RankingWeights, type Totals, type TownshipDue } from '../progress/ranking.js';
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

/** New completions since the township's previous record (all of them on its first record). */
export interface Increments {
  partyDone: number;
  committeeDone: number;
  supervisionDone: number;
  oneShoulder: number;
}

export interface BulletinRow extends RankedTownship {
  /** Shares its rank with another township. */
  tied: boolean;
  /** Places gained since the previous day (negative: lost); null when either day is unreported. */
  move: number | null;
  /** Null for an unreported township. */
  inc: Increments | null;
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
  /** County-wide new completions since the previous records. */
  totalsInc: Increments;
  /** Reported townships, in rank order. */
  ranked: BulletinRow[];
  missing: BulletinRow[];
  top: BulletinRow[];
  bottom: BulletinRow[];
  late: BulletinRow[];
  corrections: Correction[];
  /** Townships whose 党组织 and 村委会 elections are all done, with structure figures; null when none. */
  structure: { rows: StructureRow[]; total: StructureRow } | null;
}

const INC_KEYS = ['partyDone', 'committeeDone', 'supervisionDone', 'oneShoulder'] as const;
const STRUCTURE_KEYS = ['under35', 'college', 'female', 'avgAge'] as const;

function increments(now: Figures, prev: Figures = {}): Increments {
  const inc = {} as Increments;
  for (const k of INC_KEYS) inc[k] = (now[k] ?? 0) - (prev[k] ?? 0);
  return inc;
}

function latestPerTownship(records: ProgressRecord[]): Map<string, ProgressRecord> {
  const out = new Map<string, ProgressRecord>();
  for (const r of records) {
    const prev = out.get(r.township);
    if (!prev || prev.date < r.date) out.set(r.township, r);
  }
  return out;
}

/** Top three by rank (ties at third place included) and the last three reported, not repeating the top. */
function ends(ranked: BulletinRow[]): { top: BulletinRow[]; bottom: BulletinRow[] } {
  const top = ranked.filter((r) => r.rank <= 3);
  const rest = ranked.filter((r) => r.rank > 3);
  const cut = rest.length > 3 ? rest[rest.length - 3]!.rank : 0;
  return { top, bottom: rest.filter((r) => r.rank >= cut) };
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
  return { rows: list, total };
}

export function composeDaily(input: ComposeInput): BulletinData {
  const before = latestPerTownship(input.before.filter((r) => r.date < input.date));
  const rows = rankTownships(input.townships, input.today, input.weights, [...before.values()]);
  const prevRank = new Map(rankTownships(input.townships, input.yesterday, input.weights).filter((r) => r.reported).map((r) => [r.name, r.rank]));
  const rankCount = new Map<number, number>();
  for (const r of rows) if (r.reported) rankCount.set(r.rank, (rankCount.get(r.rank) ?? 0) + 1);

  const all: BulletinRow[] = rows.map((r) => {
    const prev = prevRank.get(r.name);
    return {
      ...r,
      tied: r.reported && (rankCount.get(r.rank) ?? 0) > 1,
      move: r.reported && prev !== undefined ? prev - r.rank : null,
      inc: r.reported ? increments(r.figures, before.get(r.name)?.figures) : null,
      late: !!(r.reported && input.deadline && r.firstReportedAt && r.firstReportedAt > input.deadline),
    };
  });
  const ranked = all.filter((r) => r.reported);
  const totalsInc: Increments = { partyDone: 0, committeeDone: 0, supervisionDone: 0, oneShoulder: 0 };
  for (const r of ranked) for (const k of INC_KEYS) totalsInc[k] += r.inc![k];
  return {
    county: input.county,
    date: input.date,
    weights: input.weights,
    totals: totalsOf(rows),
    totalsInc,
    ranked,
    missing: all.filter((r) => !r.reported),
    ...ends(ranked),
    // Report times are shown for late reporters only; formatting 2,000 of them would dominate the run.
    late: ranked
      .filter((r) => r.late)
      .sort((a, b) => a.firstReportedAt!.getTime() - b.firstReportedAt!.getTime())
      .map((r) => (input.timezone ? { ...r, reportedLocal: { date: localDate(r.firstReportedAt!, input.timezone), time: localTime(r.firstReportedAt!, input.timezone) } } : r)),
    corrections: corrections(input.revisions ?? [], input.date),
    structure: structureOf(rows),
  };
}
