// UTF-8 byte-aware splitting: parts within the limit, cut at line boundaries, never inside a character.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteLength, splitUtf8 } from '../../../src/platforms/wecom/split.js';

describe('splitUtf8', () => {
  it('leaves text within the limit alone', () => {
    expect(splitUtf8('河西乡 完成 9 个', 4096)).toEqual(['河西乡 完成 9 个']);
  });

  it('packs whole lines and cuts exactly at the byte limit', () => {
    // Each line: 10 Chinese characters = 30 bytes; with the newline 31.
    const line = '城关镇河西乡河东镇石';
    const text = Array.from({ length: 10 }, () => line).join('\n');
    const parts = splitUtf8(text, 100);
    // 3 lines = 30 + 1 + 30 + 1 + 30 = 92 bytes fit; a 4th would make 123.
    expect(parts.map(byteLength)).toEqual([92, 92, 92, 30]);
    expect(parts.join('\n')).toBe(text);
  });

  it('cuts a single over-long line between characters, counting 3 bytes per Chinese character', () => {
    const parts = splitUtf8('中'.repeat(10), 10);
    expect(parts).toEqual(['中中中', '中中中', '中中中', '中']);
  });

  it('never splits a 4-byte character or a surrogate pair', () => {
    const parts = splitUtf8('𠀀'.repeat(5), 9);
    expect(parts).toEqual(['𠀀𠀀', '𠀀𠀀', '𠀀']);
  });

  it('drops parts that would be blank (WeCom refuses empty content)', () => {
    expect(splitUtf8('aaaa\n\n\n\nbbbb', 5)).toEqual(['aaaa', 'bbbb']);
  });

  it('holds for any text: every part within the limit, no broken character, lines kept when they fit', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 30 }), fc.integer({ min: 4, max: 120 }), (lines, limit) => {
        const text = lines.join('\n');
        const parts = splitUtf8(text, limit);
        for (const p of parts) {
          expect(byteLength(p)).toBeLessThanOrEqual(limit);
          expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p);
          expect(p).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
        }
        expect(parts.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        if (lines.every((l) => byteLength(l) <= limit)) {
          const kept = new Set(parts.flatMap((p) => p.split('\n')));
          for (const l of text.split('\n')) if (l.trim()) expect(kept.has(l)).toBe(true);
        }
      }),
    );
  });
});
