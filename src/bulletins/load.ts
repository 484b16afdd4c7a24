// Gathers what composeDaily needs for one date from the store, judged in the county timezone.
import type { County } from '../county.js';
import type { Store } from '../store/types.js';
import { addDays, zonedInstant } from '../time.js';
import { composeDaily, type BulletinData } from './compose.js';

export type BulletinStore = Pick<Store, 'listRecords' | 'listRevisions'>;

export async function loadDaily(store: BulletinStore, county: County, date: string): Promise<BulletinData> {
  const tz = county.timezone;
  const dayStart = zonedInstant(date, '00:00', tz);
  const nextStart = zonedInstant(addDays(date, 1), '00:00', tz);
  const yesterday = addDays(date, -1);
  const from = county.campaign.start && county.campaign.start <= yesterday ? county.campaign.start : undefined;
  const [today, before, revisions] = await Promise.all([
    store.listRecords({ date }),
    store.listRecords({ ...(from ? { from } : {}), to: yesterday }),
    store.listRevisions({ since: dayStart }),
  ]);
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
