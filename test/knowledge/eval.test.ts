// Guards the accuracy reached on the hand-written question set (npm run eval:qa prints the details).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, loadCases } from '../../src/knowledge/evaluate.js';
import { KnowledgeService } from '../../src/knowledge/service.js';
import { SHIPPED } from './helpers.js';

describe('Q&A question set', () => {
  const cases = loadCases(join(import.meta.dirname, '..', 'fixtures', 'qa'));
  const service = new KnowledgeService(join(SHIPPED, 'knowledge'));

  it('has at least 150 cases, 20 out of scope and 10 ambiguous', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(cases.filter((c) => c.expect === 'abstain').length).toBeGreaterThanOrEqual(20);
    expect(cases.filter((c) => c.expect === 'clarify').length).toBeGreaterThanOrEqual(10);
  });

  it('never answers an out-of-scope question with policy and keeps the accuracy reached', () => {
    expect(service.reload().ok).toBe(true);
    const m = evaluate(service, cases);
    expect(m.outOfScopeAnswered).toBe(0);
    expect(m.wrongDiscipline).toBe(0);
    expect(m.topicAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(m.itemAccuracy).toBeGreaterThanOrEqual(0.91);
    expect(m.abstentionRecall).toBeGreaterThanOrEqual(0.97);
    expect(m.abstentionPrecision).toBeGreaterThanOrEqual(0.85);
  });
});
