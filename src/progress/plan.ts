// Step 3: decide who the figures belong to, whether the sender may report them, and what exactly
// would be stored. All-or-nothing: one error anywhere in a message and no record is planned.
import type { Figures, IndicatorKey, ProgressRecord } from '../store/types.js';
import { addDays } from '../time.js';
import { ADDS_UP, DONE_KEYS } from './bind-values.js';
import { checkRecord } from './checks.js';
import { plannedBefore, readDayCounts } from './plan-days.js';
import { dayBesideTotal, joinParts } from './plan-parts.js';
import { replacing } from './replaced.js';
import { headCountOfRate } from './shares.js';
import type { TownshipMatcher } from './townships.js';
import type { FieldChange, Item, ParsedReport, PlannedRecord, ReportError, ReportWarning, ValueSpec } from './types.js';

/** Indicators whose 全部完成 is the due count: villages. 一肩挑全部完成 says how far, not how many (a village may not have one). */
const VILLAGE_COUNTS: IndicatorKey[] = [...DONE_KEYS, 'due'];

export interface ReportSender {
  isAdmin: boolean;
  /** Townships the sender is a liaison for. */
  townships: string[];
}

type Placed<T> = T & { township: string };

export interface Assigned {
  items: Placed<Item>[];
  repeats: Placed<{ date: string }>[];
  errors: ReportError[];
}

/**
 * Give every item a township (a liaison's message without one means their own township) and check
 * the sender may report for it. Authorisation problems are returned alone: there is no point
 * discussing the figures of a township the sender may not report for.
 */
export function assign(parsed: ParsedReport, sender: ReportSender): Assigned {
  const targets = [...parsed.items, ...parsed.repeats];
  const other = !sender.isAdmin && sender.townships.length === 0;
  const named = [...new Set(targets.map((i) => i.township).filter((t): t is string => t !== null))];
  if (other) return { items: [], repeats: [], errors: [{ code: 'not-authorised', ...(named[0] ? { township: named[0] } : {}) }] };
  const foreign = sender.isAdmin ? [] : named.filter((t) => !sender.townships.includes(t));
  if (foreign.length) return { items: [], repeats: [], errors: foreign.map((t) => ({ code: 'not-your-township' as const, township: t })) };
  const own = !sender.isAdmin && sender.townships.length === 1 ? sender.townships[0]! : sender.isAdmin ? (parsed.selfMeans ?? null) : null;
  const errors = [...parsed.errors];
  if (targets.some((i) => i.township === null) && !own) errors.push({ code: 'no-township' });
  const place = <T extends { township: string | null }>(list: T[]) =>
    list.filter((i) => i.township !== null || own).map((i) => ({ ...i, township: i.township ?? own! }));
  return { items: place(parsed.items), repeats: place(parsed.repeats), errors };
}

export interface RecordState {
  current: ProgressRecord | null;
  previous: ProgressRecord | null;
}

export const stateKey = (township: string, date: string) => `${township}\u0000${date}`;

export interface PlanResult {
  records: PlannedRecord[];
  errors: ReportError[];
  warnings: ReportWarning[];
}

/**
 * Stated due counts first (percentages and 全部完成 are shares of it), then plain numbers, then what is left and
 * all done (figures of their own: "又选了2个，现在还剩5个", "今日新增2个，5个社区已全部完成" check the new ones
 * instead of being refused for want of a record), then the rest.
 */
const ORDER = (i: Item) => (i.key === 'due' ? 0 : i.value.kind === 'number' ? 1 : i.value.kind === 'remaining' || i.value.kind === 'all' ? 2 : 3);

/** Turn assigned items into the records to write, given what is stored for each (township, date). */
export function planRecords(assigned: Assigned, states: Map<string, RecordState>, townships: TownshipMatcher, correction: boolean): PlanResult {
  const errors = [...assigned.errors];
  const warnings: ReportWarning[] = [];
  const groups = new Map<string, { township: string; date: string; items: Placed<Item>[] }>();
  const group = (t: { township: string; date: string }) => {
    const k = stateKey(t.township, t.date);
    if (!groups.has(k)) groups.set(k, { township: t.township, date: t.date, items: [] });
    return groups.get(k)!;
  };
  const joined = dayBesideTotal(joinParts(assigned.items));
  const read = correction ? joined : readDayCounts(joined, (t, d) => states.get(stateKey(t, d)), ADDS_UP);
  for (const item of read) group(item).items.push(item);
  // "党组织20个村全部完成", "东城街道5个社区党组织和居委会全部完成": a count of villages that is all of them
  // states the due count too.
  for (const g of groups.values()) {
    if (g.items.some((i) => i.key === 'due')) continue;
    const whole = g.items.find((i) => DONE_KEYS.includes(i.key) && i.value.kind === 'number' && /(村|社区)/.test(i.value.raw) && g.items.some((a) => DONE_KEYS.includes(a.key) && a.value.kind === 'all'));
    // Only the due count the county file knows: another figure beside 全部完成 stays a conflict to refuse.
    if (whole && whole.value.kind === 'number' && whole.value.n === townships.due(g.township)) g.items.unshift({ ...whole, key: 'due', value: { kind: 'number', n: whole.value.n, raw: whole.value.raw } });
    // "党组织20个村只剩4个了": the villages counted beside what is left, all of the township's, are the whole —
    // the due count, not a figure done.
    for (const left of g.items.filter((i) => i.value.kind === 'remaining')) {
      const total = g.items.find((i) => i.key === left.key && i.value.kind === 'number' && /(村|社区)$/.test(i.value.raw) && i.value.n === townships.due(g.township) && g.items.indexOf(i) < g.items.indexOf(left));
      if (total) total.key = 'due';
    }
  }
  for (const r of assigned.repeats) group(r);
  const records: PlannedRecord[] = [];
  const counted = assigned.items.some((i) => i.value.kind !== 'percent');
  // Earlier dates first: "16日…，17日…" in one message carries the 16th's new figures into the 17th.
  for (const [k, { township, date, items }] of [...groups].sort(([, a], [, b]) => a.date.localeCompare(b.date))) {
    const stored = states.get(k) ?? { current: null, previous: null };
    const planned = plannedBefore(records, township, date);
    // A day this message corrects (昨天…应为20人) is the base of today's new ones, not the figure it replaces.
    const later = planned && (!stored.previous || planned.date >= stored.previous.date);
    const state = stored.current || !later ? stored : { current: null, previous: planned };
    const current = state.current?.figures ?? null;
    const previous = state.previous?.figures ?? null;
    const base: Figures = { ...(current ?? previous ?? {}) };
    const countyDue = townships.due(township) ?? 0;
    if (!items.length && !current && !previous) {
      // "石桥 无新增\n柳林 支部7个": beside other townships' figures, one with nothing to carry is named and
      // left out; alone, the message has nothing to record and is refused.
      const others = [...groups.values()].some((g) => g.items.length > 0);
      if (others) warnings.push({ code: 'nothing-to-repeat', township, date });
      else errors.push({ code: 'nothing-to-repeat', township, date });
      continue;
    }
    const resolved = new Map<IndicatorKey, FieldChange>();
    // "今天审了3个村的人选共19人，有1人…不通过": once the day's people reviewed are a batch, those refused are of it.
    let batch = false;
    for (const item of [...items].sort((a, b) => ORDER(a) - ORDER(b))) {
      const due = resolved.get('due')?.value ?? base.due ?? countyDue;
      const last = current?.[item.key] ?? previous?.[item.key];
      // "11月26日至12月1日共完成4个": a figure for a span of days is the span's new ones, added to the record
      // from before the span — never to one inside it, which may hold some of them already.
      // Only from the record of the day before the span: with a day between unknown, its new ones would be missing.
      const spanned = item.value.kind === 'number' && item.value.from && !correction && !current && ADDS_UP.includes(item.key) && (state.previous?.date ?? '') < item.value.from;
      // ("本周完成5个,累计18个" with the last record days before the week: the total said is the figure; the week's
      // new ones, which cannot be checked, are left beside it.)
      const total = () => items.some((i) => i !== item && i.key === item.key && i.value.kind === 'number' && !i.value.from);
      if (spanned && item.value.kind === 'number' && state.previous && state.previous.date !== addDays(item.value.from!, -1)) {
        if (!total()) errors.push({ code: 'no-base', township, date, field: item.key, raw: item.value.raw });
        continue;
      }
      // "更正一下，本周监委会新增是2个不是3个": a span's new ones put right — the record before the span plus them, when
      // today's record grew from it by exactly the old ones; otherwise asked. Never stored as a total.
      const fixedSpan = item.value.kind === 'number' && !!item.value.from && item.value.was !== undefined && correction && ADDS_UP.includes(item.key);
      if (fixedSpan && item.value.kind === 'number') {
        const base = state.previous?.date === addDays(item.value.from!, -1) ? previous?.[item.key] : undefined;
        const now = current?.[item.key];
        if (base === undefined || now === undefined || now - base !== item.value.was) {
          if (!total()) errors.push({ code: 'no-base', township, date, field: item.key, raw: item.value.raw });
          continue;
        }
      }
      // Counted from a day whose record is not the base (a record today already, or none before): not stored as it stands.
      if (item.value.kind === 'number' && item.value.from && !spanned && !correction && ADDS_UP.includes(item.key)) {
        if (!total()) errors.push({ code: 'no-base', township, date, field: item.key, raw: item.value.raw });
        continue;
      }
      const spec: ValueSpec = (spanned || fixedSpan) && item.value.kind === 'number' ? { kind: 'increment', n: item.value.n, raw: item.value.raw, ...(fixedSpan ? { was: item.value.was } : {}) } : item.value;
      const prior = resolved.get(item.key);
      let value: number;
      // "党组织19/20": the denominator states the due count; a restatement of the figure on record adds nothing.
      if (item.key === 'due' && spec.kind === 'number' && spec.implied && spec.n === base.due) continue;
      // "党组织完成3/4" from a township of 12: less than half the villages is no due count but a share — asked.
      if (item.key === 'due' && spec.kind === 'number' && spec.implied && spec.n * 2 < (base.due ?? countyDue)) {
        const figure = items.find((i) => i.key !== 'due' && i.value.kind === 'number');
        errors.push({ code: 'fraction-unclear', township, date, field: figure?.key ?? 'due', value: spec.n, limit: base.due ?? countyDue, raw: `${figure?.value.kind === 'number' ? figure.value.n : '?'}/${spec.n}` });
        continue;
      }
      // "完成村民委员会选举的村10个，…社区3个，合计13个": the sum of a figure's two parts restates it.
      if (item.key === 'due' && spec.kind === 'number' && spec.bare && items.some((i) => i.value.kind === 'number' && i.value.parts && i.value.n === spec.n)) continue;
      // "村委完成2个 共5个" from a township of 12 villages: 5 is more likely a total than the due count. Asked, not guessed.
      if (item.key === 'due' && spec.kind === 'number' && spec.bare && spec.n !== (base.due ?? countyDue)) {
        errors.push({ code: 'due-unclear', township, date, field: 'due', value: spec.n, limit: base.due ?? countyDue, raw: spec.raw });
        continue;
      }
      // "中午报了8个，其实是7个，下午又完成2个": a figure put right is the base of the new ones after it, and a
      // later total of the same name ("不对 是十个 晚上累计十二个") is where things stand now — it gives way to them.
      const at = items.indexOf(item);
      const fixed = items.slice(0, at).filter((i) => i.key === item.key && i.value.kind === 'number' && i.value.fixed).at(-1);
      if (spec.kind === 'number' && spec.fixed && items.slice(at + 1).some((i) => i.key === item.key && (i.value.kind === 'increment' || (i.value.kind === 'number' && i.value.n >= spec.n && (i.value.fixed || i.value.since))))) continue;
      let daily = false;
      if (spec.kind === 'number') {
        value = spec.n;
        // "今天完成1个村委会换届", "监委今儿完了俩" with 9 on record: as a running total it would at least halve
        // the township's progress, which no one reports without a correction — it is the day's new ones,
        // recorded so and said so in the reply.
        // "今日不通过 0" with 2 on record: none today, never a total of nought.
        // Villages named and counted ("今天在大王庄、小王庄两个村完成了村委会选举") are that day's whatever the record.
        daily = !!spec.daily && !correction && last !== undefined && ADDS_UP.includes(item.key) && (spec.n * 2 <= last || (!!spec.named && spec.n > 0)) && (spec.n > 0 || last > 0);
        const ofBatch = batch && item.key === 'disqualified' && !!spec.daily;
        // None refused in the batch, with none on record before: no total was said.
        if (ofBatch && last === undefined && spec.n === 0) continue;
        if (ofBatch && last === undefined) {
          errors.push({ code: 'no-base', township, date, field: item.key, raw: spec.raw });
          continue;
        }
        daily ||= ofBatch;
        if (daily && item.key === 'reviewed') batch = true;
        if (daily) {
          value = last! + spec.n;
          warnings.push({ code: 'daily-increment', township, date, field: item.key, value: spec.n, limit: last!, raw: spec.raw });
        }
      }
      // "联审全部完成": all done is a number of villages; for a count of people it says how far, not how many.
      else if (spec.kind === 'all' && !VILLAGE_COUNTS.includes(item.key)) {
        // Said alone ("女的全部完成"), it leaves nothing to write: the message says no figure.
        if (items.every((i) => i.value.kind === 'all' && !VILLAGE_COUNTS.includes(i.key))) errors.push({ code: 'vague', township, date, field: item.key, raw: spec.raw });
        continue;
      }
      else if (spec.kind === 'all') value = due;
      else if (spec.kind === 'remaining') {
        // More left than due: the figure is not a remainder of this township's villages.
        if (spec.n > due) {
          errors.push({ code: 'over-due', township, date, field: item.key, value: spec.n, limit: due, raw: spec.raw });
          continue;
        }
        value = due - spec.n;
      }
      else if (spec.kind === 'increment' && fixed?.value.kind === 'number') value = fixed.value.n + spec.n;
      else if (spec.kind === 'increment') {
        // "新增2个，累计11个" with nothing on record: the stated total is the figure — as is one told by what is left
        // or all done ("今天又完成俩村委会，还剩三个村没选").
        const totalTold = () => total() || items.some((i) => i !== item && i.key === item.key && (i.value.kind === 'remaining' || i.value.kind === 'all'));
        // "今天两个村的村委会都选完了，又完成2个" with nothing on record: the day's count and 又 the same new ones.
        const same = items.filter((i) => i !== item && i.key === item.key);
        const dayOnly = same.some((i) => i.value.kind === 'number' && i.value.daily && i.value.n === spec.n) && !same.some((i) => (i.value.kind === 'number' && !i.value.daily && !i.value.from) || i.value.kind === 'remaining' || i.value.kind === 'all');
        if (last === undefined && (prior || totalTold()) && !dayOnly) continue;
        // "党组织没有新增" with nothing on record: nothing to write — alone in the message, nothing to repeat.
        if (last === undefined && spec.unchanged) {
          const said = [...groups.values()].some((g) => g.items.some((i) => !(i.value.kind === 'increment' && i.value.unchanged)));
          if (!said) errors.push({ code: 'nothing-to-repeat', township, date });
          continue;
        }
        // With nothing on record the total was never said: counting from 0 would store a figure nobody typed.
        if (last === undefined) {
          errors.push({ code: 'no-base', township, date, field: item.key, raw: spec.raw });
          continue;
        }
        // "那几天的进展不清楚。今天居委会又完成1个": from a record older than yesterday, days nobody followed lie between.
        if (spec.gap && !current && state.previous && state.previous.date < addDays(date, -1)) {
          errors.push({ code: 'no-base', township, date, field: item.key, raw: spec.raw });
          continue;
        }
        // "今天一天完成十一个": the whole day's, from the record of the day before — none between unknown.
        if (spec.day) {
          const before = state.previous;
          if (!before || before.date !== addDays(date, -1) || before.figures[item.key] === undefined) {
            errors.push({ code: 'no-base', township, date, field: item.key, raw: spec.raw });
            continue;
          }
          value = before.figures[item.key]! + spec.n;
        } else value = replacing(spec, item.key, current, previous) ?? last + spec.n;
      } else {
        if (!DONE_KEYS.includes(item.key)) {
          const count = items.find((i) => i.key === item.key && i.value.kind === 'number')?.value;
          const hasCount = items.some((i) => i.key === item.key && i.value.kind !== 'percent');
          const r = headCountOfRate(item.key, spec, hasCount ? (count?.kind === 'number' ? count.n : null) : undefined, resolved);
          if (r.issue === 'conflict') errors.push({ code: 'conflict', township, date, field: item.key, value: r.value, limit: r.limit });
          else if (r.issue === 'percent-inexact') errors.push({ code: 'percent-inexact', township, date, field: item.key, raw: spec.raw, limit: r.limit });
          // Beside figures that are read ("平均年龄40.8岁,女性成员占比达21%"), the rate is named and left out; alone, the
          // message has no figure and is refused.
          else if (r.issue === 'percent-not-count') (counted ? warnings : errors).push({ code: 'percent-not-count', township, date, field: item.key, raw: spec.raw });
          if (r.issue !== undefined || r.value === undefined) continue;
          value = r.value;
        } else {
          value = Math.round((spec.p * due) / 100);
          if (due === 0 || Math.abs((value / due) * 100 - spec.p) >= 0.5) {
            errors.push({ code: 'percent-inexact', township, date, field: item.key, raw: spec.raw, limit: due });
            continue;
          }
        }
      }
      if (prior && prior.value !== value) {
        errors.push({ code: 'conflict', township, date, field: item.key, value, limit: prior.value });
        continue;
      }
      const read: ValueSpec = daily && spec.kind === 'number' ? { kind: 'increment', n: spec.n, raw: spec.raw } : spec;
      resolved.set(item.key, { key: item.key, value, spec: read, ...(last !== undefined ? { last } : {}) });
    }

    const changes = [...resolved.values()];
    const set: Figures = {};
    for (const c of changes) set[c.key] = c.value;
    const figures: Figures = { ...base, ...set };
    const due = figures.due ?? countyDue;
    checkRecord({ township, date, errors, warnings }, { set, figures, due, countyDue, changes, correction, known: base.due });
    records.push({ township, date, set, changes, figures, previous, previousDate: state.previous?.date ?? null, current, due });
  }
  // "两边都挂职全部完成，新增0": each set aside for the other leaves no figure read — vague, never an empty record.
  const told = [...groups.values()].filter((g) => g.items.length);
  if (!errors.length && told.length === records.length && records.every((r) => !Object.keys(r.set).length)) {
    const first = told[0]!.items[0]!;
    errors.push({ code: 'vague', township: first.township, date: first.date, field: first.key, raw: first.value.raw });
  }
  if (errors.length) return { records: [], errors: dedupe(errors), warnings: [] };
  // "昨天报的10个今天14个": a day said again just as it is on record, beside a day that changes, is nothing to write.
  const changing = (r: PlannedRecord) => !r.current || Object.keys(r.set).length === 0 || Object.entries(r.set).some(([k, v]) => r.current![k as IndicatorKey] !== v);
  const kept = records.some(changing) ? records.filter(changing) : records;
  return { records: kept, errors: [], warnings: dedupe(warnings) };
}

/** Issues said once each, in the order first met (equal issues are the same JSON). */
function dedupe<T extends { code: string }>(issues: T[]): T[] {
  return [...new Map(issues.map((i) => [JSON.stringify(i), i])).values()];
}
