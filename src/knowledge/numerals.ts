// "第十五条", "第3条", "弟三条" in a question: which item of a list or article of a law is asked for.
import { parseAnyNumber } from '../numerals.js';

/** A positive whole number written either way, or undefined ("七八" is a vague range, not a number). */
export function parseNumeral(text: string): number | undefined {
  const n = parseAnyNumber(text);
  return n !== null && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** "弟三条" is the usual slip of the pinyin keyboard for "第三条". */
const ORDINAL = /[第弟]\s*([0-9０-９]+|[零〇一二两三四五六七八九十百]+)\s*(?:条|项|点|款)/;

/** "第N条" (also 项/点/款) in a question, with the text that remains once it is removed. */
export function findOrdinal(text: string): { n: number; rest: string } | undefined {
  const m = ORDINAL.exec(text);
  if (!m) return undefined;
  const n = parseNumeral(m[1]!);
  if (n === undefined) return undefined;
  return { n, rest: text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length) };
}
