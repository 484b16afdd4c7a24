// Words said about a figure reported, that correct nothing: a remark on what was reported (刚才报的有点问题啊), and
// new ones said to be counted in already (数已经加上, 已算在里面).
import { aside } from './bind-asides.js';
import { supersede } from './bind-corrections.js';
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

const NUM = '[\\d零一二两三四五六七八九十]+(?:\\.\\d+)?[个人岁名]?';
/** The figure told of what was reported, then 不是 and the old one: "35岁以下人数 是6人 不是9人". */
// (Not over a word saying it was wrong: "刚才报的一肩挑不对 是十个 不是十一个" is read by that word.)
const NEW_THEN_OLD = new RegExp(`^(?:(?!不对|错|误)[^,;。!?\\n])*?(?:是|为)?\\s*${NUM}\\s*,?\\s*(?:而)?不是\\s*${NUM}`);
/** …or 是 and one figure closing the message: "更正一下刚刚报的35岁以下人数是6人". */
const ONLY_ONE = new RegExp(`^(?:(?!不对|错|误)[^,;。!?\\n])*?(?:是|为)\\s*${NUM}\\s*[。.!]?\\s*$`);

/**
 * "更正一下刚刚报的35岁以下人数 是6人 不是9人": 报的 after a correction word, its figure followed by 不是 and the old
 * one, or closing the message — the figure after 报的 is the new one (not the one replaced); 不是 sets the old one aside.
 */
export function newOneOfReported(s: BindState, tok: Token, correcting: boolean): boolean {
  if (tok.t !== 'flag' || !/报的$/.test(tok.raw) || !correcting) return false;
  const after = s.text.slice(tok.at + tok.raw.length);
  return NEW_THEN_OLD.test(after) || ONLY_ONE.test(after);
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

/**
 * "村委会8个\n等一下\n村委会是9个，以这个为准": 为准 straight after a figure says it replaces its name's earlier one
 * here (以这条为准, 以这张为准 are said of the whole message or table). True when it is read so.
 */
export function thisOneStands(s: BindState, tok: Token): boolean {
  const figure = s.lastEmitted;
  if (!figure || !/这个(?:数)?为准$/.test(tok.raw)) return false;
  const item = s.out.items.find((i) => i.at === figure.at);
  if (item) {
    s.beforeCorrection = new Set(s.out.items.filter((i) => i.at < item.at));
    supersede(s, item);
  }
  return true;
}
