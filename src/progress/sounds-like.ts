// Voice input and hurried typing in reports (村为会, 一间挑, 合西乡, 连审58人, 完城8个): folded to the
// indicator, township and steering words by pinyin before reading. The same mechanism as the policy
// answerer's (src/homophones.ts), with the report's own context rule for two-character words.
import { foldAll, HomophoneFolder } from '../homophones.js';
import type { Lexicon } from './lexicon.js';
import type { TownshipMatcher } from './townships.js';

/** Kinds of steering words worth recognising when misheard: the rest are too short or too common. */
const HEARD_KINDS = new Set(['done', 'correction', 'all', 'incr', 'same']);
const CN_NUMERAL = /[零〇一二两三四五六七八九十百]/;
/** A character after which a number-and-measure ("两位") counts people rather than naming anything. */
const COUNTED = /[有共这那另各每是了]/;
/** Characters that deny: never read as a sound of a name. */
const NEGATION = /[未没不非无别]/;
/** The township's own offices, after 镇/乡. */
const TOWNSHIP_OFFICE = /^(?:党委|政府|纪委|人大|组织委员|包村|干部|领导)/;

export interface SoundsLike {
  fold(text: string): { text: string; changes: { from: string; to: string }[] };
}

const cache = new WeakMap<Lexicon, WeakMap<TownshipMatcher, SoundsLike>>();

/** A known word of two or more characters, shorter than the window, covers its character `i`. */
function knownAround(window: string, i: number, keep: Set<string>): boolean {
  for (let len = 2; len < window.length; len++) {
    for (let start = Math.max(0, i - len + 1); start <= i && start + len <= window.length; start++) if (keep.has(window.slice(start, start + len))) return true;
  }
  return false;
}

/** A known word starts at `i` and runs on past the window ("村委最后1个": 最后, no 村委会 misheard). */
function knownFrom(text: string, i: number, end: number, keep: Set<string>): boolean {
  for (let len = Math.max(2, end - i + 1); len <= 4; len++) if (keep.has(text.slice(i, i + len))) return true;
  return false;
}

/** The name at `at` stands in a list (、) beside a name that is no township's. */
function besideVillage(text: string, at: number, length: number, townships: TownshipMatcher): boolean {
  const left = text[at - 1] === '、' ? /[\u4e00-\u9fff]{2,5}$/.exec(text.slice(0, at - 1)) : null;
  if (left && townships.matchAt(text, at - 1 - left[0].length) === null) return true;
  return text[at + length] === '、' && /^[\u4e00-\u9fff]{2}/.test(text.slice(at + length + 1)) && townships.matchAt(text, at + length + 1) === null;
}

/**
 * A two-character window is read as a name only where a name would stand: before a figure, a
 * punctuation mark, another known word (支部 in "之部完成7个", 联审 in "连审58人") or a post (两委 in
 * "两位成员") — never inside an ordinary phrase.
 */
function nameContext(lexicon: Lexicon, townships: TownshipMatcher, keep: Set<string>) {
  return (window: string, word: string, text: string, at: number): boolean => {
    // "社区三委" is no 社区党委 misheard: the character heard otherwise is part of a word the reader knows (三委).
    // Nor one that starts a known word running on past it, for a body's name (村委最后: 最后) — a township's runs into its
    // own 镇 (龙全镇 is 龙泉镇, 全镇 notwithstanding).
    const town = townships.resolve(word);
    for (let i = 0; i < window.length; i++) if (window[i] !== word[i] && (knownAround(window, i, keep) || (!town && knownFrom(text, at + i, at + window.length, keep)))) return false;
    // "刘庄、杏花各取消1人": listed with 、 beside a name that is no township's, it is a village's own name.
    if (town && besideVillage(text, at, window.length, townships)) return false;
    // "有3个村未完成" is no 村委完成: a negation heard as part of a name would turn "not done" into done.
    // Inside a longer name, before the 会/员 that ends a committee's name, it is 委 misheard (村未会, 居未会, 监督未员会);
    // so is one closing a longer name whose first part is no name of its own (党支不 is 党支部; 村委不 stays a denial).
    for (let i = 0; i < window.length; i++) {
      if (window[i] === word[i] || !NEGATION.test(window[i]!)) continue;
      const heard = window.length > 2 && (i === window.length - 1 ? !lexicon.keysOf.has(window.slice(0, i)) : i > 0 && /^[会员]/.test(window.slice(i + 1)));
      if (!heard) return false;
    }
    // "经镇党委初审": 镇 or 乡 before 党委, 政府, 纪委 is the township's own office — the window is no word misheard (今增).
    if (/[镇乡]$/.test(window) && !town && TOWNSHIP_OFFICE.test(text.slice(at + window.length))) return false;
    if (window.length > 2) return true;
    const next = text[at + 2] ?? '';
    // "一肩挑三位": a numeral and the measure of people, ending a clause, counts people — no 三委 misheard.
    if (CN_NUMERAL.test(window[0]!) && window[1] === '位' && !/\p{Script=Han}/u.test(next)) return false;
    if (!/\p{Script=Han}/u.test(next) || CN_NUMERAL.test(next) || /[乡镇街]/.test(next)) return true;
    lexicon.pattern.lastIndex = at + 2;
    lexicon.wordPattern.lastIndex = at + 2;
    // A post word after it too: "两位成员" is 两委成员 misheard, the way voice input writes it — unless a
    // count is being told ("有两位委员是女的").
    lexicon.posts.lastIndex = at + 2;
    const post = !COUNTED.test(text[at - 1] ?? '') && lexicon.posts.test(text);
    return lexicon.pattern.test(text) || lexicon.wordPattern.test(text) || post || townships.matchAt(text, at + 2) !== null;
  };
}

/**
 * Indicator names may also be read with one character heard with another initial (党组识); township
 * names only when every sound matches — a township misread files figures under another one.
 */
export function soundsLike(lexicon: Lexicon, townships: TownshipMatcher): SoundsLike {
  let byTowns = cache.get(lexicon);
  if (!byTowns) cache.set(lexicon, (byTowns = new WeakMap()));
  let folder = byTowns.get(townships);
  if (!folder) {
    // Every word the reader knows as it is stays itself: a table's 全县 is not 全乡, nor 不是 a 部室.
    const spoken = new Set([...lexicon.keysOf.keys(), ...lexicon.words.keys(), ...lexicon.plain, ...townships.formTexts()]);
    const keep = new Set([...spoken, ...lexicon.columns.roles.keys(), ...lexicon.columns.suffixes.keys()]);
    // A table's column words (村名, 社区名称) are no words of a sentence: inside a longer name they do not stop
    // it being heard (村名委员会 is 村民委员会).
    const accept = nameContext(lexicon, townships, spoken);
    const names = new HomophoneFolder(lexicon.names.map((n) => n.text), { accept, keep });
    // Steering words and townships: every sound must match ("是十四" is no 实际是, "成员正" no 城关镇).
    const exact = new HomophoneFolder([...[...lexicon.words].filter(([w, kind]) => HEARD_KINDS.has(kind) && w.length >= 2).map(([w]) => w), ...townships.formTexts()], {
      accept,
      keep,
      nearFrom: Infinity,
    });
    folder = { fold: (text) => foldAll([names, exact], text) };
    byTowns.set(townships, folder);
  }
  return folder;
}
