// Words said about a figure reported, that correct nothing: a remark on what was reported (刚才报的有点问题啊), and
// new ones said to be counted in already (数已经加上, 已算在里面).
import { aside } from './bind-asides.js';
import type { BindState } from './bind-state.js';
import type { Token } from './scan.js';

/**
 * 报的 followed, up to the end of its clause (a space counts), by words and at most one flag but no figure or
 * name: a remark on what was reported (有点问题啊, 有误), not a quote of it.
 */
export function remarkOnReported(s: BindState, tok: Token): boolean {
  if (tok.t !== 'flag' || !/报的$/.test(tok.raw)) return false;
  const from = tok.at + tok.raw.length;
  const stop = s.text.slice(from).search(/[\s,;。!?\n]/);
  if (stop <= 0 || /[\d零一二两三四五六七八九十]/.test(s.text.slice(from, from + stop))) return false;
  const end = from + stop;
  return !s.next || s.next.at >= end || (s.next.t === 'flag' && s.next.at + s.next.raw.length === end);
}

/** Words saying something is inside a figure given before (已经加上, 已计入). */
const ALREADY_IN = /^已(?:经)?(?:加上|加进去|算在里面|算在内|计入|包含|含在内)/;

/**
 * "村委会7个…今天两个社区居委会选完了，数已经加上": the new ones said to be counted in already are inside the body's
 * figure given before — no second figure of it. Said of anything else ("张王村…已算在里面"), it tells where something
 * was counted — no figure is wrong. True when the word is one of these (it is then read here).
 */
export function countedInAlready(s: BindState, tok: Token): boolean {
  if (!ALREADY_IN.test(tok.raw)) return false;
  const figure = s.lastEmitted;
  const item = figure && s.out.items.find((i) => i.at === figure.at);
  if (figure && item && s.out.items.some((i) => i !== item && i.key === item.key && i.at < item.at)) {
    s.out.items = s.out.items.filter((i) => i !== item);
    aside(s, figure.at, tok.at + tok.raw.length);
    s.lastEmitted = null;
  }
  return true;
}
