// The official WeCom vectors (platforms.md A2) against WecomCipher: URL verification, POST decryption,
// byte-exact encryption with the documented random prefix, and the checks @wecom/crypto leaves to us.
import { describe, expect, it } from 'vitest';
import { CallbackError, signatureQuery, WecomCipher } from '../../../src/platforms/wecom/crypto.js';
import { parseXml } from '../../../src/platforms/wecom/xml.js';
import v from '../../fixtures/wecom/vectors.json' with { type: 'json' };
import { newAesKey } from './helpers.js';

const sets = [
  ['set 1 (Python sample)', v.set1],
  ['set 2 (doc 91144 / C++ / Go samples)', v.set2],
] as const;

function refusal(fn: () => unknown): CallbackError {
  try {
    fn();
  } catch (err) {
    if (err instanceof CallbackError) return err;
    throw err;
  }
  throw new Error('expected a CallbackError');
}

describe.each(sets)('official vectors, %s', (_name, s) => {
  const cipher = new WecomCipher(s.token, s.aesKey, s.corpId);

  it('answers URL verification with the documented echo', () => {
    const q = { signature: s.verify.msg_signature, timestamp: s.verify.timestamp, nonce: s.verify.nonce };
    expect(cipher.open(q, s.verify.echostr)).toBe(s.verify.echo);
  });

  it('decrypts the POST vector to the documented XML, and its MsgId stays exact', () => {
    const q = { signature: s.post.msg_signature, timestamp: s.post.timestamp, nonce: s.post.nonce };
    const plain = cipher.open(q, s.post.encrypt);
    expect(plain).toBe(s.post.plain);
    expect(parseXml(plain).MsgId).toBe(s === v.set2 ? '4561255354251345929' : '1456453720');
  });

  it('reproduces the official ciphertext byte for byte from the documented random prefix', () => {
    const sealed = cipher.seal(s.post.plain, s.post.timestamp, s.post.nonce, Buffer.from(s.post.random));
    expect(sealed.encrypt).toBe(s.post.encrypt);
    expect(sealed.signature).toBe(s.post.msg_signature);
    const echo = cipher.seal(s.verify.echo, s.verify.timestamp, s.verify.nonce, Buffer.from(s.verify.random));
    expect(echo.encrypt).toBe(s.verify.echostr);
    expect(echo.signature).toBe(s.verify.msg_signature);
  });

  it('refuses a signature that differs in one character with 401', () => {
    const bad = s.post.msg_signature.slice(0, -1) + (s.post.msg_signature.endsWith('0') ? '1' : '0');
    const err = refusal(() => cipher.open({ signature: bad, timestamp: s.post.timestamp, nonce: s.post.nonce }, s.post.encrypt));
    expect(err.status).toBe(401);
  });

  it('refuses a valid signature over a different timestamp', () => {
    const err = refusal(() => cipher.open({ signature: s.post.msg_signature, timestamp: '1', nonce: s.post.nonce }, s.post.encrypt));
    expect(err.status).toBe(401);
  });
});

describe('WecomCipher', () => {
  it('decrypts the JSON-envelope vector of the Go sample', () => {
    const j = v.set2.json;
    const cipher = new WecomCipher(v.set2.token, v.set2.aesKey, v.set2.corpId);
    expect(cipher.open({ signature: j.msg_signature, timestamp: j.timestamp, nonce: j.nonce }, j.encrypt)).toBe(j.plain);
    expect(cipher.seal(j.plain, j.timestamp, j.nonce, Buffer.from(j.random)).encrypt).toBe(j.encrypt);
  });

  it('opens the AI-bot vector only with receive id ""', () => {
    const a = v.aibot;
    const q = { signature: a.msg_signature, timestamp: a.timestamp, nonce: a.nonce };
    expect(new WecomCipher(a.token, a.aesKey, '').open(q, a.encrypt)).toBe(a.plain);
    expect(refusal(() => new WecomCipher(a.token, a.aesKey, 'ww1436e0e65a779aee').open(q, a.encrypt)).status).toBe(401);
  });

  it('refuses the app vector when configured for another CorpID (wrong receive id)', () => {
    const s = v.set1;
    const cipher = new WecomCipher(s.token, s.aesKey, 'wwSomeOtherCorp');
    const err = refusal(() => cipher.open({ signature: s.post.msg_signature, timestamp: s.post.timestamp, nonce: s.post.nonce }, s.post.encrypt));
    expect(err.status).toBe(401);
    expect(err.message).toMatch(/receive id/);
  });

  it('checks the signature before decrypting: a forged signature over undecryptable bytes is 401, not a decrypt error', () => {
    const cipher = new WecomCipher(v.set1.token, v.set1.aesKey, v.set1.corpId);
    expect(refusal(() => cipher.open({ signature: '0'.repeat(40), timestamp: '1', nonce: '2' }, 'AAAA')).status).toBe(401);
    const signed = cipher.seal('x');
    expect(refusal(() => cipher.open({ signature: signed.signature, timestamp: signed.timestamp, nonce: signed.nonce }, `${signed.encrypt}A`)).status).toBe(401);
  });

  it('refuses a message encrypted with another key even when the token (and so the signature) matches', () => {
    const s = v.set1;
    const wrongKey = new WecomCipher(s.token, newAesKey(), s.corpId);
    // The signature does not involve the key, so it verifies; the receive id check is what catches it.
    const err = refusal(() => wrongKey.open({ signature: s.post.msg_signature, timestamp: s.post.timestamp, nonce: s.post.nonce }, s.post.encrypt));
    expect([400, 401]).toContain(err.status);
  });

  it('refuses missing parameters with 400', () => {
    const cipher = new WecomCipher(v.set1.token, v.set1.aesKey, v.set1.corpId);
    expect(refusal(() => cipher.open({ signature: '', timestamp: '1', nonce: '2' }, 'abc')).status).toBe(400);
    expect(refusal(() => cipher.open({ signature: 'a', timestamp: '1', nonce: '2' }, '')).status).toBe(400);
  });

  it('rejects an EncodingAESKey that does not decode to 32 bytes', () => {
    expect(() => new WecomCipher('t', 'short', '')).toThrow(/32 bytes/);
  });

  it('round-trips through seal and open with a random key', () => {
    const cipher = new WecomCipher('tok', newAesKey(), 'wwcorp');
    const sealed = cipher.seal('十严禁 ✓ 𠀀');
    expect(cipher.open({ signature: sealed.signature, timestamp: sealed.timestamp, nonce: sealed.nonce }, sealed.encrypt)).toBe('十严禁 ✓ 𠀀');
  });
});

describe('signatureQuery', () => {
  it('decodes percent-encoding and keeps a raw "+" (base64), unlike form decoding', () => {
    const s = v.set2.verify;
    expect(signatureQuery(`msg_signature=${s.msg_signature}&timestamp=${s.timestamp}&nonce=${s.nonce}&echostr=${s.echostrAsSent}`).echostr).toBe(s.echostr);
    expect(signatureQuery(`echostr=${s.echostr}`).echostr).toBe(s.echostr);
  });

  it('refuses a malformed percent-escape with 400', () => {
    expect(refusal(() => signatureQuery('echostr=%E0%A4%A')).status).toBe(400);
  });
});
