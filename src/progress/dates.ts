// Dates in reports are read against the message's own date (county time), never the server clock:
// "昨天" in a message sent at 23:59 and delivered at 00:01 still means the day before it was sent.
import { addDays } from '../time.js';
import { parseChineseNumber } from '../numerals.js';

export type DateSpec =
  | { kind: 'relative'; days: number }
  | { kind: 'full'; year: number; month: number; day: number }
  | { kind: 'monthDay'; month: number; day: number }
  | { kind: 'day'; day: number }
  /** 周五 (recent: the latest Friday up to today), 上周五 (last: Friday of the previous Monday-to-Sunday week), 本周五 (this week). */
  | { kind: 'weekday'; weekday: number; week: 'recent' | 'last' | 'this' }
  /** 本周, 这礼拜, 上周末以来: the running week up to the day of sending — its totals are that day's, its new ones the week's. */
  | { kind: 'week' }
  /** 上周, 本月, 周末: a date word that names no single day; refused rather than dropped. */
  | { kind: 'unclear' };

export type DateResult = { ok: true; date: string } | { ok: false; reason: 'invalid-date' | 'future-date' | 'unclear-date'; date?: string };

const RELATIVE: Record<string, number> = {
  今天: 0, 今日: 0, 今晚: 0, 当天: 0, 当日: 0, 本日: 0, 今儿个: 0, 今儿: 0, 今个: 0,
  // Spoken northern forms (昨个, 夜儿个, 前儿个): voice input writes them as said.
  昨天: -1, 昨日: -1, 昨晚: -1, 昨儿个: -1, 昨儿: -1, 昨个: -1, 夜儿个: -1, 夜个: -1,
  大前天: -3, 大前日: -3, 大前儿个: -3,
  前天: -2, 前日: -2, 前儿个: -2, 前儿: -2,
  明天: 1, 明日: 1, 明儿个: 1, 明儿: 1,
};

/** "24日" sent on the 22nd is a future date; "5日" sent on the 22nd is the 5th of this month. */
const DAY_ONLY_FUTURE_WINDOW = 10;

const CN = '[零〇一二两三四五六七八九十]{1,3}';
const WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

/** After 号, what makes it a span or a name, not a day: "十号内", "3号文件", "5号村", "6号选区", "3号候选人" — but "26号选了1个" and "26号村委会…" are days. */
const NOT_A_DAY = '(?![内前后以文组楼线院候车]|村(?![委民党务])|选(?![了完出好]))';
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "10月底": the month's last day (February's taken as the 28th). */
function monthEnd(month: number | null): DateSpec | null {
  return month !== null && month >= 1 && month <= 12 ? { kind: 'monthDay', month, day: MONTH_DAYS[month - 1]! } : null;
}

/** Sticky patterns tried in order at one position; each returns a spec and the length consumed. */
const PATTERNS: [RegExp, (m: RegExpExecArray) => DateSpec | null][] = [
  [/(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})(?!\d)\s*[日号]?/y, (m) => ({ kind: 'full', year: +m[1]!, month: +m[2]!, day: +m[3]! })],
  [/(\d{1,2})\s*月\s*(\d{1,2})(?!\d)\s*[日号]?/y, (m) => ({ kind: 'monthDay', month: +m[1]!, day: +m[2]! })],
  // "10月底党组织换届完成3个": the month's last day; "11月底前…" is a deadline (the 前 after it makes a plan).
  [new RegExp(`(${CN})月(?:底|末)`, 'y'), (m) => monthEnd(parseChineseNumber(m[1]!))],
  [/(\d{1,2})\s*月(?:底|末)/y, (m) => monthEnd(+m[1]!)],
  [
    new RegExp(`(${CN})月(${CN})[日号]`, 'y'),
    (m) => {
      const month = parseChineseNumber(m[1]!);
      const day = parseChineseNumber(m[2]!);
      return month !== null && day !== null ? { kind: 'monthDay', month, day } : null;
    },
  ],
  // Not "6号选区", "3号文件", "5号村", "3号候选人": numbers that name something.
  [new RegExp(`(\\d{1,2})(?:日(?![内前后以])|号${NOT_A_DAY})`, 'y'), (m) => ({ kind: 'day', day: +m[1]! })],
  // "补报十七日的", "二十一日党组织完成8个": a day of ten or more said aloud with 日 ("十日内" is a span, "五日" too short to tell).
  [
    new RegExp(`([二三]?十[一二三四五六七八九]?)日(?![内前后以])`, 'y'),
    (m) => {
      const day = parseChineseNumber(m[1]!);
      return day !== null && day >= 10 && day <= 31 ? { kind: 'day', day } : null;
    },
  ],
  // "更正一下二十一号的": a day said aloud. Only with 号 — "十日内" is a span, "一号文件" and "三号村" no date.
  [
    new RegExp(`(${CN})号${NOT_A_DAY}`, 'y'),
    (m) => {
      const day = parseChineseNumber(m[1]!);
      return day !== null && day >= 1 && day <= 31 ? { kind: 'day', day } : null;
    },
  ],
  [/(大前天|大前日|大前儿个|今儿个|今儿|今个|昨儿个|昨儿|昨个|夜儿个|夜个|前儿个|前儿|明儿个|明儿|今天|今日|今晚|当天|当日|本日|昨天|昨日|昨晚|前天|前日|明天|明日)/y, (m) => ({ kind: 'relative', days: RELATIVE[m[1]!]! })],
  // A terse day: "村今+2" (today's plus), "更正：昨 村6→5。今 村7" (a word of its own before a space or colon).
  [/([今昨])(?=[ \t\u3000]*[+＋])|(?<!\p{Script=Han})([今昨])(?=[ \t\u3000:：])/uy, (m) => ({ kind: 'relative', days: (m[1] ?? m[2]) === '今' ? 0 : -1 })],
  // "三天前", "两天以前": that many days back.
  [
    /([一二两三四五六七八九十\d]{1,2})天(?:以前|之前|前)/y,
    (m) => {
      const n = /\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumber(m[1]!);
      return n !== null && n >= 1 && n <= 31 ? { kind: 'relative', days: -n } : null;
    },
  ],
  // "廿一日", "卅日": the day written the old way.
  [
    /([廿卅])([一二三四五六七八九])?[日号]/y,
    (m) => ({ kind: 'day', day: (m[1] === '廿' ? 20 : 30) + (m[2] ? '一二三四五六七八九'.indexOf(m[2]) + 1 : 0) }),
  ],
  [
    /(上个?|本|这个?)?(?:周|星期|礼拜)([一二三四五六日天])(?!肩)/y,
    (m) => ({ kind: 'weekday', weekday: WEEKDAY[m[2]!]!, week: !m[1] ? 'recent' : m[1].startsWith('上') ? 'last' : 'this' }),
  ],
  // "本周新完成4个,累计9个", "上周末以来又完成3个": the week so far (a weekly report), as of the day it is sent.
  [/(?:(?:本|这个?|这一)(?:周|星期|礼拜)|上个?周末(?:以来|到现在|至今))(?![内底末])/y, () => ({ kind: 'week' })],
  // "本周内"/"本月底" are plan words (scan.ts), not dates.
  [/(?:(?:上个?|本|这个?)(?:周|星期|礼拜|月)|上月|周末)(?![内底])/y, () => ({ kind: 'unclear' })],
  // "前几天的村委会应该是3个": some day of the last few, which one not said; so is "那天的忘了报" (that day — which?).
  [/(?:前|那)(?:几|两)天|前些(?:天|日子)|那一?天(?!然)|那日/y, () => ({ kind: 'unclear' })],
];

/**
 * The characters each pattern above can start with, in the same order: at most positions of a message no date can
 * start, and the seventeen patterns need not be tried one by one to find that out.
 */
const DIGITS = '0123456789';
const CN_CHARS = '零〇一二两三四五六七八九十';
const FIRSTS = [DIGITS, DIGITS, CN_CHARS, DIGITS, CN_CHARS, DIGITS, '二三十', CN_CHARS, '大今昨夜前明当本', '今昨', '一二两三四五六七八九十' + DIGITS, '廿卅', '上本这周星礼', '本这上', '上本这周', '前那'];
const BY_FIRST = new Map<number, typeof PATTERNS>();
PATTERNS.forEach((p, i) => {
  for (const ch of FIRSTS[i]!) {
    const list = BY_FIRST.get(ch.charCodeAt(0)) ?? [];
    list.push(p);
    BY_FIRST.set(ch.charCodeAt(0), list);
  }
});

/** Try every date form at `pos`; returns the spec and the length of text it covers. */
export function matchDate(text: string, pos: number): { spec: DateSpec; length: number } | null {
  const patterns = BY_FIRST.get(text.charCodeAt(pos));
  if (!patterns) return null;
  for (const [re, make] of patterns) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) continue;
    const spec = make(m);
    if (spec) return { spec, length: m[0].length };
  }
  return null;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return dt.toISOString().slice(0, 10);
}

function dayDistance(a: string, b: string): number {
  return Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
}

/** True when month/day (or month.day) would be a real calendar date: decides "11/22" date vs "9/14" fraction. */
export function isMonthDay(month: number, day: number): boolean {
  return iso(2024, month, day) !== null;
}

/** A weekday spec as a date: 1 = Monday … 7 = Sunday; weeks run Monday to Sunday. */
function weekdayDate(spec: { weekday: number; week: 'recent' | 'last' | 'this' }, today: string): string {
  const dow = new Date(`${today}T00:00:00Z`).getUTCDay() || 7;
  if (spec.week === 'recent') return addDays(today, -((dow - spec.weekday + 7) % 7));
  const monday = addDays(today, 1 - dow);
  return addDays(monday, spec.weekday - 1 - (spec.week === 'last' ? 7 : 0));
}

/**
 * Resolve a spec against `today` (YYYY-MM-DD). A month and day without a year mean the candidate
 * closest to today — so "12月31日" sent on 2 January is last year — and if that closest candidate is
 * after today the report is for a future date and is refused. A bare day: see DAY_ONLY_FUTURE_WINDOW.
 */
export function resolveDate(spec: DateSpec, today: string): DateResult {
  const [ty, tm] = today.split('-').map(Number) as [number, number];
  let candidates: (string | null)[];
  switch (spec.kind) {
    case 'relative':
      candidates = [addDays(today, spec.days)];
      break;
    case 'weekday':
      candidates = [weekdayDate(spec, today)];
      break;
    case 'week':
      candidates = [today];
      break;
    case 'unclear':
      return { ok: false, reason: 'unclear-date' };
    case 'full':
      candidates = [iso(spec.year, spec.month, spec.day)];
      break;
    case 'monthDay':
      candidates = [iso(ty - 1, spec.month, spec.day), iso(ty, spec.month, spec.day), iso(ty + 1, spec.month, spec.day)];
      if (!isMonthDay(spec.month, spec.day)) candidates = [null];
      break;
    case 'day': {
      if (spec.day < 1 || spec.day > 31) {
        candidates = [null];
        break;
      }
      const months = [-2, -1, 0, 1].map((k) => {
        const m0 = tm - 1 + k;
        return [ty + Math.floor(m0 / 12), ((m0 % 12) + 12) % 12 + 1] as const;
      });
      candidates = months.map(([y, m]) => iso(y, m, spec.day));
      break;
    }
  }
  const valid = candidates.filter((c): c is string => c !== null);
  if (!valid.length) return { ok: false, reason: 'invalid-date' };
  if (spec.kind === 'day') {
    // Months are short, so "nearest" misleads ("5日" on the 22nd is not next month's 5th): a day just
    // ahead is a future date; otherwise it is the latest such day so far.
    const future = valid.find((c) => c > today);
    if (future && dayDistance(future, today) <= DAY_ONLY_FUTURE_WINDOW) return { ok: false, reason: 'future-date', date: future };
    const past = valid.filter((c) => c <= today).pop();
    return past ? { ok: true, date: past } : { ok: false, reason: 'future-date', date: future! };
  }
  const best = valid.reduce((a, b) => (Math.abs(dayDistance(b, today)) < Math.abs(dayDistance(a, today)) ? b : a));
  if (best > today) return { ok: false, reason: 'future-date', date: best };
  return { ok: true, date: best };
}

/** A date typed as a command argument ("昨天", "11月21日", "11.21", "2026-11-21"); null when it is not one. */
export function readDateArg(text: string, today: string): DateResult | null {
  const t = text.trim();
  const md = /^(\d{1,2})[./](\d{1,2})$/.exec(t);
  if (md) return resolveDate({ kind: 'monthDay', month: +md[1]!, day: +md[2]! }, today);
  const m = matchDate(t, 0);
  if (!m || m.length !== t.length) return null;
  return resolveDate(m.spec, today);
}

/** The Monday of the week (Monday to Sunday) holding `today`: where a weekly report's new ones start. */
export function weekStart(today: string): string {
  return weekdayDate({ weekday: 1, week: 'this' }, today);
}
