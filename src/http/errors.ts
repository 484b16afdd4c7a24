// One error funnel: handlers throw (or let fail); this middleware maps errors to a status and a
// JSON body. Only ≥500 is logged as an error; client mistakes are answered, not logged loudly.
import type { Context, Next } from 'koa';
import type { Logger } from '../log.js';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export function errorFunnel(log: Logger) {
  return async (ctx: Context, next: Next) => {
    try {
      await next();
    } catch (err) {
      const e = err as Error & { status?: number; statusCode?: number; expose?: boolean; details?: unknown };
      const status = e.status ?? e.statusCode ?? 500;
      const expose = status < 500 || e instanceof HttpError || e.name === 'StoreUnavailableError';
      if (status >= 500) log.error({ err: e, method: ctx.method, path: ctx.path }, 'request failed');
      else log.debug({ status, path: ctx.path, reason: e.message }, 'request refused');
      ctx.status = status;
      ctx.body = { error: expose ? e.message : 'internal error', ...(e.details ? { details: e.details } : {}) };
    }
  };
}
