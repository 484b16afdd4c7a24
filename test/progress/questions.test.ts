// The Q&A question set (test/fixtures/qa, written for the knowledge feature) is a good sample of what
// is not a report: none of those questions may be taken by the report skill.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/conversation/router.js';
import { loadCounty } from '../../src/county.js';
import { loadLexicon } from '../../src/progress/lexicon.js';
import { parseReport } from '../../src/progress/parse.js';
import { TownshipMatcher } from '../../src/progress/townships.js';
import { ROOT } from './eval-runner.js';

const dir = join(ROOT, 'test', 'fixtures', 'qa');
const questions = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => {
    const doc = parseYaml(readFileSync(join(dir, f), 'utf8')) as unknown;
    return (Array.isArray(doc) ? doc : []).flatMap((c: { q?: unknown }) => (typeof c?.q === 'string' ? [c.q] : []));
  });
const county = loadCounty(join(ROOT, 'templates', 'county.example.yaml'));
const ctx = { lexicon: loadLexicon(join(ROOT, 'templates', 'indicators.yaml')), townships: new TownshipMatcher(county.townships), today: '2026-11-22' };

describe('policy questions are not reports', () => {
  it('reads the question set', () => {
    expect(questions.length).toBeGreaterThanOrEqual(150);
  });

  it('leaves every one of them to the Q&A skill', () => {
    const taken = questions.filter((q) => parseReport(normalise(q), ctx).isReport);
    expect(taken).toEqual([]);
  });
});
