// The validation rules: what is refused (errors) and what is recorded but pointed out (warnings).
import type { Figures, IndicatorKey } from '../store/types.js';
import type { FieldChange, ReportError, ReportWarning } from './types.js';

const DONE: IndicatorKey[] = ['partyDone', 'committeeDone', 'supervisionDone'];
/** Not cumulative counts: a lower value is not a decrease to refuse. */
export const MAY_GO_DOWN: IndicatorKey[] = ['due', 'avgAge'];
export const AVG_AGE_RANGE = [18, 80] as const;
/** A one-day rise of at least this share of the due count (and at least 5) is flagged. */
export const LARGE_JUMP_SHARE = 0.5;

interface CheckContext {
  township: string;
  date: string;
  errors: ReportError[];
  warnings: ReportWarning[];
}

export interface CheckInput {
  /** Fields this message sets. */
  set: Figures;
  /** The record as it would be stored. */
  figures: Figures;
  due: number;
  countyDue: number;
  changes: FieldChange[];
  correction: boolean;
  /** The due already on record (stated earlier), if any. */
  known: number | undefined;
}

export function checkRecord(ctx: CheckContext, input: CheckInput): void {
  const { set, figures, due, changes, correction } = input;
  const at = { township: ctx.township, date: ctx.date };
  const touched = (...keys: IndicatorKey[]) => keys.some((k) => set[k] !== undefined);
  const err = (e: Omit<ReportError, 'township' | 'date'>) => ctx.errors.push({ ...at, ...e });
  const warn = (w: Omit<ReportWarning, 'township' | 'date'>) => ctx.warnings.push({ ...at, ...w });

  // Checks of one figure the message gives.
  for (const c of changes) {
    if (c.key !== 'avgAge' && !Number.isInteger(c.value)) err({ code: 'not-integer', field: c.key, value: c.value, raw: c.spec.raw });
  }
  for (const k of DONE) {
    const v = figures[k];
    if (v !== undefined && v > due && touched(k)) err({ code: 'over-due', field: k, value: v, limit: due });
  }
  if (set.avgAge !== undefined && (set.avgAge < AVG_AGE_RANGE[0] || set.avgAge > AVG_AGE_RANGE[1])) {
    err({ code: 'avg-age-range', field: 'avgAge', value: set.avgAge, limit: set.avgAge < AVG_AGE_RANGE[0] ? AVG_AGE_RANGE[0] : AVG_AGE_RANGE[1] });
  }
  for (const c of changes) {
    if (MAY_GO_DOWN.includes(c.key) || c.last === undefined) continue;
    if (c.value < c.last && !correction) err({ code: 'decrease', field: c.key, value: c.value, limit: c.last });
    if (DONE.includes(c.key) && c.value - c.last >= Math.max(5, Math.ceil(due * LARGE_JUMP_SHARE))) {
      warn({ code: 'large-jump', field: c.key, value: c.value, limit: c.last });
    }
  }

  // Checks between two figures: only when the message gives one of them and refuses neither. Otherwise
  // the reply would discuss a stored figure against one that is not going to be stored ("一肩挑5人超过
  // 村委会1个" when the 1 is itself refused); the message is refused anyway.
  const refused = refusedFields(ctx);
  const compare = (...keys: IndicatorKey[]) => touched(...keys) && !keys.some((k) => refused.has(k));
  for (const k of DONE) {
    const v = figures[k];
    if (v !== undefined && v > due && !touched(k) && compare('due')) err({ code: 'over-due', field: k, value: v, limit: due });
  }
  // 一肩挑 happens when a 村委会 is elected: bounded by 村委会完成, or by the due count while that is
  // unknown — or refused in this message, so a typed 一肩挑 is still checked against something.
  const { oneShoulder } = figures;
  const committee = refused.has('committeeDone') ? undefined : figures.committeeDone;
  if (oneShoulder !== undefined && committee !== undefined && oneShoulder > committee && compare('oneShoulder', 'committeeDone')) {
    err({ code: 'one-shoulder-over', field: 'oneShoulder', value: oneShoulder, limit: committee });
  } else if (oneShoulder !== undefined && committee === undefined && oneShoulder > due && (touched('oneShoulder') || compare('due'))) {
    err({ code: 'over-due', field: 'oneShoulder', value: oneShoulder, limit: due });
  }
  const { reviewed, disqualified } = figures;
  if (reviewed !== undefined && disqualified !== undefined && disqualified > reviewed && compare('reviewed', 'disqualified')) {
    err({ code: 'disqualified-over', field: 'disqualified', value: disqualified, limit: reviewed });
  }
  const { partyDone, committeeDone } = figures;
  if (partyDone !== undefined && committeeDone !== undefined && committeeDone > partyDone && touched('partyDone', 'committeeDone')) {
    warn({ code: 'committee-ahead', field: 'committeeDone', value: committeeDone, limit: partyDone });
  }
  if (set.due !== undefined && set.due !== input.countyDue && set.due !== input.known) {
    warn({ code: 'due-differs', field: 'due', value: set.due, limit: input.countyDue });
  }
}

/** Fields already refused for this record, or anywhere in the message when the error has no township (parse errors). */
function refusedFields(ctx: CheckContext): Set<IndicatorKey> {
  const here = (e: ReportError) => e.township === undefined || (e.township === ctx.township && (e.date === undefined || e.date === ctx.date));
  return new Set(ctx.errors.filter((e) => e.field !== undefined && here(e)).map((e) => e.field!));
}
