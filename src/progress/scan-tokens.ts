// The scanner's tokens: their kinds, and one builder that gives each kind a single shape.
import type { IndicatorKey } from '../store/types.js';
import type { DateSpec } from './dates.js';
import type { WordKind } from './lexicon.js';

/** What a steering word (templates/indicators.yaml `words`) says about the figures around it. */
export type Flag = Exclude<WordKind, 'vague' | 'join'>;
export type UnitKind = 'count' | 'age' | 'none';

export type TokenBody =
  | { t: 'sep'; hard: boolean }
  | { t: 'colon' }
  | { t: 'join' }
  | { t: 'ind'; keys: IndicatorKey[] }
  | { t: 'num'; value: number; unit: UnitKind; chinese: boolean; neg: boolean }
  /** "9/14", "11.22", "8-9": a fraction, date, decimal or range — bind.ts decides. `decimal` reads it as a.b. */
  | { t: 'pair'; a: number; b: number; decimal: number; sep: '/' | '.' | '-'; unit: UnitKind; neg: boolean }
  | { t: 'pct'; value: number; neg: boolean }
  /** `stamp`: the date of a forwarded message's header ("王明 2026/11/23 18:32:10"), followed by a clock time. */
  | { t: 'date'; spec: DateSpec; stamp: boolean }
  | { t: 'town'; name: string | null }
  | { t: 'flag'; flag: Flag }
  | { t: 'vague' };

/**
 * `raw`: the text of the token; `pre`: text skipped since the previous token; `seg`: line/sentence index;
 * `br`: where the bracket the token stands in opens — what a bracket holds is an aside (bind.ts).
 */
export type Token = TokenBody & { raw: string; at: number; seg: number; pre: string; br?: number };

export /** A token of the body's kind, its fields in one order: each kind keeps one shape for the binder to read. */
function token(body: TokenBody, raw: string, at: number, seg: number, pre: string, br: number | undefined): Token {
  // Adding five fields to a body made for many shapes put them out of line through megamorphic stores: a
  // literal per kind is cheaper than the body it copies.
  switch (body.t) {
    case 'sep':
      return { t: 'sep', hard: body.hard, raw, at, seg, pre, br };
    case 'colon':
      return { t: 'colon', raw, at, seg, pre, br };
    case 'join':
      return { t: 'join', raw, at, seg, pre, br };
    case 'ind':
      return { t: 'ind', keys: body.keys, raw, at, seg, pre, br };
    case 'num':
      return { t: 'num', value: body.value, unit: body.unit, chinese: body.chinese, neg: body.neg, raw, at, seg, pre, br };
    case 'pair':
      return { t: 'pair', a: body.a, b: body.b, decimal: body.decimal, sep: body.sep, unit: body.unit, neg: body.neg, raw, at, seg, pre, br };
    case 'pct':
      return { t: 'pct', value: body.value, neg: body.neg, raw, at, seg, pre, br };
    case 'date':
      return { t: 'date', spec: body.spec, stamp: body.stamp, raw, at, seg, pre, br };
    case 'town':
      return { t: 'town', name: body.name, raw, at, seg, pre, br };
    case 'flag':
      return { t: 'flag', flag: body.flag, raw, at, seg, pre, br };
    case 'vague':
      return { t: 'vague', raw, at, seg, pre, br };
  }
}

