// The date argument of 补发通报 / 预览通报: "11月21日", "11.21", "11/21", "21日", "2026-11-21",
// "昨天". A date without a year is the latest such date not after today.
import { addDays, isIsoDate } from '../time.js';

export type DateArg = { date: string } | { error: 'invalid' | 'future'; date?: string };

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

const RELATIVE: Record<string, number> = { 今天: 0, 今日: 0, 昨天: -1, 昨日: -1, 前天: -2 };

export function parseDateArg(arg: string, today: string): DateArg {
  const text = arg.replace(/\s+/g, '').replace(/[的]?(通报|排名)$/, '');
  if (!text) return { date: today };
  const rel = RELATIVE[text];
  if (rel !== undefined) return { date: addDays(today, rel) };
  const [ty, tm] = today.split('-').map(Number) as [number, number];
  let date: string | undefined;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})(?:[-/.年])(\d{1,2})(?:[-/.月])(\d{1,2})[日号]?$/.exec(text))) {
    date = iso(+m[1]!, +m[2]!, +m[3]!);
  } else if ((m = /^(\d{1,2})(?:[-/.月])(\d{1,2})[日号]?$/.exec(text))) {
    date = iso(ty, +m[1]!, +m[2]!);
    if (isIsoDate(date) && date > today) date = iso(ty - 1, +m[1]!, +m[2]!);
  } else if ((m = /^(\d{1,2})[日号]$/.exec(text))) {
    date = iso(ty, tm, +m[1]!);
    if (isIsoDate(date) && date > today) date = tm === 1 ? iso(ty - 1, 12, +m[1]!) : iso(ty, tm - 1, +m[1]!);
  }
  if (!date || !isIsoDate(date)) return { error: 'invalid' };
  if (date > today) return { error: 'future', date };
  return { date };
}
