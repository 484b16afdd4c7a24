// The figure a correction says it replaces ("村委会今天是新增2个不是3个"). When it is the day's new ones, the
// corrected new ones count from the day before, not from the record those wrong new ones made today.
import type { IndicatorKey } from '../store/types.js';
import type { Item } from './types.js';

type Replaced = { key: IndicatorKey; n: number; township: string | null; date: string };

/** Mark each day's new ones with the new ones the message says they replace. */
export function markReplaced(items: Item[], replaced: Replaced[]): void {
  for (const item of items) {
    if (item.value.kind !== 'increment') continue;
    const old = replaced.find((r) => r.key === item.key && r.township === item.township && r.date === item.date);
    if (old) item.value = { ...item.value, was: old.n };
  }
}
