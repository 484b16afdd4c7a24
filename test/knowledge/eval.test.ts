// Guards the accuracy reached on the hand-written question set (npm run eval:qa prints the details).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, loadCases, score, type QaCase } from '../../src/knowledge/evaluate.js';
import type { AskResult } from '../../src/knowledge/types.js';
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

describe('scoring an answer against a writer’s label', () => {
  const kase = (c: Partial<QaCase>): QaCase => ({ q: '十严禁是哪十条', file: 'Q1.yaml', ...c }) as QaCase;
  const answer = (kind: AskResult['kind'], topic: string, n?: number) =>
    ({ kind, topic: { id: topic }, ...(n ? { item: { n } } : {}), confidence: 1, situational: false, others: [], related: [] }) as unknown as AskResult;

  it('takes a bare topic among the accepted answers as that topic whole, and topic#n as that item only', () => {
    const c = kase({ accept: ['discipline-village', 'discipline-history#3'] });
    const m = score([c, c, c, c], [answer('list', 'discipline-village'), answer('item', 'discipline-history', 3), answer('item', 'discipline-history', 1), answer('list', 'ten-no-village')]);
    expect(m.rightOrDeclined).toBeCloseTo(2 / 4);
    expect(m.wrongAnswers).toBe(2);
    expect(m.wrongDiscipline).toBe(2);
  });
});
