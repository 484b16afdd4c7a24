// What the bot could not handle, for the county admins (behind the /api guard):
//   GET /api/progress/refusals?from=&to=[&format=csv]    → { from, to, total, byReason: [{ code, count }], items }
//   GET /api/knowledge/unanswered?from=&to=[&format=csv] → { from, to, total, groups: [{ text, count, kinds, lastAt }], items }
// Dates are county-local YYYY-MM-DD (default: the last 7 days up to today).
import type Router from '@koa/router';
import type { Context } from 'koa';
import type { ConsoleDeps } from './console/data.js';
import { countReasons, groupQuestions, parseRange, refusalJson, unansweredJson, type Range } from './console/feedback-data.js';
import { refusalsCsv, unansweredCsv } from './console/feedback-files.js';
import type { Labels } from './console/views.js';
import { attachment } from './api-export.js';
import { HttpError } from './errors.js';

const ALLOWED = new Set(['from', 'to', 'format']);

/** Unknown parameters and formats are refused rather than ignored, as the export does. */
function checkQuery(ctx: Context): 'json' | 'csv' {
  const unknown = Object.keys(ctx.query).filter((k) => !ALLOWED.has(k));
  if (unknown.length) throw new HttpError(400, `unknown parameter ${unknown.join(', ')}; use from, to and format`, { allowed: [...ALLOWED] });
  const format = ctx.query.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new HttpError(400, 'format must be json or csv', { format });
  return format;
}

function sendCsv(ctx: Context, text: string, ascii: string, utf8: string, range: Range, count: number): void {
  const base = `${range.from}_${range.to}`;
  ctx.set('content-disposition', attachment(`${ascii}_${base}.csv`, `${utf8}_${base}.csv`));
  ctx.set('cache-control', 'no-store');
  ctx.set('x-content-type-options', 'nosniff');
  ctx.set('x-record-count', String(count));
  ctx.type = 'text/csv; charset=utf-8';
  ctx.body = text;
}

export function feedbackApi(deps: ConsoleDeps, labels: Labels) {
  const tz = deps.county.timezone;
  return (router: Router) => {
    router.get('/api/progress/refusals', async (ctx) => {
      const format = checkQuery(ctx);
      const range = parseRange(ctx.query, deps);
      const items = await deps.store.listRefusals(range);
      if (format === 'csv') return sendCsv(ctx, refusalsCsv(items, labels, tz), 'refusals', labels.refusalsFile, range, items.length);
      ctx.body = { ...range, total: items.length, byReason: countReasons(items), items: items.map(refusalJson) };
    });

    router.get('/api/knowledge/unanswered', async (ctx) => {
      const format = checkQuery(ctx);
      const range = parseRange(ctx.query, deps);
      const items = await deps.store.listUnanswered(range);
      if (format === 'csv') return sendCsv(ctx, unansweredCsv(items, labels, tz), 'unanswered', labels.unansweredFile, range, items.length);
      ctx.body = {
        ...range,
        total: items.length,
        groups: groupQuestions(items).map((g) => ({ text: g.text, count: g.count, kinds: g.kinds, lastAt: g.lastAt.toISOString() })),
        items: items.map(unansweredJson),
      };
    });
  };
}
