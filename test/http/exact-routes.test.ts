// exactRoutes: a request with the exact method and path of a plain route reaches its handler without the
// router; every other request is answered by the router as before.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Router from '@koa/router';
import Koa from 'koa';
import { afterEach, describe, expect, it } from 'vitest';
import { exactRoutes } from '../../src/http/app.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

/** Serve the router with exactRoutes in front (or not); handlers report whether the router ran (it sets params). */
async function serve(build: (r: Router) => void, direct: boolean): Promise<string> {
  const router = new Router();
  build(router);
  const app = new Koa();
  if (direct) app.use(exactRoutes(router));
  app.use(router.routes()).use(router.allowedMethods());
  server = await new Promise<Server>((ok) => {
    const s = app.listen(0, '127.0.0.1', () => ok(s));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const routes = (r: Router) => {
  r.get('/cb', (ctx) => void (ctx.body = `get ${ctx.params ? 'router' : 'direct'}`));
  r.post('/cb', (ctx) => void (ctx.body = `post ${ctx.params ? 'router' : 'direct'}`));
  r.get('/item/:id', (ctx) => void (ctx.body = `item ${ctx.params.id}`));
  r.get('/twice', async (ctx, next) => {
    ctx.body = 'first';
    await next();
  });
  r.get('/twice', (ctx) => void (ctx.body = `${String(ctx.body)} second`));
};

async function answers(url: string): Promise<string[]> {
  const asks: [string, string][] = [['GET', '/cb'], ['POST', '/cb'], ['HEAD', '/cb'], ['PUT', '/cb'], ['OPTIONS', '/cb'], ['GET', '/CB'], ['POST', '/cb/'], ['GET', '/item/7'], ['GET', '/twice'], ['GET', '/none']];
  return Promise.all(
    asks.map(async ([method, path]) => {
      const r = await fetch(url + path, { method });
      return `${method} ${path} ${r.status} ${r.headers.get('allow') ?? ''} ${(await r.text()).replace(/router|direct/, '·')}`;
    }),
  );
}

describe('exactRoutes', () => {
  it('answers every request as the router alone does', async () => {
    const alone = await answers(await serve(routes, false));
    server!.close();
    expect(await answers(await serve(routes, true))).toEqual(alone);
    expect(alone).toContain('GET /twice 200  first second');
    expect(alone).toContain('PUT /cb 405 HEAD, GET, POST Method Not Allowed');
  });

  it('takes exact requests to a plain route past the router, and nothing else', async () => {
    const url = await serve(routes, true);
    expect(await (await fetch(`${url}/cb`)).text()).toBe('get direct');
    expect(await (await fetch(`${url}/cb`, { method: 'POST' })).text()).toBe('post direct');
    expect(await (await fetch(`${url}/CB`)).text()).toBe('get router');
  });

  it('sends everything through the router when it has middleware of its own', async () => {
    const url = await serve((r) => {
      r.use(async (ctx, next) => {
        ctx.set('x-seen', 'yes');
        await next();
      });
      routes(r);
    }, true);
    const res = await fetch(`${url}/cb`);
    expect(res.headers.get('x-seen')).toBe('yes');
    expect(await res.text()).toBe('get router');
  });
});
