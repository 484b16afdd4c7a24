// A word typed in pinyin when the phone's keyboard did not offer the characters ("zhibu完成8个", "nv性成员13人",
// "shuji主任一个人的有6个", "村委完成7ge"): the letters are read as the name whose pinyin they spell, together
// with the characters right after them — only a whole known name is ever put in their place. A name's initials
// (dzz for 党组织, yjt for 一肩挑, cwh for 村委会) are read as the name when no other name has them; English words
// of the lexicon (done, avg age) as theirs.
import { pinyin } from 'pinyin-pro';
import type { Lexicon } from './lexicon.js';

const LATIN = /[a-z]{2,}(?: [a-z]{2,})*/gi;
/** A unit after a number, typed in pinyin. */
const UNITS: Record<string, string> = { ge: '个', ren: '人', ming: '名' };

interface Spelled {
  /** The name's leading characters spelled in pinyin, with no tones or spaces ("nv", "nvxing"). */
  letters: string;
  /** The characters of the name that follow them ("性成员", ""). */
  rest: string;
  name: string;
}

const cache = new WeakMap<Lexicon, Spelled[]>();
const initialsCache = new WeakMap<Lexicon, Map<string, string>>();

const syllablesOf = (name: string) => (pinyin(name, { toneType: 'none', type: 'array' }) as string[]).map((y) => y.replace(/ü/g, 'v'));

/**
 * Indicator names by their initials, three letters or more (two would be ordinary words: ok, ps). Initials two names
 * share for different figures (jwh: 监委会 and 居委会) stand for neither.
 */
function initials(lexicon: Lexicon): Map<string, string> {
  let out = initialsCache.get(lexicon);
  if (out) return out;
  const found = new Map<string, { name: string; keys: string } | null>();
  for (const [name, keys] of lexicon.keysOf) {
    if (!/^[\u4e00-\u9fff]{3,}$/.test(name)) continue;
    const letters = syllablesOf(name).map((y) => y[0]).join('');
    const prev = found.get(letters);
    if (prev === undefined) found.set(letters, { name, keys: keys.join() });
    else if (prev && prev.keys !== keys.join()) found.set(letters, null);
  }
  out = new Map([...found].filter((e): e is [string, { name: string; keys: string }] => e[1] !== null).map(([k, v]) => [k, v.name]));
  initialsCache.set(lexicon, out);
  return out;
}

function spellings(lexicon: Lexicon): Spelled[] {
  let out = cache.get(lexicon);
  if (out) return out;
  out = [];
  const words = new Set([...lexicon.keysOf.keys(), ...lexicon.words.keys()].filter((w) => /^[\u4e00-\u9fff]{2,}$/.test(w)));
  for (const name of words) {
    // ü is typed as v on every pinyin keyboard (女 → nv).
    const syllables = syllablesOf(name);
    for (let k = 1; k <= name.length; k++) out.push({ letters: syllables.slice(0, k).join(''), rest: name.slice(k), name });
  }
  // The longest name first, so "shuji主任一个人" is read whole rather than stopping at a shorter name.
  out.sort((a, b) => b.name.length - a.name.length);
  cache.set(lexicon, out);
  return out;
}

/** The text with pinyin-typed names read as their characters, and what was read so (for the reply). */
export function readTypedPinyin(text: string, lexicon: Lexicon): { text: string; changes: { from: string; to: string }[] } | null {
  if (!/[a-z]{2}/i.test(text)) return null;
  const changes: { from: string; to: string }[] = [];
  const out = text.replace(LATIN, (run: string, at: number) => {
    const whole = lexicon.latin.get(run.toLowerCase());
    if (whole) {
      changes.push({ from: run, to: whole });
      return whole;
    }
    return run.replace(/[a-z]+/gi, (letters, inRun: number) => readWord(text, letters, at + inRun, lexicon, changes));
  });
  return out === text ? null : { text: out, changes };
}

/** One Latin word at `at`: a unit after a number, an English word, a name spelled in pinyin or its initials. */
function readWord(text: string, letters: string, at: number, lexicon: Lexicon, changes: { from: string; to: string }[]): string {
  const lower = letters.toLowerCase();
  if (UNITS[lower] && /[\d零一二两三四五六七八九十]$/.test(text.slice(0, at))) return UNITS[lower]!;
  const english = lexicon.latin.get(lower);
  const after = text.slice(at + letters.length);
  const hit = english ? undefined : spellings(lexicon).find((s) => s.letters === lower && after.startsWith(s.rest));
  if (hit) {
    changes.push({ from: letters + hit.rest, to: hit.name });
    return hit.name.slice(0, hit.name.length - hit.rest.length);
  }
  // Initials stand alone: not run into other letters or characters of a name.
  const named = english ?? initials(lexicon).get(lower);
  if (!named) return letters;
  changes.push({ from: letters, to: named });
  return named;
}
