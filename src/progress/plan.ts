// Step 3: decide who the figures belong to, whether the sender may report them, and what exactly
// would be stored. All-or-nothing: one error anywhere in a message and no record is planned.
import type { Figures, IndicatorKey, ProgressRecord } from '../store/types.js';
import type { TownshipMatcher } from './townships.js';
import type { FieldChange, Item, ParsedReport, PlannedRecord, ReportError, ReportWarning } from './types.js';
import { checkRecord } from './checks.js';

export interface ReportSender {
  isAdmin: boolean;
  /** Townships the sender is a liaison for. */
  townships: string[];
}

export interface Assigned {
  items: (Item & { township: string })[];
  errors: ReportError[];
}

/**
 * Give every item a township (a liaison's message without one means their own township) and check
 * the sender may report for it. Authorisation problems are returned alone: there is no point
 * discussing the figures of a township the sender may not report for.
 */
export function assign(parsed: ParsedReport, sender: ReportSender): Assigned {
  const other = !sender.isAdmin && sender.townships.length === 0;
  const named = [...new Set(parsed.items.map((i) => i.township).filter((t): t is string => t !== null))];
  const anonymous = parsed.items.some((i) => i.township === null);
  if (other) return { items: [], errors: [{ code: 'not-authorised', ...(named[0] ? { township: named[0] } : {}) }] };
  const foreign = sender.isAdmin ? [] : named.filter((t) => !sender.townships.includes(t));
  if (foreign.length) return { items: [], errors: foreign.map((t) => ({ code: 'not-your-township' as const, township: t })) };
  const own = !sender.isAdmin && sender.townships.length === 1 ? sender.townships[0]! : null;
  const errors = [...parsed.errors];
  if (anonymous && !own) errors.push({ code: 'no-township' });
  const items = parsed.items.filter((i) => i.township !== null || own).map((i) => ({ ...i, township: i.township ?? own! }));
  return { items, errors };
}

export interface RecordState {
  current: ProgressRecord | null;
  previous: ProgressRecord | null;
}

export const stateKey = (township: string, date: string) => `${township}\u0000${date}`;

export interface PlanResult {
  records: PlannedRecord[];
  errors: ReportError[];
  warnings: ReportWarning[];
}

/** Turn assigned items into the records to write, given what is stored for each (township, date). */
export function planRecords(
  assigned: Assigned,
  states: Map<string, RecordState>,
  townships: TownshipMatcher,
  correction: boolean,
): PlanResult {
  const errors = [...assigned.errors];
  const warnings: ReportWarning[] = [];
  const groups = new Map<string, (Item & { township: string })[]>();
  for (const item of assigned.items) {
    const k = stateKey(item.township, item.date);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  const records: PlannedRecord[] = [];
  for (const [k, items] of groups) {
    const { township, date } = items[0]!;
    const state = states.get(k) ?? { current: null, previous: null };
    const current = state.current?.figures ?? null;
    const previous = state.previous?.figures ?? null;
    const base: Figures = { ...(current ?? previous ?? {}) };
    const countyDue = townships.due(township) ?? 0;
    const ctx = { township, date, errors, warnings };

    const resolved = new Map<IndicatorKey, FieldChange>();
    const dueItems = items.filter((i) => i.key === 'due');
    // Due first: percentages and 全部完成 elsewhere in the message are shares of the stated due.
    for (const item of [...dueItems, ...items.filter((i) => i.key !== 'due')]) {
      const stated = resolved.get('due')?.value;
      const due = stated ?? base.due ?? countyDue;
      const last = current?.[item.key] ?? previous?.[item.key];
      let value: number;
      const spec = item.value;
      if (spec.kind === 'number') value = spec.n;
      else if (spec.kind === 'all') value = due;
      else if (spec.kind === 'increment') {
        if (last === undefined) warnings.push({ code: 'no-base', township, date, field: item.key, raw: spec.raw });
        value = (last ?? 0) + spec.n;
      } else {
        value = Math.round((spec.p * due) / 100);
        if (due === 0 || Math.abs((value / due) * 100 - spec.p) >= 0.5) {
          errors.push({ code: 'percent-inexact', township, date, field: item.key, raw: spec.raw, limit: due });
          continue;
        }
      }
      const prior = resolved.get(item.key);
      if (prior && prior.value !== value) {
        errors.push({ code: 'conflict', township, date, field: item.key, value, limit: prior.value });
        continue;
      }
      resolved.set(item.key, { key: item.key, value, spec, ...(last !== undefined ? { last } : {}) });
    }

    const set: Figures = {};
    for (const c of resolved.values()) set[c.key] = c.value;
    const figures: Figures = { ...base, ...set };
    const due = figures.due ?? countyDue;
    checkRecord(ctx, { set, figures, due, countyDue, changes: [...resolved.values()], correction, known: base.due });
    records.push({
      township,
      date,
      set,
      changes: [...resolved.values()],
      figures,
      previous,
      previousDate: state.previous?.date ?? null,
      current,
      due,
    });
  }
  if (errors.length) return { records: [], errors: dedupe(errors), warnings: [] };
  return { records, errors: [], warnings: dedupe(warnings) };
}

function dedupe<T extends { code: string }>(issues: T[]): T[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = JSON.stringify(i);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
