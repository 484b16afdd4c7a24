// GET /township/:name — each indicator's trend from the first report and every change: who stated which
// figures, when, by which kind of message, and the message as it was typed.
import type Router from '@koa/router';
import type { Middleware } from 'koa';
import { INDICATOR_KEYS } from '../../store/types.js';
import { lineChart } from './charts.js';
import { personName } from '../../county.js';
import { historyOf } from '../../figures.js';
import { findTownship, isDate, roleOf, stamp, today, trendRange, type ConsoleDeps } from './data.js';
import type { Views } from './views.js';

const num = (v: number | null | undefined) => (v === null || v === undefined ? '—' : Number.isInteger(v) ? String(v) : v.toFixed(1));
const COMPLETION = new Set(['partyDone', 'committeeDone', 'supervisionDone']);

function exportHref(range: { from: string; to: string }, township: string, format: string): string {
  return `/api/export?${new URLSearchParams({ from: range.from, to: range.to, township, format })}`;
}

export function townshipRoute(router: Router, guard: Middleware, views: Views, deps: ConsoleDeps): void {
  const L = views.labels;
  const tz = deps.county.timezone;
  router.get('/township/:name', guard, async (ctx) => {
    const township = findTownship(deps.county, ctx.params.name ?? '');
    if (!township) {
      views.send(ctx, 'not-found', { name: ctx.params.name }, { title: views.title('notFound'), nav: 'dashboard' }, 404);
      return;
    }
    const day = today(deps);
    const asked = typeof ctx.query.date === 'string' && isDate(ctx.query.date) && ctx.query.date <= day ? ctx.query.date : day;
    const [unsorted, revisions] = await Promise.all([
      deps.store.listRecords({ township: township.name }),
      deps.store.listRevisions({ township: township.name }),
    ]);
    const records = [...unsorted].sort((a, b) => a.date.localeCompare(b.date));
    const range = trendRange(deps.county, records, asked);
    const latest = records.filter((r) => r.date <= asked).at(-1);
    const due = latest?.figures.due ?? township.due;

    const charts = INDICATOR_KEYS.flatMap((key) => {
      const points = records.flatMap((r) => (r.figures[key] === undefined ? [] : [{ date: r.date, value: r.figures[key]! }]));
      if (!points.length) return [];
      const title = L.indicators[key];
      return [{ key, title, svg: lineChart(points, { ...range, title, ...(COMPLETION.has(key) ? { target: due } : {}) }) }];
    });

    const texts = await deps.store.messageTexts(revisions.flatMap((r) => (r.messageId ? [r.messageId] : [])));
    // Only what each message stated; a 撤回 that emptied a day says what the day shows again (docs/figures.md).
    const history = historyOf(revisions).map((c) => {
      const who = roleOf(deps.county, c.by);
      return {
        date: c.date,
        at: stamp(c.at, tz),
        by: c.by,
        name: personName(deps.county, c.by) ?? '',
        role: who ? `${L.roles[who.role]}${who.township && who.township !== township.name ? `·${who.township}` : ''}` : '',
        kind: L.revisionKinds[c.kind],
        kindKey: c.kind,
        messageId: c.messageId ?? '',
        text: c.messageId ? (texts.get(c.messageId) ?? '') : '',
        fields: c.stated.map((f) => ({ label: L.indicators[f.field], old: num(f.old), new: num(f.new), fresh: f.old === null })),
        repeats: c.repeats ?? '',
        restored: c.restored
          ? {
              date: c.restored.date ?? '',
              cells: INDICATOR_KEYS.filter((k) => c.restored!.figures[k] !== undefined).map((k) => ({ label: L.indicators[k], value: num(c.restored!.figures[k]) })),
            }
          : null,
      };
    });

    views.send(
      ctx,
      'township',
      {
        name: township.name,
        aliases: township.aliases.join('、'),
        due,
        liaisons: township.liaisons.map((id) => ({ id, name: personName(deps.county, id) ?? '' })),
        hasLiaisons: township.liaisons.length > 0,
        date: asked,
        dashboardHref: `/?date=${asked}`,
        from: range.from,
        to: range.to,
        latest: latest
          ? {
              date: latest.date,
              updatedAt: stamp(latest.updatedAt, tz),
              updatedBy: latest.updatedBy,
              updatedByName: personName(deps.county, latest.updatedBy) ?? '',
              // The due shown in the header: the record's own when it states one, else the county file's.
              cells: INDICATOR_KEYS.map((k) => ({ label: L.indicators[k], value: num(k === 'due' ? due : latest.figures[k]) })),
            }
          : undefined,
        charts,
        hasCharts: charts.length > 0,
        history,
        hasHistory: history.length > 0,
        exportCsv: exportHref(range, township.name, 'csv'),
        exportXlsx: exportHref(range, township.name, 'xlsx'),
      },
      { title: views.title('township', township.name), nav: 'dashboard' },
    );
  });
}
