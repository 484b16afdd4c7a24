// Reading callback requests: the raw body (bounded), the JSON or XML envelope, and the signature query.
import type { IncomingMessage } from 'node:http';
import type { Context } from 'koa';
import { CallbackError, signatureQuery } from './crypto.js';

const empty = () => new CallbackError(400, 'empty callback body');
const tooLarge = (maxBytes: number) => new CallbackError(413, `callback body larger than ${maxBytes} bytes`);

/**
 * Read the request body, stopping above `maxBytes`: a declared length above it is refused unread, a
 * stream that runs past it is cut off, and an empty one is refused. Plain listeners, left on the request
 * when done (a settled promise ignores the rest): an async iterator cost more, and this runs for every callback.
 */
function readStream(req: IncomingMessage, maxBytes: number): Promise<string> {
  if (Number(req.headers['content-length']) > maxBytes) return Promise.reject(tooLarge(maxBytes));
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size > maxBytes) return;
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      fail(tooLarge(maxBytes));
      req.destroy();
    });
    req.on('end', () => (size ? ok((chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)).toString('utf8')) : fail(empty())));
    req.on('error', fail);
    // 'close' follows 'end' too: only a request cut short is an error (building one costs a stack trace).
    req.on('close', () => req.complete || fail(new CallbackError(400, 'callback body ended before it was complete')));
  });
}

/**
 * The request body as text, refused with 413 above `maxBytes`. The callbacks are routed ahead of the app's
 * body parser (WeCom's content type is not documented), so the body is read here.
 */
export function rawBody(ctx: Context, maxBytes: number): Promise<string> {
  // Not an async function around readStream: one promise per callback, not two.
  return ctx.req.readableEnded ? Promise.reject(empty()) : readStream(ctx.req, maxBytes);
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

export const JSON_TYPE = 'application/json; charset=utf-8';
export const XML_TYPE = 'application/xml';
/** An acknowledgement: 200 with an empty text body. */
export const EMPTY = 'text/plain; charset=utf-8';

/**
 * Answer 200 with `body` of the given full content type. Setting the header directly spares Koa's
 * content-type lookup, which showed in the profile of every callback.
 */
export function answer(ctx: Context, type: string, body = ''): void {
  // Straight to the response, not through the context's delegates; the body (never null here) sets status 200.
  const res = ctx.response;
  res.set('Content-Type', type);
  res.body = body;
}
