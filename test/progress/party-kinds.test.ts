// Kinds of party body counted side by side (党委, 党总支, 党支部) are the parts of one 党组织 figure; a heading over
// the townships' own lines dates them.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('party-kinds', 'wecom:longquan_feng', '2026-11-27T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });

describe('kinds of party body', () => {
  it.each([
    ['龙泉镇3个社区党总支、3个社区党支部换届完成', { partyDone: 6 }],
    ['龙泉镇党委1个、党总支2个、党支部13个，村委会15个', { partyDone: 16, committeeDone: 15 }],
    ['龙泉镇党组织换届已完成9个，其中党总支3个、党支部6个。', { partyDone: 9 }],
  ])('%s are summed', async (text, figures) => {
    const r = await run(text, records({ 龙泉镇: figures }));
    expect(r.problems).toEqual([]);
  });

  it('a breakdown that does not add up is refused, never stored', async () => {
    const r = await run('龙泉镇党组织换届已完成12个，其中党总支4个、党支部9个。', { refuse: 'conflict', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('the county admin\'s summary heading', () => {
  it('全县汇总（截至11月26日）： over the townships\' lines dates them, and they are read', async () => {
    const admin = reportRunner('party-kinds-admin', 'wecom:zzb_liu', '2026-11-27T09:00:00+08:00');
    const r = await admin('全县汇总（截至11月26日）：\n城关镇 党组织18 村委会18 监委会18\n河东镇 党组织15 村委会15 监委会14', {
      records: { '城关镇 2026-11-26': { partyDone: 18, committeeDone: 18, supervisionDone: 18 }, '河东镇 2026-11-26': { partyDone: 15, committeeDone: 15, supervisionDone: 14 } },
      warnings: [],
    });
    expect(r.problems).toEqual([]);
  });
});

describe('the due count a figure passed', () => {
  it('is named, not given: 超了应换届数 takes no figure, the figure put right is read', async () => {
    const admin = reportRunner('party-kinds-admin2', 'wecom:zzb_liu', '2026-11-27T20:00:00+08:00');
    const r = await admin('龙泉镇报的村委会21个超了应换届数，经核实为19个，以此为准。', { records: { 龙泉镇: { committeeDone: 19 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});
