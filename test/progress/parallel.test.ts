// A run of names and a run of figures of the same length, in either order, paired in order (src/progress/parallel.ts):
// the eighteenth held-out round's R44 wrote most of its reports so. Runs of different lengths are still asked about.
import { describe, expect, it } from 'vitest';
import { readParallel } from '../../src/progress/parallel.js';
import { loadLexicon } from '../../src/progress/lexicon.js';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const lexicon = loadLexicon('templates/indicators.yaml');
const run = reportRunner('parallel', 'wecom:longquan_feng', '2026-11-27T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });

describe('runs of names and figures', () => {
  it.each([
    ['龙泉镇今天：12个、9个、8个，分别是党组织、村委会、监委会'],
    ['党组织/村委会/监委会：12/9/8'],
    ['龙泉镇 12-9-8（党组织-村委会-监委会）'],
    ['依次为党组织、村委会和监委会：12、9、8'],
    ['龙泉镇\n党组织、村委会、监委会\n12、9、8'],
    ['龙泉镇 党/村/监 12/9/8'],
  ])('%s pairs each name with its figure', async (text) => {
    const r = await run(text, records({ 龙泉镇: { partyDone: 12, committeeDone: 9, supervisionDone: 8 } }));
    expect(r.problems).toEqual([]);
  });

  it('gives names heading a line in brackets to each township\'s run after them', async () => {
    const admin = reportRunner('parallel-admin', 'wecom:zzb_liu', '2026-11-27T20:00:00+08:00');
    const r = await admin('代报（党组织/村委会/监委会）：龙泉镇12/9/8，白沙镇10/7/7', records({ 龙泉镇: { partyDone: 12, committeeDone: 9, supervisionDone: 8 }, 白沙镇: { partyDone: 10, committeeDone: 7, supervisionDone: 7 } }));
    expect(r.problems).toEqual([]);
  });

  it('takes a second run of figures after 累计 for the same names', async () => {
    const r = await run('今天新增 党/村/监 2/1/1，累计12/9/8', records({ 龙泉镇: { partyDone: 12, committeeDone: 9, supervisionDone: 8 } }), {
      before: [{ township: '龙泉镇', date: '2026-11-26', figures: { partyDone: 10, committeeDone: 8, supervisionDone: 7 } }],
    });
    expect(r.problems).toEqual([]);
  });

  it('refuses runs of different lengths by name, storing nothing (once read as 9 for every name)', async () => {
    for (const text of ['党组织、村委会、监委会：12、9', '党组织/村委会/监委会：12/9']) {
      const r = await run(text, { refuse: 'table-columns', mention: ['12'], avoid: [] });
      expect(stored(r.problems), text).toEqual([]);
      expect(r.problems, text).toEqual([]);
    }
  });

  it('leaves one name with a fraction alone (党组织 9/12 is done of due)', () => {
    expect(readParallel('龙泉镇党组织 9/12', lexicon)).toBeNull();
  });
});
