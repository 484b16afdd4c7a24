// Villages merged or split during the campaign: the due count changes "由A调整为B", and the villages merged are
// told, not counted.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('due-changes', 'wecom:longquan_feng', '2026-11-25T20:00:00+08:00');

describe('a due count changed from one figure to another', () => {
  it.each([
    // 减为 is heard as 监委 when sounds are folded: read before, it is the change of the figure before it.
    ['龙泉镇王家沟、李家沟、赵家沟三个村合并为三沟村,应换届由20个减为18个。党组织完成9个', { due: 18, partyDone: 9 }],
    ['龙泉镇应换届由20个增至21个，党组织完成9个', { due: 21, partyDone: 9 }],
    ['龙泉镇东沟、西沟两村合并,应换届调整为19个,村委会完成8个', { due: 19, committeeDone: 8 }],
  ])('%s', async (text, figures) => {
    const r = await run(text, { records: { 龙泉镇: figures }, warnings: ['due-differs'] });
    expect(r.problems).toEqual([]);
  });

  it('a figure then 减为 with no 由 is still the 监委 heard by voice, and 村委会和监委会 is no 核减为', async () => {
    const r = await run('龙泉镇村委会8个，减为5个', { records: { 龙泉镇: { committeeDone: 8, supervisionDone: 5 } }, warnings: [] });
    expect(r.problems).toEqual([]);
    const both = await run('龙泉镇村委会和监委会各完成8个', { records: { 龙泉镇: { committeeDone: 8, supervisionDone: 8 } }, warnings: [] });
    expect(both.problems).toEqual([]);
  });

  it.each([['龙泉镇应换届20个（2个村合并后为18个）'], ['龙泉镇应换届20个，合并后18个'], ['龙泉镇应换届20个（其中2村合并，现为18个）']])(
    '%s — the due count after the change, said in a bracket or after 合并后, is the one',
    async (text) => {
      const r = await run(text, { records: { 龙泉镇: { due: 18 } }, warnings: ['due-differs'] });
      expect(r.problems).toEqual([]);
    },
  );

  it('villages merged, told alone, store nothing', async () => {
    const r = await run('龙泉镇东沟、西沟两村合并', { refuse: 'due-unclear', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});
