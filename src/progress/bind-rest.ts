// 全部完成 said of all but some villages: the rest counted after some were said not done ("张家湾村推迟到12月8号。
// 其余13个村都选完了") is the figure — not the due count, and the rest not counted is unknown; villages excepted
// before it ("除了东坡村都选完了") are taken off the due count.
import { aside } from './bind-asides.js';
import { clauseStart } from './bind-values.js';
import type { BindState } from './bind-state.js';
import type { Token } from './scan.js';
import { parseAnyNumber } from '../numerals.js';

/** The rest (其余13个村, 其他村的), said before 都选完了. */
const REST_WORD = /(?:其余|其他|剩下的|剩余的)(?!乡镇|指标|数据|不变|都不变|项)/g;
const REST_COUNT = /^(?:的)?\s*([0-9零一二两三四五六七八九十百]+)\s*个?(?:村|社区)/;
const ANOTHER_COUNT = /^另外\s*([0-9零一二两三四五六七八九十百]+)\s*个?(?:村|社区)/;
const NOT_DONE_BEFORE = /推迟|延期|延后|暂缓|没完成|未完成|还没|没选|未选|另行选举|重新选举/;

/** Where the sentence holding `at` starts. */
export function sentenceStart(text: string, at: number, ends = ['。', ';', '\n', '!', '?']): number {
  return Math.max(...ends.map((c) => text.lastIndexOf(c, at - 1))) + 1;
}

/**
 * The rest told in the sentence before 全部完成: its count when villages were said not done before it; `n` null
 * when it is not counted (其他村的村委会都选完了), `at` where the rest is named.
 */
export function restOf(s: BindState, tok: Token): { n: number | null; at: number; raw: string } | null {
  const start = sentenceStart(s.text, tok.at);
  const sentence = s.text.slice(start, tok.at);
  let word: RegExpExecArray | null = null;
  for (const m of sentence.matchAll(REST_WORD)) word = m;
  const another = /另外/.exec(sentence);
  const from = word ? start + word.index + word[0].length : another ? start + another.index : -1;
  if (from < 0) return null;
  const counted = word ? REST_COUNT.exec(s.text.slice(from, tok.at)) : ANOTHER_COUNT.exec(s.text.slice(from, tok.at));
  // "除了四方、十字铺，其他都选完了": the rest of villages excepted by name is for `excepted` to count.
  if (!counted && word && sentence.slice(0, word.index).includes('除')) return null;
  // "剩下的3个今天全部选完了": what was left, counted, now all done — the whole is done, as with 剩下的3个村.
  if (!counted && word && /^剩/.test(word[0]) && /^\s*[0-9零一二两三四五六七八九十]+\s*个/.test(s.text.slice(from, tok.at))) return null;
  if (!counted) return word ? { n: null, at: start + word.index, raw: word[0] } : null;
  if (!NOT_DONE_BEFORE.test(s.text.slice(0, word ? start + word.index : from))) return null;
  const n = parseAnyNumber(counted[1]!);
  if (n === null) return null;
  const at = s.text.indexOf(counted[1]!, from);
  return { n, at, raw: counted[1]! };
}

/**
 * Villages excepted before 都/全部 in the same sentence ("除了东坡村、西岭村", "除两个村外"): how many, 0 when
 * nothing is excepted, null when they cannot be counted.
 */
const EXCEPTED_NAMES = /^((?:(?![的个几各其这那全每本余少部多有])[\u4e00-\u9fff]{1,4}?(?:村|社区)(?![委民务]))(?:[、和](?:(?![的个几各其这那全每本余少部多有])[\u4e00-\u9fff]{1,4}?(?:村|社区)(?![委民务])))*)/;
/** Names without 村 before 其他/其余: each two to four characters, none a word of counting or of the election. */
const BARE_EXCEPTED = /^((?:(?![的个几各其这那全每本余])[\u4e00-\u9fff]){2,4}(?:[、和](?:(?![的个几各其这那全每本余])[\u4e00-\u9fff]){2,4})*)(?:以外|之外)?\s*[,]?\s*(?:其他|其余|别的|剩下)/;

/** "除刘庄外村委会都选完了", "除后街、前街以外": names without 村 closed by 外 — villages set apart by name. */
const BARE_THEN_OUT = /^((?:(?![的个几各其这那全每本余此])[\u4e00-\u9fff]){2,4}(?:[、和](?:(?![的个几各其这那全每本余此])[\u4e00-\u9fff]){2,4})*)(?:以外|之外|外)/;

export function excepted(text: string, at: number): number | null {
  const start = sentenceStart(text, at);
  const sentence = text.slice(start, at);
  const from = sentence.lastIndexOf('除');
  if (from < 0) return 0;
  const what = sentence.slice(from + 1).replace(/^(?:了|去|开)/, '');
  const counted = /([0-9]+|[一两二三四五六七八九十])个(?:村|社区)/.exec(what);
  if (counted) return parseAnyNumber(counted[1]!);
  // Named from where 除 ends, one after another: 个别村, 有的村 are no names.
  const names = EXCEPTED_NAMES.exec(what)?.[1]?.split(/[、和]/);
  if (names?.length) return names.length;
  // "村委会除了四方、十字铺，其他都选完了": villages named without 村, listed, then the rest.
  const bare = BARE_EXCEPTED.exec(what) ?? BARE_THEN_OUT.exec(what);
  return bare ? bare[1]!.split(/[、和]/).length : null;
}

/**
 * "党组织就剩石家村一个了,其他的全部选完": the rest all done, after what is left of a body, is the same figure said
 * the other way round (due − left) — a note on it. True when it is set aside.
 */
export function restAfterLeft(s: BindState, tok: Token): boolean {
  const left = s.out.items.at(-1);
  if (left?.value.kind !== 'remaining' || left.seg !== tok.seg || s.pending.length) return false;
  const from = clauseStart(s.text, tok.at);
  if (!/(?:其他|其余|别的|剩下)的?[^,;。!?\d]{0,4}$/.test(s.text.slice(from, tok.at))) return false;
  aside(s, from, tok.at + tok.raw.length);
  return true;
}

/** "居委会应该是都选完了": 应该是 before all done, with no figure to put right, is a guess — refused, no figure. */
export function guessedAll(s: BindState, tok: Token, prev: Token | undefined): boolean {
  if (prev?.t !== 'flag' || prev.flag !== 'wrong' || !/^应该/.test(prev.raw) || tok.pre.trim() || s.lastEmitted) return false;
  s.out.errors.push({ code: 'vague', raw: prev.raw + tok.raw });
  s.pending = [];
  return true;
}
