// Numbers as people type them on a phone: Arabic, full-width, or Chinese (九, 十二, 二十三, 一百零五, 四十五点五).
// Shared by progress reports and policy questions (第十五条), so it sits outside both folders.

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Fold full-width ASCII (０-９, ％, ／, （）, ：, ，…) to half-width so one set of patterns reads both.
 * Chinese punctuation without an ASCII twin (、。) is kept.
 */
export function toHalfWidth(text: string): string {
  // Every message is folded, most with a full-width comma or colon in it: one pass over the code units,
  // not a replace calling back per character.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const half = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x3000 || c === 0xa0 ? 0x20 : -1;
    if (half < 0) continue;
    out += text.slice(from, i) + String.fromCharCode(half);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * A Chinese numeral, or null when the characters do not spell one number. Two digits in a row
 * ("七八", "三四") are a vague range, not a number, so they return null too.
 */
export function parseChineseNumber(text: string): number | null {
  if (!text) return null;
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  let sawZero = false;
  for (const ch of text) {
    const d = CN_DIGITS[ch];
    if (d !== undefined) {
      if (digit !== null && digit !== 0 && d !== 0) return null;
      if (d === 0) sawZero = true;
      digit = d;
      continue;
    }
    const u = CN_UNITS[ch];
    if (u === undefined || u >= lastUnit) return null;
    total += (digit ?? 1) * u;
    digit = null;
    lastUnit = u;
  }
  if (digit !== null) {
    // 一百二 is 120 in speech; 一百零二 is 102.
    total += lastUnit >= 100 && lastUnit !== Infinity && !sawZero ? digit * (lastUnit / 10) : digit;
  }
  return total;
}

/** True for runs like 七八 or 三四五: adjacent digits with no 十/百, read as "seven or eight". */
export function isChineseDigitRun(text: string): boolean {
  return text.length >= 2 && [...text].every((ch) => CN_DIGITS[ch] !== undefined);
}

/**
 * A decimal written with 点, the way it is spoken: 四十五点五 = 45.5, 三十八点二五 = 38.25, 45点5 = 45.5.
 * The whole part is a number (Arabic or Chinese); the digits after 点 are read one by one.
 */
export function parsePointDecimal(whole: string, fraction: string): number | null {
  const w = /^\d+$/.test(whole) ? Number(whole) : parseChineseNumber(whole);
  if (w === null || !fraction) return null;
  let digits = '';
  for (const ch of fraction) {
    const d = /\d/.test(ch) ? Number(ch) : CN_DIGITS[ch];
    if (d === undefined || ch === '两') return null;
    digits += d;
  }
  return Number(`${w}.${digits}`);
}

/** Parse a number written either way (used by tests and the property checks). */
export function parseAnyNumber(text: string): number | null {
  const t = toHalfWidth(text).trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const point = /^(.+)点(.+)$/.exec(t);
  if (point) return parsePointDecimal(point[1]!, point[2]!);
  return parseChineseNumber(t);
}

/** Render a count or percentage without trailing zeros: 91.7, 100, 45.5. */
export function formatNumber(n: number, digits = 1): string {
  return Number(n.toFixed(digits)).toString();
}

/** A count written in digits or Chinese numerals, as a regular-expression source ("12", "十二", "两"). */
export const COUNT_NUMERAL = '[\\d零一二两三四五六七八九十]+';
