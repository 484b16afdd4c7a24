// A word typed in pinyin when the phone's keyboard did not offer the characters ("zhibu完成8个", "nv性成员13人",
// "shuji主任一个人的有6个", "村委完成7ge"): the letters are read as the name whose pinyin they spell, together
// with the characters right after them — only a whole known name is ever put in their place.
import { pinyin } from 'pinyin-pro';
import type { Lexicon } from './lexicon.js';

const LATIN = /[a-z]{2,}/gi;
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

function spellings(lexicon: Lexicon): Spelled[] {
  let out = cache.get(lexicon);
  if (out) return out;
  out = [];
  const words = new Set([...lexicon.keysOf.keys(), ...lexicon.words.keys()].filter((w) => /^[\u4e00-\u9fff]{2,}$/.test(w)));
  for (const name of words) {
    // ü is typed as v on every pinyin keyboard (女 → nv).
    const syllables = (pinyin(name, { toneType: 'none', type: 'array' }) as string[]).map((y) => y.replace(/ü/g, 'v'));
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
  const out = text.replace(LATIN, (letters, at: number) => {
    const lower = letters.toLowerCase();
    if (UNITS[lower] && /[\d零一二两三四五六七八九十]$/.test(text.slice(0, at))) return UNITS[lower]!;
    const after = text.slice(at + letters.length);
    const hit = spellings(lexicon).find((s) => s.letters === lower && after.startsWith(s.rest));
    if (!hit) return letters;
    changes.push({ from: letters + hit.rest, to: hit.name });
    return hit.name.slice(0, hit.name.length - hit.rest.length);
  });
  return out === text ? null : { text: out, changes };
}
