// Reading callback requests: the raw body (bounded), the JSON or XML envelope, and the signature query.
import type { Context } from 'koa';
import { CallbackError, signatureQuery } from './crypto.js';

/** Read a body the app's parser left alone (a content type it does not handle), stopping above `maxBytes`. */
async function readStream(ctx: Context, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new CallbackError(413, `callback body larger than ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The request body as text, refused with 413 above `maxBytes`. The app's body parser has read JSON, text
 * and XML already; WeCom's content type is not documented, so anything else is read here.
 */
export async function rawBody(ctx: Context, maxBytes: number): Promise<string> {
  const req = ctx.request as { rawBody?: unknown; body?: unknown };
  const parsed = typeof req.rawBody === 'string' ? req.rawBody : typeof req.body === 'string' ? req.body : undefined;
  const raw = parsed ?? (ctx.req.readableEnded ? '' : await readStream(ctx, maxBytes));
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
