// "第十五条", "第3条", "弟三条", "头一条" in a question: which item of a list or article of a law is asked for.
import { parseAnyNumber } from '../numerals.js';

/** A positive whole number written either way, or undefined ("七八" is a vague range, not a number). */
export function parseNumeral(text: string): number | undefined {
  const n = parseAnyNumber(text);
  return n !== null && Number.isInteger(n) && n > 0 ? n : undefined;
}

/** "弟三条" is the usual slip of the pinyin keyboard for "第三条". */
const ORDINAL = /[第弟]\s*([0-9０-９]+|[零〇一二两三四五六七八九十百]+)\s*(?:条|项|点|款)/;

/** "第N条" (also 项/点/款) in a question, with the text that remains once it is removed. */
/** "头一条", "首条", "打头那条": the first, said without 第. */
const FIRST = /头一(?:条|项)|首(?:条|项)|打头(?:的|那)?一?(?:条|项)/;

export function findOrdinal(text: string): { n: number; rest: string } | undefined {
  const m = ORDINAL.exec(text);
  const first = m ? null : FIRST.exec(text);
  if (first) return { n: 1, rest: text.slice(0, first.index) + ' ' + text.slice(first.index + first[0].length) };
  if (!m) return undefined;
  const n = parseNumeral(m[1]!);
  if (n === undefined) return undefined;
  return { n, rest: text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length) };
}
