// The date argument of 排名 / 补发通报 / 预览通报: "11月21日", "11.21", "11/21", "21日", "2026-11-21",
// "昨天". An admin who types a date without a year means the near future more often than a date a
// year ago, so a date just ahead is refused as not yet come rather than read as last year's — a
// bulletin of last year's zeros under a year-less heading looks like this year's.
import { resolveDate } from '../progress/dates.js';
import { addDays, isIsoDate } from '../time.js';

export type DateArg = { date: string } | { error: 'invalid' | 'future'; date?: string };

/** "12月25日" typed on 22 November is the coming 25 December (refused); "1月30日" is this January's. */
export const MONTH_DAY_FUTURE_DAYS = 62;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

const RELATIVE: Record<string, number> = { 今天: 0, 今日: 0, 昨天: -1, 昨日: -1, 前天: -2, 明天: 1, 明日: 1 };

/** Month and day without a year: the future if one falls within the window, else the latest one so far. */
function monthDay(month: number, day: number, today: string): DateArg {
  const ty = Number(today.slice(0, 4));
  const valid = [ty - 1, ty, ty + 1].map((y) => iso(y, month, day)).filter(isIsoDate);
  if (!valid.length) return { error: 'invalid' };
  const soon = valid.find((c) => c > today && c <= addDays(today, MONTH_DAY_FUTURE_DAYS));
  if (soon) return { error: 'future', date: soon };
  const past = valid.filter((c) => c <= today).pop();
  return past ? { date: past } : { error: 'invalid' };
}

export function parseDateArg(arg: string, today: string): DateArg {
  const text = arg.replace(/\s+/g, '').replace(/[的]?(通报|排名)$/, '');
  if (!text) return { date: today };
  const rel = RELATIVE[text];
  let date: string | undefined;
  let m: RegExpExecArray | null;
  if (rel !== undefined) {
    date = addDays(today, rel);
  } else if ((m = /^(\d{4})(?:[-/.年])(\d{1,2})(?:[-/.月])(\d{1,2})[日号]?$/.exec(text))) {
    date = iso(+m[1]!, +m[2]!, +m[3]!);
  } else if ((m = /^(\d{1,2})(?:[-/.月])(\d{1,2})[日号]?$/.exec(text))) {
    return monthDay(+m[1]!, +m[2]!, today);
  } else if ((m = /^(\d{1,2})[日号]$/.exec(text))) {
    // The same reading as "24日" in a report: up to 10 days ahead is the future, else the latest past one.
    const r = resolveDate({ kind: 'day', day: +m[1]! }, today);
    if (r.ok) return { date: r.date };
    return r.reason === 'future-date' && r.date ? { error: 'future', date: r.date } : { error: 'invalid' };
  }
  if (!date || !isIsoDate(date)) return { error: 'invalid' };
  if (date > today) return { error: 'future', date };
  return { date };
}
