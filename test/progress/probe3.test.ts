// The third safety probe (a helper writing sentences where a careless reader stores something wrong, the reader a
// black box), through the whole bot for an admin: what it stored wrongly is now refused, as a class.
import { describe, expect, it } from 'vitest';
import { createHarness, type ReportCase } from './eval-runner.js';

const h = createHarness();
const admin = { file: 'probe3', index: 0, from: 'wecom:zzb_liu', at: '2026-11-22T20:00:00+08:00', before: [] };
const storesNothing = async (text: string) => {
  const r = await h.run({ ...admin, text, expect: { refuse: 'vague', mention: [], avoid: [] } } as ReportCase);
  return r.problems.filter((p) => p.startsWith('accepted'));
};

describe('a third safety probe: villages counted for another reason, plans and stages, units of other things', () => {
  it.each([
    // A batch, villages voting today or tomorrow, put off or voting again: no due count, nothing done.
    '龙泉镇第3批6个村明天进行党组织选举',
    '白沙镇首批8个村今天进行村委会选举',
    '柳林乡有2个村村委会主任选举未过半数，需要另行选举',
    '龙泉镇共4个村的村委会选举需要二次投票',
    '城关镇有2个村党组织选举因票数不过半需重新选举',
    // Stages before the vote.
    '柳林乡村委会选举，3个村已发布选举公告',
    '龙泉镇候选人公示已完成12个村',
    '杨家岭乡联审报送名单3批共60人',
    // A plan, a deadline, a ratio.
    '龙泉镇今晚还将完成1个村的村委会选举',
    '马坊乡3个工作日内完成监委会换届',
    '柳林乡党组织换届完成数是杨家岭乡的2倍',
  ])('stores nothing from %s', async (text) => {
    expect(await storesNothing(text)).toEqual([]);
  });

  it.each([
    // A bracket after a figure that says it is wrong.
    '城关镇党组织换届完成16个（更正：是15个）',
    '河西乡党组织换届完成12个（作废，以下条为准）',
  ])('refuses %s as withdrawn', async (text) => {
    const r = await h.run({ ...admin, text, expect: { refuse: 'withdrawn', mention: [], avoid: [] } } as ReportCase);
    expect(r.problems).toEqual([]);
  });

  it('keeps a figure whose bracket names the one it replaces', async () => {
    const r = await h.run({ ...admin, text: '更正今日通报中河西乡数据:村委会完成数为7个(原通报8个有误)。', expect: { records: { 河西乡: { committeeDone: 7 } }, warnings: [] } } as ReportCase);
    expect(r.problems).toEqual([]);
  });

  it('reads 没有全部完成 as not all done: what is left gives the figure', async () => {
    const r = await h.run({ ...admin, text: '柳林乡村委会换届还没有全部完成，还剩2个', expect: { records: { 柳林乡: { committeeDone: 7 } }, warnings: [] } } as ReportCase);
    expect(r.problems).toEqual([]);
    expect(await storesNothing('柳林乡村委会没有全部完成')).toEqual([]);
  });

  it.each([
    // A start date is no report date: the running total is today's.
    ['东城街道从11月15日开始到现在累计完成监委会5个', { 东城街道: { supervisionDone: 5 } }],
    ['自11月10日启动以来，城关镇党组织完成15个', { 城关镇: { partyDone: 15 } }],
    // The holders of one post are no township figure; all the members are.
    ['杨家岭乡党组织书记平均年龄50.2岁，全体委员平均年龄47.6岁', { 杨家岭乡: { avgAge: 47.6 } }],
  ])('%s', async (text, want) => {
    const r = await h.run({ ...admin, text, expect: { records: want, warnings: [] } } as ReportCase);
    expect(r.problems).toEqual([]);
  });

  it.each(['龙泉镇村委会主任平均年龄46岁', '马坊乡新当选村委会主任中大专以上5人', '马坊乡资格联审完成8个村，下周开始选举', '杨家岭乡资格联审完成6个村'])('stores nothing from %s', async (text) => {
    expect(await storesNothing(text)).toEqual([]);
  });
});
