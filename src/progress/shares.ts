// A rate said beside a head count, and the members it is a share of: whether the two say the same; and the figure a
// rate is always a share of.
import type { IndicatorKey } from '../store/types.js';

/** The unit of the last digit a rate was said to: 20 → 1, 20.3 → 0.1. */
function lastDigit(p: number): number {
  return 10 ** -(String(p).split('.')[1]?.length ?? 0);
}

/**
 * "两委成员共90人，女性15人，占20%": the head count the rate gives of the members counted (18), when the count said
 * (15) is not it. Rounding or cutting is allowed less than one unit of the rate's last digit (24人 of 96 is 25%; 26 of 128 is 20.3%).
 */
function shareDisagrees(count: number, p: number, of: number): number | undefined {
  if (of <= 0) return undefined;
  return Math.abs((count / of) * 100 - p) < lastDigit(p) - 1e-9 ? undefined : Math.round((p * of) / 100);
}

/** What a rate of these is a share of: 一肩挑 of the committees done, those refused of the people reviewed. */
const RATE_OF: Partial<Record<IndicatorKey, IndicatorKey>> = { oneShoulder: 'committeeDone', disqualified: 'reviewed' };

/** The figure a rate of `key` is a share of, when the message gives it (read before the rate). */
function rateBase(key: IndicatorKey, resolved: ReadonlyMap<IndicatorKey, { value: number }>): number | undefined {
  const of = RATE_OF[key];
  return of ? resolved.get(of)?.value : undefined;
}

export type RateReading =
  | { issue?: undefined; value?: number }
  | { issue: 'conflict'; value: number; limit: number }
  | { issue: 'percent-inexact'; limit: number }
  | { issue: 'percent-not-count' };

/**
 * A rate of a head count, read: beside its count it restates it (no value; a conflict when the members counted make it
 * another count); of the members counted, or of what it is always a share of (一肩挑 of the committees done, those
 * refused of the people reviewed), a count when exact; otherwise no count at all. `count` is the count said beside it
 * (null: a figure of another kind; undefined: none).
 */
export function headCountOfRate(key: IndicatorKey, spec: { p: number; of?: number }, count: number | null | undefined, resolved: ReadonlyMap<IndicatorKey, { value: number }>): RateReading {
  // "女性24人占25%": beside its count the rate only restates it — "两委成员共90人，女性15人，占20%": unless the members
  // counted make it another head count (18), and then one of the two is wrong.
  // "审查200人，取消资格8人，不通过率5%": those refused are always a share of the people reviewed, said or not.
  if (count !== undefined) {
    const base = spec.of ?? (key === 'disqualified' ? rateBase(key, resolved) : undefined);
    const other = count !== null && base ? shareDisagrees(count, spec.p, base) : undefined;
    return other !== undefined && count !== null ? { issue: 'conflict', value: count, limit: other } : {};
  }
  // Exactly: 12.5% of 96 is 12 people; 70% of 33 is no head count; 一肩挑比例100% of 14 committees is 14.
  const of = spec.of ?? rateBase(key, resolved);
  if (of === undefined) return { issue: 'percent-not-count' };
  const value = Math.round((spec.p * of) / 100);
  return of === 0 || Math.abs((spec.p * of) / 100 - value) > 0.01 ? { issue: 'percent-inexact', limit: of } : { value };
}
