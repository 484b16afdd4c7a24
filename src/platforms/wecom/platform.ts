// The WeCom PlatformModule: AI bot (callback and/or long connection), self-built app callback, and the
// group robot webhook sender, each present only when configured.
import type Router from '@koa/router';
import type { GroupTarget, HandleInbound, OutboundMessage, PlatformLogger, PlatformModule, PlatformStore } from '../types.js';
import { AppApi } from './api.js';
import { mountAppCallback } from './app-callback.js';
import { mountBotCallback } from './bot-callback.js';
import { WecomCipher } from './crypto.js';
import type { DispatchDeps } from './dispatch.js';
import { joinReplies, WEBHOOK_LIMITS } from './encode.js';
import { LongConnection } from './long-connection.js';
import { WebhookSender } from './webhook.js';

export interface WecomOptions {
  store: PlatformStore;
  handle: HandleInbound;
  log: PlatformLogger;
  /** Stripped from the start of @-messages. */
  botName: string;
  /** Base of every outbound API call (gettoken, message/send). */
  apiBase: string;
  /** This process's name, used in the long-connection lease. */
  instanceId: string;
  /** AI bot callback mode (GET/POST /wecom/bot). */
  bot?: { token: string; aesKey: string };
  /** AI bot long-connection mode. */
  ws?: { url: string; botId: string; secret: string };
  /** Self-built app callback (GET/POST /wecom/app); secret + agentId enable the message API. */
  app?: { corpId: string; token: string; aesKey: string; secret?: string; agentId?: string };
  /** Clock for messages that carry no send time. */
  now?: () => Date;
  timing?: {
    /** How long a callback waits for the reply before answering empty and replying later (default 3 s of WeCom's 5). */
    replyDeadlineMs?: number;
    dedupeTtlMs?: number;
    /** Callback bodies above this are refused with 413. */
    maxBodyBytes?: number;
    /** Callbacks timestamped further than this from now are refused; must stay below dedupeTtlMs. */
    replayWindowMs?: number;
    webhookSpacingMs?: number;
    webhookRateLimitWaitMs?: number;
    leaseTtlMs?: number;
    heartbeatMs?: number;
    reconnectBaseMs?: number;
    reconnectMaxMs?: number;
  };
}

export interface WecomPlatform extends PlatformModule {
  /** The long connection, when configured (for health and tests). */
  readonly connection?: LongConnection;
}

export function createWecomPlatform(o: WecomOptions): WecomPlatform {
  const t = o.timing ?? {};
  const now = o.now ?? (() => new Date());
  const maxBodyBytes = t.maxBodyBytes ?? 64 * 1024;
  const replayWindowMs = t.replayWindowMs ?? 24 * 3600_000;
  const dispatchDeps: DispatchDeps = {
    store: o.store,
    handle: o.handle,
    log: o.log,
    dedupeTtlMs: t.dedupeTtlMs ?? 48 * 3600_000,
    replyDeadlineMs: t.replyDeadlineMs ?? 3_000,
  };
  const api =
    o.app?.secret && o.app.agentId
      ? new AppApi({ apiBase: o.apiBase, corpId: o.app.corpId, secret: o.app.secret, agentId: o.app.agentId, log: o.log })
      : undefined;

  // Replies marked private cannot go into the group the AI bot answers in; only the app can reach one member.
  const sendPersonal = async (userId: string, replies: OutboundMessage[]) => {
    if (!api) {
      o.log.warn({ userId, count: replies.length }, 'private reply not delivered: the WeCom app message API is not configured');
      return;
    }
    await api.sendText(userId, joinReplies(replies)).catch((err: unknown) => o.log.error({ userId, err }, 'wecom private reply failed'));
  };

  const webhook = new WebhookSender({
    log: o.log,
    ...(t.webhookSpacingMs !== undefined ? { spacingMs: t.webhookSpacingMs } : {}),
    ...(t.webhookRateLimitWaitMs !== undefined ? { rateLimitWaitMs: t.webhookRateLimitWaitMs } : {}),
  });

  const connection = o.ws
    ? new LongConnection({
        ...o.ws,
        owner: o.instanceId,
        store: o.store,
        handle: o.handle,
        log: o.log,
        botName: o.botName,
        now,
        dedupeTtlMs: dispatchDeps.dedupeTtlMs,
        sendPersonal,
        ...(t.leaseTtlMs !== undefined ? { leaseTtlMs: t.leaseTtlMs } : {}),
        ...(t.heartbeatMs !== undefined ? { heartbeatMs: t.heartbeatMs } : {}),
        ...(t.reconnectBaseMs !== undefined ? { reconnectBaseMs: t.reconnectBaseMs } : {}),
        ...(t.reconnectMaxMs !== undefined ? { reconnectMaxMs: t.reconnectMaxMs } : {}),
      })
    : undefined;

  // Built now, not in mount(), so a malformed EncodingAESKey stops the start-up.
  const botCipher = o.bot ? new WecomCipher(o.bot.token, o.bot.aesKey, '') : undefined;
  const appCipher = o.app ? new WecomCipher(o.app.token, o.app.aesKey, o.app.corpId) : undefined;

  return {
    name: 'wecom',
    ...(connection ? { connection } : {}),
    // WeCom's envelopes are read as text by the callbacks themselves (their content type is not documented),
    // so they skip the app's body parser: parsing the JSON there only for the callback to read it again was
    // about 5 % of the CPU time of a callback.
    mount() {},
    mountRaw(router: Router, appMaxBodyBytes: number) {
      const limit = Math.min(maxBodyBytes, appMaxBodyBytes);
      if (botCipher) {
        mountBotCallback(router, { cipher: botCipher, botName: o.botName, dispatch: dispatchDeps, log: o.log, now, maxBodyBytes: limit, replayWindowMs, sendPersonal });
      }
      if (o.app && appCipher) {
        mountAppCallback(router, {
          cipher: appCipher,
          corpId: o.app.corpId,
          botName: o.botName,
          dispatch: dispatchDeps,
          log: o.log,
          now,
          maxBodyBytes: limit,
          replayWindowMs,
          ...(api ? { api } : {}),
        });
      }
    },
    async start() {
      await connection?.start();
    },
    async stop() {
      await connection?.stop();
    },
    post: (target: GroupTarget, msg: OutboundMessage) => webhook.post(target, msg),
    limit: (format) => WEBHOOK_LIMITS[format],
  };
}
