// Reading callback requests: the raw body (bounded), the JSON or XML envelope, and the signature query.
import type { Context } from 'koa';
import { CallbackError, signatureQuery } from './crypto.js';

/** The request body as text, refused with 413 above `maxBytes`. The app's body parser has already read it. */
export function rawBody(ctx: Context, maxBytes: number): string {
  const req = ctx.request as { rawBody?: unknown; body?: unknown };
  const raw = typeof req.rawBody === 'string' ? req.rawBody : typeof req.body === 'string' ? req.body : '';
  if (Buffer.byteLength(raw, 'utf8') > maxBytes) throw new CallbackError(413, `callback body larger than ${maxBytes} bytes`);
  if (!raw) throw new CallbackError(400, 'empty callback body');
  return raw;
}

/** The `encrypt` field of an AI-bot callback body, `{"encrypt": "…"}`. */
export function jsonEnvelope(raw: string): string {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new CallbackError(400, 'callback body is not JSON');
  }
  const encrypt = body && typeof body === 'object' ? (body as { encrypt?: unknown }).encrypt : undefined;
  if (typeof encrypt !== 'string' || !encrypt) throw new CallbackError(400, 'callback body has no encrypt field');
  return encrypt;
}

export const query = (ctx: Context) => signatureQuery(ctx.querystring);
