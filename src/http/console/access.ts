// Console access follows the /api rule: with ADMIN_TOKEN a login form trades the token for an HttpOnly
// cookie holding a digest (the token never goes back to the browser); without it, loopback clients only.
import type Router from '@koa/router';
import type { Context, Next } from 'koa';
import { isAuthorised, isLoopback, SESSION_COOKIE, sameSecret, sessionValue } from '../auth.js';
import type { Views } from './views.js';

const SESSION_MS = 12 * 60 * 60 * 1000;
const FAILURE_WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES = 10;

/** Only a local path may be a redirect target: "/x" yes, "//evil.example" or "/\evil" no. */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/';
  if (/[\u0000-\u001f]/.test(next)) return '/';
  return next;
}

export function pageGuard(views: Views, adminToken: string | undefined) {
  return async (ctx: Context, next: Next) => {
    if (isAuthorised(ctx, adminToken)) return next();
    if (adminToken) {
      ctx.set('cache-control', 'no-store');
      ctx.redirect(`/login?next=${encodeURIComponent(ctx.originalUrl)}`);
      return;
    }
    views.send(ctx, 'denied', {}, { title: views.title('denied'), nav: 'none' }, 403);
  };
}

/** Failed logins per client address; a guessing client is slowed to MAX_FAILURES per window. */
class Throttle {
  private readonly failures = new Map<string, number[]>();

  blocked(addr: string, now: number): boolean {
    const recent = (this.failures.get(addr) ?? []).filter((t) => now - t < FAILURE_WINDOW_MS);
    if (recent.length) this.failures.set(addr, recent);
    else this.failures.delete(addr);
    return recent.length >= MAX_FAILURES;
  }

  fail(addr: string, now: number): void {
    // Forget addresses whose failures have all aged out, so many one-off guessers cannot grow the map forever.
    for (const [a, times] of this.failures) if (now - times[times.length - 1]! >= FAILURE_WINDOW_MS) this.failures.delete(a);
    this.failures.set(addr, [...(this.failures.get(addr) ?? []), now]);
  }

  clear(addr: string): void {
    this.failures.delete(addr);
  }
}

export function loginRoutes(router: Router, views: Views, adminToken: string | undefined): void {
  const throttle = new Throttle();
  const frame = { title: views.title('login'), nav: 'none' as const };

  router.get('/login', (ctx) => {
    const next = safeNext(ctx.query.next);
    if (!adminToken) {
      if (isLoopback(ctx.req.socket.remoteAddress)) return ctx.redirect(next);
      return views.send(ctx, 'denied', {}, { title: views.title('denied'), nav: 'none' }, 403);
    }
    views.send(ctx, 'login', { next }, frame);
  });

  router.post('/login', (ctx) => {
    const body = (ctx.request.body ?? {}) as Record<string, unknown>;
    const next = safeNext(body.next);
    if (!adminToken) return ctx.redirect(next);
    const addr = ctx.req.socket.remoteAddress ?? '';
    const now = Date.now();
    if (throttle.blocked(addr, now)) return views.send(ctx, 'login', { next, throttled: true }, frame, 429);
    const token = typeof body.token === 'string' ? body.token.trim() : '';
    if (!token || !sameSecret(token, adminToken)) {
      throttle.fail(addr, now);
      return views.send(ctx, 'login', { next, wrong: true }, frame, 401);
    }
    throttle.clear(addr);
    ctx.cookies.set(SESSION_COOKIE, sessionValue(adminToken), {
      httpOnly: true,
      // Strict: the cookie also opens POST /api/*, so no other site may make the browser send it.
      sameSite: 'strict',
      secure: ctx.secure,
      path: '/',
      maxAge: SESSION_MS,
      overwrite: true,
    });
    ctx.set('cache-control', 'no-store');
    ctx.redirect(next);
  });

  router.post('/logout', (ctx) => {
    ctx.cookies.set(SESSION_COOKIE, null, { httpOnly: true, sameSite: 'strict', path: '/', overwrite: true });
    ctx.redirect(adminToken ? '/login' : '/');
  });
}
