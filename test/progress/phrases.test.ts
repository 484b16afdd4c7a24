// The binder's word lists are the county's data (indicators.yaml `phrases`): a word added there changes the
// reading with no code change, and a misspelt list name is a clear load error.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCounty } from '../../src/county.js';
import { buildLexicon } from '../../src/progress/lexicon.js';
import { parseReport } from '../../src/progress/parse.js';
import { TownshipMatcher } from '../../src/progress/townships.js';
import { ROOT } from './eval-runner.js';

const file = join(ROOT, 'templates', 'indicators.yaml');
const raw = () => parseYaml(readFileSync(file, 'utf8')) as { phrases: Record<string, string[]> };
const townships = new TownshipMatcher(loadCounty(join(ROOT, 'templates', 'county.example.yaml')).townships);
const read = (text: string, lexicon = buildLexicon(raw(), 'indicators.yaml')) => {
  const r = parseReport(text, { lexicon, townships, today: '2026-11-22' });
  return { items: r.items.map((i) => `${i.key}=${i.value.kind === 'number' ? i.value.n : i.value.kind}`), errors: r.errors.map((e) => e.code) };
};

describe('the binder\'s phrases as data', () => {
  it('reads a ditto word a county adds', () => {
    const text = '河西乡村委会9个\n监委会照上';
    expect(read(text).items).not.toContain('supervisionDone=9');
    const withWord = raw();
    withWord.phrases.ditto = [...withWord.phrases.ditto!, '照上'];
    expect(read(text, buildLexicon(withWord, 'indicators.yaml')).items).toEqual(['committeeDone=9', 'supervisionDone=9']);
  });

  it('reads a column word a county adds to a table of days', () => {
    const text = '河西乡\n     当日  总数\n监    2    9';
    expect(read(text).items).toEqual([]);
    const withWord = raw();
    withWord.phrases.columnTotal = [...withWord.phrases.columnTotal!, '总数'];
    withWord.phrases.columnAdded = [...withWord.phrases.columnAdded!, '当日'];
    // (The day's new ones are read with the total, as 新增2,累计9, and checked against it when stored.)
    expect(read(text, buildLexicon(withWord, 'indicators.yaml')).items).toContain('supervisionDone=9');
  });

  it('sets aside a note after a word a county adds', () => {
    const text = '河西乡党组织9个\n情况：明天再选2个村';
    expect(read(text).errors).toContain('future-date');
    const withWord = raw();
    withWord.phrases.note = [...withWord.phrases.note!, '情况'];
    expect(read(text, buildLexicon(withWord, 'indicators.yaml'))).toEqual({ items: ['partyDone=9'], errors: [] });
  });

  it('refuses to load a list name it does not know, naming it', () => {
    const bad = raw();
    (bad.phrases as Record<string, string[]>).dito = ['同上'];
    expect(() => buildLexicon(bad, 'indicators.yaml')).toThrow(/indicators\.yaml: phrases/);
  });

  it('refuses an empty word in a list', () => {
    const bad = raw();
    bad.phrases.events = ['场', ''];
    expect(() => buildLexicon(bad, 'indicators.yaml')).toThrow(/phrases\.events\.1/);
  });
});
