// A rate said beside a head count, and the members it is a share of: whether the two say the same; and the figure a
// rate is always a share of.
import type { IndicatorKey } from '../store/types.js';

/** The unit of the last digit a rate was said to: 20 → 1, 20.3 → 0.1. */
function lastDigit(p: number): number {
  return 10 ** -(String(p).split('.')[1]?.length ?? 0);
}

/**
 * "两委成员共90人，女性15人，占20%": the head count the rate gives of the members counted (18), when the count said
 * (15) is not it. Rounding is allowed one unit of the rate's last digit (24人 of 96 is 25%; 26 of 128 is 20.3%).
 */
export function shareDisagrees(count: number, p: number, of: number): number | undefined {
  if (of <= 0) return undefined;
  return Math.abs((count / of) * 100 - p) < lastDigit(p) + 1e-9 ? undefined : Math.round((p * of) / 100);
}

/** What a rate of these is a share of: 一肩挑 of the committees done, those refused of the people reviewed. */
const RATE_OF: Partial<Record<IndicatorKey, IndicatorKey>> = { oneShoulder: 'committeeDone', disqualified: 'reviewed' };

/** The figure a rate of `key` is a share of, when the message gives it (read before the rate). */
export function rateBase(key: IndicatorKey, resolved: ReadonlyMap<IndicatorKey, { value: number }>): number | undefined {
  const of = RATE_OF[key];
  return of ? resolved.get(of)?.value : undefined;
}
