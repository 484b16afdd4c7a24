// A head count of people said where villages are counted: set aside (kept for the shares after it), or, straight
// after a share of people, that share's count.
import { aside } from './bind-asides.js';
import type { BindState } from './bind-state.js';
import { GROUPS, PEOPLE_UNIT, VILLAGES } from './bind-units.js';
import type { ValueToken } from './bind-values.js';
import type { IndicatorKey } from '../store/types.js';

/**
 * "两委成员共41人", "新一届两委33人": a head count given where villages are counted (the due count, or a body
 * named as done) — no number of villages: set aside here, the head count kept for shares after it.
 */
export function headCountAsDue(s: BindState, keys: IndicatorKey[], tok: ValueToken): boolean {
  if (!(keys.length > 0 && keys.every((k) => VILLAGES.has(k)) && tok.t === 'num' && PEOPLE_UNIT.test(tok.raw))) return false;
  // "交叉任职比例达到35%，共29人": the head count straight after a share of people is that share's count — the
  // figure the county collects; the share is set aside.
  const last = s.out.items.at(-1);
  if (last?.value.kind === 'percent' && GROUPS.has(last.key) && last.seg === tok.seg && /^[\s,;]*(?:共|共计|合计|总共|一共)?(?:有)?\s*$/.test(s.text.slice(last.at + last.value.raw.length, tok.at))) {
    aside(s, last.at, last.at + last.value.raw.length);
    last.value = { kind: 'number', n: tok.value, raw: tok.raw };
    last.at = tok.at;
    return true;
  }
  aside(s, tok.at, tok.at + tok.raw.length);
  s.people = tok.value;
  return true;
}
