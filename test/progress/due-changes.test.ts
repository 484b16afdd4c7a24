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

// Tuning writer R263 (villages merged or split): the count said after the change is the due count wherever it stands;
// the places a change is about are no figures; what is left with no new due count is asked.
describe('the due count after a merger or split, said in passing', () => {
  it.each([
    ['龙泉镇两个村撤并后19个村，村委会完成12个', { due: 19, committeeDone: 12 }],
    ['龙泉镇三沟合并后剩18个村，党组织还差3个', { due: 18, partyDone: 15 }],
    ['龙泉镇 18个村（合并后）党组织全部选完了', { due: 18, partyDone: 18 }],
    ['龙泉镇原20个村，撤并后18个，党组织完成10个', { due: 18, partyDone: 10 }],
    ['龙泉镇应换届数+1变为21个，村委会完成9个', { due: 21, committeeDone: 9 }],
    ['龙泉镇应换届村从20个变19个了，党组织完成11个', { due: 19, partyDone: 11 }],
    ['龙泉镇新设花园、锦湖2个社区，应换届由20个调整为22个，党组织完成14个', { due: 22, partyDone: 14 }],
  ])('%s', async (text, figures) => {
    const r = await run(text, { records: { 龙泉镇: figures }, warnings: ['due-differs'] });
    expect(r.problems).toEqual([]);
  });

  it('keeps a body said done after 合并了 its own figure', async () => {
    const r = await run('龙泉镇东沟和西沟合并了党组织15个', { records: { 龙泉镇: { partyDone: 15 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('asks for the due count when a merger is told with what is left and no new count', async () => {
    const r = await run('龙泉镇东沟和西沟合并了，党组织还差2个', { refuse: 'due-unknown', mention: ['合并'], avoid: [] });
    expect(r.problems).toEqual([]);
    expect(stored(r.problems)).toEqual([]);
  });
});
