// Bulletin API (behind the /api guard):
//   POST /api/bulletins/daily?date=YYYY-MM-DD&dryRun=1 → { date, messages: [{ platform, target, text, missingWebhook? }], missing }
//     (every bulletin group in the county file, also one whose webhook is not set: missingWebhook names its variable)
//   POST /api/bulletins/daily?date=YYYY-MM-DD          → { date, delivered: [...], failed: [...] }
//   GET  /api/bulletins/deliveries?ok=0&job=&date=     → { deliveries, runs }
import type Router from '@koa/router';
import type { Context } from 'koa';
import type { BulletinService } from '../bulletins/service.js';
import { isIsoDate } from '../time.js';
import { HttpError } from './errors.js';

const TRUE = new Set(['1', 'true', 'yes']);

function one(ctx: Context, name: string): string | undefined {
  const v = ctx.query[name];
  return Array.isArray(v) ? v[0] : v;
}

function dateParam(ctx: Context, service: BulletinService): string {
  const date = one(ctx, 'date') ?? service.today();
  if (!isIsoDate(date)) throw new HttpError(400, 'date must be YYYY-MM-DD', { date });
  if (date > service.today()) throw new HttpError(400, 'date is in the future', { date, today: service.today() });
  return date;
}

export function bulletinsApi(service: BulletinService) {
  return (router: Router) => {
    router.post('/api/bulletins/daily', async (ctx) => {
      const date = dateParam(ctx, service);
      if (TRUE.has(one(ctx, 'dryRun') ?? '')) {
        ctx.body = { date, messages: await service.dryRun(date), missing: service.missingWebhooks('bulletin') };
        return;
      }
      if (!service.targets('bulletin').length) throw new HttpError(409, 'no bulletin group is configured (county file groups + webhook variables)');
      const report = await service.send(date, 'api');
      ctx.body = { date, ...report };
    });

    router.get('/api/bulletins/deliveries', async (ctx) => {
      const ok = one(ctx, 'ok');
      const job = one(ctx, 'job');
      const date = one(ctx, 'date');
      if (date !== undefined && !isIsoDate(date)) throw new HttpError(400, 'date must be YYYY-MM-DD', { date });
      const deliveries = await service.deliveries({
        ...(ok !== undefined ? { ok: TRUE.has(ok) } : {}),
        ...(job ? { job } : {}),
        ...(date ? { key: date } : {}),
      });
      const runs = (await service.runs()).filter((r) => (!job || r.job === job) && (!date || r.key === date));
      ctx.body = { deliveries, runs };
    });
  };
}
