import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteLength, chunkItems, splitText } from '../../src/bulletins/split.js';

const marker = (i: number, n: number) => `**（续${i}/${n}）青山县日通报**`;
const MARKER = /^\*\*（续(\d+)\/(\d+)）青山县日通报\*\*$/;

/** The text's non-blank lines, which every split must keep, in order. */
const contentLines = (text: string) => text.split('\n').filter((l) => l.trim());

describe('splitText', () => {
  it('returns a fitting text unchanged', () => {
    expect(splitText('一\n二', 100, marker)).toEqual(['一\n二']);
  });

  it('splits a long Chinese bulletin at line boundaries, within the byte limit, with 续 markers', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `${i + 1}. **第${i + 1}乡镇** 综合88｜党组织100%｜村委会75%｜监委会50%｜一肩挑5`);
    const text = ['## 标题', '', ...lines, '', '**【前三名】**甲、乙、丙'].join('\n');
    const parts = splitText(text, 1024, marker);
    expect(parts.length).toBeGreaterThan(3);
    parts.forEach((p, i) => {
      expect(byteLength(p)).toBeLessThanOrEqual(1024);
      const first = p.split('\n')[0]!;
      if (i === 0) expect(first).toBe('## 标题');
      else expect(first.match(MARKER)?.slice(1)).toEqual([String(i + 1), String(parts.length)]);
    });
    const rejoined = parts.flatMap((p, i) => (i ? p.split('\n').slice(1) : p.split('\n')));
    expect(rejoined.filter((l) => l.trim())).toEqual(contentLines(text));
  });

  it('prefers to end a part at a section boundary so a heading stays with its rows', () => {
    const text = ['头'.repeat(30), '', '**【进度排名】**', '1. 甲'.repeat(10), '2. 乙'.repeat(10)].join('\n');
    const parts = splitText(text, 150, marker);
    expect(parts[0]).toBe('头'.repeat(30));
    expect(parts[1]!.split('\n')[1]).toBe('**【进度排名】**');
  });

  it('cuts a line longer than a part between characters, never inside one', () => {
    const line = '镇'.repeat(100) + '😀'.repeat(10);
    const parts = splitText(line, 64, marker);
    for (const p of parts) expect(byteLength(p)).toBeLessThanOrEqual(64);
    expect(parts.map((p, i) => (i ? p.split('\n').slice(1).join('') : p)).join('')).toBe(line);
  });

  it('keeps every line, in order, within the limit, for any text (property)', () => {
    const line = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.constantFrom('', '党组织换届完成9个，村委会6个'));
    fc.assert(
      fc.property(fc.array(line.map((l) => l.replace(/\n/g, ' ')), { maxLength: 60 }), fc.integer({ min: 120, max: 600 }), (lines, limit) => {
        const text = lines.join('\n');
        const parts = splitText(text, limit, marker);
        for (const p of parts) expect(byteLength(p)).toBeLessThanOrEqual(limit);
        if (byteLength(text) <= limit) {
          expect(parts).toEqual([text]);
          return;
        }
        const body = parts.map((p, i) => (i ? p.split('\n').slice(1) : p.split('\n')));
        body.slice(1).forEach((_, i) => expect(parts[i + 1]!.split('\n')[0]).toMatch(MARKER));
        // Over-long lines come back in pieces; gluing pieces of one line restores it.
        expect(body.flat().join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a marker that leaves no room', () => {
    expect(() => splitText('x'.repeat(100), 10, () => '续'.repeat(10))).toThrow(/does not fit/);
  });
});

describe('chunkItems', () => {
  const render = (items: string[], i: number, n: number) => `提醒（${i}/${n}）\n${items.join('\n')}`;

  it('packs as many whole items as fit, each message standing alone', () => {
    const items = Array.from({ length: 30 }, (_, i) => `乡镇${i}`);
    const chunks = chunkItems(items, 100, render);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.flatMap((c) => c.items)).toEqual(items);
    chunks.forEach((c, i) => {
      expect(byteLength(c.text)).toBeLessThanOrEqual(100);
      expect(c.text.startsWith(`提醒（${i + 1}/${chunks.length}）`)).toBe(true);
    });
  });

  it('renders one message for no items', () => {
    expect(chunkItems([], 100, render)).toEqual([{ items: [], text: '提醒（1/1）\n' }]);
  });
});
