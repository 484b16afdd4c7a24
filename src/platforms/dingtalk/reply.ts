// Answers to an inbound message: through its sessionWebhook while that lives, else through the
// app robot's OpenAPI. https://open-dingtalk.github.io/developerpedia/docs/learn/bot/appbot/reply
import type { OutboundMessage, PlatformLogger } from '../types.js';
import type { ReplyContext } from './decode.js';
import { DingtalkApiError, expectErrcodeZero, requestJson } from './http.js';
import { robotMessages, type RobotMessage } from './encode.js';
import type { DingtalkOpenApi } from './openapi.js';

export interface ReplierOptions {
  log: PlatformLogger;
  /** Absent when no AppKey/AppSecret are configured: then only sessionWebhook replies work. */
  openApi?: DingtalkOpenApi;
  /** sessionWebhook must live on this host (DINGTALK_API_BASE's); see trustedWebhook. */
  webhookHost: string;
  now: () => Date;
}

/** Keep this much of a sessionWebhook's life unused: a request in flight must not outlive it. */
const EXPIRY_MARGIN_MS = 5_000;

export class Replier {
  constructor(private readonly opts: ReplierOptions) {}

  /**
   * The sign of an HTTP callback covers only the timestamp, not the body, so a replayed request
   * could carry any sessionWebhook. Posting only to DingTalk's own host keeps the bot from being
   * used to call arbitrary URLs.
   */
  trustedWebhook(ctx: ReplyContext): string | null {
    if (!ctx.sessionWebhook) return null;
    try {
      const u = new URL(ctx.sessionWebhook);
      return u.hostname === this.opts.webhookHost && (u.protocol === 'https:' || u.protocol === 'http:') ? u.toString() : null;
    } catch {
      return null;
    }
  }

  /** Send every reply (all parts, in order). Throws the first failure; the caller logs it. */
  async send(ctx: ReplyContext, replies: OutboundMessage[]): Promise<number> {
    let sent = 0;
    for (const reply of replies) {
      for (const part of robotMessages(reply)) {
        await this.sendPart(ctx, part, reply.private === true);
        sent++;
      }
    }
    return sent;
  }

  private async sendPart(ctx: ReplyContext, part: RobotMessage, privately: boolean): Promise<void> {
    const webhook = privately && ctx.chatType === 'group' ? null : this.trustedWebhook(ctx);
    const alive = webhook && (ctx.sessionWebhookExpiresAt ?? 0) - EXPIRY_MARGIN_MS > this.opts.now().getTime();
    if (webhook && alive) {
      try {
        // https://open.dingtalk.com/document/dingstart/robot-reply-and-send-messages
        expectErrcodeZero('sessionWebhook', await requestJson('sessionWebhook', webhook, { body: part }));
        return;
      } catch (err) {
        if (!this.opts.openApi) throw err;
        this.opts.log.warn({ messageId: ctx.messageId, reason: (err as Error).message }, 'dingtalk sessionWebhook failed; trying the OpenAPI');
      }
    }
    const api = this.opts.openApi;
    if (!api) {
      throw new DingtalkApiError('reply', 0, undefined, 'sessionWebhook expired or missing and DINGTALK_CLIENT_ID/DINGTALK_CLIENT_SECRET are not set');
    }
    if (ctx.chatType === 'group' && ctx.conversationId && !privately) await api.sendGroup(ctx.conversationId, part, ctx.robotCode);
    else await api.sendPrivate([ctx.senderId], part, ctx.robotCode);
  }
}
