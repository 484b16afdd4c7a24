// The Koa app: error funnel, body limit, /healthz, platform callbacks, /api (guarded).
import { bodyParser } from '@koa/bodyparser';
import Router from '@koa/router';
import Koa, { type Middleware } from 'koa';
import type { Outcome } from '../conversation/types.js';
import type { Logger } from '../log.js';
import type { InboundMessage, PlatformModule } from '../platforms/types.js';
import { loopbackPolicy, requireAdmin } from './auth.js';
import { errorFunnel, HttpError } from './errors.js';
import { simulateRoute } from './simulate.js';

export interface AppDeps {
  log: Logger;
  storeKind: 'sqlite' | 'mongodb';
  adminToken?: string | undefined;
  /** False when HOST is public and no token is set: loopback clients are then refused too (default true). */
  trustLoopback?: boolean;
  bodyLimitKb: number;
  route: (msg: InboundMessage) => Promise<Outcome>;
  /** The bot's clock: a simulated message with no `at` is stamped with it, as a platform message would be. */
  now?: () => Date;
  platforms?: PlatformModule[];
  /** Extra /healthz fields (scheduler, platform connections); must be cheap and hold no secret. */
  health?: () => Record<string, unknown>;
  /** Extra /api routes from the feature folders; they run behind the admin guard. */
  api?: ((router: Router) => void)[];
  /** Routes outside /api (the web console), mounted last. */
  pages?: ((router: Router) => void)[];
}

/**
 * A request whose method and path are exactly those of a plain route (no parameters, one handler) goes
 * straight to that handler: the router's matching and per-request composition were about 3 % of the CPU of a
 * platform callback. Anything else (another method, a path the router matches loosely: other case, trailing
 * slash) falls through to the router itself, so what is answered does not change.
 */
export function exactRoutes(router: Router): Middleware {
  // By method, then path: no key string is built per request.
  const routes = new Map<string, Map<string, Middleware | null>>();
  // Middleware added with router.use() must see every request: then nothing goes past the router.
  if (router.stack.some((layer) => layer.methods.length === 0)) return (_ctx, next) => next();
  for (const layer of router.stack) {
    const plain = typeof layer.path === 'string' && layer.paramNames.length === 0 && layer.stack.length === 1;
    for (const method of layer.methods) {
      const path = String(layer.path);
      let paths = routes.get(method);
      if (!paths) routes.set(method, (paths = new Map()));
      // A path and method claimed twice runs through the router, which calls both in order.
      paths.set(path, plain && !paths.has(path) ? (layer.stack[0] as Middleware) : null);
    }
  }
  return (ctx, next) => {
    const handler = routes.get(ctx.method)?.get(ctx.path);
    return handler ? handler(ctx, next) : next();
  };
}

export function createApp(deps: AppDeps): Koa {
  const app = new Koa();
  app.proxy = false;
  const limit = `${deps.bodyLimitKb}kb`;
  app.use(errorFunnel(deps.log));
  // Callbacks that read their own body come first: they need neither the body parser nor the /api policy.
  const callbacks = new Router();
  for (const p of deps.platforms ?? []) p.mountRaw?.(callbacks, deps.bodyLimitKb * 1024);
  app.use(exactRoutes(callbacks));
  app.use(callbacks.routes()).use(callbacks.allowedMethods());
  app.use(loopbackPolicy(deps.trustLoopback ?? true));
  app.use(
    bodyParser({
      enableTypes: ['json', 'form', 'text', 'xml'],
      jsonLimit: limit,
      formLimit: limit,
      textLimit: limit,
      xmlLimit: limit,
      onError: (err) => {
        const e = err as Error & { status?: number };
        throw new HttpError(e.status === 413 ? 413 : 400, e.status === 413 ? `request body larger than ${limit}` : 'request body is not valid');
      },
    }),
  );

  const open = new Router();
  open.get('/healthz', (ctx) => {
    ctx.body = { ok: true, store: deps.storeKind, ...deps.health?.() };
  });
  for (const p of deps.platforms ?? []) p.mount(open);
  app.use(open.routes()).use(open.allowedMethods());

  const api = new Router();
  api.use('/api', requireAdmin(deps.adminToken));
  simulateRoute(api, deps.route, deps.now ?? (() => new Date()));
  for (const mount of deps.api ?? []) mount(api);
  api.all('/api/{*rest}', () => {
    throw new HttpError(404, 'no such API route');
  });
  app.use(api.routes()).use(api.allowedMethods());

  const pages = new Router();
  for (const mount of deps.pages ?? []) mount(pages);
  app.use(pages.routes()).use(pages.allowedMethods());
  return app;
}
