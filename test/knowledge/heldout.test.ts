// Guards the held-out question sets (test/fixtures/qa/heldout*.yaml): questions written after the tuning,
// in cadres' own registers. The floors are what the engine honestly reaches, rounded down a little; out of
// scope answered with policy and wrong answers about discipline lists must stay at zero.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, loadCases } from '../../src/knowledge/evaluate.js';
import { KnowledgeService } from '../../src/knowledge/service.js';
import { SHIPPED } from './helpers.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'qa');
const service = new KnowledgeService(join(SHIPPED, 'knowledge'));

/** Per file: the floors reached (see docs/knowledge.md for the measured figures). */
const floors: Record<string, { topic: number; item: number; recall: number }> = {
  'heldout.yaml': { topic: 0.78, item: 0.75, recall: 0.95 },
  'heldout-2.yaml': { topic: 0.6, item: 0.6, recall: 0.95 },
};

beforeAll(() => {
  expect(service.reload().ok).toBe(true);
});

describe('held-out question sets', () => {
  it('are apart from the tuning set and large enough to mean something', () => {
    const heldout = loadCases(fixtures, 'heldout.yaml');
    expect(heldout.length).toBeGreaterThanOrEqual(80);
    expect(heldout.filter((c) => c.expect === 'abstain').length).toBeGreaterThanOrEqual(15);
    expect(heldout.filter((c) => c.expect === 'clarify').length).toBeGreaterThanOrEqual(8);
    const tuning = new Set(loadCases(fixtures).map((c) => c.q));
    expect(loadCases(fixtures, 'heldout').filter((c) => tuning.has(c.q))).toEqual([]);
  });

  for (const [file, floor] of Object.entries(floors)) {
    it(`${file}: no policy answer out of scope, no wrong discipline answer, accuracy kept`, () => {
      const m = evaluate(service, loadCases(fixtures, file as `${string}.yaml`));
      expect(m.outOfScopeAnswered).toBe(0);
      expect(m.wrongDiscipline).toBe(0);
      expect(m.topicAccuracy).toBeGreaterThanOrEqual(floor.topic);
      expect(m.itemAccuracy).toBeGreaterThanOrEqual(floor.item);
      expect(m.abstentionRecall).toBeGreaterThanOrEqual(floor.recall);
    });
  }
});
