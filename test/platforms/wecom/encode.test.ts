// The stream reply and the passive reply body are built as text by hand (for speed): they must be exactly
// what JSON.stringify gives for the same object, whatever the text, and however texts follow each other.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WecomCipher } from '../../../src/platforms/wecom/crypto.js';
import { passiveReplyJson, streamReply } from '../../../src/platforms/wecom/encode.js';
import { newAesKey } from './helpers.js';

const stringified = (id: string, finish: boolean, content: string) => JSON.stringify({ msgtype: 'stream', stream: { id, finish, content } });

describe('streamReply', () => {
  it('is JSON.stringify of the stream message for any text, id and finish flag, texts repeated or not', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('帮助\n"引号" \\ \u2028', '', '\u0000\ud800'));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, fc.string(), fc.boolean()), { minLength: 1, maxLength: 6 }), (replies) => {
        // Each reply twice in a row, then the first again: the reused escaping must never leak into another text.
        for (const [content, id, finish] of [...replies, ...replies, replies[0]!]) {
          expect(streamReply(content, id, finish)).toBe(stringified(id, finish, content));
          expect(streamReply(content, id, finish)).toBe(stringified(id, finish, content));
        }
      }),
    );
  });

  it('keeps a long reply to the stream limit and still gives valid JSON', () => {
    const long = Array.from({ length: 3_000 }, (_, i) => `第${i}行 "引号"`).join('\n');
    const parsed = JSON.parse(streamReply(long, 'abc')) as { stream: { content: string; finish: boolean } };
    expect(Buffer.byteLength(parsed.stream.content)).toBeLessThanOrEqual(20_480);
    expect(long.startsWith(parsed.stream.content)).toBe(true);
    expect(parsed.stream.finish).toBe(true);
  });
});

describe('passiveReplyJson', () => {
  it('is JSON.stringify of the sealed reply, for real ciphertexts and any timestamp and nonce from the query', () => {
    const cipher = new WecomCipher('tokenX', newAesKey(), '');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (message, timestamp, nonce) => {
        const s = cipher.seal(message, timestamp, nonce);
        expect(passiveReplyJson(s)).toBe(JSON.stringify({ encrypt: s.encrypt, msgsignature: s.signature, timestamp: s.timestamp, nonce: s.nonce }));
      }),
    );
  });
});
