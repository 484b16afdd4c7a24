// The export form, the knowledge browser and the chat simulator. The last two are shells: console.js
// fills them from /api/knowledge/* and /api/simulate, the same routes operators and tests use.
import type Router from '@koa/router';
import type { Middleware } from 'koa';
import { personName } from '../../county.js';
import { addDays, localDate, localTime } from '../../time.js';
import { today, type ConsoleDeps } from './data.js';
import type { Views } from './views.js';

export interface Persona {
  /** platform:userid, as /api/simulate wants it split. */
  value: string;
  platform: 'wecom' | 'dingtalk';
  userId: string;
  township?: string;
  admin?: boolean;
  /** As the county file names the person. */
  name?: string;
}

/** Everyone the county file names, so a staff member can speak as any of them. */
export function personas(deps: ConsoleDeps): Persona[] {
  const split = (id: string): Pick<Persona, 'value' | 'platform' | 'userId'> => {
    const m = /^(wecom|dingtalk):(.+)$/.exec(id);
    const platform = (m?.[1] ?? 'wecom') as Persona['platform'];
    const userId = m?.[2] ?? id;
    const name = personName(deps.county, id);
    return { value: `${platform}:${userId}`, platform, userId, ...(name ? { name } : {}) };
  };
  const out: Persona[] = [];
  for (const t of deps.county.townships) for (const l of t.liaisons) out.push({ ...split(l), township: t.name });
  for (const a of deps.county.admins) out.push({ ...split(a), admin: true });
  return out;
}

/** "+08:00": the county's offset now, so a time picked in the simulator means county time, not the browser's. */
export function utcOffset(at: Date, timeZone: string): string {
  const minute = new Date(Math.floor(at.getTime() / 60_000) * 60_000);
  const wall = Date.parse(`${localDate(minute, timeZone)}T${localTime(minute, timeZone)}:00Z`);
  const mins = Math.round((wall - minute.getTime()) / 60_000);
  const abs = Math.abs(mins);
  return `${mins < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function otherPages(router: Router, guard: Middleware, views: Views, deps: ConsoleDeps): void {
  router.get('/export', guard, (ctx) => {
    const day = today(deps);
    const start = deps.county.campaign.start;
    views.send(
      ctx,
      'export',
      {
        from: start && start <= day ? start : addDays(day, -29),
        to: day,
        townships: deps.county.townships.map((t) => ({ name: t.name })),
      },
      { title: views.title('export'), nav: 'export' },
    );
  });

  router.get('/knowledge', guard, (ctx) => {
    views.send(ctx, 'knowledge', {}, { title: views.title('knowledge'), nav: 'knowledge', script: 'knowledge' });
  });

  router.get('/simulator', guard, (ctx) => {
    const list = personas(deps);
    views.send(
      ctx,
      'simulator',
      {
        liaisons: list.filter((p) => p.township),
        admins: list.filter((p) => p.admin),
        today: today(deps),
        offset: utcOffset(deps.now(), deps.county.timezone),
        timezone: deps.county.timezone,
      },
      { title: views.title('simulator'), nav: 'simulator', script: 'simulator' },
    );
  });
}
