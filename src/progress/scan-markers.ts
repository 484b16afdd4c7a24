// List markers in a report ("1、", "2.", "(3)", "④", "1.龙泉19个 2.河东15个"): numbers that number items, never figures.
import { sticky } from './scan-number.js';
import type { Token } from './scan-tokens.js';
import type { TownshipMatcher } from './townships.js';

/** "1、" "2." "(3)" "④" at the head of a line number the list, they are not figures. */
// 、 after a number is never a decimal point, so "4、35岁以下11名" is item 4 about 35岁以下.
const LIST_MARKER = /(?:\d{1,2}\s*(?:、|[.)](?!\d))|\(\d{1,2}\)|[\u2460-\u2473])/y;
/** Only @mentions (and spaces) before a list. */
const MENTIONS = /^\s*(?:@\S+\s+)+$/;
const RANK_MARKER = /\d{1,2}\s*[.、](?!\d)/y;
/** "1.35岁以下8人": a dot before digits is a marker only when an indicator name starts right after it. */
const DOT_MARKER = /\d{1,2}\s*\.(?=\d)/y;
// "2.6个居委会全部完成": at a line's head no count of villages or bodies is a decimal (there is no 2.6 of them).
const VILLAGE_COUNT = /\d{1,3}\s*个/y;

/**
 * "1.龙泉19个 2.河东15个": after a space, a number and a dot right before a township's name is its place; "1.党组织累计7个
 * 2.村委会累计3个": right before an indicator's name, the next item of a list run on in one line.
 */
export function rankMarker(text: string, at: number, pre: string, last: Token | undefined, townships: TownshipMatcher, indRe: RegExp): RegExpExecArray | null {
  // "@刘组长 1.一肩挑7人": a mention before the list is no word of the report — the 1 had been stored as 一肩挑's figure.
  if (!(pre === '' ? last?.t === 'sep' : pre.trim() === '' || MENTIONS.test(pre))) return null;
  const m = sticky(RANK_MARKER, text, at);
  return m && (townships.matchAt(text, at + m[0].length) || sticky(indRe, text, at + m[0].length)) ? m : null;
}

/** "1 党组织换届完成3个\n2 村委会…": a number and a space before words (or an age, 7\t35岁以下), at a line's head. */
const SPACED_MARKER = /\d{1,2}[ \t]+(?=[\u4e00-\u9fff]|\d{2}\s*周?岁)/y;

/** Another line starts with the number next to `n` the same way: the lines are numbered, 1 2 3. */
function numberedNeighbour(text: string, n: number): boolean {
  const next = (k: number) => k >= 1 && new RegExp(`(?:^|\\n)[ \\t]*${k}[ \\t]+(?:[\\u4e00-\\u9fff]|\\d{2}\\s*周?岁)`).test(text);
  return next(n + 1) || next(n - 1);
}

export function listMarker(text: string, pos: number, indRe: RegExp): RegExpExecArray | null {
  const m = sticky(LIST_MARKER, text, pos);
  if (m) return m;
  // Without a dot or 、 the number is the list's only when the lines around are numbered too ("1 党组织…完成3个" had
  // stored 1 as the party organisations' figure).
  const spaced = sticky(SPACED_MARKER, text, pos);
  if (spaced && numberedNeighbour(text, Number(spaced[0].trim()))) return spaced;
  const dot = sticky(DOT_MARKER, text, pos);
  // …or a count ("1.8个村党组织换届已全部完成", "2.6个居委会全部完成": no 1.8 villages, no 2.6 committees).
  return dot && (sticky(indRe, text, pos + dot[0].length) || sticky(VILLAGE_COUNT, text, pos + dot[0].length)) ? dot : null;
}

/** How many townships the tokens end with, joined by 、/和 with nothing between them ("白沙、城关"); 0 for fewer than two. */
export function townsJustNamed(tokens: Token[]): number {
  let n = 0;
  for (let i = tokens.length - 1; i >= 0; i -= 2) {
    const t = tokens[i]!;
    if (t.t !== 'town') break;
    n++;
    if (t.pre.trim()) break;
    const join = tokens[i - 1];
    if (join?.t !== 'join' || join.pre.trim()) break;
  }
  return n >= 2 ? n : 0;
}

/** After 十几/二十几: a unit of distance or time — no count of ours. */
const OTHER_AFTER_FEW = /^(?:里(?:山|土)?路|里地|公里|年|天|个?小时|分钟|米|趟|遍|次)/;
/** A joining character that starts a village's name: 和平社区, 和顺村, 与城村. */
const NAME_AFTER_JOIN = /^[和与及跟][\u4e00-\u9fff]{1,3}?(?:社区|村(?![委民务级]))/;

/**
 * How many characters of a listed word at `pos` are plain text rather than the word's token (0: the token stands).
 * "就剩和平社区…": 和 starting a village's name after no name of its own is that name's — no join (1). "跑了二十几里山路",
 * "干了十几年": a hedged number of miles or years is no figure hedged (the whole word).
 */
export function wordAsText(text: string, pos: number, word: string, kind: string): number {
  if (kind === 'join' && NAME_AFTER_JOIN.test(text.slice(pos, pos + 6)) && !/(?:村|社区|乡|镇|街道|会)$/.test(text.slice(Math.max(0, pos - 3), pos))) return 1;
  if (kind === 'vague' && /几$/.test(word) && OTHER_AFTER_FEW.test(text.slice(pos + word.length, pos + word.length + 4))) return word.length;
  return 0;
}
