// What the pages show, read from the store through the shared ranking module, so the console ranks
// exactly like the bulletin and the 排名 command do.
import { identify, type County, type Platform, type Township } from '../../county.js';
import { rankDay, totalsOf, type RankedTownship, type Totals } from '../../progress/ranking.js';
import type { ProgressRecord, Store } from '../../store/types.js';
import { localDate, localTime } from '../../time.js';

export interface ConsoleDeps {
  county: County;
  store: Store;
  now: () => Date;
  adminToken?: string | undefined;
}

export const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isDate(s: unknown): s is string {
  if (typeof s !== 'string' || !DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function today(deps: ConsoleDeps): string {
  return localDate(deps.now(), deps.county.timezone);
}

const stampFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * "2026-11-22 20:15" in county time. Exports stamp every row, so this uses one cached formatter whose
 * locale (sv-SE) already writes ISO order — about 15× faster than formatToParts — and falls back to
 * time.ts should an ICU build ever format it differently.
 */
export function stamp(at: Date, tz: string): string {
  let f = stampFormats.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('sv-SE', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    stampFormats.set(tz, f);
  }
  const s = f.format(at);
  return /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(s) ? s : `${localDate(at, tz)} ${localTime(at, tz)}`;
}

export interface DayRanking {
  date: string;
  rows: RankedTownship[];
  totals: Totals;
  records: Map<string, ProgressRecord>;
}

export async function rankingFor(deps: ConsoleDeps, date: string): Promise<DayRanking> {
  const { county, store } = deps;
  const { rows, records } = await rankDay(store, county.townships, county.ranking, date);
  const byName = new Map(records.map((r) => [r.township, r]));
  return { date, rows, totals: totalsOf(rows), records: byName };
}

export function findTownship(county: County, name: string): Township | undefined {
  return county.townships.find((t) => t.name === name) ?? county.townships.find((t) => t.aliases.includes(name));
}

/** Who a user id ("wecom:hexi_wang" or a bare id) is in the county file, for the history table. */
export function roleOf(county: County, by: string): { role: 'liaison' | 'admin'; township?: string } | undefined {
  const m = /^(wecom|dingtalk):(.+)$/.exec(by);
  const candidates: [Platform, string][] = m ? [[m[1] as Platform, m[2]!]] : [['wecom', by], ['dingtalk', by]];
  for (const [platform, userId] of candidates) {
    const who = identify(county, platform, userId);
    if (who.role === 'admin') return { role: 'admin' };
    if (who.role === 'liaison') return { role: 'liaison', ...(who.townships[0] ? { township: who.townships[0] } : {}) };
  }
  return undefined;
}

/** The x range of a township's trend: from its first report (empty weeks before it say nothing), never past today. */
export function trendRange(county: County, records: ProgressRecord[], day: string): { from: string; to: string } {
  const dates = records.map((r) => r.date).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  let from = first ?? county.campaign.start ?? day;
  let to = county.campaign.end && county.campaign.end < day ? county.campaign.end : day;
  if (last && last > to) to = last;
  if (to < from) to = from;
  return { from, to };
}
