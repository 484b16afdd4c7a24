// The app robot's OpenAPI: the reply path once a sessionWebhook has expired, and one-to-one sends.
import { DingtalkApiError, requestJson } from './http.js';
import type { RobotMessage } from './encode.js';

export interface OpenApiOptions {
  /** DINGTALK_OPENAPI_BASE, e.g. https://api.dingtalk.com */
  base: string;
  appKey: string;
  appSecret: string;
  /** robotCode of the app robot; a message's own robotCode wins when it has one. */
  robotCode: string;
  now?: () => number;
}

/** Renew this long before DingTalk's stated expiry (7200 s), so a send never races it. */
const TOKEN_MARGIN_MS = 5 * 60 * 1000;

/**
 * Robot message → OpenAPI msgKey/msgParam (msgParam is a JSON string). OpenAPI sends cannot @, so
 * the "@userId" line added for at.atUserIds would only show raw ids: it is dropped.
 */
export function toMsgParam(m: RobotMessage): { msgKey: string; msgParam: string } {
  const ids = m.at?.atUserIds ?? [];
  const suffix = ids.length ? `\n${ids.map((id) => `@${id}`).join(' ')}` : '';
  const strip = (s: string) => (suffix && s.endsWith(suffix) ? s.slice(0, -suffix.length) : s);
  if (m.msgtype === 'markdown' && m.markdown) {
    return { msgKey: 'sampleMarkdown', msgParam: JSON.stringify({ title: m.markdown.title, text: strip(m.markdown.text) }) };
  }
  return { msgKey: 'sampleText', msgParam: JSON.stringify({ content: strip(m.text?.content ?? '') }) };
}

export class DingtalkOpenApi {
  private token: { value: string; expiresAt: number } | null = null;
  private pending: Promise<string> | null = null;
  private readonly now: () => number;

  constructor(private readonly opts: OpenApiOptions) {
    this.now = opts.now ?? Date.now;
  }

  /** Cached app access token; concurrent callers share one request. */
  async accessToken(): Promise<string> {
    if (this.token && this.now() < this.token.expiresAt) return this.token.value;
    this.pending ??= this.fetchToken().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  // https://open.dingtalk.com/document/orgapp/obtain-the-access_token-of-an-internal-app
  private async fetchToken(): Promise<string> {
    const res = await requestJson('oauth2/accessToken', `${this.opts.base}/v1.0/oauth2/accessToken`, {
      body: { appKey: this.opts.appKey, appSecret: this.opts.appSecret },
    });
    const { accessToken, expireIn } = res.body;
    if (res.status !== 200 || typeof accessToken !== 'string' || !accessToken) throw openApiError('oauth2/accessToken', res);
    const seconds = typeof expireIn === 'number' && expireIn > 0 ? expireIn : 7200;
    this.token = { value: accessToken, expiresAt: this.now() + Math.max(seconds * 1000 - TOKEN_MARGIN_MS, 60_000) };
    return accessToken;
  }

  // https://open.dingtalk.com/document/orgapp/the-robot-sends-a-group-message
  async sendGroup(conversationId: string, m: RobotMessage, robotCode?: string): Promise<void> {
    await this.call('robot/groupMessages/send', { robotCode: robotCode ?? this.opts.robotCode, openConversationId: conversationId, ...toMsgParam(m) });
  }

  // https://open.dingtalk.com/document/orgapp/chatbots-send-one-on-one-chat-messages-in-batches
  async sendPrivate(userIds: string[], m: RobotMessage, robotCode?: string): Promise<void> {
    await this.call('robot/oToMessages/batchSend', { robotCode: robotCode ?? this.opts.robotCode, userIds, ...toMsgParam(m) });
  }

  /** POST with the token; a rejected token is renewed once, since DingTalk may revoke it early. */
  private async call(api: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
    for (let attempt = 0; ; attempt++) {
      const token = await this.accessToken();
      const res = await requestJson(api, `${this.opts.base}/v1.0/${api}`, { body, headers: { 'x-acs-dingtalk-access-token': token } });
      if (res.status === 200) return res.body;
      if (res.status === 401 && attempt === 0) {
        this.token = null;
        continue;
      }
      throw openApiError(api, res);
    }
  }
}

function openApiError(api: string, res: { status: number; body: Record<string, unknown> }): DingtalkApiError {
  const code = typeof res.body.code === 'string' ? res.body.code : undefined;
  const message = typeof res.body.message === 'string' ? res.body.message : 'unexpected answer';
  return new DingtalkApiError(api, res.status, code, message);
}
