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

/** 全部完成 and its like straight after a count. */
const ALL_DONE_NEXT = /^(?:都|均|已经?)?全(?:部|都)?(?:已经?)?(?:完成|选完|完了|结束|到位)/;

/**
 * Whether a figure emitted for `keys` is the day's new ones: `inc` after an increment word, `counted` also when 也
 * gives it the kind of the increment just said.
 */
export function newOnes(s: BindState, keys: IndicatorKey[], tok: ValueToken): { inc: boolean; counted: boolean } {
  // "又完成1个村监委会选举，全乡8个村全部完成": the due count is never an increment; "累计村委会9个,监委会也是9个": 也是
  // gives a figure the kind of the one just said.
  // "14个村全部完成": a count straight before 全部完成 is the whole, never the day's new ones.
  const whole = tok.t === 'num' && ALL_DONE_NEXT.test(s.text.slice(tok.at + tok.raw.length, tok.at + tok.raw.length + 8));
  const villagesDue = keys.length === 1 && keys[0] === 'due' && tok.t === 'num' && /(村|社区)/.test(s.text.slice(tok.at, tok.at + tok.raw.length + 2));
  const last = s.out.items.at(-1)?.value;
  const also = tok.t === 'num' && /^(?:也是|也都是|同样是)$/.test(tok.pre.trim()) && last?.kind === 'number';
  const inc = s.incr !== 'none' && !whole && !villagesDue && !also;
  // "村委会又完成俩，监委会也俩": 也 after an increment gives the figure that kind too. Only the same count again (也俩
  // after 又完成俩): "增加2个,监委会也是7个" gives another figure, a total.
  const likeLast = tok.t === 'num' && /^(?:也|也是|也都是|同样|同样是)$/.test(tok.pre.trim()) && last?.kind === 'increment' && last.n === tok.value && keys.every((k) => DONE_KEYS.includes(k));
  // "联审新增11人，其中取消资格1人": those disqualified among the new ones reviewed are new ones too.
  const lastItem = s.out.items.at(-1);
  const among = tok.t === 'num' && keys.length === 1 && keys[0] === 'disqualified' && lastItem?.key === 'reviewed' && lastItem.value.kind === 'increment' && /^[^。;；\n]*其中[^。;；\n]*$/.test(s.text.slice(lastItem.at, tok.at));
  return { inc, counted: inc || likeLast || among };
}
