// Every fixture message must come out exactly as written down: well-formed ones recorded with exactly
// the expected figures, malformed ones refused for the stated reason (and the reply says so), and
// questions left to the other skills.
import { describe, expect, it } from 'vitest';
import { REASON_CODES } from '../../src/progress/types.js';
import { createHarness, loadCases } from './eval-runner.js';

const cases = loadCases();
const harness = createHarness();

describe('report fixtures', () => {
  it('has at least 150 messages, 40 of them to be refused', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(cases.filter((c) => 'refuse' in c.expect).length).toBeGreaterThanOrEqual(40);
  });

  it('covers every refusal reason except the one that needs an attachment', () => {
    const reasons = new Set(cases.flatMap((c) => ('refuse' in c.expect ? [c.expect.refuse] : [])));
    expect([...reasons].sort()).toEqual(REASON_CODES.filter((c) => c !== 'attachment-only').sort());
  });

  it.each(cases.map((c) => [`${c.file}#${c.index} ${c.text.replace(/\n/g, '⏎')}`, c] as const))('%s', async (_name, c) => {
    const result = await harness.run(c);
    expect(result.problems).toEqual([]);
  });
});
