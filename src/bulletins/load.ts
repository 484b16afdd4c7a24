// Gathers what composeDaily needs for one date from the store, judged in the county timezone.
import type { County } from '../county.js';
import type { ProgressRecord, Revision, Store } from '../store/types.js';
import { addDays, zonedInstant } from '../time.js';
import { composeDaily, type BulletinData } from './compose.js';

export type BulletinStore = Pick<Store, 'listRecords' | 'listRevisions' | 'previousRecord'>;

/** Most townships report within this many days; older last records are fetched one by one. */
const LOOKBACK_DAYS = 7;

/**
 * A day's first record starts from nothing in its revisions (old null), and a withdrawn one ends in
 * nothing (new null), though that day showed the figures carried from the record before it: those
 * are the figures a late report changed, and the ones a 撤回 of it restored.
 */
async function withCarriedOld(store: BulletinStore, revisions: Revision[]): Promise<Revision[]> {
  const carried = new Map<string, Promise<ProgressRecord | null>>();
  const before = (township: string, date: string) => {
    const key = `${township}|${date}`;
    if (!carried.has(key)) carried.set(key, store.previousRecord(township, date));
    return carried.get(key)!;
  };
  return Promise.all(
    revisions.map(async (r) => {
      if (r.old !== null && r.new !== null) return r;
      const shown = (await before(r.township, r.date))?.figures[r.field] ?? null;
      return { ...r, old: r.old ?? shown, new: r.new ?? shown };
    }),
  );
}

export async function loadDaily(store: BulletinStore, county: County, date: string): Promise<BulletinData> {
  const tz = county.timezone;
  const dayStart = zonedInstant(date, '00:00', tz);
  const nextStart = zonedInstant(addDays(date, 1), '00:00', tz);
  const yesterday = addDays(date, -1);
  const windowStart = addDays(date, -LOOKBACK_DAYS);
  // Changes since the previous bulletin went out: a 更正 sent after yesterday's bulletin belongs in today's.
  const since = new Date(Math.min(zonedInstant(yesterday, county.schedule.bulletin, tz).getTime(), dayStart.getTime()));
  const [today, recent, revisions] = await Promise.all([
    store.listRecords({ date }),
    store.listRecords({ from: windowStart, to: yesterday }),
    store.listRevisions({ since }),
  ]);
  // Figures are cumulative, so a township silent for longer still counts its last record in the totals.
  const seen = new Set(recent.map((r) => r.township));
  const older = await Promise.all(county.townships.filter((t) => !seen.has(t.name)).map((t) => store.previousRecord(t.name, windowStart)));
  const before = [...recent, ...older.filter((r) => r !== null)];
  return composeDaily({
    county: county.county,
    date,
    townships: county.townships.map((t) => ({ name: t.name, due: t.due })),
    weights: county.ranking,
    today,
    yesterday: before.filter((r) => r.date === yesterday),
    before,
    revisions: await withCarriedOld(store, revisions.filter((r) => r.at < nextStart && r.date < date)),
    deadline: zonedInstant(date, county.schedule.deadline, tz),
    timezone: tz,
  });
}
