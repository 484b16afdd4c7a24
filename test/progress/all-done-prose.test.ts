// All done said in a work report's prose: words of manner inside the phrase, 收官, 所有 after 全镇.
import { describe, expect, it } from 'vitest';
import { reportRunner } from './eval-runner.js';

const run = reportRunner('all-done-prose', 'wecom:longquan_feng', '2026-11-27T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });

describe('all done in prose', () => {
  it.each([
    ['龙泉镇村党组织换届全部圆满完成！村民委员会选举已完成12个。', { partyDone: 20, committeeDone: 12 }],
    ['截至今日，全镇所有村党组织和村民委员会换届选举均已顺利完成，新一届成员中女性27名。', { partyDone: 20, committeeDone: 20, female: 27 }],
    ['龙泉镇监委会最后2个村今天推选完成，至此党组织、村委会、监委会三项全部收官。', { partyDone: 20, committeeDone: 20, supervisionDone: 20 }],
    ['龙泉镇党组织、村委会均已完成换届，各村村务监督委员会也已同步推选产生。', { partyDone: 20, committeeDone: 20, supervisionDone: 20 }],
  ])('%s', async (text, figures) => {
    const r = await run(text, records({ 龙泉镇: figures }));
    expect(r.problems).toEqual([]);
  });

  it('同步 is in step with the bodies just counted, not all of the township', async () => {
    const r = await run('龙泉镇村委会换届已完成12个；村务监督委员会推选均已同步完成，共计12个。', records({ 龙泉镇: { committeeDone: 12, supervisionDone: 12 } }));
    expect(r.problems).toEqual([]);
  });

  it('a word of manner does not make a count of a figure not done', async () => {
    const r = await run('龙泉镇党组织已顺利完成15个，村委会正在有序推进。', records({ 龙泉镇: { partyDone: 15 } }));
    expect(r.problems).toEqual([]);
  });
});

describe('sections of problems and next steps under the figures', () => {
  it('their counts tell the story: set aside whole, the figures above stored', async () => {
    const r = await run('龙泉镇换届工作日报\n①党组织选举完成9个村\n②村委会选举完成6个村\n存在问题:\n①1个村报名人数不足,正在做工作\n②2个村外出党员较多\n下一步:\n①力争本周完成村委会选举', records({ 龙泉镇: { partyDone: 9, committeeDone: 6 } }));
    expect(r.problems).toEqual([]);
    expect(r.reply).toContain('1个村报名人数不足');
  });

  it('a section that puts a figure right is still read', async () => {
    const r = await run('龙泉镇党组织9个\n存在问题:\n①昨天报的村委会6个有误，应为5个', records({ 龙泉镇: { partyDone: 9 }, '龙泉镇 2026-11-26': { committeeDone: 5 } }));
    expect(r.problems).toEqual([]);
  });
});

describe('several bodies named, one count, then 全部完成', () => {
  it('gives the count to each, checked against the due count', async () => {
    const r = await run('龙泉镇：村党组织、村委会、监委会换届20个村全部完成', records({ 龙泉镇: { partyDone: 20, committeeDone: 20, supervisionDone: 20 } }));
    expect(r.problems).toEqual([]);
  });

  it('refuses a count that is not the due count', async () => {
    const r = await run('龙泉镇：党组织、村委会、监委会18个全部完成', { refuse: 'conflict', mention: [], avoid: [] });
    expect(r.problems).toEqual([]);
  });

  it('refuses a list with a word not read as a body (half the list)', async () => {
    const r = await run('龙泉全部搞定：支部、村委、监督20个村都选完了', { refuse: 'missing-figure', mention: [], avoid: [] });
    expect(r.problems).toEqual([]);
  });
});
