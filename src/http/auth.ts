// /api/* and the console: a bearer token (or the console's cookie) when ADMIN_TOKEN is set;
// otherwise loopback clients only. The socket address is used, never X-Forwarded-For; and a request that
// carries any proxy header is never loopback, because a reverse proxy on the same host makes every client
// from the internet arrive from 127.0.0.1.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, Next } from 'koa';
import { HttpError } from './errors.js';

export const SESSION_COOKIE = 'hj_session';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/** Headers a reverse proxy adds; their presence means the socket address is the proxy's, not the client's. */
export const PROXY_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip', 'x-forwarded-host', 'x-forwarded-proto'] as const;

/** ctx.state key set by loopbackPolicy: false when loopback clients must not be trusted at all. */
const TRUST_KEY = 'trustLoopback';

export function isLoopback(address: string | undefined): boolean {
  return !!address && LOOPBACK.test(address);
}

/** A HOST value that only this machine can reach. Anything else (0.0.0.0, ::, a LAN address) is public. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || isLoopback(h);
}

/** Marks every request with whether loopback clients may be trusted (false: HOST is public and no token). */
export function loopbackPolicy(trust: boolean) {
  return async (ctx: Context, next: Next) => {
    ctx.state[TRUST_KEY] = trust;
    await next();
  };
}

/** A client on this machine talking to the bot directly: loopback socket, no proxy header, and trust allowed. */
export function isLoopbackClient(ctx: Context): boolean {
  if (ctx.state?.[TRUST_KEY] === false) return false;
  if (PROXY_HEADERS.some((h) => ctx.get(h) !== '')) return false;
  return isLoopback(ctx.req.socket.remoteAddress);
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
  if (!adminToken) return isLoopbackClient(ctx);
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
      if (ctx.state?.[TRUST_KEY] === false) throw new HttpError(403, 'ADMIN_TOKEN is not set and HOST is not loopback, so /api is closed');
      throw new HttpError(403, 'ADMIN_TOKEN is not set, so /api answers loopback clients only, and never through a proxy');
    }
    await next();
  };
}
