// GET / — one day's ranking (table and bar chart), county totals and who has not reported.
import type Router from '@koa/router';
import type { Middleware } from 'koa';
import { INDICATOR_KEYS, type IndicatorKey } from '../../store/types.js';
import { addDays } from '../../time.js';
import { barChart } from './charts.js';
import { UNKNOWN } from '../../figures.js';
import { personName } from '../../county.js';
import { isDate, rankingFor, stamp, today, type ConsoleDeps } from './data.js';
import type { Views } from './views.js';

/** Unknown is "—", never 0% (docs/figures.md). */
const pct = (v: number | null) => (v === null ? UNKNOWN : `${(v * 100).toFixed(1)}%`);
const num = (v: number | null | undefined) => (v === undefined || v === null ? UNKNOWN : Number.isInteger(v) ? String(v) : v.toFixed(1));
/** Indicators outside the rank: shown in their own table (docs/architecture.md, Indicators and ranking). */
const STRUCTURE: IndicatorKey[] = INDICATOR_KEYS.filter((k) => !['due', 'partyDone', 'committeeDone', 'supervisionDone'].includes(k));

/** The time alone when it is on the day shown; the full stamp for a late report of an earlier day. */
const shortStamp = (s: string, date: string) => (s.startsWith(date) ? s.slice(11) : s);

export function townshipHref(name: string, date?: string): string {
  return `/township/${encodeURIComponent(name)}${date ? `?date=${date}` : ''}`;
}

export function dashboardRoute(router: Router, guard: Middleware, views: Views, deps: ConsoleDeps): void {
  const L = views.labels;
  router.get('/', guard, async (ctx) => {
    const day = today(deps);
    const asked = typeof ctx.query.date === 'string' ? ctx.query.date : undefined;
    const badDate = asked !== undefined && (!isDate(asked) || asked > day);
    const date = asked && !badDate ? asked : day;
    const { rows, totals, records } = await rankingFor(deps, date);
    const tz = deps.county.timezone;

    const table = rows.map((r) => {
      const rec = records.get(r.name);
      return {
        rank: r.rank ?? UNKNOWN,
        name: r.name,
        href: townshipHref(r.name, date),
        reported: r.reported,
        finished: r.finished,
        missing: !r.ranked && !r.finished,
        carriedFrom: r.carriedFrom,
        hasFigures: r.reported || r.carriedFrom !== undefined,
        due: r.due,
        party: num(r.figures.partyDone),
        partyRate: pct(r.rates.party),
        committee: num(r.figures.committeeDone),
        committeeRate: pct(r.rates.committee),
        supervision: num(r.figures.supervisionDone),
        supervisionRate: pct(r.rates.supervision),
        score: r.ranked && r.score !== null ? (r.score * 100).toFixed(1) : UNKNOWN,
        reportedAt: rec ? shortStamp(stamp(rec.firstReportedAt, tz), date) : '',
        updatedBy: rec?.updatedBy ?? '',
        updatedByName: rec ? (personName(deps.county, rec.updatedBy) ?? '') : '',
      };
    });
    const structure = rows
      .filter((r) => r.reported)
      .map((r) => ({ name: r.name, href: townshipHref(r.name, date), cells: STRUCTURE.map((k) => ({ value: num(r.figures[k]) })) }));
    const chart = barChart(
      rows.map((r) => ({
        label: r.name,
        values: [r.rates.party, r.rates.committee, r.rates.supervision],
        muted: !r.reported,
        ...(r.reported ? {} : { note: r.finished ? L.status.finished : L.status.unreported }),
      })),
      [L.rates.party, L.rates.committee, L.rates.supervision],
      `${date} ${L.rates.party} / ${L.rates.committee} / ${L.rates.supervision}`,
    );
    const next = addDays(date, 1);
    views.send(
      ctx,
      'dashboard',
      {
        date,
        today: day,
        isToday: date === day,
        asked: badDate ? asked : undefined,
        prev: addDays(date, -1),
        next: next <= day ? next : undefined,
        names: L.rates,
        weights: deps.county.ranking,
        totals: {
          ...totals,
          partyRate: pct(totals.rates.party),
          committeeRate: pct(totals.rates.committee),
          supervisionRate: pct(totals.rates.supervision),
          partyDone: num(totals.partyDone),
          committeeDone: num(totals.committeeDone),
          supervisionDone: num(totals.supervisionDone),
          oneShoulder: num(totals.oneShoulder),
          missing: totals.missing,
        },
        rows: table,
        missing: rows.filter((r) => !r.ranked && !r.finished).map((r) => ({ name: r.name, href: townshipHref(r.name, date) })),
        finishedSilent: rows.filter((r) => !r.reported && r.finished).map((r) => ({ name: r.name, href: townshipHref(r.name, date) })),
        allReported: totals.missing === 0,
        nobody: totals.reported === 0,
        chart,
        structureHeaders: STRUCTURE.map((k) => ({ label: L.indicators[k] })),
        structure,
      },
      { title: views.title('dashboard', date), nav: 'dashboard', script: 'dashboard' },
    );
  });
}
