// Two figures where a liaison meant one he is unsure of: "不是3个就是4个", "一肩挑8、9人" — read as a range
// (x~y), which the reader refuses as vague. Never the first or the second figure alone.
import { parseAnyNumber } from '../numerals.js';

const EITHER_OR = /不是\s*([\d零一二两三四五六七八九十]+)\s*(?:个|人|名)?\s*[,，]?\s*就是\s*([\d零一二两三四五六七八九十]+)/g;
/** "8、9人": neighbouring counts after one name, the unit only on the second. */
const NEIGHBOURS = /(?<![\d.、/])(\d{1,3})、(\d{1,3})(?=\s*[个人名])/g;
/** A list of names before, or words that give one figure to each of them: a list of figures, not a range. */
const LISTED_BEFORE = /分别|依次|各|、[^,，。;；\d]*$/;

export function readRanges(text: string): string {
  let t = text;
  if (t.includes('就是')) t = t.replace(EITHER_OR, (m, a: string, b: string) => {
    const [x, y] = [parseAnyNumber(a), parseAnyNumber(b)];
    return x !== null && y !== null ? `${x}~${y}` : m;
  });
  if (t.includes('、')) t = t.replace(NEIGHBOURS, (m, a: string, b: string, at: number) => {
    const before = t.slice(Math.max(0, t.lastIndexOf('\n', at) + 1, at - 20), at);
    return Number(b) === Number(a) + 1 && !LISTED_BEFORE.test(before.split(/[,，。;；]/).at(-1)!) ? `${a}~${b}` : m;
  });
  return t;
}
