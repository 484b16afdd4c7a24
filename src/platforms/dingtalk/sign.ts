// DingTalk's one signature formula, used twice: the app robot's HTTP callback headers
// (https://open.dingtalk.com/document/isvapp/receive-message) and the custom robot's URL sign
// (https://open.dingtalk.com/document/robots/customize-robot-security-settings).
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** DingTalk accepts a timestamp within one hour of its own clock, either way. */
export const SIGN_WINDOW_MS = 60 * 60 * 1000;

/** Base64(HmacSHA256(key = secret, data = timestamp + "\n" + secret)), not URL-encoded. */
export function sign(secret: string, timestamp: string | number): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${secret}`, 'utf8').digest('base64');
}

export type CallbackCheck = 'ok' | 'missing' | 'bad-timestamp' | 'stale' | 'bad-sign';

/**
 * Check the `timestamp` and `sign` headers of an HTTP-mode callback before its body is trusted.
 * The comparison is timing-safe; hashing both sides first keeps unequal lengths from leaking too.
 */
export function checkCallback(headers: { timestamp?: string; sign?: string }, secret: string, nowMs: number): CallbackCheck {
  const { timestamp, sign: given } = headers;
  if (!timestamp || !given) return 'missing';
  if (!/^\d{10,16}$/.test(timestamp)) return 'bad-timestamp';
  if (Math.abs(nowMs - Number(timestamp)) > SIGN_WINDOW_MS) return 'stale';
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(sign(secret, timestamp))) ? 'ok' : 'bad-sign';
}

/**
 * The custom robot URL with a fresh `timestamp` and `sign`. URLSearchParams percent-encodes the
 * Base64 (+ / =) exactly once; encoding it by hand as well is the classic "sign not match".
 */
export function signedUrl(url: string, secret: string | undefined, nowMs: number): string {
  const u = new URL(url);
  if (!secret) return u.toString();
  const timestamp = String(nowMs);
  u.searchParams.set('timestamp', timestamp);
  u.searchParams.set('sign', sign(secret, timestamp));
  return u.toString();
}
