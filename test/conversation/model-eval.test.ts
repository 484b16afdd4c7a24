// The counting behind `npm run eval:reports -- --llm`: a proposed reading counts as confirmed, and lands in
// the same classes as the rules' own results (exact, stored wrong, bad stored).
import { describe, expect, it } from 'vitest';
import type { ProposedRecord } from '../../src/progress/model-reading.js';
import { evaluate, loadCases, type ReportCase } from '../progress/eval-runner.js';
import { runWithModel } from './model-eval-runner.js';

const AT = '2026-11-20T02:00:00Z';
const base = { from: 'wecom:hexi_wang', at: AT, before: [], file: 't.yaml' };
const good: ReportCase = { ...base, index: 0, text: '河西乡 9个 6个', expect: { records: { 河西乡: { partyDone: 9, committeeDone: 6 } }, warnings: [] } };
const bad: ReportCase = { ...base, index: 1, text: '河西乡完成9个', expect: { refuse: 'missing-indicator', mention: [], avoid: [] } };
const plain: ReportCase = { ...base, index: 2, text: '河西乡党组织换届完成8个', expect: { records: { 河西乡: { partyDone: 8 } }, warnings: [] } };
const reader = (figures: ProposedRecord['figures']) => ({ model: 'fake', read: async () => [{ township: '河西乡', date: '2026-11-20', figures }] });

describe('eval:reports --llm counting', () => {
  it('rules alone: the unreadable good message is refused, the bad one refused, the plain one exact', async () => {
    expect(await runWithModel([good, bad, plain])).toMatchObject({ cases: 3, good: 2, exact: 1, refusedGood: 1, storedWrong: 0, bad: 1, storedBad: 0, asked: 0, proposed: 0 });
  });

  it('with a model: a right reading makes the good message exact; the same reading stores the bad one', async () => {
    expect(await runWithModel([good, bad, plain], reader({ partyDone: 9, committeeDone: 6 }))).toMatchObject({ exact: 2, refusedGood: 0, storedWrong: 0, storedBad: 1, asked: 2, proposed: 2 });
  });

  it('with a model: a wrong reading is counted as stored wrong; no reading leaves the rules’ figures', async () => {
    expect(await runWithModel([good], reader({ partyDone: 6, committeeDone: 9 }))).toMatchObject({ exact: 0, storedWrong: 1, asked: 1, proposed: 1 });
    expect(await runWithModel([good, bad, plain], { model: 'fake', read: async () => null })).toMatchObject({ exact: 1, refusedGood: 1, storedBad: 0, asked: 2, proposed: 0 });
  });

  it('rules alone agrees with eval:reports on a fixture file', async () => {
    const cases = loadCases().filter((c) => c.file === 'basic.yaml');
    const summary = await evaluate(cases);
    const t = await runWithModel(cases);
    const exactAccepts = summary.results.filter((r) => r.kind === 'accept' && r.problems.every((p) => p.startsWith('warnings '))).length;
    expect(t.exact).toBe(exactAccepts);
    expect(t.storedBad).toBe(summary.results.filter((r) => r.kind !== 'accept' && r.problems.some((p) => p.startsWith('accepted'))).length);
  });
});
