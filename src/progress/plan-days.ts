// "20号完成2个，21号完成3个", "23日 2个 / 25日 1个 / 27日 1个": one indicator's figures on several days that,
// read as running totals, would go down — below the record before the first day, or from one day to the
// next — are each day's new ones. So are figures whose sum a total beside them states ("…累计16个"). They
// are added to the record before the first day and stored once, on the last day: the days between were
// never said as totals, so nothing is written for them. A total said beside them (累计16个, 全部完成) must
// agree with the sum — the ledger's conflict check refuses the message otherwise.
// Also the record a message plans before a day (plannedBefore), which such checks compare against.
import type { IndicatorKey, ProgressRecord } from '../store/types.js';
import { addDays } from '../time.js';
import type { RecordState } from './plan.js';
import type { Item, PlannedRecord } from './types.js';

type Placed = Item & { township: string };
type Stored = (township: string, date: string) => RecordState | undefined;

const plain = (i: Item) => i.value.kind === 'number' && !i.value.implied && !i.value.bare;
const count = (i: Item) => (i.value.kind === 'number' ? i.value.n : 0);

export function readDayCounts<T extends Placed>(items: T[], stored: Stored, keys: IndicatorKey[]): T[] {
  let out = items;
  const series = new Map<string, T[]>();
  for (const i of items) {
    if (!keys.includes(i.key) || !plain(i)) continue;
    const k = `${i.township}\u0000${i.key}`;
    series.set(k, [...(series.get(k) ?? []), i]);
  }
  for (const figures of series.values()) {
    const dates = [...new Set(figures.map((i) => i.date))].sort();
    if (dates.length < 2) continue;
    const { township, key } = figures[0]!;
    const first = dates[0]!;
    const last = dates.at(-1)!;
    const atFirst = stored(township, first);
    // A record already on one of the days, or between them, may hold some of the new ones: adding would count twice.
    if (atFirst?.current) continue;
    const before = stored(township, last)?.previous;
    if (before && before.date >= first) continue;
    // Only the record of the day before the first day is a base: with a day between unknown, its new ones would be
    // missing from the sum ("21号完成5个，22号完成4个" with the 19th on record) — read as totals, which the checks refuse.
    if (atFirst?.previous && atFirst.previous.date !== addDays(first, -1)) continue;
    const base = atFirst?.previous?.figures[key];
    // The first figure of each day is that day's; another on the same day is a total said beside it.
    const days = dates.map((d) => figures.find((i) => i.date === d)!);
    const totals = figures.filter((i) => !days.includes(i));
    // "25日1个、26日1个，截至27日累计7个": the last day's figure is a total when it is what the others add up to.
    const upTo = (n: number) => (base ?? 0) + days.slice(0, n).reduce((s, i) => s + count(i), 0);
    const fall = (list: T[]) => list.some((d, n) => count(d) < (n === 0 ? base ?? 0 : count(list[n - 1]!)));
    // Only beside figures that already read as new ones: three running totals may add up by chance.
    if (days.length > 2 && fall(days.slice(0, -1)) && count(days.at(-1)!) === upTo(days.length - 1)) totals.push(days.pop()!);
    const sum = upTo(days.length) - (base ?? 0);
    const agrees = totals.some((t) => count(t) === (base ?? 0) + sum);
    const each = days.some((d) => d.value.kind === 'number' && d.value.each);
    if (!fall(days) && !agrees && !each) continue;
    const date = [...days, ...totals].map((i) => i.date).sort().at(-1)!;
    // Totals said on the way (12.2 …累计14个 / 12.3 …累计15个) are passed by the last one, like the days.
    const passed = totals.filter((t) => t.date < date);
    out = out.filter((i) => !passed.includes(i));
    const raw = days.map((d) => d.value.kind === 'number' && d.value.raw).join('、');
    const read: T | null =
      base !== undefined
        ? { ...days[0]!, date, value: { kind: 'number', n: base + sum, raw } }
        : totals.length
          ? null
          : { ...days[0]!, date, value: { kind: 'increment', n: sum, raw } };
    out = out.filter((i) => !days.includes(i));
    if (read) out = [...out, read];
  }
  return out;
}

/** The latest record this message plans for the township before `date`, as the record it would leave. */
export function plannedBefore(records: PlannedRecord[], township: string, date: string): ProgressRecord | null {
  const earlier = records.filter((r) => r.township === township && r.date < date).at(-1);
  if (!earlier) return null;
  const at = new Date(0);
  return { township, date: earlier.date, figures: earlier.figures, firstReportedAt: at, updatedAt: at, updatedBy: '' };
}
