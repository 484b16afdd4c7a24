// GET /api/export?from=&to=&format=csv|xlsx[&township=] — the recorded figures for a date range as a
// download (with the due and completion rates on every row; the .xlsx adds the last day's ranking as the
// bulletin showed it). Runs behind the /api guard, so the console's cookie and a Bearer token both work.
import type Router from '@koa/router';
import { z } from 'zod';
import { loadDaily } from '../bulletins/load.js';
import { followCorrections } from '../figures.js';
import { LOOKBACK_DAYS } from '../progress/ranking.js';
import type { ProgressRecord } from '../store/types.js';
import { addDays } from '../time.js';
import { findTownship, isDate, today, type ConsoleDeps } from './console/data.js';
import { sortRecords, toCsv, toXlsx } from './console/export-files.js';
import type { Labels } from './console/views.js';
import { parseOrThrow } from './simulate.js';
import { HttpError } from './errors.js';

/** Two years: longer than any campaign, short enough that one request cannot load the whole store. */
export const MAX_EXPORT_DAYS = 731;

const date = z.string().refine(isDate, 'a date is written YYYY-MM-DD, for example 2026-11-22');

/** Empty fields (a form's "all townships" option) count as absent. */
const dropEmpty = (q: unknown) => Object.fromEntries(Object.entries(q as Record<string, unknown>).filter(([, v]) => v !== ''));

export const exportQuery = z.preprocess(
  dropEmpty,
  z.strictObject({
    from: date.optional(),
    to: date.optional(),
    format: z.enum(['csv', 'xlsx']).default('csv'),
    township: z.string().trim().min(1).optional(),
  }),
);

const TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** RFC 6266: an ASCII fallback name plus the UTF-8 one that browsers show. */
export function attachment(asciiName: string, utf8Name: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(utf8Name)}`;
}

function days(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

export function exportRoute(deps: ConsoleDeps, labels: Labels) {
  return (router: Router) => {
    router.get('/api/export', async (ctx) => {
      const q = parseOrThrow(exportQuery, ctx.query);
      const to = q.to ?? today(deps);
      const start = deps.county.campaign.start;
      const from = q.from ?? (start && start <= to ? start : addDays(to, -29));
      if (from > to) throw new HttpError(400, 'from must not be after to', { from, to });
      if (days(from, to) > MAX_EXPORT_DAYS) throw new HttpError(400, `a range may span at most ${MAX_EXPORT_DAYS} days`, { from, to });
      let township: string | undefined;
      if (q.township) {
        township = findTownship(deps.county, q.township)?.name;
        if (!township) throw new HttpError(400, 'no such township in the county file', { township: q.township });
      }
      // Read as every other surface reads them: copied figures follow later corrections (docs/figures.md).
      const [stored, revisions] = await Promise.all([
        deps.store.listRecords({ from: addDays(from, -LOOKBACK_DAYS), to, ...(township ? { township } : {}) }),
        deps.store.listRevisions({ since: new Date(`${addDays(from, -2)}T00:00:00Z`), ...(township ? { township } : {}) }),
      ]);
      const records = sortRecords(
        followCorrections(stored, revisions).filter((r) => r.date >= from),
        deps.county.townships.map((t) => t.name),
      );
      const countyDue = new Map(deps.county.townships.map((t) => [t.name, t.due]));
      const dueOf = (r: ProgressRecord) => r.figures.due ?? countyDue.get(r.township) ?? 0;
      const tz = deps.county.timezone;
      const base = `${from}_${to}`;
      const name = `${labels.exportFile}${township ? `_${township}` : ''}_${base}.${q.format}`;
      ctx.set('content-disposition', attachment(`huanjie_${base}.${q.format}`, name));
      ctx.set('cache-control', 'no-store');
      ctx.set('x-content-type-options', 'nosniff');
      ctx.set('x-record-count', String(records.length));
      ctx.type = TYPES[q.format];
      ctx.body =
        q.format === 'csv'
          ? toCsv(records, labels, tz, dueOf)
          : await toXlsx(records, labels, tz, deps.now(), dueOf, { date: to, data: await loadDaily(deps.store, deps.county, to) });
    });
  };
}
