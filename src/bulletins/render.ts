// Rendering is a pure function of (template, data): this file only turns numbers into display
// strings; every word and symbol a reader sees lives in templates/messages/bulletin*.md.
import type { Templates } from '../templates.js';
import { UNKNOWN } from '../figures.js';
import type { BulletinData, BulletinRow, IncKey, Increments, StructureRow } from './compose.js';

/** 0.9166 → "91.7", 1 → "100", 0 → "0". */
export function percent(rate: number): string {
  const v = Math.round(rate * 1000) / 10;
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

/** A change as display strings: { inc: '+3', dec: '' } or { inc: '', dec: '-1' }; '' hides a template section. */
export function change(n: number | undefined): { inc: string; dec: string } {
  return { inc: n && n > 0 ? `+${n}` : '', dec: n && n < 0 ? String(n) : '' };
}

export function dateParts(date: string): { year: number; month: number; day: number } {
  const [y, m, d] = date.split('-').map(Number);
  return { year: y!, month: m!, day: d! };
}

const list = <T extends object>(items: T[]) => items.map((it, i) => ({ ...it, first: i === 0, last: i === items.length - 1 }));

/** Never reported reads "—", not 0: leaders would take "一肩挑0" in a finished township as a fact. */
const NOT_REPORTED = UNKNOWN;

function indicator(done: number | null | undefined, due: number, rate: number | null, inc: number | null | undefined, first?: number | null) {
  const known = done !== undefined && done !== null && rate !== null;
  return {
    known,
    done: known ? done : NOT_REPORTED,
    due,
    rate: known ? percent(rate) : NOT_REPORTED,
    shown: known ? `${percent(rate)}%` : NOT_REPORTED,
    ...change(inc ?? undefined),
    first: first ?? '',
  };
}

function rowView(r: BulletinRow) {
  const inc: Partial<Increments> = r.inc ?? {};
  // A township new today is marked once on its row; an indicator new to a known township, on the indicator.
  const first = (k: IncKey) => (r.firstEver ? null : r.first[k]);
  return {
    rank: r.rank ?? NOT_REPORTED,
    tied: r.tied,
    name: r.name,
    score: r.score === null ? NOT_REPORTED : percent(r.score),
    party: indicator(r.figures.partyDone, r.due, r.rates.party, inc.partyDone, first('partyDone')),
    committee: indicator(r.figures.committeeDone, r.due, r.rates.committee, inc.committeeDone, first('committeeDone')),
    supervision: indicator(r.figures.supervisionDone, r.due, r.rates.supervision, inc.supervisionDone, first('supervisionDone')),
    oneShoulder: { count: r.figures.oneShoulder ?? NOT_REPORTED, ...change(inc.oneShoulder ?? undefined), first: first('oneShoulder') ?? '' },
    up: r.move && r.move > 0 ? r.move : '',
    down: r.move && r.move < 0 ? -r.move : '',
    same: r.move === 0,
    late: r.late,
    firstEver: r.firstEver,
    finished: r.finished,
    silent: !r.reported,
    carried: r.carriedFrom ? dateParts(r.carriedFrom) : null,
  };
}

function structureView(r: StructureRow) {
  const num = (v: number | undefined) => (v === undefined ? '' : String(v));
  return {
    name: r.name,
    under35: num(r.under35),
    college: num(r.college),
    female: num(r.female),
    avgAge: r.avgAge === undefined ? '' : (Math.round(r.avgAge * 10) / 10).toFixed(1),
  };
}

export interface RenderOptions {
  /** Local HH:MM for an on-demand ranking ("as of now"); absent for the scheduled bulletin. */
  asOf?: string;
  /** Indicator key → label, from templates/messages/bulletin.labels.yaml. */
  labels?: Record<string, string>;
}

/** The view a bulletin template sees. Exported so the template's fields are documented by a type. */
export function bulletinView(data: BulletinData, opts: RenderOptions = {}) {
  const t = data.totals;
  const lateView = (r: BulletinRow) => ({
    name: r.name,
    time: r.reportedLocal?.time ?? '',
    otherDay: r.reportedLocal && r.reportedLocal.date !== data.date ? dateParts(r.reportedLocal.date) : null,
  });
  return {
    county: data.county,
    ...dateParts(data.date),
    asOf: opts.asOf ?? '',
    weights: { party: percent(data.weights.partyDone), committee: percent(data.weights.committeeDone), supervision: percent(data.weights.supervisionDone) },
    headline: {
      due: t.due,
      reported: t.reported,
      townships: t.townships,
      finishedSilent: t.finishedSilent,
      allReported: t.reported === t.townships,
      party: indicator(t.partyDone, t.due, t.rates.party, data.totalsInc.partyDone, data.totalsFirst.partyDone),
      committee: indicator(t.committeeDone, t.due, t.rates.committee, data.totalsInc.committeeDone, data.totalsFirst.committeeDone),
      supervision: indicator(t.supervisionDone, t.due, t.rates.supervision, data.totalsInc.supervisionDone, data.totalsFirst.supervisionDone),
      oneShoulder: {
        known: t.oneShoulder !== null,
        count: t.oneShoulder ?? NOT_REPORTED,
        share: percent(t.rates.oneShoulder),
        ...change(data.totalsInc.oneShoulder ?? undefined),
        first: data.totalsFirst.oneShoulder ?? '',
      },
    },
    rows: data.ranked.map(rowView),
    hasRows: data.ranked.length > 0,
    top: list(data.top.map(rowView)),
    bottom: list(data.bottom.map(rowView)),
    missing: list(data.missing.map(rowView)),
    missingCount: data.missing.length,
    finishedSilent: list(data.finishedSilent.map(rowView)),
    firstReporters: list(data.ranked.filter((r) => r.firstEver).map(rowView)),
    late: list(data.late.map(lateView)),
    corrections: list(
      data.corrections.map((c) => ({
        name: c.township,
        ...dateParts(c.date),
        field: opts.labels?.[c.field] ?? c.field,
        // A figure that did not exist before is "新报 7", not "→ 7"; one withdrawn to nothing is 已撤回.
        fresh: c.old === null,
        removed: c.new === null,
        old: c.old ?? '',
        new: c.new ?? '',
      })),
    ),
    structure: data.structure
      ? { rows: data.structure.rows.map(structureView), total: data.structure.total ? structureView(data.structure.total) : null, count: data.structure.rows.length }
      : null,
  };
}

export type BulletinView = ReturnType<typeof bulletinView>;

/** The bulletin text for one platform (bulletin.<platform>.md when present, else bulletin.md). */
export function renderBulletin(templates: Templates, data: BulletinData, platform?: string, opts: RenderOptions = {}): string {
  return templates.render('bulletin', bulletinView(data, { labels: templates.strings('bulletin'), ...opts }), platform);
}

export function bulletinTitle(templates: Templates, data: BulletinData, platform?: string): string {
  return templates.render('bulletin-title', { county: data.county, ...dateParts(data.date) }, platform);
}
