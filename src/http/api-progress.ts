// Progress API (behind the /api guard):
//   GET /api/progress?date=YYYY-MM-DD          → { date, townships: [{ name, reported, figures, score, rank, due, carriedFrom? }] } by rank
//   GET /api/progress/history?township=&date=  → { township, revisions: [{ date, field, old, new, by, at, kind, messageId, assisted?, text }] }
import type Router from '@koa/router';
import type { Context } from 'koa';
import type { County } from '../county.js';
import type { ProgressLedger } from '../progress/ledger.js';
import { isModelAssisted } from '../progress/model-reading.js';
import { isIsoDate, localDate } from '../time.js';
import { HttpError } from './errors.js';

export interface ProgressApiDeps {
  ledger: ProgressLedger;
  county: () => County;
  now: () => Date;
}

function one(ctx: Context, name: string): string | undefined {
  const v = ctx.query[name];
  return Array.isArray(v) ? v[0] : v;
}

function dateParam(ctx: Context, fallback: string): string {
  const date = one(ctx, 'date') ?? fallback;
  if (!isIsoDate(date)) throw new HttpError(400, 'date must be YYYY-MM-DD', { date });
  return date;
}

export function progressApi(deps: ProgressApiDeps) {
  return (router: Router) => {
    router.get('/api/progress', async (ctx) => {
      const county = deps.county();
      const date = dateParam(ctx, localDate(deps.now(), county.timezone));
      const rows = await deps.ledger.ranked(date, county.townships, county.ranking);
      ctx.body = {
        date,
        townships: rows.map((r) => ({ name: r.name, reported: r.reported, figures: r.figures, score: r.score === null ? null : Number(r.score.toFixed(6)), rank: r.rank, finished: r.finished, due: r.due, ...(r.carriedFrom ? { carriedFrom: r.carriedFrom } : {}) })),
      };
    });

    router.get('/api/progress/history', async (ctx) => {
      const raw = one(ctx, 'township');
      if (!raw) throw new HttpError(400, 'township is required', { example: '/api/progress/history?township=城关镇' });
      const township = deps.ledger.townships.resolve(raw);
      if (!township) throw new HttpError(404, 'no such township', { township: raw, suggestions: deps.ledger.townships.suggest(raw) });
      const date = one(ctx, 'date');
      if (date !== undefined && !isIsoDate(date)) throw new HttpError(400, 'date must be YYYY-MM-DD', { date });
      const revisions = await deps.ledger.history(township, date);
      const texts = await deps.ledger.messageTexts(revisions);
      ctx.body = {
        township,
        revisions: revisions.map((r) => ({
          date: r.date,
          field: r.field,
          old: r.old,
          new: r.new,
          by: r.by,
          at: r.at.toISOString(),
          kind: r.kind,
          ...(r.messageId ? { messageId: r.messageId } : {}),
          ...(isModelAssisted(r.messageId) ? { assisted: true } : {}),
          ...(r.messageId && texts.has(r.messageId) ? { text: texts.get(r.messageId) } : {}),
        })),
      };
    });
  };
}
