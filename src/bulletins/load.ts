// Gathers what composeDaily needs for one date from the store, judged in the county timezone.
import type { County } from '../county.js';
import type { ProgressRecord, Revision, Store } from '../store/types.js';
import { addDays, zonedInstant } from '../time.js';
import { loadDay } from '../progress/ranking.js';
import { composeDaily, type BulletinData } from './compose.js';

export type BulletinStore = Pick<Store, 'listRecords' | 'listRevisions' | 'previousRecord'>;

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
  // Changes since the previous bulletin went out: a 更正 sent after yesterday's bulletin belongs in today's.
  const since = new Date(Math.min(zonedInstant(yesterday, county.schedule.bulletin, tz).getTime(), dayStart.getTime()));
  const townships = county.townships.map((t) => ({ name: t.name, due: t.due }));
  // Figures are cumulative, so a township silent for longer still counts its last record in the totals;
  // copied figures follow later corrections of the day they copied (docs/figures.md).
  const day = await loadDay(store, townships, date, zonedInstant(yesterday, '00:00', tz));
  // Every change to an earlier day since then, late first reports included: what leaders saw has changed.
  const revisions = (await store.listRevisions({ since, before: date })).filter((r) => r.at < nextStart);
  return composeDaily({
    county: county.county,
    date,
    townships,
    weights: county.ranking,
    today: day.today,
    yesterday: day.before.filter((r) => r.date === yesterday),
    before: day.before,
    revisions: await withCarriedOld(store, revisions),
    deadline: zonedInstant(date, county.schedule.deadline, tz),
    timezone: tz,
  });
}
