// Homophones and near-homophones folded to the words a reader knows, by pinyin (pinyin-pro): voice input
// writes 村为会 for 村委会, 罢勉 for 罢免, 合西 for 河西; a hurried typist 党组识 for 党组织. One
// mechanism for the report reader and the policy answerer, instead of hand-kept typo tables.
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;
const NUMERAL = /[\d零〇一二两三四五六七八九十百千万俩仨]/;
const UNIT = /[个人名位岁村户]/;

/** NUMERAL and UNIT by UTF-16 code unit (1 numeral, 2 unit): asked of single characters, without making them. */
const KIND_BY_CODE = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) KIND_BY_CODE[c] = NUMERAL.test(String.fromCharCode(c)) ? 1 : UNIT.test(String.fromCharCode(c)) ? 2 : 0;
const numeralAt = (text: string, i: number) => KIND_BY_CODE[text.charCodeAt(i)] === 1;

/** A numeral standing in a number: next to another numeral or before a unit. */
function figureAt(text: string, i: number): boolean {
  if (!numeralAt(text, i)) return false;
  return numeralAt(text, i - 1) || KIND_BY_CODE[text.charCodeAt(i + 1)]! > 0;
}
/** Sounds speakers of many dialects do not tell apart, folded before comparing (模糊音). */
const FUZZY: [RegExp, string][] = [
  [/^zh/, 'z'],
  [/^ch/, 'c'],
  [/^sh/, 's'],
  [/ang$/, 'an'],
  [/eng$/, 'en'],
  [/ing$/, 'in'],
];

function fuzzy(syllable: string): string {
  let s = syllable;
  for (const [re, to] of FUZZY) s = s.replace(re, to);
  return s;
}

/**
 * Characters of everyday speech: a two-character window holding one ("是谁", "的票", "个十") is far more
 * likely two ordinary words than a misheard term, so only longer windows may contain them.
 */
const EVERYDAY = new Set([...'的了是不个我你他她它们在有要说那这么俺咱咋啥谁怎样什吗呢吧啊呀哪想就都也还又和与跟把被让给对从到得地着过里人事子长打当写完上下来去会能可以几多少']);

const finals = new Map<string, string>();
/** What a syllable sounds like after its initial: 识 (shi) and 织 (zhi) differ only before it. */
function final(s: string): string {
  let f = finals.get(s);
  if (f === undefined) finals.set(s, (f = s.replace(/^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])/, '')));
  return f;
}

/** By UTF-16 code unit: every character is one, and read as a string a Chinese one is a new string each time. */
const readings = new Array<string[] | undefined>(0x10000);
/** A character's readings (every one, for 多音字), fuzzy; a digit or letter reads as itself. */
function sounds(ch: string): string[] {
  const code = ch.charCodeAt(0);
  let r = readings[code];
  if (!r) {
    r = HAN.test(ch) ? [...new Set((pinyin(ch, { toneType: 'none', type: 'array', multiple: true }) as string[]).map(fuzzy))] : [ch];
    readings[code] = r;
  }
  return r;
}

/**
 * The plain reading of a short word (toneless pinyin, the usual reading in context, joined): "记票" → "jipiao".
 * For two-character words, which the folder above leaves alone — their fuzzy near-misses are too many.
 */
export function plainReading(word: string): string | undefined {
  for (const ch of word) if (!HAN.test(ch)) return undefined;
  return (pinyin(word, { toneType: 'none', type: 'array' }) as string[]).join('');
}

/** Whether a character sounds like the first syllable of some word: asked once per character, then kept. */
class StartChars {
  /** By UTF-16 code unit, 0 not asked yet, 1 no, 2 yes: every character of every message is asked, and a
   * Chinese one read as a string is a new string each time. */
  private readonly known = new Uint8Array(0x10000);
  constructor(private readonly byFirst: Map<string, unknown>) {}
  has(text: string, at: number): boolean {
    const code = text.charCodeAt(at);
    let r = this.known[code]!;
    if (r === 0) {
      r = sounds(text[at]!).some((s) => this.byFirst.has(s)) ? 2 : 1;
      this.known[code] = r;
    }
    return r === 2;
  }
}

/** Which UTF-16 code units start some word of the set: 1 at the code unit's index. */
function firstCodes(words: Set<string>): Uint8Array {
  const out = new Uint8Array(0x10000);
  for (const w of words) if (w.length) out[w.charCodeAt(0)] = 1;
  return out;
}

interface Entry {
  word: string;
  /** One reading per character (the word's own, in context). */
  syllables: string[];
}

export interface FoldOptions {
  /** Whether a window of the text may be read as `word` (context checks); all windows when absent. */
  accept?: (window: string, word: string, text: string, at: number) => boolean;
  /** Words at least this long may have one syllable misheard by its initial (党组识 → 党组织). */
  nearFrom?: number;
  /** Shorter windows are never folded (two characters are too often two everyday words). */
  minLength?: number;
  /** Words the reader knows as they are ("全县" is no misheard 全乡): never folded into another. */
  keep?: Set<string>;
}

export class HomophoneFolder {
  /** Words by the fuzzy sounds of their first two characters; the first sounds alone, to skip fast. */
  private readonly byPair = new Map<string, Entry[]>();
  private readonly byFirst = new Map<string, true>();
  private readonly pairs = new Map<number, Entry[]>();
  /** Characters met so far that may start a word, by sound: the rest are skipped without a lookup. */
  private readonly starts = new StartChars(this.byFirst);
  private readonly nearFrom: number;
  private keepFirsts: Uint8Array | undefined;

  constructor(words: Iterable<string>, private readonly options: FoldOptions = {}) {
    this.nearFrom = options.nearFrom ?? 3;
    for (const word of new Set(words)) {
      if (word.length < (options.minLength ?? 2) || !HAN.test(word)) continue;
      const syllables = (pinyin(word, { toneType: 'none', type: 'array' }) as string[]).map((s, i) => (HAN.test(word[i]!) ? fuzzy(s) : word[i]!));
      if (syllables.length !== word.length) continue;
      // Indexed by the first two sounds: a window is compared only with the few words that begin like it.
      const key = `${syllables[0]} ${syllables[1]}`;
      const list = this.byPair.get(key) ?? [];
      list.push({ word, syllables });
      this.byPair.set(key, list);
      this.byFirst.set(syllables[0]!, true);
    }
    for (const list of this.byPair.values()) list.sort((a, b) => b.word.length - a.word.length);
  }

  /** The text with every window that sounds like a known word (and is not that word) replaced by it. */
  fold(text: string): { text: string; changes: { from: string; to: string }[] } {
    return foldAll([this], text);
  }

  /** The word read at `at` (itself when already right), or null. */
  matchAt(text: string, at: number): string | null {
    return this.starts.has(text, at) ? this.match(text, at) : null;
  }

  /** The words that may begin with the two characters at `at`, longest first; kept per pair (they recur). */
  private candidates(text: string, at: number): Entry[] {
    // Both code units in one int32: no string made and hashed per position.
    const pair = (text.charCodeAt(at) << 16) | text.charCodeAt(at + 1);
    let found = this.pairs.get(pair);
    if (!found) {
      found = [];
      for (const first of sounds(text[at]!)) for (const second of sounds(text[at + 1]!)) found.push(...(this.byPair.get(`${first} ${second}`) ?? []));
      found.sort((a, b) => b.word.length - a.word.length);
      if (this.pairs.size > 50_000) this.pairs.clear();
      this.pairs.set(pair, found);
    }
    return found;
  }

  /** A known word runs across `at` ("全部通过": 全部 holds 部, so 部通过 is no 不通过). */
  private straddled(text: string, at: number): boolean {
    const keep = this.options.keep;
    if (!keep || at === 0) return false;
    const firsts = (this.keepFirsts ??= firstCodes(keep));
    // The same windows as before, but only from a character some kept word starts with: slicing every one
    // of them and looking it up was most of the folding's time.
    for (let start = Math.max(0, at - 3); start < at; start++) {
      if (!firsts[text.charCodeAt(start)]) continue;
      for (let len = Math.max(2, at - start + 1); len <= 4; len++) if (keep.has(text.slice(start, start + len))) return true;
    }
    return false;
  }

  private match(text: string, at: number): string | null {
    let straddled: boolean | undefined;
    if (at + 1 >= text.length) return null;
    const candidates = this.candidates(text, at);
    {
      for (const e of candidates) {
        // A word running past the text's end cannot be there: no window is cut for it.
        if (at + e.word.length > text.length) continue;
        const window = text.slice(at, at + e.word.length);
        if (window === e.word) return e.word;
        if (this.options.keep?.has(window)) continue;
        if ((straddled ??= this.straddled(text, at))) return null;
        // (Indexed, not spread: no array per window. A surrogate half is no everyday character either way.)
        if (window.length === 2 && (EVERYDAY.has(window[0]!) || EVERYDAY.has(window[1]!))) continue;
        if (!this.sameSound(window, e, text, at) || (this.options.accept && !this.options.accept(window, e.word, text, at))) continue;
        return e.word;
      }
    }
    return null;
  }

  private sameSound(window: string, e: Entry, text: string, at: number): boolean {
    let near = 0;
    for (let j = 0; j < window.length; j++) {
      // A figure is never a misheard syllable: "是十四个" is no 实际是 (but the 一 of "35岁一下" is one).
      // (By code unit: a Chinese character read as a string is a new string each time.)
      const code = window.charCodeAt(j);
      if (code !== e.word.charCodeAt(j) && figureAt(text, at + j)) return false;
      const want = e.syllables[j]!;
      const got = readings[code] ?? sounds(window[j]!);
      if (got.includes(want)) continue;
      // One character heard with another initial, in a word long enough to still be recognised.
      if (e.word.length >= this.nearFrom && !e.word.includes(window[j]!) && HAN.test(window[j]!) && got.some((g) => final(g) === final(want) && final(g).length > 0)) {
        near++;
        if (near > 1) return false;
        continue;
      }
      return false;
    }
    return true;
  }
}

/**
 * One pass over the text for several folders (tried in order at each position), rebuilding the text only
 * from the first change on: most messages need none.
 */
export function foldAll(folders: HomophoneFolder[], text: string): { text: string; changes: { from: string; to: string }[] } {
  const changes: { from: string; to: string }[] = [];
  let out: string | null = null;
  let i = 0;
  while (i < text.length) {
    let hit: string | null = null;
    for (const f of folders) if ((hit = f.matchAt(text, i))) break;
    if (hit) {
      const was = text.slice(i, i + hit.length);
      if (hit !== was) {
        changes.push({ from: was, to: hit });
        out ??= text.slice(0, i);
      }
      if (out !== null) out += hit;
      i += hit.length;
    } else {
      if (out !== null) out += text[i];
      i++;
    }
  }
  return { text: out ?? text, changes };
}
