// Where and when each figure of a report is: the township and date that govern its position (the last named
// before it, else the first after it on its line), a span's first day, the days a figure is for with 各, the day
// a 比前天 count is from, and a weekly report's Monday. Reasons a township or date cannot be used are recorded once.
import { addDays } from '../time.js';
import { ADDS_UP } from './bind-values.js';
import type { Ref } from './bind.js';
import { resolveDate, weekStart, type DateResult, type DateSpec } from './dates.js';
import type { ParseContext } from './parse.js';
import type { Item, ReportError } from './types.js';

/** The ref that governs a position: the last one before it, else the first after it in the same line. */
export function governing<T>(refs: Ref<T>[], at: number, seg: number): Ref<T> | null {
  let best: Ref<T> | null = null;
  for (const r of refs) if (r.at < at) best = r;
  return best ?? refs.find((r) => r.at > at && r.seg === seg) ?? null;
}

/**
 * "补一下(这是昨天的数):\n“河东镇今天村委会完成10个…”": a forwarded message's 今天 is the day it was sent,
 * which the words around the quotation name. Such a 今天 gives way to a date said before the quotation.
 */
export function todayInQuote(text: string, d: Ref<DateSpec>, dates: Ref<DateSpec>[]): boolean {
  if (d.value.kind !== 'relative' || d.value.days !== 0 || !text.includes('"')) return false;
  for (const q of text.matchAll(/"[^"\n]*"/g)) {
    const start = q.index!;
    if (d.at <= start || d.at >= start + q[0].length) continue;
    return dates.some((o) => o !== d && o.at < start);
  }
  return false;
}


/** Dates as resolved for a day: messages name 今天 or 11月21日 again and again, and resolving goes through Date. */
const resolvedDates = new Map<string, DateResult>();
export function resolveCached(spec: DateSpec, today: string): DateResult {
  const key = `${today} ${JSON.stringify(spec)}`;
  let r = resolvedDates.get(key);
  if (!r) {
    if (resolvedDates.size >= 1000) resolvedDates.clear();
    resolvedDates.set(key, (r = resolveDate(spec, today)));
  }
  return r;
}

/** A sentence's end, then 目前 (现在, 截至目前) opening the next. */
const NOW_AFTER_SENTENCE = /[。!?\n]\s*(?:目前|现在|截至目前|截止目前|截至现在|到目前为止|至今)/;

const isFuture = (d: Ref<DateSpec>, today: string) => {
  const r = resolveCached(d.value, today);
  return !r.ok && r.reason === 'future-date';
};

/** A future date on a line that gives no figure says when something will be reported. */
function idle(d: Ref<DateSpec>, today: string): boolean {
  return !!d.idle && isFuture(d, today);
}

/** Township and date governing a position, or null after recording why they cannot be used. */
export class Places {
  private readonly reported = new Set<string>();
  /** Dates that govern beyond their own line (not idle), worked out once per message, not once per figure. */
  private carries: boolean[] | null = null;

  constructor(
    private readonly towns: Ref<string | null>[],
    private readonly dates: Ref<DateSpec>[],
    private readonly ctx: ParseContext,
    private readonly errors: ReportError[],
    private readonly text = '',
  ) {}

  of(at: number, seg: number): { township: string | null; date: string } | null {
    const { ctx, errors, reported } = this;
    const town = governing(this.towns, at, seg);
    if (town && town.value === null) {
      if (!reported.has(town.raw)) errors.push({ code: 'unknown-township', raw: town.raw, suggestions: ctx.townships.suggest(town.raw) });
      reported.add(town.raw);
      return null;
    }
    const dates = this.governed(seg);
    let dateRef = governing<DateSpec>(dates, at, seg);
    // "明天上午9点前送到乡党建办。进度：村委会完成7个": a day to come, said in a sentence before the figures', is when
    // something else will happen — it governs no figure after its sentence has ended. (A day heading its own line,
    // "明天\n党组织10个", still governs the lines below it.)
    while (dateRef && this.text && /[。!?]/.test(this.text.slice(dateRef.at, at)) && isFuture(dateRef, ctx.today)) {
      dateRef = governing<DateSpec>(dates.slice(0, dates.indexOf(dateRef)), at, seg);
    }
    // "还差1个村，28号开党员大会": a day to come said after the figure, past the end of its clause, is when the rest
    // will be done — no day of the figure's (a day after the figure in its own clause, 9个(21日数), still is).
    if (dateRef && dateRef.at > at && this.text && /[,;。]/.test(this.text.slice(at, dateRef.at)) && isFuture(dateRef, ctx.today)) dateRef = null;
    // "王家庄村委会选举昨天投票没有人过半…。目前党组织换届完成9个": a day in a sentence before, then 目前 opening the
    // figures' own sentence — the figures are as things stand now, not that day's.
    if (dateRef && dateRef.at < at && this.text && NOW_AFTER_SENTENCE.test(this.text.slice(dateRef.at, at))) dateRef = null;
    if (!dateRef) return { township: town?.value ?? null, date: ctx.today };
    const r = resolveCached(dateRef.value, ctx.today);
    if (r.ok) return { township: town?.value ?? null, date: r.date };
    if (!reported.has(dateRef.raw)) {
      // "明天" and "11.23" are explained with the calendar date; "11月25日" already is one.
      errors.push({ code: r.reason, raw: dateRef.raw, ...(r.date && !/月/.test(dateRef.raw) ? { date: r.date } : {}) });
    }
    reported.add(dateRef.raw);
    return null;
  }

  /** The item of a figure, or one per day when days are listed with 各; a span's figure knows its first day. */
  dayItems(b: { key: Item['key']; value: Item['value']; at: number; seg: number; since?: Ref<DateSpec> }, p: { township: string | null; date: string }, text: string): Item[] {
    if (b.since) return this.sinceItems({ ...b, since: b.since }, p);
    // "本周新完成4个": a weekly report's new ones are the week's, counted from the record before its Monday.
    if (b.value.kind === 'increment' && ADDS_UP.includes(b.key) && governing(this.governed(b.seg), b.at, b.seg)?.value.kind === 'week') return [{ key: b.key, value: { kind: 'number', n: b.value.n, raw: b.value.raw, from: weekStart(this.ctx.today) }, ...p }];
    if (b.value.kind !== 'number') return [{ key: b.key, value: b.value, ...p }];
    const days = this.eachDay(b.at, b.seg, text);
    if (days) return days.dates.map((date) => ({ key: b.key, value: days.each ? ({ ...b.value, each: true } as const) : b.value, ...p, date }));
    const from = this.spanFrom(b.at, b.seg, text);
    return [{ key: b.key, value: from ? { ...b.value, from } : b.value, ...p }];
  }

  /**
   * "比前天多3个": the new ones since a day's record, read like a span's from the day after it (plan.ts adds them to
   * that day's record, and refuses when another record lies between). A day not before the figure's is unclear.
   */
  private sinceItems(b: { key: Item['key']; value: Item['value']; at: number; seg: number; since: Ref<DateSpec> }, p: { township: string | null; date: string }): Item[] {
    // Its day is one named before it, or the day of sending: a day after it ("比前天多3个,昨天没选") is another clause's.
    const date = (governing(this.governed(b.seg), b.at, b.seg)?.at ?? -1) > b.at ? this.ctx.today : p.date;
    const r = resolveCached(b.since.value, this.ctx.today);
    const v = b.value.kind === 'number' || b.value.kind === 'increment' ? b.value : null;
    if (!r.ok || r.date >= date || !v) {
      this.errors.push({ code: r.ok ? 'unclear-date' : r.reason, raw: b.since.raw });
      return [];
    }
    return [{ key: b.key, value: { kind: 'number', n: v.n, raw: v.raw, from: addDays(r.date, 1) }, ...p, date }];
  }

  /** "11月26日至12月1日共完成4个": the first day of the span of days governing a figure, or null. */
  spanFrom(at: number, seg: number, text: string): string | null {
    const dates = this.governed(seg);
    const ref = governing(dates, at, seg);
    const start = ref ? dates[dates.indexOf(ref) - 1] : undefined;
    if (!ref || !start || !/^\s*(?:至|到|—+|－|-|~|～)\s*$/.test(text.slice(start.at + start.raw.length, ref.at))) return null;
    // Only in the span's own sentence, before any total: "…共新选出3个，截至目前累计9个" — the total is no span's.
    if (/[；;。\n]|累计|截至|目前|现在|一共/.test(text.slice(ref.at + ref.raw.length, at))) return null;
    const r = resolveCached(start.value, this.ctx.today);
    return r.ok ? r.date : null;
  }

  private governed(seg: number): Ref<DateSpec>[] {
    const carries = (this.carries ??= this.dates.map((d) => !idle(d, this.ctx.today)));
    return this.dates.filter((d, i) => d.seg === seg || carries[i]);
  }

  /**
   * "18号、19号、20号各完成1个": after days listed together and 各, a figure is each day's new ones (`each`). With 均/都
   * ("前天和昨天都是支部完成10个", "11月24日、25日通报中…均应为4个") it is where each day stood. Listed days with neither
   * say not whose the figure is: refused as unclear, never given to the last day alone. null: no days listed together.
   */
  eachDay(at: number, seg: number, text: string): { dates: string[]; each: boolean } | null {
    const dates = this.governed(seg);
    const ref = governing(dates, at, seg);
    if (!ref) return null;
    const run = [ref];
    for (let i = dates.indexOf(ref) - 1; i >= 0; i--) {
      const d = dates[i]!;
      if (!/^[、，,和及与\s]*$/.test(text.slice(d.at + d.raw.length, run[0]!.at))) break;
      run.unshift(d);
    }
    if (run.length < 2) return null;
    const between = text.slice(ref.at + ref.raw.length, at);
    const days = run.map((d) => resolveCached(d.value, this.ctx.today));
    if (!days.every((d) => d.ok)) return null;
    const said = days.map((d) => (d.ok ? d.date : ''));
    const each = /各/.test(between);
    if (each || /(?<!平)均|都/.test(between)) return { dates: said, each };
    // Only days of their own joined by 、/和 ("11月24日、25日监委会4个"), not one day said twice ("前天11月20号"), a span
    // ("周五周六两天又完成4个") or a table's columns.
    const distinct = new Set(said).size === said.length;
    const joined = run.slice(1).every((d, i) => /^\s*[、和及与]\s*$/.test(text.slice(run[i]!.at + run[i]!.raw.length, d.at)));
    if (!distinct || !joined || /[两三四五几]天|共|累计|合计|总|又|新增/.test(between)) return null;
    const raw = text.slice(run[0]!.at, ref.at + ref.raw.length);
    if (!this.reported.has(raw)) this.errors.push({ code: 'unclear-date', raw });
    this.reported.add(raw);
    return { dates: [], each: false };
  }
}
