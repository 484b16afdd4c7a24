// Gathers what composeDaily needs for one date from the store, judged in the county timezone.
import type { County } from '../county.js';
import type { Store } from '../store/types.js';
import { addDays, zonedInstant } from '../time.js';
import { composeDaily, type BulletinData } from './compose.js';

export type BulletinStore = Pick<Store, 'listRecords' | 'listRevisions' | 'previousRecord'>;

/** Most townships report within this many days; older last records are fetched one by one. */
const LOOKBACK_DAYS = 7;

export async function loadDaily(store: BulletinStore, county: County, date: string): Promise<BulletinData> {
  const tz = county.timezone;
  const dayStart = zonedInstant(date, '00:00', tz);
  const nextStart = zonedInstant(addDays(date, 1), '00:00', tz);
  const yesterday = addDays(date, -1);
  const windowStart = addDays(date, -LOOKBACK_DAYS);
  const [today, recent, revisions] = await Promise.all([
    store.listRecords({ date }),
    store.listRecords({ from: windowStart, to: yesterday }),
    store.listRevisions({ since: dayStart }),
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
    revisions: revisions.filter((r) => r.at < nextStart),
    deadline: zonedInstant(date, county.schedule.deadline, tz),
    timezone: tz,
  });
}
