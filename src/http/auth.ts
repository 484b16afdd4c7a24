// /api/* and the console: a bearer token (or the console's cookie) when ADMIN_TOKEN is set;
// otherwise loopback clients only. The socket address is used, never X-Forwarded-For.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, Next } from 'koa';
import { HttpError } from './errors.js';

export const SESSION_COOKIE = 'hj_session';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

export function isLoopback(address: string | undefined): boolean {
  return !!address && LOOPBACK.test(address);
}

/** Compare digests so neither length nor content leaks through timing. */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The cookie value for a token: a digest, so the token itself never sits in the browser. */
export function sessionValue(token: string): string {
  return createHash('sha256').update(`hj-console:${token}`).digest('base64url');
}

export function isAuthorised(ctx: Context, adminToken: string | undefined): boolean {
  if (!adminToken) return isLoopback(ctx.req.socket.remoteAddress);
  const header = ctx.get('authorization');
  const bearer = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
  if (bearer) return sameSecret(bearer, adminToken);
  const cookie = ctx.cookies.get(SESSION_COOKIE);
  return !!cookie && sameSecret(cookie, sessionValue(adminToken));
}

export function requireAdmin(adminToken: string | undefined) {
  return async (ctx: Context, next: Next) => {
    if (!isAuthorised(ctx, adminToken)) {
      if (adminToken) throw new HttpError(401, 'missing or wrong Authorization: Bearer <ADMIN_TOKEN>');
      throw new HttpError(403, 'ADMIN_TOKEN is not set, so /api answers loopback clients only');
    }
    await next();
  };
}
