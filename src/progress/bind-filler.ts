// 共/一共/总共 said as a name of the due count: whether it is that, or the running total of the figure before it.
import type { BindState } from './bind-state.js';
import { flag } from './bind-flags.js';
import { dueAfterName } from './bind-units.js';
import { DUE_FILLERS } from './bind-values.js';
import type { Token } from './scan.js';
import type { BoundItem } from './bind-values.js';

/** Returns true when the word is dealt with here (a total, or the due count's name waiting). */
export function fillerTotal(s: BindState, tok: Extract<Token, { t: 'ind' }>): boolean {
  s.dueByFiller = tok.keys.length === 1 && tok.keys[0] === 'due' && DUE_FILLERS.has(tok.raw);
  // "又完成了两个，现在一共五个": after an increment, 共/一共 restate the running total, not the due count;
  // "全部完成,共16个": after 全部完成 they restate the figure, which must agree with the due count.
  const last = s.out.items[s.out.items.length - 1];
  // "今天选了两个，一共4个": after the day's figure too, unless villages are counted ("共12个村" is the due count).
  const villages = s.next?.t === 'num' && /(村|社区)\)?$/.test(s.next.raw);
  // "…完成三个,加上前面两个一共五个社区": after what is added in from before, 一共 is the body's total.
  const added = /(?:加上|算上|连同)[^。;!?\n]*$/.test(s.text.slice(last?.at ?? tok.at, tok.at));
  // "村委会完成9个，社区居委会完成3个，合计12个": after both parts of a body, the total is the body's.
  const bothParts = !!last && otherPartBefore(s, last, 'number');
  const restates = last?.value.kind === 'increment' || last?.value.kind === 'all' || ((s.today.holds(last) || added) && !villages) || (added && !!last) || bothParts;
  // A name still waiting goes first for a count of villages (共12个村 may be the due count); for any other
  // count after the day's figure, 一共 is its total ("今天选完了3个,加上之前的10个,白沙一共13个").
  const waiting = tok.keys.includes('due') && s.pending.length && DUE_FILLERS.has(tok.raw);
  if (waiting && villages) {
    s.dueByFiller = false;
    dueAfterName(s, tok);
    return true;
  }
  if (tok.keys.includes('due') && DUE_FILLERS.has(tok.raw) && restates && last!.seg === tok.seg) {
    // "村委会6个，社区居委会今天也选完了，一共7个": after one part's new ones, with the other part's figure
    // before, 一共 is the body's total, not the part's.
    if (bothParts || otherPartBefore(s, last!, 'increment')) s.parts.set(last!.key, undefined);
    flag(s, { ...tok, t: 'flag', flag: 'cumul' }, undefined);
    return true;
  }
  if (waiting) {
    s.dueByFiller = false;
    dueAfterName(s, tok);
    return true;
  }
  return false;
}

/** The last figure is one part's (its count, or its new ones), and a count of the other part came before it. */
function otherPartBefore(s: BindState, last: BoundItem, kind: 'number' | 'increment'): boolean {
  const v = last.value;
  if (v.kind !== kind || !v.part) return false;
  return s.out.items.some((i) => i !== last && i.key === last.key && i.seg === last.seg && i.value.kind === 'number' && !!i.value.part && i.value.part !== v.part);
}
