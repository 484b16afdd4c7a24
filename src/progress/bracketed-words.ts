// Words in square brackets (【】 folded to []): a WeChat emoticon ([微笑], [强]) is dropped; a township heads the report;
// a template's field names a figure or a step.
import { longestAt, type Lexicon } from './lexicon.js';
import type { TownshipMatcher } from './townships.js';

/** WeCom/DingTalk text emoticons and attachment placeholders: [微笑], [强], [图片]. */
const EMOTICON = /\[[\u4e00-\u9fffA-Za-z]{1,4}\]/g;
/**
 * A template's field heading its line, named by an indicator or a steering word ([监委会], [今日新增]): its label. An
 * indicator's field left blank ([一肩挑] alone on its line) is not filled in — dropped.
 */
function fieldOf(label: string, all: string, at: number, lexicon: Lexicon): string | null {
  const named = lexicon.keysOf.has(label);
  if (!named && !lexicon.words.has(label)) return null;
  if (!/^\s*$/.test(all.slice(all.lastIndexOf('\n', at - 1) + 1, at))) return `[${label}]`;
  return named && /^[ \t]*(?:\n|$)/.test(all.slice(at + label.length + 2)) ? null : `${label}:`;
}

export function isTownship(word: string, townships: TownshipMatcher | undefined): boolean {
  return townships ? townships.resolve(word) !== null : /(?:乡|镇|街道)$/.test(word);
}

/** A longer field heading its line with its value after it ([社区居委会换届完成数]6). */
const LONG_FIELD = /^([ \t]*)\[([^\]\n]{5,20})\](?=[ \t]*\S)/gm;

export function bracketedWords(t: string, lexicon: Lexicon, townships: TownshipMatcher | undefined): string {
  const named = (label: string) => [...label].some((_, i) => longestAt(lexicon.nameIndex, label, i) !== null);
  return t
    .replace(EMOTICON, (m, at: number, all: string) => (isTownship(m.slice(1, -1), townships) ? m : fieldOf(m.slice(1, -1), all, at, lexicon) ?? ' '))
    .replace(LONG_FIELD, (m, pad: string, label: string) => (named(label) && !isTownship(label, townships) ? `${pad}${label}:` : m));
}
