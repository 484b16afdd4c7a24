// "村委会比昨天多了2个，监委会也是", "党组织完成9个，村委会也一样": a body named with 也是 / 也一样 / 同样 and no
// figure of its own has the figure just said, of the same kind — a total, the day's new ones, or all done.
import type { BindState } from './bind-state.js';
import type { IndicatorKey } from '../store/types.js';
import { DONE_KEYS, type ValueToken } from './bind-values.js';
import type { Token } from './scan.js';

/** Nothing after the name but "the same", up to the clause's end. */
const SAME = /^\s*(?:也是|也一样|也都一样|也同样|同样|一样)(?:的|了)?\s*(?:[,，。;；!！?？\n]|$)/;

export function sameAsLast(s: BindState, tok: Extract<Token, { t: 'ind' }>): boolean {
  const said = s.lastEmitted;
  const last = s.out.items.at(-1);
  if (!said || !last || last.at !== said.at || s.pending.length || !SAME.test(s.text.slice(tok.at + tok.raw.length))) return false;
  // Between bodies' counts of villages, in one sentence: a head count is no number of villages.
  if (!DONE_KEYS.includes(last.key) || !tok.keys.every((k) => DONE_KEYS.includes(k))) return false;
  if (/[。!！?？\n]/.test(s.text.slice(said.at, tok.at))) return false;
  emitOfKind(s, tok.keys, said, last.value.kind === 'increment');
  return true;
}

/**
 * Bind a figure as the day's new ones or as a total, whatever the increment word waiting says; a waiting 'next'
 * increment is spent, a line's one is kept for the figures after.
 */
export function emitOfKind(s: BindState, keys: IndicatorKey[], tok: ValueToken, increment: boolean): void {
  const incr = s.incr;
  s.incr = increment ? 'next' : 'none';
  s.emit(keys, tok);
  s.incr = incr === 'next' ? 'none' : incr;
}
