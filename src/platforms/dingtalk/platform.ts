// The DingTalk platform module: app robot messages in (HTTP callback or Stream), replies out
// (sessionWebhook or OpenAPI), bulletins out (custom group robot webhooks).
import type Router from '@koa/router';
import type { HandleInbound, PlatformLogger, PlatformModule, PlatformStore } from '../types.js';
import { mountCallback } from './callback.js';
import { InboundPipeline } from './inbound.js';
import { MAX_BODY_BYTES } from './encode.js';
import { DingtalkOpenApi } from './openapi.js';
import { Replier } from './reply.js';
import { DingtalkStream, type BackoffPolicy } from './stream.js';
import { CustomRobotSender, type CustomRobotOptions } from './webhook.js';

export interface DingtalkOptions {
  mode: 'off' | 'http' | 'stream';
  /** Signs HTTP-mode callbacks; without it the callback route is not mounted. */
  appSecret?: string;
  /** AppKey / AppSecret: Stream mode and the OpenAPI reply path. */
  clientId?: string;
  clientSecret?: string;
  robotCode?: string;
  /** DINGTALK_API_BASE: the host sessionWebhooks must live on. */
  apiBase: string;
  /** DINGTALK_OPENAPI_BASE: access token, group messages, the Stream gateway. */
  openApiBase: string;
  /** The robot's display name, stripped when a message still starts with "@name". */
  botName?: string;
  store: PlatformStore;
  handle: HandleInbound;
  log: PlatformLogger;
  now: () => Date;
  robot?: Omit<CustomRobotOptions, 'log'>;
  stream?: { backoff?: BackoffPolicy; random?: () => number; heartbeatMs?: number; onReconnectScheduled?: (delayMs: number, attempt: number) => void };
}

/**
 * Content bytes a composer can count on fitting one message. The 20000-byte limit is for the
 * whole JSON body, so room is left for the envelope, the title, @-lists and escaped newlines.
 */
export const CONTENT_LIMIT_BYTES = MAX_BODY_BYTES - 2_000;

export function createDingtalk(opts: DingtalkOptions): PlatformModule {
  const { log, now } = opts;
  const openApiBase = opts.openApiBase.replace(/\/+$/, '');
  const appKeySecret = opts.clientSecret ?? opts.appSecret;
  const openApi =
    opts.clientId && appKeySecret
      ? new DingtalkOpenApi({ base: openApiBase, appKey: opts.clientId, appSecret: appKeySecret, robotCode: opts.robotCode ?? opts.clientId })
      : undefined;
  const replier = new Replier({ log, webhookHost: new URL(opts.apiBase).hostname, now, ...(openApi ? { openApi } : {}) });
  const pipeline = new InboundPipeline({ store: opts.store, handle: opts.handle, replier, log, now, ...(opts.botName ? { botName: opts.botName } : {}) });
  const sender = new CustomRobotSender({ log, ...opts.robot });
  const stream =
    opts.mode === 'stream' && opts.clientId && opts.clientSecret
      ? new DingtalkStream({
          clientId: opts.clientId,
          clientSecret: opts.clientSecret,
          gatewayUrl: `${openApiBase}/v1.0/gateway/connections/open`,
          onMessage: (raw) => pipeline.accept(raw),
          log,
          ...opts.stream,
        })
      : undefined;

  return {
    name: 'dingtalk',
    mount(router: Router) {
      if (opts.mode === 'http' && opts.appSecret) mountCallback(router, { appSecret: opts.appSecret, pipeline, log, now });
    },
    async start() {
      await stream?.start();
    },
    async stop() {
      await stream?.stop();
      await pipeline.drain();
    },
    post: (target, msg) => sender.post(target, msg),
    limit: () => CONTENT_LIMIT_BYTES,
  };
}
