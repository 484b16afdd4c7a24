// Chinese and Arabic numerals as people write them in "第十五条", "第3条", "第二十二条".
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export function parseNumeral(text: string): number | undefined {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return undefined;
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else current = DIGITS[ch] ?? 0;
  }
  return total + current;
}

/** "弟三条" is the usual slip of the pinyin keyboard for "第三条". */
const ORDINAL = /[第弟]\s*([0-9０-９]+|[零〇一二两三四五六七八九十百]+)\s*(?:条|项|点|款)/;

/** "第N条" (also 项/点/款) in a question, with the text that remains once it is removed. */
export function findOrdinal(text: string): { n: number; rest: string } | undefined {
  const m = ORDINAL.exec(text);
  if (!m) return undefined;
  const n = parseNumeral(m[1]!);
  if (n === undefined || n <= 0) return undefined;
  return { n, rest: text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length) };
}
