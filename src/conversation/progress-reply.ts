// Turns ledger results into template data. Every sentence lives in templates/messages/report-*.md.
import type { Lexicon } from '../progress/lexicon.js';
import type { SubmitResult } from '../progress/ledger.js';
import { addDays } from '../time.js';
import { formatNumber } from '../numerals.js';
import type { Issue, PlannedRecord } from '../progress/types.js';
import type { Figures, IndicatorKey } from '../store/types.js';
import type { Templates } from '../templates.js';

const DONE: IndicatorKey[] = ['partyDone', 'committeeDone', 'supervisionDone'];

export interface ReplyContext {
  templates: Templates;
  lexicon: Lexicon;
  platform: string;
  today: string;
  /** All township names, for "本县乡镇有…". */
  townshipNames: string[];
  /** The sender's own township(s), for "您是…的联络员". */
  own: string[];
}

export function dateLabel(ctx: Pick<ReplyContext, 'templates' | 'platform' | 'today'>, date: string): string {
  const [, m, d] = date.split('-').map(Number);
  return ctx.templates.render(
    'progress-date',
    { month: m, day: d, isToday: date === ctx.today, isYesterday: date === addDays(ctx.today, -1) },
    ctx.platform,
  );
}

export function signed(n: number): string {
  return n > 0 ? `+${formatNumber(n)}` : formatNumber(n);
}

export function rate(value: number | undefined, due: number): string | null {
  return value !== undefined && due > 0 ? formatNumber((value / due) * 100) : null;
}

function issueData(ctx: ReplyContext, issue: Issue<string>) {
  const info = issue.field ? ctx.lexicon.indicators[issue.field] : undefined;
  const [, month, day] = issue.date ? issue.date.split('-').map(Number) : [];
  return {
    ...issue,
    // The date as a 更正 must name it ("11月22日"), where dateLabel may say 今天 or 昨天.
    month,
    day,
    label: info?.label ?? '',
    unit: info?.unit ?? '',
    dateLabel: issue.date ? dateLabel(ctx, issue.date) : '',
    suggestions: issue.suggestions?.length ? issue.suggestions.join('、') : '',
    names: ctx.townshipNames.join('、'),
    example: ctx.own[0] ?? ctx.townshipNames[0] ?? '',
    own: ctx.own.join('、'),
  };
}

export function renderIssue(ctx: ReplyContext, kind: 'error' | 'warning', issue: Issue<string>): string {
  return ctx.templates.render(`report-${kind}-${issue.code}`, issueData(ctx, issue), ctx.platform);
}

function lineData(ctx: ReplyContext, rec: PlannedRecord, key: IndicatorKey) {
  const info = ctx.lexicon.indicators[key];
  const change = rec.changes.find((c) => c.key === key);
  const value = rec.figures[key]!;
  const prev = rec.previous?.[key];
  const delta = prev !== undefined ? value - prev : undefined;
  const spec = change?.spec;
  return {
    key,
    label: info.label,
    unit: info.unit,
    value: formatNumber(value, 2),
    due: DONE.includes(key) ? rec.due : null,
    rate: DONE.includes(key) ? rate(value, rec.due) : null,
    delta: delta !== undefined && delta !== 0 ? signed(delta) : null,
    flat: delta === 0,
    increment: spec?.kind === 'increment' && !spec.unchanged ? { add: formatNumber(spec.n), base: formatNumber(change?.last ?? 0) } : null,
    fromPercent: spec?.kind === 'percent' ? spec.raw : null,
    fromLeft: spec?.kind === 'percent' && !!spec.left,
    parts: spec?.kind === 'number' && spec.parts ? spec.parts : null,
    allDone: spec?.kind === 'all',
    remaining: spec?.kind === 'remaining' ? { left: formatNumber(spec.n) } : null,
    corrected:
      spec && spec.kind !== 'increment' && rec.current?.[key] !== undefined && rec.current[key] !== value ? { old: formatNumber(rec.current[key]!) } : null,
  };
}

/** Template data for one planned record: the fields this message set, in canonical order. */
export function recordData(ctx: ReplyContext, rec: PlannedRecord) {
  // "无新进展" sets nothing: then every figure carried over is listed.
  const repeated = Object.keys(rec.set).length === 0;
  const keys = (Object.keys(ctx.lexicon.indicators) as IndicatorKey[]).filter((k) => (repeated ? rec.figures[k] : rec.set[k]) !== undefined);
  const carried = repeated ? [] : (Object.keys(rec.figures) as IndicatorKey[]).filter((k) => rec.set[k] === undefined);
  return {
    township: rec.township,
    date: rec.date,
    dateLabel: dateLabel(ctx, rec.date),
    previousDateLabel: rec.previousDate ? dateLabel(ctx, rec.previousDate) : '',
    // "较前日" only when the previous record is the day before; otherwise name its date.
    previousIsDayBefore: rec.previousDate === addDays(rec.date, -1),
    repeated,
    lines: keys.map((k) => lineData(ctx, rec, k)),
    carried: carried.map((k) => ctx.lexicon.indicators[k].label).join('、'),
  };
}

export function renderSubmit(ctx: ReplyContext, result: SubmitResult): string {
  if (!result.accepted) {
    const auth = result.errors.every((e) => e.code === 'not-authorised' || e.code === 'not-your-township');
    const errors = result.errors.map((e) => ({ code: e.code, text: renderIssue(ctx, 'error', e) }));
    return ctx.templates.render('report-refused', { errors, auth }, ctx.platform);
  }
  return ctx.templates.render(
    'report-recorded',
    {
      correction: result.correction,
      records: result.records.map((r) => recordData(ctx, r)),
      warnings: result.warnings.map((w) => ({ code: w.code, text: renderIssue(ctx, 'warning', w) })),
      hasWarnings: result.warnings.length > 0,
      asides: result.asides.join('；'),
      heard: result.heard.filter((h) => !h.by),
      hasHeard: result.heard.some((h) => !h.by),
      meant: result.heard.filter((h) => h.by === 'meaning'),
      hasMeant: result.heard.some((h) => h.by === 'meaning'),
    },
    ctx.platform,
  );
}

/** The figures of a record, all indicators present, for the 进度 views. */
export function figureLines(ctx: Pick<ReplyContext, 'lexicon'>, figures: Figures, due: number, previous: Figures | null) {
  return (Object.keys(ctx.lexicon.indicators) as IndicatorKey[])
    .filter((k) => k !== 'due' && figures[k] !== undefined)
    .map((k) => {
      const info = ctx.lexicon.indicators[k];
      const prev = previous?.[k];
      const delta = prev !== undefined ? figures[k]! - prev : undefined;
      return {
        label: info.label,
        unit: info.unit,
        value: formatNumber(figures[k]!, 2),
        due: DONE.includes(k) ? due : null,
        rate: DONE.includes(k) ? rate(figures[k], due) : null,
        delta: delta ? signed(delta) : null,
        // An indicator new to a township that reported before: not progress (docs/figures.md).
        first: previous !== null && prev === undefined,
      };
    });
}
