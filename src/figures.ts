// What the figures leaders read mean (docs/figures.md). One definition for the bulletin, the 进度/排名
// replies, the console, the export and the API, so a number says the same thing on every surface.
import type { Figures, IndicatorKey, ProgressRecord, Revision } from './store/types.js';

/** The three completion indicators: the ranking's score and "已全部完成" are made of them. */
export const COMPLETION = ['partyDone', 'committeeDone', 'supervisionDone'] as const;
export type CompletionKey = (typeof COMPLETION)[number];

/** Shown for a figure nobody has reported: unknown is not zero. */
export const UNKNOWN = '—';

/** All three completion indicators at the due count: nothing is left to report, so the township is never 未报送. */
export function isFinished(figures: Figures, due: number): boolean {
  return due > 0 && COMPLETION.every((k) => figures[k] !== undefined && figures[k]! >= due);
}

/**
 * A day's change of one indicator. Progress is the figure minus the last known one (however many days
 * ago it was reported); a figure with nothing known before it is a first report, not progress.
 */
export type DayChange = { kind: 'progress'; by: number } | { kind: 'first'; value: number } | { kind: 'none' };

export function dayChange(now: number | undefined, last: number | undefined): DayChange {
  if (now === undefined) return { kind: 'none' };
  if (last === undefined) return { kind: 'first', value: now };
  return { kind: 'progress', by: now - last };
}

const key = (township: string, date: string) => `${township}\u0000${date}`;

/**
 * A figure a township did not restate (a 无新进展, or an indicator left out of a report) is the figure of the
 * day before, copied when the report was stored. When that day is corrected later, the copy follows the
 * correction: a change nobody reported must not show as today's progress or loss.
 *
 * `records` must hold each record's previous record (those without one are left as they are); `revisions`
 * are every revision since a time before the earliest record that may have copied a figure.
 */
export function followCorrections(records: ProgressRecord[], revisions: Revision[]): ProgressRecord[] {
  // Only a change to a figure that existed (old not null) can leave a copy behind; most days have none,
  // and then nothing else is looked at.
  const changed = new Map<string, Revision[]>();
  for (const r of revisions) {
    if (r.old === null) continue;
    const k = `${key(r.township, r.date)}\u0000${r.field}`;
    const list = changed.get(k);
    if (list) list.push(r);
    else changed.set(k, [r]);
  }
  if (!changed.size) return records;
  for (const list of changed.values()) list.sort((a, b) => a.at.getTime() - b.at.getTime());
  const touched = new Set([...changed.values()].map((l) => l[0]!.township));
  const own = new Map<string, number>();
  for (const r of revisions) {
    if (!touched.has(r.township)) continue;
    const k = `${key(r.township, r.date)}\u0000${r.field}`;
    own.set(k, Math.max(own.get(k) ?? -Infinity, r.at.getTime()));
  }
  const byTownship = new Map<string, ProgressRecord[]>();
  for (const r of records) {
    if (!touched.has(r.township)) continue;
    const list = byTownship.get(r.township);
    if (list) list.push(r);
    else byTownship.set(r.township, [r]);
  }
  const out = new Map<ProgressRecord, ProgressRecord>();
  for (const list of byTownship.values()) {
    list.sort((a, b) => a.date.localeCompare(b.date));
    for (let i = 1; i < list.length; i++) {
      const prev = out.get(list[i - 1]!) ?? list[i - 1]!;
      const rec = list[i]!;
      let figures: Figures | null = null;
      for (const f of Object.keys(rec.figures) as IndicatorKey[]) {
        const changes = changed.get(`${key(prev.township, prev.date)}\u0000${f}`);
        if (!changes || prev.figures[f] === undefined) continue;
        // Written before the window: every change in it came later.
        const writtenAt = own.get(`${key(rec.township, rec.date)}\u0000${f}`) ?? -Infinity;
        const later = changes.find((r) => r.at.getTime() > writtenAt);
        if (!later || later.old !== rec.figures[f]) continue;
        figures ??= { ...rec.figures };
        figures[f] = prev.figures[f]!;
      }
      if (figures) out.set(rec, { ...rec, figures });
    }
  }
  return out.size ? records.map((r) => out.get(r) ?? r) : records;
}

/** One message's change to one day, as the history shows it. */
export interface HistoryEntry {
  township: string;
  date: string;
  at: Date;
  by: string;
  kind: Revision['kind'];
  messageId?: string;
  /** Only the figures this message stated (old: the figure known before it, null when none); copied ones are not credited to it. */
  stated: { field: IndicatorKey; old: number | null; new: number | null }[];
  /** A report that stated nothing new (无新进展): the day repeats the figures of `repeats`. */
  repeats?: string;
  /** A 撤回 that emptied the day: it shows again the record of `restored.date` (null: nothing before it). */
  restored?: { date: string | null; figures: Figures };
}

/**
 * The history of one township, newest first, read by replaying its revisions in order: at each write the
 * figures of the day before are known exactly, so a copied figure is told from a stated one.
 */
export function historyOf(revisions: Revision[]): HistoryEntry[] {
  const days = new Map<string, Figures>();
  const previousDay = (date: string): { date: string; figures: Figures } | null => {
    let best: string | null = null;
    for (const [d, f] of days) if (d < date && Object.keys(f).length && (best === null || d > best)) best = d;
    return best === null ? null : { date: best, figures: days.get(best)! };
  };
  const groups = new Map<string, Revision[]>();
  for (const r of [...revisions].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const k = [r.township, r.date, r.at.getTime(), r.by, r.kind, r.messageId ?? ''].join('\u0000');
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  const out: HistoryEntry[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const before = previousDay(first.date);
    const day = { ...days.get(first.date) };
    const stated = group.filter((r) => !(r.kind !== 'withdraw' && r.old === null && before?.figures[r.field] === r.new));
    for (const r of group) {
      if (r.new === null) delete day[r.field];
      else day[r.field] = r.new;
    }
    days.set(first.date, day);
    const entry: HistoryEntry = {
      township: first.township,
      date: first.date,
      at: first.at,
      by: first.by,
      kind: first.kind,
      ...(first.messageId ? { messageId: first.messageId } : {}),
      // A day's first write starts from nothing (old null), but the figure known before it is the day before's:
      // "4 → 6", and "新报 6" only when nothing was known.
      stated: stated.map((r) => ({ field: r.field, old: r.old ?? before?.figures[r.field] ?? null, new: r.new })),
    };
    if (first.kind === 'withdraw' && !Object.keys(day).length) {
      entry.restored = { date: before?.date ?? null, figures: before ? { ...before.figures } : {} };
      entry.stated = [];
    } else if (!stated.length && before) entry.repeats = before.date;
    out.push(entry);
  }
  return out.reverse();
}
