// The strings a phrase pattern cannot match without (requiredText): a text holding none of them is passed
// over. Passing over a text the pattern would have matched would change what a question reads as, so the
// reading must be conservative on every phrase the base ships and every question the writers asked.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCases } from '../../src/knowledge/evaluate.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { requiredText } from '../../src/knowledge/required-text.js';
import { SHIPPED } from './helpers.js';

describe('the text a pattern needs', () => {
  it('is the longest run of plain characters, wherever it stands', () => {
    expect(requiredText('(?<=(?:换届|选举)[^。]{0,30})突击花钱', 'gu')).toEqual(['突击花钱']);
    // Of parts as long, the one with fewer choices.
    expect(requiredText('(?:替|帮)(?:他|她)投', 'gu')).toEqual(['投']);
    expect(requiredText('(?:替|帮)(?:他|她)', 'gu')).toEqual(['替', '帮']);
  });

  it('is one of each branch’s needs, or nothing when a branch needs nothing', () => {
    expect(requiredText('公章没交|账本没交', 'gu')?.sort()).toEqual(['公章没交', '账本没交']);
    expect(requiredText('公章没交|没交?', 'gu')?.sort()).toEqual(['公章没交', '没']);
    expect(requiredText('公章没交|交?', 'gu')).toBeNull();
  });

  it('asks nothing of what may be absent', () => {
    expect(requiredText('(?:突击)?花', 'gu')).toEqual(['花']);
    expect(requiredText('(?<!党员)[^。]{0,3}', 'gu')).toBeNull();
    expect(requiredText('[^选]票', 'gu')).toEqual(['票']);
    expect(requiredText('\\d+个', 'gu')).toEqual(['个']);
  });

  it('asks nothing when case is folded', () => {
    expect(requiredText('abc', 'gi')).toBeNull();
  });

  it('never passes over a text the pattern matches (every shipped phrase, every question asked)', () => {
    const phrases = loadKnowledge(join(SHIPPED, 'knowledge')).base!.lexicon.phrases ?? [];
    const questions = [
      ...loadCases(join(import.meta.dirname, '..', 'fixtures', 'qa-writers')),
      ...loadCases(join(import.meta.dirname, '..', 'fixtures', 'qa')),
    ].map((c) => c.q.normalize('NFKC').toLowerCase());
    expect(phrases.length).toBeGreaterThan(20);
    let matched = 0;
    let filtered = 0;
    for (const p of phrases) {
      const re = new RegExp(p.pattern, 'u');
      const needs = requiredText(p.pattern, 'gu');
      if (needs) filtered++;
      for (const q of questions) {
        if (!re.test(q)) continue;
        matched++;
        expect(needs === null || needs.some((s) => q.includes(s)), `${p.pattern} on ${q}`).toBe(true);
      }
    }
    // The check ran over real matches, and most phrases do get a filter.
    expect(matched).toBeGreaterThan(100);
    expect(filtered).toBeGreaterThan(phrases.length / 2);
  });
});
