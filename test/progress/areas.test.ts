// A township's figures told area by area (管区, 片, 社区): in a pasted table with or without a 合计 row, or in a
// sentence after the indicator's name. Through the real report skill.
import { describe, expect, it } from 'vitest';
import { reportRunner } from './eval-runner.js';

const longquan = reportRunner('areas', 'wecom:longquan_feng', '2026-11-26T20:00:00+08:00');
const baisha = reportRunner('areas', 'wecom:baisha_wu', '2026-11-26T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });

describe('a table by area', () => {
  it('records the 合计 row when the areas add up to it, and refuses one they do not', async () => {
    const table = (total: string) => `龙泉镇今日进度，分管区统计如下：\n管区\t党组织\t村委会\n东管区\t4\t3\n西管区\t3\t2\n合计\t${total}`;
    expect((await longquan(table('7\t5'), records({ 龙泉镇: { partyDone: 7, committeeDone: 5 } }))).problems).toEqual([]);
    expect((await longquan(table('8\t5'), { refuse: 'conflict', mention: [], avoid: [] })).problems).toEqual([]);
  });

  it('adds the areas up when there is no 合计 row, but not when an area is left empty', async () => {
    expect((await longquan('片区 党组织 村委会\n一片 5 4\n二片 6 5\n三片 4 2', records({ 龙泉镇: { partyDone: 15, committeeDone: 11 } }))).problems).toEqual([]);
    expect((await longquan('管区\t党组织\t村委会\n东管区\t4\t3\n西管区\t3\t', { refuse: 'table-columns', mention: [], avoid: [] })).problems).toEqual([]);
  });
});

describe('a figure told area by area', () => {
  it('is the sum of the areas, which a total said must agree with', async () => {
    expect((await baisha('白沙镇党组织:东片3个、中片2个、西片1个,社区还没选', records({ 白沙镇: { partyDone: 6 } }))).problems).toEqual([]);
    expect((await longquan('两委交叉任职各管区:泉东8 泉西7 山后7 河湾8 社区7,共37人', records({ 龙泉镇: { crossPost: 37 } }))).problems).toEqual([]);
    const off = await longquan('两委交叉任职各管区:泉东8 泉西7 山后7 河湾8 社区7,共38人', { refuse: 'missing-indicator', mention: [], avoid: [] });
    expect(off.problems).toEqual([]);
  });

  it('adds new ones to the record, and sets a count of areas aside', async () => {
    const before = { before: [{ township: '龙泉镇', date: '2026-11-25', figures: { committeeDone: 3 } }] };
    expect((await longquan('今日进展:村委会 泉西+2,河湾+1', records({ 龙泉镇: { committeeDone: 6 } }), before)).problems).toEqual([]);
    expect((await longquan('党组织换届进度:泉东管区完成2个村,泉西管区1个,山后、河湾两个管区还没开始选', records({ 龙泉镇: { partyDone: 3 } }))).problems).toEqual([]);
  });

  it("refuses one area's running total as the township's, and says so", async () => {
    const r = await longquan('山后管区现在村委会一共完成3个', { refuse: 'area-only', mention: ['山后管区'], avoid: [] });
    expect(r.problems).toEqual([]);
  });

  it('reads figures in the name (35岁及以下) as no figure told before the areas, and 全镇累计 as the running total, never the due count', async () => {
    expect((await longquan('35岁及以下的新成员:泉东6人、泉西4人、山后3人、河湾5人、社区4人', records({ 龙泉镇: { under35: 22 } }))).problems).toEqual([]);
    const before = { before: [{ township: '龙泉镇', date: '2026-11-25', figures: { partyDone: 12 } }] };
    expect((await longquan('党组织今天又完成1个,全镇累计完成13个', records({ 龙泉镇: { partyDone: 13 } }), before)).problems).toEqual([]);
    expect((await longquan('党组织今天又完成1个,全镇累计完成15个', { refuse: 'conflict', mention: [], avoid: [] }, before)).problems).toEqual([]);
  });
});
