// WeCom callback cryptography (加解密方案): SHA-1 signature over the sorted token/timestamp/nonce/ciphertext,
// AES-256-CBC (IV = the key's first 16 bytes, PKCS#7 to 32-byte blocks) of random(16) · length(4) · message ·
// receive id. @wecom/crypto signs; the cipher is done here with the key decoded once (the library decodes it
// and copies the message through three buffers on every call, which showed in the callback profile) and is
// checked byte for byte against the official vectors and the library. This file also adds what the library
// leaves out: a timing-safe signature check before any decryption, and the receive-id check.
// https://developer.work.weixin.qq.com/document/path/91144 (self-built app copy: path/90968)
// AI bot: https://developer.work.weixin.qq.com/document/path/101033 (receive id is the empty string)
import { createCipheriv, createDecipheriv, randomFillSync, timingSafeEqual } from 'node:crypto';
import { getSignature } from '@wecom/crypto';

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
  private readonly key: Buffer;
  private readonly iv: Buffer;
  private readonly id: Buffer;

  constructor(
    private readonly token: string,
    aesKey: string,
    /** CorpID for a self-built app, "" for an AI bot. */
    private readonly receiveId: string,
  ) {
    this.key = Buffer.from(`${aesKey}=`, 'base64');
    if (this.key.length !== 32) throw new Error('WeCom EncodingAESKey must decode to 32 bytes');
    this.iv = this.key.subarray(0, 16);
    this.id = Buffer.from(receiveId, 'utf8');
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
    let plain: Buffer;
    let length: number;
    try {
      const decipher = createDecipheriv('aes-256-cbc', this.key, this.iv).setAutoPadding(false);
      plain = Buffer.concat([decipher.update(ciphertext, 'base64'), decipher.final()]);
      // Padding outside 1–32 is left in place, as @wecom/crypto does; the receive id then cannot match.
      const pad = plain[plain.length - 1]!;
      if (pad >= 1 && pad <= 32) plain = plain.subarray(0, plain.length - pad);
      length = plain.readUInt32BE(16);
    } catch {
      throw new CallbackError(400, 'ciphertext does not decrypt');
    }
    if (plain.toString('utf8', 20 + length) !== this.receiveId) throw new CallbackError(401, 'receive id mismatch');
    return plain.toString('utf8', 20, 20 + length);
  }

  /** Encrypt and sign a passive reply. `random` is only given by tests reproducing official vectors. */
  seal(message: string, timestamp = String(Math.floor(Date.now() / 1000)), nonce = String(randomPart(4).readUInt32BE()), random?: Buffer): Sealed {
    const size = Buffer.byteLength(message, 'utf8');
    const end = 20 + size + this.id.length;
    const pad = 32 - (end % 32);
    const plain = Buffer.allocUnsafe(end + pad);
    (random ?? randomPart(16)).copy(plain, 0, 0, 16);
    plain.writeUInt32BE(size, 16);
    plain.write(message, 20, 'utf8');
    this.id.copy(plain, 20 + size);
    plain.fill(pad, end);
    const cipher = createCipheriv('aes-256-cbc', this.key, this.iv).setAutoPadding(false);
    const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]).toString('base64');
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
  for (const part of querystring.split('&')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    let value = part.slice(eq + 1);
    // Most values hold no escape: decoding only those that do spares a call per parameter of every callback.
    if (value.includes('%')) {
      try {
        value = decodeURIComponent(value);
      } catch {
        throw new CallbackError(400, 'malformed query string');
      }
    }
    const name = part.slice(0, eq);
    if (name === 'msg_signature') q.signature = value;
    else if (name === 'timestamp' || name === 'nonce' || name === 'echostr') q[name] = value;
  }
  return q;
}
