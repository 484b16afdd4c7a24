// The one splitter of every outbound path (splitLines): parts within the limit as the platform counts
// it (UTF-8 bytes for WeCom, JSON-escaped bytes for DingTalk), cut at line boundaries, never inside a
// character, never a blank part.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonBytes } from '../../src/platforms/dingtalk/encode.js';
import { splitLines, utf8Bytes } from '../../src/platforms/types.js';

const BROKEN = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('splitLines in UTF-8 bytes (WeCom)', () => {
  it('leaves text within the limit alone', () => {
    expect(splitLines('河西乡 完成 9 个', 4096)).toEqual(['河西乡 完成 9 个']);
  });

  it('packs whole lines and cuts exactly at the byte limit', () => {
    // Each line: 10 Chinese characters = 30 bytes; with the newline 31.
    const line = '城关镇河西乡河东镇石';
    const text = Array.from({ length: 10 }, () => line).join('\n');
    const parts = splitLines(text, 100);
    // 3 lines = 30 + 1 + 30 + 1 + 30 = 92 bytes fit; a 4th would make 123.
    expect(parts.map(utf8Bytes)).toEqual([92, 92, 92, 30]);
    expect(parts.join('\n')).toBe(text);
  });

  it('cuts a single over-long line between characters, counting 3 bytes per Chinese character', () => {
    expect(splitLines('中'.repeat(10), 10)).toEqual(['中中中', '中中中', '中中中', '中']);
  });

  it('never splits a 4-byte character or a surrogate pair', () => {
    expect(splitLines('𠀀'.repeat(5), 9)).toEqual(['𠀀𠀀', '𠀀𠀀', '𠀀']);
  });

  it('drops parts that would be blank (WeCom refuses empty content)', () => {
    expect(splitLines('aaaa\n\n\n\nbbbb', 5)).toEqual(['aaaa', 'bbbb']);
  });

  it('gives the first part its own room when asked (later parts carry a marker)', () => {
    expect(splitLines('aaaa\nbbbb\ncccc\ndddd', 4, { first: 9 })).toEqual(['aaaa\nbbbb', 'cccc', 'dddd']);
  });

  it('holds for any text: every part within the limit, no broken character, lines kept when they fit', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 30 }), fc.integer({ min: 4, max: 120 }), (lines, limit) => {
        const text = lines.join('\n');
        const parts = splitLines(text, limit);
        for (const p of parts) {
          expect(utf8Bytes(p)).toBeLessThanOrEqual(limit);
          expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p);
          expect(p).not.toMatch(BROKEN);
        }
        expect(parts.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        if (lines.every((l) => utf8Bytes(l) <= limit)) {
          const kept = new Set(parts.flatMap((p) => p.split('\n')));
          for (const l of text.split('\n')) if (l.trim()) expect(kept.has(l)).toBe(true);
        }
      }),
    );
  });
});

describe('splitLines in JSON-escaped bytes (DingTalk)', () => {
  const split = (text: string, budget: number) => splitLines(text, budget, { measure: jsonBytes });

  it('cuts at line boundaries and counts newlines as the two bytes JSON makes of them', () => {
    // "一二" is 6 bytes; two lines joined are 6 + 2 + 6 = 14 bytes.
    expect(split('一二\n三四\n五六', 14)).toEqual(['一二\n三四', '五六']);
    expect(split('一二\n三四\n五六', 13)).toEqual(['一二', '三四', '五六']);
  });

  it('cuts a single over-long line between characters, never inside one', () => {
    expect(split('中'.repeat(10), 9)).toEqual(['中中中', '中中中', '中中中', '中']);
    const emoji = split('😀'.repeat(5), 8);
    expect(emoji.join('')).toBe('😀'.repeat(5));
    for (const p of emoji) expect(p).not.toMatch(BROKEN);
  });

  it('holds for any text: every part fits, nothing is lost, every non-blank line kept whole where it fits', () => {
    const line = fc.string({ unit: fc.constantFrom('a', '中', '😀', '"', '\\', ' ', '\t', 'é'), maxLength: 60 });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 40 }), fc.integer({ min: 8, max: 300 }), (lines, budget) => {
        const text = lines.join('\n');
        const parts = split(text, budget);
        for (const p of parts) expect(jsonBytes(p)).toBeLessThanOrEqual(budget);
        expect(parts.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        if (lines.every((l) => jsonBytes(l) <= budget)) {
          expect(parts.flatMap((p) => p.split('\n')).filter((l) => l.trim())).toEqual(lines.filter((l) => l.trim()));
        }
      }),
    );
  });
});
