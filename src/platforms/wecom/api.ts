// Outbound WeCom API calls for replies that miss the passive-reply deadline.
// Every base URL comes from configuration (WECOM_API_BASE) or from the message itself (response_url),
// so tests point them at a real HTTP server on 127.0.0.1.
import { splitLines, type PlatformLogger } from '../types.js';

/** WeCom answered with errcode ≠ 0 (or not at all); carries the errcode so callers can decide. */
export class WecomApiError extends Error {
  constructor(
    readonly api: string,
    readonly errcode: number,
    errmsg: string,
  ) {
    super(`WeCom ${api} failed: errcode ${errcode}: ${errmsg}`);
    this.name = 'WecomApiError';
  }
}

/** POST JSON, expect WeCom's {errcode, errmsg}; errcode ≠ 0 is an error even with HTTP 200. */
export async function callJson(api: string, url: string, body?: object, timeoutMs = 10_000): Promise<Record<string, unknown>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: body ? 'POST' : 'GET',
      ...(body ? { headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    throw new WecomApiError(api, -1, `request failed: ${(err as Error).message}`);
  }
  const text = await res.text().catch(() => '');
  if (!res.ok) throw new WecomApiError(api, -1, `HTTP ${res.status}`);
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new WecomApiError(api, -1, 'answer is not JSON');
  }
  const errcode = typeof parsed.errcode === 'number' ? parsed.errcode : 0;
  if (errcode !== 0) throw new WecomApiError(api, errcode, String(parsed.errmsg ?? ''));
  return parsed;
}

/** base + path, keeping any path prefix of the base (a proxy in front of qyapi). */
export function endpoint(base: string, path: string, query: Record<string, string>): string {
  const url = new URL(base.replace(/\/+$/, '') + path);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return url.href;
}

/** AI bot one-shot reply: usable once, for one hour, markdown ≤ 20480 bytes. https://developer.work.weixin.qq.com/document/path/101138 */
export async function postResponseUrl(responseUrl: string, markdown: string): Promise<void> {
  const content = splitLines(markdown, 20_480)[0] ?? markdown;
  await callJson('aibot response_url', responseUrl, { msgtype: 'markdown', markdown: { content } });
}

export interface AppApiOptions {
  apiBase: string;
  corpId: string;
  secret: string;
  agentId: string;
  log: PlatformLogger;
  now?: () => number;
}

/** Access-token errors after which a fresh token is fetched once: invalid, expired, not latest. */
const STALE_TOKEN = new Set([40001, 40014, 42001]);

/** Self-built app message API with a cached, refreshed access token. */
export class AppApi {
  private token: { value: string; expiresAt: number } | null = null;
  private pending: Promise<string> | null = null;
  private readonly now: () => number;

  constructor(private readonly opts: AppApiOptions) {
    this.now = opts.now ?? Date.now;
  }

  /** https://developer.work.weixin.qq.com/document/path/91039 (gettoken; 7200 s, refresh early). */
  private async accessToken(fresh = false): Promise<string> {
    if (!fresh && this.token && this.token.expiresAt > this.now()) return this.token.value;
    this.pending ??= (async () => {
      const got = await callJson('gettoken', endpoint(this.opts.apiBase, '/cgi-bin/gettoken', { corpid: this.opts.corpId, corpsecret: this.opts.secret }));
      const value = String(got.access_token ?? '');
      if (!value) throw new WecomApiError('gettoken', -1, 'no access_token in the answer');
      const seconds = typeof got.expires_in === 'number' ? got.expires_in : 7200;
      this.token = { value, expiresAt: this.now() + Math.max(60, seconds - 300) * 1000 };
      return value;
    })().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  /**
   * Send text to one member through the app (message/send), split to the 2048-byte text limit.
   * https://developer.work.weixin.qq.com/document/path/90236
   */
  async sendText(userId: string, text: string): Promise<number> {
    const parts = splitLines(text, 2048);
    for (const content of parts) {
      const body = { touser: userId, msgtype: 'text', agentid: Number(this.opts.agentId), text: { content } };
      await this.withToken((token) => callJson('message/send', endpoint(this.opts.apiBase, '/cgi-bin/message/send', { access_token: token }), body));
    }
    return parts.length;
  }

  private async withToken<T>(call: (token: string) => Promise<T>): Promise<T> {
    try {
      return await call(await this.accessToken());
    } catch (err) {
      if (!(err instanceof WecomApiError) || !STALE_TOKEN.has(err.errcode)) throw err;
      this.opts.log.info({ errcode: err.errcode }, 'wecom access token refused, fetching a new one');
      return call(await this.accessToken(true));
    }
  }
}
