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

// Tuning writer R144 (a township organised in 管区/片区): areas before or after the body, a line per area, a sum after.
describe('figures told area by area, in any order of area and body', () => {
  it.each([
    ['白沙镇村委会东片6个、西片5个，一肩挑东片5人、西片5人，交叉任职两个片一共14人', { committeeDone: 11, oneShoulder: 10, crossPost: 14 }],
    ['白沙镇 东片党组织3个 西片党组织4个 合计7个 村委会东片2西片2', { partyDone: 7, committeeDone: 4 }],
    ['白沙镇\n东片区：党4 村4 监3\n西片区：党5 村4 监4\n合计：党9 村8 监7', { partyDone: 9, committeeDone: 8, supervisionDone: 7 }],
    ['白沙镇党组织换届完成情况：东片7个村全部完成，西片9个村完成8个。', { partyDone: 15 }],
    ['白沙镇：一管区村委会选举完成3个，二管区2个，三管区还没开始。', { committeeDone: 5 }],
    ['白沙镇新一届两委：35岁及以下的东片6人西片5人', { under35: 11 }],
    // Each body's sum is checked against its own areas, not another body's.
    ['白沙镇联络员在开会，我代报：白沙镇党组织东片8个、西片7个，监委会东片5个、西片4个。', { partyDone: 15, supervisionDone: 9 }],
    // The places counted, then their body and its verb; 全镇 before the verb is the whole township, no due count.
    ['白沙镇：东片3个村党支部都选完了，西片4个村选完了3个', { partyDone: 6 }],
    ['白沙镇：北片区3个社区党组织换届完成，南片区2个；村委会北片区2个、南片区1个。', { partyDone: 5, committeeDone: 3 }],
    ['白沙镇：党组织换届全镇已完成16个（东片9个、西片7个），村委会东片6个、西片5个。', { partyDone: 16, committeeDone: 11 }],
    // A sum said after the areas with the township's word or the areas counted (全镇合计, 两个管区共), on the next line too;
    // areas named 上/下/前/后; an area with none done, said in words (没有) or as a day still to come.
    ['白沙镇 北片村委会4个，南片3个，全镇合计7个', { committeeDone: 7 }],
    ['白沙镇\n一管区：监委会5个\n二管区：监委会2个\n全镇合计7个', { supervisionDone: 7 }],
    ['白沙镇 上片一肩挑4人 下片3人 两个片合计7人', { oneShoulder: 7 }],
    ['白沙镇资格联审:前片审查30人,后片25人,共55人;不合格的前片1人,后片没有', { reviewed: 55, disqualified: 1 }],
    ['白沙镇村委会上片6个村已选完，下片5个村后天选', { committeeDone: 6 }],
    ['白沙镇党组织：东片5 西片4\n村委会：东片3 西片2\n（东片9个村，西片7个村）', { partyDone: 9, committeeDone: 5 }],
  ])('%s', async (text, figures) => {
    expect((await baisha(text, records({ 白沙镇: figures }))).problems).toEqual([]);
  });

  it.each([
    ['白沙镇今日新增：一管区监委会2个，三管区1个；党组织二管区又完成1个', { supervisionDone: 7, partyDone: 13 }],
    ['白沙镇今天三管区党组织又完成2个，一管区、二管区村委会各新增1个', { partyDone: 14, committeeDone: 8 }],
    ['白沙今天东片又选出一肩挑2人，西片1人，村委会两个片各新完成1个', { oneShoulder: 8, committeeDone: 8 }],
    // The areas straight after the one figure they make up are a note on it.
    ['白沙镇今天村委会又完成4个,南片3个北片1个', { committeeDone: 10 }],
  ])('adds new ones told area by area to the record: %s', async (text, figures) => {
    const before = { before: [{ township: '白沙镇', date: '2026-11-25', figures: { partyDone: 12, committeeDone: 6, supervisionDone: 4, oneShoulder: 5 } }] };
    expect((await baisha(text, records({ 白沙镇: figures }), before)).problems).toEqual([]);
  });

  it.each([
    // An area still to come, or left out for one body: the sum is not known.
    ['白沙镇：党组织北片2个、南片3个；村委会北片2个，南片的明天一起报', 'area-only'],
    // One area's villages and those done there, the other's not told: the township's figure is never one area's.
    ['白沙镇：东片3个村党支部都选完了，西片的还在统计', 'area-only'],
    // A correction of one area's figure is no township figure.
    ['更正：白沙镇西片村委会刚才报错了，应该是4个', 'area-only'],
    // Areas that do not add up to the sum said after them.
    ['白沙镇 东片党组织3个 西片党组织4个 合计8个', 'conflict'],
    // Areas listed after the name, another said after them still to come.
    ['白沙镇村委会推选：东片5个，中片4个，西片的还没报上来', 'missing-indicator'],
    // All done said of some areas: how many villages they hold is not told.
    ['白沙镇监委会：东片、西片已全部完成，南片还差2个', 'vague'],
  ] as const)('refuses %s', async (text, refuse) => {
    expect((await baisha(text, { refuse, mention: [], avoid: [] })).problems).toEqual([]);
  });
});
