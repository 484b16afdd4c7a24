// GET /refusals and GET /unanswered — what the bot could not handle, for the county admins to act on:
// refused reports with their reasons in words, and unanswered questions grouped by what was asked.
import type Router from '@koa/router';
import type { Middleware } from 'koa';
import { stamp, today, type ConsoleDeps } from './data.js';
import { countReasons, groupQuestions, pageRange, type Range } from './feedback-data.js';
import { platformLabel, reasonLabel } from './feedback-files.js';
import type { Views } from './views.js';

const csvHref = (path: string, r: Range) => `${path}?${new URLSearchParams({ from: r.from, to: r.to, format: 'csv' })}`;

export function feedbackPages(router: Router, guard: Middleware, views: Views, deps: ConsoleDeps): void {
  const L = views.labels;
  const tz = deps.county.timezone;

  router.get('/refusals', guard, async (ctx) => {
    const range = pageRange(ctx.query, deps);
    const items = await deps.store.listRefusals(range);
    views.send(
      ctx,
      'refusals',
      {
        ...range,
        today: today(deps),
        total: items.length,
        csvHref: csvHref('/api/progress/refusals', range),
        byReason: countReasons(items).map((r) => ({ ...r, label: reasonLabel(L, r.code) })),
        // Newest first: the admin looks for what went wrong lately.
        items: [...items].reverse().map((r) => ({
          at: stamp(r.at, tz),
          sender: r.sender,
          platform: platformLabel(L, r.platform),
          townships: r.townships.join('、'),
          reasons: r.reasons.map((code) => ({ code, label: reasonLabel(L, code) })),
          text: r.text,
        })),
      },
      { title: views.title('refusals'), nav: 'refusals' },
    );
  });

  router.get('/unanswered', guard, async (ctx) => {
    const range = pageRange(ctx.query, deps);
    const items = await deps.store.listUnanswered(range);
    views.send(
      ctx,
      'unanswered',
      {
        ...range,
        today: today(deps),
        total: items.length,
        csvHref: csvHref('/api/knowledge/unanswered', range),
        groups: groupQuestions(items).map((g) => ({
          text: g.text,
          count: g.count,
          kinds: g.kinds.map((kind) => ({ kind, label: L.unansweredKinds[kind] })),
          lastAt: stamp(g.lastAt, tz),
          suggestions: [...new Set(g.entries.flatMap((e) => e.suggestions))].join('、'),
        })),
        items: [...items].reverse().map((q) => ({
          at: stamp(q.at, tz),
          sender: q.sender,
          platform: platformLabel(L, q.platform),
          kind: L.unansweredKinds[q.kind],
          text: q.text,
        })),
      },
      { title: views.title('unanswered'), nav: 'unanswered' },
    );
  });
}
