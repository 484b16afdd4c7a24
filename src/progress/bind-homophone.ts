// Voice input hears 十 as 时/是/实/事: "完成时二个" is 十二 misheard, "村委会换届完成是一个" 十一. A single
// Chinese digit written straight after one of them, which follows an indicator or 完成/新增/累计, is
// refused with the number it probably was, never stored as 2 or 1. "完成的是6个", "是二十个" and
// "女性是三人" are read.
import type { BindState } from './bind-state.js';
import type { Token } from './scan.js';

/** 时/是/实/事 heard instead of 十, possibly with a space around it. */
const HOMOPHONE_TEN = /^\s*[时是实事]\s*$/;
const CN_ONES = '一二三四五六七八九';

export interface MisheardTen {
  /** The phrase to quote, from the word before to the digit. */
  raw: string;
  /** The number it probably was (12 for 时二). */
  value: number;
  digit: string;
}

export function misheardTen(tok: Extract<Token, { t: 'num' }>, before: Token | undefined, text: string): MisheardTen | null {
  if (!tok.chinese || !HOMOPHONE_TEN.test(tok.pre) || !before) return null;
  const digit = /^[一二三四五六七八九]/.exec(tok.raw)?.[0];
  if (!digit || tok.value !== CN_ONES.indexOf(digit) + 1) return null;
  if (tok.unit === 'none' && /[\u4e00-\u9fff]/.test(text[tok.at + tok.raw.length] ?? '')) return null;
  const verb = before.t === 'flag' && (before.flag === 'done' || before.flag === 'incr' || before.flag === 'cumul');
  // 是 after a plain name is ordinary speech ("女性是三人"); after 换届 or 一肩挑 it is as suspect as after 完成.
  const named = before.t === 'ind' && (!tok.pre.includes('是') || /换届$|一肩挑/.test(before.raw));
  if (!verb && !named) return null;
  if (before.at + before.raw.length + tok.pre.length !== tok.at) return null;
  return { raw: text.slice(before.at, tok.at + tok.raw.length), value: 10 + tok.value, digit };
}

/**
 * "村委会完成了是个": voice input heard 十 alone as 是/时/实/事 — the name's figure is there but was misheard, so the
 * message is refused with what it likely was (bind-homophone.ts has 是二个, 十 before a digit).
 */
export function tenAlone(s: BindState, prev: Token | undefined, end: number): boolean {
  if (prev?.t !== 'ind' || s.pending.length !== 1 || s.pending[0] !== prev.keys) return false;
  const rest = s.text.slice(prev.at + prev.raw.length, end);
  // 个 ends the clause: "村委会是个难题" is speech, not a count.
  const heard = /^[\s:]*(?:已经?|累计|共)?(?:完成|选完|选出来|换届)?了?的?\s*([时是实事])\s*个(?=[\s,，。;；!！]|$)/.exec(rest);
  if (!heard || !/完成|选|换届|累计|共/.test(heard[0])) return false;
  const field = prev.keys.length === 1 ? prev.keys[0] : undefined;
  s.pending = [];
  s.out.errors.push({ code: 'homophone', raw: s.text.slice(prev.at, prev.at + prev.raw.length + heard[0].length), value: 10, suggestions: ['十个'], ...(field ? { field } : {}) });
  return true;
}
