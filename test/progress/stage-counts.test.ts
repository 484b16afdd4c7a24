// Villages counted at a step of the process (提名3, 资格联审阶段3个, 2个村在联审, 4个交接中) are no villages done: set aside
// beside the counts done, or — one of them with the rest said done — how many are left. People reviewed (联审38人) and a
// 监委会 推选 done stay figures.
import { describe, expect, it } from 'vitest';
import { reportRunner } from './eval-runner.js';

const run = reportRunner('stage-counts', 'wecom:longquan_feng', '2026-11-24T20:00:00+08:00');
const records = (figures: Record<string, number>) => ({ records: { 龙泉镇: figures }, warnings: [] });

describe('counts at a step of the process', () => {
  it.each([
    ['龙泉镇换届进度：\n党组织——提名3、联审5、选举日待定2、已完成10\n村委会——推选阶段12、提名6、已完成2', { partyDone: 10, committeeDone: 2 }],
    ['龙泉镇：支部换届9个都弄完了，村委这边提名3个、联审2个、已经选完4个。', { partyDone: 9, committeeDone: 4 }],
    ['龙泉镇 党组织：已选完10个，还有2个正在计票，剩3个在联审。', { partyDone: 10 }],
    ['龙泉镇资格联审阶段：目前有8个村在联审，已联审候选人72人，其中3人不符合条件取消资格；党组织正式选举完成6个。', { reviewed: 72, disqualified: 3, partyDone: 6 }],
  ] as [string, Record<string, number>][])('%s', async (text, figures) => {
    const r = await run(text, records(figures));
    expect(r.problems).toEqual([]);
  });

  it('reads one count at a step with the rest said done as what is left (2个村在资格联审，其余都已选举完成)', async () => {
    // 龙泉镇 is due 20 in the example county.
    const r = await run('龙泉镇党组织：2个村在资格联审，其余都已选举完成。', records({ partyDone: 18 }));
    expect(r.problems).toEqual([]);
  });

  it('keeps people reviewed and a 监委会 推选 done as figures', async () => {
    expect((await run('龙泉镇资格联审38人，党组织完成12个', records({ reviewed: 38, partyDone: 12 }))).problems).toEqual([]);
    expect((await run('龙泉镇监委会推选8个，党组织完成12个', records({ supervisionDone: 8, partyDone: 12 }))).problems).toEqual([]);
  });
});

describe('steps of the vote told done by villages, beside counts done', () => {
  it.each([
    // Registration, nomination, the review and the hand-over, each with its count of villages.
    ['龙泉镇：选民登记20个全部完成，资格联审已完成16个村，累计审查110人，党组织换届完成12个', { reviewed: 110, partyDone: 12 }],
    ['龙泉镇今日：候选人提名完成15个，资格联审审查了96人，不通过4人，党组织完成10个', { reviewed: 96, disqualified: 4, partyDone: 10 }],
    ['龙泉镇：党组织18个、村委会17个换届已完成，首次会议都开了，新老班子交接完成15个', { partyDone: 18, committeeDone: 17 }],
    ['龙泉镇截至今日：\n选民登记 20/20\n资格联审 18/20\n党组织换届完成16个 村委会换届完成12个', { partyDone: 16, committeeDone: 12 }],
  ] as [string, Record<string, number>][])('%s', async (text, figures) => {
    const r = await run(text, records(figures));
    expect(r.problems).toEqual([]);
  });

  it('still refuses a step’s count alone', async () => {
    const r = await run('龙泉镇候选人提名完成15个', { refuse: 'not-done', mention: [], avoid: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('a step told in a clause of its own after a name left waiting', () => {
  it('sets the step’s count aside; the name does not take it', async () => {
    const r = await run('龙泉镇进度：党组织换届20/20，村委会换届19/20，最后一个村委会明天正式选举，首次会议已召开18个。', records({ partyDone: 20, committeeDone: 19 }));
    expect(r.problems).toEqual([]);
  });

  it('people counted in such a clause are still the waiting name’s', async () => {
    const r = await run('龙泉镇资格联审方面，共计对拟提名人选90名开展联审，其中取消资格2人。党组织完成12个', records({ reviewed: 90, disqualified: 2, partyDone: 12 }));
    expect(r.problems).toEqual([]);
  });
});

// The forty-ninth held-out round's stage reports (R252, read after its run): villages at any step said as one, handed
// over, or set for a day still to come.
describe('villages at a step said in other words', () => {
  it.each([
    ['龙泉镇党组织换届完成16个，目前还有3个村在候选人提名阶段，1个村在做正式选举的准备', { partyDone: 16 }],
    ['龙泉镇交接工作：已完成12个村的新老班子交接，3个村约在本周五。\n监委会推选完成15个。', { supervisionDone: 15 }],
  ])('%s', async (text, figures) => {
    const r = await run(text, records(figures));
    expect(r.problems).toEqual([]);
  });
});
