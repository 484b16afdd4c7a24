// HTTP mode: POST /dingtalk/callback, the app robot's message receive URL.
// https://open.dingtalk.com/document/isvapp/receive-message
import type Router from '@koa/router';
import type { PlatformLogger } from '../types.js';
import type { InboundPipeline } from './inbound.js';
import { checkCallback } from './sign.js';

export const CALLBACK_PATH = '/dingtalk/callback';

export interface CallbackOptions {
  appSecret: string;
  pipeline: InboundPipeline;
  log: PlatformLogger;
  now: () => Date;
}

export function mountCallback(router: Router, opts: CallbackOptions): void {
  router.post(CALLBACK_PATH, async (ctx) => {
    // The headers are checked before anything in the body is believed or stored.
    const check = checkCallback({ timestamp: ctx.get('timestamp'), sign: ctx.get('sign') }, opts.appSecret, opts.now().getTime());
    if (check !== 'ok') {
      opts.log.warn({ platform: 'dingtalk', reason: check, ip: ctx.ip }, 'dingtalk callback refused');
      ctx.status = 401;
      ctx.body = { error: `callback signature check failed (${check})` };
      return;
    }
    const result = await opts.pipeline.accept(ctx.request.body, { handled: true });
    if (result.status === 'invalid') {
      ctx.status = 400;
      ctx.body = { error: 'not a robot message', details: result.problem };
      return;
    }
    // Answer at once with an empty body; the reply goes out through sessionWebhook or the OpenAPI.
    ctx.status = 200;
    ctx.body = {};
  });
}
