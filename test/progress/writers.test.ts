// Guards the reach reached on the independent writers' tuning messages (test/fixtures/report-writers), and
// the safety that matters more: a good message stored with a wrong figure, a bad one stored at all. The
// held-out writers (heldout-*.yaml) are not run here: they are run once, by hand, and reported.
import { describe, expect, it } from 'vitest';
import { evaluateWriters, loadWriterCases, tally } from './writers-runner.js';

describe('independent writers, tuning set', () => {
  it('records at least 92% of good messages exactly, stores at most one wrong, and stores at most one bad message', async () => {
    const t = tally(await evaluateWriters(loadWriterCases('tuning')));
    expect(t.cases).toBeGreaterThanOrEqual(600);
    expect(t.exact / t.good).toBeGreaterThanOrEqual(0.92);
    expect(t.storedWrong).toBeLessThanOrEqual(1);
    expect(t.storedBad).toBeLessThanOrEqual(1);
    expect((t.refusedBad + t.leftAlone) / t.bad).toBeGreaterThanOrEqual(0.97);
  });
});
