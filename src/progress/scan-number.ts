// Reading one number where the scanner (scan.ts) found one: digits or Chinese numerals, a decimal, a
// fraction, a percentage or range, and the unit after it that says what it counts (villages, people, an age,
// or something else entirely — a year, a time, a count of townships).
// Also an ordinal (第十二个): a count closing its clause, or a place to skip.
import { isChineseDigitRun, parseAnyNumber, parseChineseNumber, parsePointDecimal } from '../numerals.js';
import type { TokenBody, UnitKind } from './scan.js';

const VILLAGE_NEXT = '(?![委务民居监两党支小组])';
const COUNT_UNIT = new RegExp(`个村\\((?:社区|居)\\)|个行政村|个村${VILLAGE_NEXT}|个社区|个|村${VILLAGE_NEXT}|社区|人|名|位|户`, 'y');
const AGE_UNIT = /周岁|岁/y;
// (Not 一下: "报一下五个社区…" says a count after it.)
const VISITED = /(?:跑|走|转|(?<!一)下|去|跑遍)了?$/;
/** A number followed by one of these is a time, a year, a count of something else: not a figure. */
const OTHER_UNIT = /个?百分点|家(?![庭属人长])|个数字?(?![0-9零一二两三四五六七八九十])|个数据|个会|处|度|个?工作日|倍|个乡镇|个乡|个镇|个街道|个地方|个部门|个单位|个职能部门|年|届|次|月|天|小时|点|分钟|分(?!别)|秒|批|轮|期|项|条|元|万|票|页|张|份|米|公里|时|号|楼|室|栋|步|些/y;
/** "40岁以下", "50周岁以上": an age group; the one the county collects (35岁以下) is an indicator name. */
const AGE_GROUP = /(?:以下|以上|及以下|及以上)/y;
/** 多/余/来 after a number: before a unit ("20多个"), or closing the figure where its unit would stand ("大专以上20多", "村委会20多 女性13"). */
const APPROX_SUFFIX = /(多|余|来)(?=个|人|名|村|位|户|家|岁|周岁|\s|$|[,，。;；、)）!！?？:：])/y;
// A range or fraction never runs over a line break: "村 9\n- 35下 11" is a figure, then a bullet.
const ARABIC = /(-?)(\d+)(?:[ \t\u3000]*([./~\-])[ \t\u3000]*(\d+))?([ \t\u3000]*%)?/y;
const CHINESE = /[零〇一二两三四五六七八九十百千]+/y;
export const CN_DIGIT = '零〇一二三四五六七八九';
export const CN_NUMBER = `${CN_DIGIT}两十百千`;
/** "四十五点五", "45点5", but also clock times ("三点五十", "5点30"): anything with digits after 点. */
const POINT = new RegExp(`(\\d+|[${CN_NUMBER}]+)点([\\d${CN_NUMBER}]+)`, 'y');
const PERCENT_SIGN = /\s*%/y;
/** "完成六成": tenths, a rate like 60% ("六成多", "八成以上" are not exact); 成员, 成立… are other words. */
const TENTHS = /成(?![员立功绩为果本交熟])(多|左右|以上|上下)?/y;
/** "1*个", "1?个", "1□个" (folded to ×): a digit someone could not read, written as a mark — no figure to store. */
const BLURRED = /[*xX×■○?]+(?=[个人名位户村岁]|社区|$|[\s,.;:)、])/y;

/**
 * Numerals inside a village's name: after the place's own name ("新民三村", "石桥二社区" — a count says 个, 三个村,
 * and 两村 after names counts them: 李庄、西庄两村), or at its start ("八一村", "五一社区", "十里堡村", "三道沟村").
 * A word before the numeral that counts (完成三村, 剩三村) keeps it a count.
 */
const NUMERAL_AFTER_NAME = /[一二三四五六七八九十](?:村(?![委民务居(])|社区)/y;
const COUNTING_BEFORE = /[\u4e00-\u9fff]/;
const NOT_A_NAME_BEFORE = /[成了剩差有共计余选是第这那和及与约近都再又还已仅只各等个多余来几两零〇一二三四五六七八九十百千]/;
const NUMERAL_NAME = /(?:([一二三四五六七八九])([一二三四五六七八九])|[一二三四五六七八九十][^\s\d个多余来几名人位户村社两委民务居零〇一二三四五六七八九十百千是的在为有了和及与就都也还已剩差共，。、,.:;：；()（）!！?？"'~\-]{1,2})(?:村(?![委民务居(])|社区)/y;

function numeralInName(text: string, pos: number): string | null {
  const before = text[pos - 1] ?? '';
  const after = sticky(NUMERAL_AFTER_NAME, text, pos);
  if (after && COUNTING_BEFORE.test(before) && !NOT_A_NAME_BEFORE.test(before)) return after[0];
  const start = sticky(NUMERAL_NAME, text, pos);
  // "三四村" is three or four villages: digits in a row say about how many.
  if (!start || (start[1] && CN_DIGIT.indexOf(start[2]!) === CN_DIGIT.indexOf(start[1]) + 1)) return null;
  return start[0];
}

export function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function unitAt(text: string, pos: number): { unit: UnitKind | 'other'; length: number } {
  // "13.3个百分点" is no count of villages: the other units are tried first when they start with 个.
  // "两个乡" counts townships, not villages.
  if (text[pos] === '个' && sticky(OTHER_UNIT, text, pos)) return { unit: 'other', length: sticky(OTHER_UNIT, text, pos)![0].length };
  for (const [re, unit] of [[COUNT_UNIT, 'count'], [AGE_UNIT, 'age'], [OTHER_UNIT, 'other']] as const) {
    const m = sticky(re, text, pos);
    if (m) return { unit, length: m[0].length };
  }
  return { unit: 'none', length: 0 };
}

/** A number with what follows it (%, /, range, unit, 多/余): a token, text to skip, or null. */
export function readNumber(text: string, pos: number): { body: TokenBody | null; raw: string } | null {
  // Read whole, so the digits after 点 are never re-read as a figure of their own ("四十五点五岁" is not 5岁).
  const point = sticky(POINT, text, pos);
  if (point) return readPoint(text, pos, point);
  const ar = sticky(ARABIC, text, pos);
  const cn = ar ? null : sticky(CHINESE, text, pos);
  if (!ar && !cn) return null;
  const name = cn ? numeralInName(text, pos) : null;
  if (name) return { body: null, raw: name };
  let end = pos + (ar ?? cn)![0].length;
  const blurred = ar && !ar[3] && !ar[5] ? sticky(BLURRED, text, end) : null;
  if (blurred) return { body: { t: 'vague' }, raw: text.slice(pos, end + blurred[0].length) };
  const tenths = text[end] === '成' ? sticky(TENTHS, text, end) : null;
  if (tenths) {
    const n = ar ? (ar[3] || ar[5] ? null : Number(ar[2])) : parseChineseNumber(cn![0]);
    if (n !== null && n >= 1 && n <= 10) {
      const raw = text.slice(pos, end + tenths[0].length);
      return { body: tenths[1] ? { t: 'vague' } : { t: 'pct', value: n * 10, neg: ar?.[1] === '-' }, raw };
    }
  }
  const approx = sticky(APPROX_SUFFIX, text, end);
  if (approx) end += approx[0].length;
  const { unit, length } = unitAt(text, end);
  // "45岁半" is 45.5 years: 半 after an age unit is half a year, never text to skip.
  const half = unit === 'age' && text[end + length] === '半' ? 0.5 : 0;
  const raw = text.slice(pos, end + length + (half ? 1 : 0));
  const vague = { body: { t: 'vague' } as TokenBody, raw };
  // Years, times, counts of other things ("3年", "第2批") are text, not figures.
  if (unit === 'other') return { body: null, raw };
  // "今天跑了三个村", "下了两个村": villages the liaison went to, not villages done.
  if (unit === 'count' && VISITED.test(text.slice(Math.max(0, pos - 3), pos)) && /村|社区/.test(raw)) return { body: null, raw };
  // "9个以上", "近10个": a bound, not a figure (将近, 接近 are words of their own; 最近, 附近 say no number).
  if (unit === 'count' && text.startsWith('以上', end + length)) return { body: { t: 'vague' }, raw: raw + '以上' };
  if (text[pos - 1] === '近' && !/[最附将接亲]/.test(text[pos - 2] ?? '')) return vague;
  const group = unit === 'age' ? sticky(AGE_GROUP, text, end + length) : null;
  if (group) return { body: { t: 'flag', flag: 'other' }, raw: raw + group[0] };
  if (ar) {
    const [, minus, a, sep, b, pct] = ar;
    // "党-12\n村-10": a dash straight after a name, before a bare figure closing its line or word, joins the two —
    // no minus ("党组织换届-3个" still is one).
    const joined = /[\p{Script=Han}]/u.test(text[pos - 1] ?? '') && /\d$/.test(raw) && !unitAfter(text, end + length);
    const neg = minus === '-' && !joined;
    if (approx || sep === '~') return vague;
    if (pct) {
      if (sep && sep !== '.') return vague;
      return { body: { t: 'pct', value: sep ? Number(`${a}.${b}`) : Number(a), neg }, raw };
    }
    if (sep && half) return vague;
    if (sep) return { body: { t: 'pair', a: Number(a), b: Number(b), decimal: Number(`${a}.${b}`), sep: sep as '/' | '.' | '-', unit, neg }, raw };
    return { body: { t: 'num', value: Number(a) + half, unit, chinese: false, neg }, raw };
  }
  const digits = cn![0];
  if (approx || (isChineseDigitRun(digits) && !/^[零〇]/.test(digits))) return vague;
  const value = parseChineseNumber(digits);
  if (value === null) return null;
  return { body: { t: 'num', value: value + half, unit, chinese: true, neg: false }, raw };
}

/** A decimal (四十五点五岁, 45点5%), a clock time to skip (5点30, 三点五十分), or else a vague number quoted whole. */
function readPoint(text: string, pos: number, m: RegExpExecArray): { body: TokenBody | null; raw: string } {
  const [, whole, fraction] = m as unknown as [string, string, string];
  // Digits after 点 are read one by one; 十/百 there (三点五十) or a digit run before it (七八点五) is no decimal.
  const decimal = parsePointDecimal(whole, fraction);
  let end = pos + m[0].length;
  const pct = sticky(PERCENT_SIGN, text, end);
  if (pct) {
    const raw = text.slice(pos, end + pct[0].length);
    return { body: decimal === null ? { t: 'vague' } : { t: 'pct', value: decimal, neg: false }, raw };
  }
  const approx = sticky(APPROX_SUFFIX, text, end);
  if (approx) end += approx[0].length;
  const { unit, length } = unitAt(text, end);
  const raw = text.slice(pos, end + length);
  const hour = parseAnyNumber(whole);
  const minute = parseAnyNumber(fraction);
  const clock = hour !== null && hour < 24 && minute !== null && minute <= 59 && (decimal === null || fraction.length === 2);
  if (unit === 'other' || (unit === 'none' && clock)) return { body: null, raw };
  if (approx || decimal === null) return { body: { t: 'vague' }, raw };
  return { body: { t: 'num', value: decimal, unit, chinese: !/^\d/.test(whole), neg: false }, raw };
}

/** What may follow an ordinal that ends its clause ("第十二个了", "今天第二个完成的"). */
const ORDINAL_END = /^(?:\([^()]*\))?(?:了|啦|呢|吧|哈|啊|呀|完成的|选完的|完成|选完)*[~～]*(?:\([^()]*\))?(?:[\s,;:。!?]|$)/;

/**
 * "第十二个" closing a clause counts villages done so far ('count'); anywhere else ("第一个完成的是东坡村",
 * "倒数第一马坊") it is a place, no figure: the text to skip is returned.
 */
/** The whole county or its townships, just before an ordinal: the ordinal ranks the township among them. */
export const RANK_SCOPE = /(?:全县|全市|全区|各乡镇|乡镇中|乡镇里|乡一级|乡镇一级)[^,，。;；\n\d]{0,8}$/;

export function ordinalAt(text: string, pos: number): 'count' | string | null {
  const num = readNumber(text, pos + 1);
  if (num?.body?.t !== 'num') return null;
  const closes = num.body.unit === 'count' && ORDINAL_END.test(text.slice(pos + 1 + num.raw.length, pos + 40 + num.raw.length));
  // "全县第三个完成": a rank among the townships, no running total of the township's own.
  const rank = RANK_SCOPE.test(text.slice(Math.max(0, pos - 14), pos));
  return closes && !rank ? 'count' : text.slice(pos, pos + 1 + num.raw.length);
}

/** A unit or a word straight after a figure (个, 人, 名…): anything but a space, a mark or the end. */
function unitAfter(text: string, at: number): boolean {
  return at < text.length && !/[\s,，;；。.、]/.test(text[at]!);
}
