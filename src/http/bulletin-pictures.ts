// GET /bulletin-pictures/<token>.png — the bulletin pictures DingTalk groups show (a markdown image is
// fetched from its URL by DingTalk, with no login). Open like a callback: the random token is the only key,
// so an unknown or malformed one is a plain 404 that says nothing more.
import type Router from '@koa/router';
import { PICTURE_PATH, type PictureStore } from '../bulletins/picture-store.js';
import { HttpError } from './errors.js';

export function bulletinPictureRoute(store: Pick<PictureStore, 'load'>) {
  return (router: Router) => {
    router.get(`${PICTURE_PATH}/:file`, async (ctx) => {
      const token = /^(.+)\.png$/.exec(ctx.params.file ?? '')?.[1];
      const png = token ? await store.load(token) : null;
      if (!png) throw new HttpError(404, 'no such picture');
      ctx.type = 'image/png';
      ctx.set('cache-control', 'private, max-age=604800, immutable');
      ctx.set('x-content-type-options', 'nosniff');
      ctx.set('x-robots-tag', 'noindex');
      ctx.body = png;
    });
  };
}
