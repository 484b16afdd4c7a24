// Warnings a recorded message carries about records it did not change: a later day still holding the
// figure just replaced or now lower than it, and a replaced figure that is not what the record held.
import type { IndicatorKey, Store } from '../store/types.js';
import { addDays } from '../time.js';
import { MAY_GO_DOWN } from './checks.js';
import type { assign } from './plan.js';
import type { ParsedReport, PlannedRecord, ReportWarning } from './types.js';

/**
 * A backfill or 更正 of an earlier day leaves the township's later records as they were: where the
 * latest still holds the figure this message replaced, say so (the ranking reads the latest day);
 * where the next later record is now lower than the figure just set (a dip in a cumulative count,
 * 较前日-1), say so too. Both give the 更正 to send; the message is recorded either way.
 */
export async function laterDiffers(store: Store, records: PlannedRecord[]): Promise<ReportWarning[]> {
  const out: ReportWarning[] = [];
  for (const rec of records) {
    const later = await store.listRecords({ township: rec.township, from: addDays(rec.date, 1) });
    const latest = later.at(-1);
    if (!latest) continue;
    // Days this message sets itself are planned from this record already.
    const planned = records.filter((r) => r.township === rec.township && r.date > rec.date);
    const next = later[0]!;
    const latestPlanned = planned.some((r) => r.date >= latest.date);
    const nextPlanned = planned.some((r) => r.date <= next.date);
    for (const [field, value] of Object.entries(rec.set) as [IndicatorKey, number][]) {
      const replaced = rec.current?.[field] ?? rec.previous?.[field];
      if (!latestPlanned && replaced !== undefined && replaced !== value && latest.figures[field] === replaced) {
        out.push({ code: 'later-differs', township: rec.township, date: latest.date, field, value: replaced, limit: value });
        if (latest === next) continue;
      }
      if (nextPlanned) continue;
      const held = next.figures[field];
      if (held !== undefined && held < value && !MAY_GO_DOWN.includes(field)) {
        out.push({ code: 'later-lower', township: rec.township, date: next.date, field, value: held, limit: value });
      }
    }
  }
  // Two days of one message can point at the same later record: say it once.
  return out.filter((w, i) => out.findIndex((o) => JSON.stringify(o) === JSON.stringify(w)) === i);
}

/**
 * "不是9个" when the record holds 7: the sender misremembers what was reported. The new figure is
 * recorded all the same; the reply says what the record held ("记录中为7，已改为8").
 */
export function replacedDiffers(parsed: ParsedReport, assigned: ReturnType<typeof assign>, records: PlannedRecord[]): ReportWarning[] {
  const out: ReportWarning[] = [];
  for (const r of parsed.replaced) {
    const township = r.township ?? assigned.items[0]?.township;
    const rec = records.find((x) => x.township === township && x.date === r.date);
    const recorded = rec?.current?.[r.key] ?? rec?.previous?.[r.key];
    const now = rec?.set[r.key];
    // "新增2个不是3个": the new ones replaced, not the total — what the record grew by that day.
    const grew = (rec?.current?.[r.key] ?? NaN) - (rec?.previous?.[r.key] ?? NaN);
    // (Or a span's new ones: "本周新增是2个不是3个".)
    if (grew === r.n && assigned.items.some((i) => i.key === r.key && (i.value.kind === 'increment' || (i.value.kind === 'number' && i.value.from)) && i.value.was === r.n)) continue;
    if (rec && recorded !== undefined && now !== undefined && recorded !== r.n) out.push({ code: 'replaced-differs', township: rec.township, date: rec.date, field: r.key, value: now, limit: recorded, raw: String(r.n) });
  }
  return out;
}
