// WeCom callback cryptography (加解密方案): SHA-1 signature over the sorted token/timestamp/nonce/ciphertext,
// AES-256-CBC with the receive id appended to the plaintext. @wecom/crypto does the cipher; this file adds
// what it leaves out: a timing-safe signature check before any decryption, and the receive-id check.
// https://developer.work.weixin.qq.com/document/path/91144 (self-built app copy: path/90968)
// AI bot: https://developer.work.weixin.qq.com/document/path/101033 (receive id is the empty string)
import { randomFillSync, timingSafeEqual } from 'node:crypto';
import { decrypt, encrypt, getSignature } from '@wecom/crypto';

/** A callback that must be refused; `status` is what the HTTP route answers. */
export class CallbackError extends Error {
  constructor(
    readonly status: 400 | 401 | 413,
    message: string,
  ) {
    super(message);
    this.name = 'CallbackError';
  }
}

// A reply takes 28 random bytes in three pieces (AES block random, nonce, stream id). One call into the
// system generator per piece showed in the profile of every callback, so pieces are cut from a 4 KiB draw.
const pool = Buffer.alloc(4096);
let drawn = pool.length;

/** `n` (≤ 4096) cryptographically random bytes, copied out of a pooled draw. */
export function randomPart(n: number): Buffer {
  if (drawn + n > pool.length) {
    randomFillSync(pool);
    drawn = 0;
  }
  const out = Buffer.from(pool.subarray(drawn, drawn + n));
  drawn += n;
  return out;
}

export interface Sealed {
  encrypt: string;
  signature: string;
  timestamp: string;
  nonce: string;
}

export class WecomCipher {
  constructor(
    private readonly token: string,
    private readonly aesKey: string,
    /** CorpID for a self-built app, "" for an AI bot. */
    private readonly receiveId: string,
  ) {
    if (Buffer.from(`${aesKey}=`, 'base64').length !== 32) throw new Error('WeCom EncodingAESKey must decode to 32 bytes');
  }

  /** Constant-time comparison of the expected and the given signature; both are 40 hex chars when valid. */
  verify(signature: string, timestamp: string, nonce: string, ciphertext: string): boolean {
    const expected = Buffer.from(getSignature(this.token, timestamp, nonce, ciphertext), 'utf8');
    const given = Buffer.from(signature.toLowerCase(), 'utf8');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  /**
   * Verify, then decrypt, then check the receive id. A wrong key decrypts to garbage without an error,
   * so the signature check must come first: it is the actual authentication.
   */
  open(q: { signature: string; timestamp: string; nonce: string }, ciphertext: string): string {
    if (!q.signature || !q.timestamp || !q.nonce || !ciphertext) throw new CallbackError(400, 'missing signature parameters or ciphertext');
    if (!this.verify(q.signature, q.timestamp, q.nonce, ciphertext)) throw new CallbackError(401, 'signature mismatch');
    let plain: { message: string; id: string };
    try {
      plain = decrypt(this.aesKey, ciphertext);
    } catch {
      throw new CallbackError(400, 'ciphertext does not decrypt');
    }
    if (plain.id !== this.receiveId) throw new CallbackError(401, 'receive id mismatch');
    return plain.message;
  }

  /** Encrypt and sign a passive reply. `random` is only given by tests reproducing official vectors. */
  seal(message: string, timestamp = String(Math.floor(Date.now() / 1000)), nonce = String(randomPart(4).readUInt32BE()), random?: Buffer): Sealed {
    const ciphertext = encrypt(this.aesKey, message, this.receiveId, random ?? randomPart(16));
    return { encrypt: ciphertext, signature: getSignature(this.token, timestamp, nonce, ciphertext), timestamp, nonce };
  }
}

/**
 * Refuse a message whose timestamp is further than `windowMs` from now. Inside the window, the message-id
 * dedupe (kept longer than the window) stops replays; outside it, this does. WeCom documents no limit, only
 * that a nonce is not reused within two hours (https://developer.work.weixin.qq.com/document/path/101033).
 */
export function checkFresh(timestamp: string, now: Date, windowMs: number): void {
  if (!timestamp) return;
  const seconds = /^\d{1,12}$/.test(timestamp) ? Number(timestamp) : NaN;
  if (!(Math.abs(now.getTime() - seconds * 1000) <= windowMs)) throw new CallbackError(401, 'timestamp outside the replay window');
}

/**
 * Query parameters decoded with decodeURIComponent only: echostr is base64, and the form-style decoding
 * that turns '+' into a space would break both the signature and the ciphertext when a '+' arrives raw.
 */
export function signatureQuery(querystring: string): { signature: string; timestamp: string; nonce: string; echostr: string } {
  const q = { signature: '', timestamp: '', nonce: '', echostr: '' };
  // Scanned in place (no array of parts, no slice of a name or of a value not kept): this runs for every callback.
  const end = querystring.length;
  for (let start = 0; start <= end; ) {
    let amp = querystring.indexOf('&', start);
    if (amp < 0) amp = end;
    const eq = querystring.indexOf('=', start);
    if (eq > start && eq < amp) {
      const n = eq - start;
      const name =
        n === 13 && querystring.startsWith('msg_signature', start)
          ? 'signature'
          : n === 9 && querystring.startsWith('timestamp', start)
            ? 'timestamp'
            : n === 5 && querystring.startsWith('nonce', start)
              ? 'nonce'
              : n === 7 && querystring.startsWith('echostr', start)
                ? 'echostr'
                : undefined;
      // Most values hold no escape: decoding only those that do spares a call per parameter of every callback.
      // A malformed escape is refused in any parameter, kept or not.
      const escaped = querystring.indexOf('%', eq + 1);
      if (escaped >= 0 && escaped < amp) {
        let value: string;
        try {
          value = decodeURIComponent(querystring.slice(eq + 1, amp));
        } catch {
          throw new CallbackError(400, 'malformed query string');
        }
        if (name) q[name] = value;
      } else if (name) q[name] = querystring.slice(eq + 1, amp);
    }
    start = amp + 1;
  }
  return q;
}
