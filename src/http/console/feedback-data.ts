// What the two review pages and their API show: refused reports counted by reason, and unanswered
// questions grouped by what was asked. Both read a range of county dates (default: the last 7 days).
import type { RefusalEntry, UnansweredEntry, UnansweredKind } from '../../store/types.js';
import { addDays } from '../../time.js';
import { HttpError } from '../errors.js';
import { isDate, today, type ConsoleDeps } from './data.js';

/** A week: what an admin looks back over at the weekly meeting. */
export const DEFAULT_DAYS = 7;
/** Same bound as the export: one request never loads the whole store. */
export const MAX_DAYS = 731;

export interface Range {
  from: string;
  to: string;
}

export function defaultRange(deps: ConsoleDeps): Range {
  const to = today(deps);
  return { from: addDays(to, -(DEFAULT_DAYS - 1)), to };
}

const days = (r: Range) => Math.round((Date.parse(`${r.to}T00:00:00Z`) - Date.parse(`${r.from}T00:00:00Z`)) / 86_400_000) + 1;

/**
 * The range a request asks for. Either end may be left out (to: today; from: a week before to). A bad
 * date, a reversed or an overlong range is a 400 that says what to fix.
 */
export function parseRange(query: Record<string, unknown>, deps: ConsoleDeps): Range {
  const one = (name: string): string | undefined => {
    const v = query[name];
    const s = Array.isArray(v) ? v[0] : v;
    if (s === undefined || s === '') return undefined;
    if (!isDate(s)) throw new HttpError(400, `${name} must be a date written YYYY-MM-DD, for example 2026-11-22`, { [name]: s });
    return s;
  };
  const to = one('to') ?? today(deps);
  const from = one('from') ?? addDays(to, -(DEFAULT_DAYS - 1));
  if (from > to) throw new HttpError(400, 'from must not be after to', { from, to });
  if (days({ from, to }) > MAX_DAYS) throw new HttpError(400, `a range may span at most ${MAX_DAYS} days`, { from, to });
  return { from, to };
}

/** For a page: the asked range when it is valid, else the default (a page never answers 400). */
export function pageRange(query: Record<string, unknown>, deps: ConsoleDeps): Range {
  try {
    return parseRange(query, deps);
  } catch {
    return defaultRange(deps);
  }
}

export interface ReasonCount {
  code: string;
  count: number;
}

/** How many refused messages gave each reason (a message with two reasons counts for both), most first. */
export function countReasons(items: RefusalEntry[]): ReasonCount[] {
  const counts = new Map<string, number>();
  for (const r of items) for (const code of new Set(r.reasons)) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

/**
 * The question as it is compared with others: trimmed, full-width letters, digits, punctuation and
 * spaces folded to their ASCII forms, runs of spaces made one, and trailing punctuation dropped —
 * so "十严禁是什么？" and "十严禁是什么" count as one question.
 */
export function normaliseQuestion(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\s]+/g, ' ')
    .trim()
    .replace(/[\s?!.,;:~。，、；：？！…～]+$/u, '')
    .trim();
}

export interface QuestionGroup {
  text: string;
  count: number;
  kinds: UnansweredKind[];
  lastAt: Date;
  entries: UnansweredEntry[];
}

/** Identical questions together, the most asked first (then the most recent). */
export function groupQuestions(items: UnansweredEntry[]): QuestionGroup[] {
  const groups = new Map<string, QuestionGroup>();
  for (const q of items) {
    const text = normaliseQuestion(q.text);
    let g = groups.get(text);
    if (!g) groups.set(text, (g = { text, count: 0, kinds: [], lastAt: q.at, entries: [] }));
    g.count++;
    g.entries.push(q);
    if (!g.kinds.includes(q.kind)) g.kinds.push(q.kind);
    if (q.at > g.lastAt) g.lastAt = q.at;
  }
  for (const g of groups.values()) g.kinds.sort();
  return [...groups.values()].sort((a, b) => b.count - a.count || b.lastAt.getTime() - a.lastAt.getTime() || a.text.localeCompare(b.text));
}

export const refusalJson = (r: RefusalEntry) => ({
  at: r.at.toISOString(),
  date: r.date,
  platform: r.platform,
  sender: r.sender,
  townships: r.townships,
  text: r.text,
  reasons: r.reasons,
  ...(r.messageId ? { messageId: r.messageId } : {}),
});

export const unansweredJson = (q: UnansweredEntry) => ({
  at: q.at.toISOString(),
  date: q.date,
  platform: q.platform,
  sender: q.sender,
  text: q.text,
  kind: q.kind,
  suggestions: q.suggestions,
  ...(q.messageId ? { messageId: q.messageId } : {}),
});
