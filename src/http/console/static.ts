// The console's stylesheet and script, served from memory. The folder is read once and a request can
// only name one of those files, so ../, encoded slashes and the like find nothing: there is no path to walk.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type Router from '@koa/router';

const TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
};
const NAME = /^[a-z0-9][a-z0-9-]*\.(css|js|svg)$/;

export const STATIC_DIR = fileURLToPath(new URL('./static/', import.meta.url));

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

export function loadAssets(dir = STATIC_DIR): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const name of readdirSync(dir)) {
    const ext = NAME.exec(name)?.[1];
    if (!ext) continue;
    const body = readFileSync(`${dir}/${name}`);
    assets.set(name, { body, type: TYPES[ext]!, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"` });
  }
  return assets;
}

export function staticRoutes(router: Router, assets = loadAssets()): void {
  router.get('/static/:file', (ctx) => {
    const name = ctx.params.file ?? '';
    const asset = NAME.test(name) ? assets.get(name) : undefined;
    if (!asset) {
      ctx.status = 404;
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = 'not found';
      return;
    }
    ctx.set('x-content-type-options', 'nosniff');
    ctx.set('cache-control', 'no-cache');
    ctx.set('etag', asset.etag);
    if (ctx.get('if-none-match') === asset.etag) {
      ctx.status = 304;
      return;
    }
    ctx.type = asset.type;
    ctx.body = asset.body;
  });
}
