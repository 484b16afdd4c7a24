// The figure a correction says it replaces ("村委会今天是新增2个不是3个"). When it is the day's new ones, the
// corrected new ones count from the day before, not from the record those wrong new ones made today.
import type { Figures, IndicatorKey } from '../store/types.js';
import type { Item, ValueSpec } from './types.js';

type Replaced = { key: IndicatorKey; n: number; township: string | null; date: string };

/** Mark each day's new ones with the new ones the message says they replace. */
export function markReplaced(items: Item[], replaced: Replaced[]): void {
  for (const item of items) {
    if (item.value.kind !== 'increment' && !(item.value.kind === 'number' && item.value.from)) continue;
    const old = replaced.find((r) => r.key === item.key && r.township === item.township && r.date === item.date);
    if (old) item.value = { ...item.value, was: old.n };
  }
}

/**
 * "刚才报错了,今天是新增2个不是3个": when today's record grew from the day before by exactly the new ones replaced,
 * the corrected new ones count from the day before.
 */
export function replacing(spec: Extract<ValueSpec, { kind: 'increment' }>, key: IndicatorKey, current: Figures | null, previous: Figures | null): number | undefined {
  const [now, before] = [current?.[key], previous?.[key]];
  if (spec.was === undefined || now === undefined || before === undefined || now - before !== spec.was) return undefined;
  return before + spec.n;
}
