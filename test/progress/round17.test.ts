// Classes from the seventeenth held-out round, read after its run (R39 township paperwork, R40 replies to reminders
// and to the bot), through the real report skill — in our own words, not the writers'.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('round17', 'wecom:baisha_wu', '2026-11-24T20:00:00+08:00');
const records = (figures: Record<string, number>) => ({ records: { 白沙镇: figures }, warnings: [] });
const onRecord = (figures: Record<string, number>) => ({ before: [{ township: '白沙镇', date: '2026-11-23', figures }] });

describe('after the day\'s new ones', () => {
  it('reads a count straight before 全部完成 as how many all is', async () => {
    expect((await run('白沙镇监委会今天又选完3个，16个全部完成了', records({ supervisionDone: 16 }), onRecord({ supervisionDone: 13 }))).problems).toEqual([]);
  });

  it('never reads the villages counted after 全镇 as new ones', async () => {
    expect((await run('白沙镇今天新增3个村完成村委会换届，至此全镇16个村村委会换届全部完成', records({ committeeDone: 16 }), onRecord({ committeeDone: 13 }))).problems).toEqual([]);
  });
});

describe('in a correction', () => {
  it('sets aside a count told as what happened', async () => {
    const r = await run('白沙镇应换届的改成15个了，有一个村撤并，党组织15个全部完成', { records: { 白沙镇: { due: 15, partyDone: 15 } }, warnings: ['due-differs'] });
    expect(r.problems).toEqual([]);
  });

  it('takes a bracket naming the figure reported before as making the message a correction', async () => {
    const r = await run('白沙镇：截至今日一肩挑的8人（前报9人有误，有1个村主任未当选）', { records: { 白沙镇: { oneShoulder: 8 } }, warnings: [] }, { ...onRecord({ committeeDone: 12, oneShoulder: 9 }) });
    expect(r.problems).toEqual([]);
  });

  it('reads 前报 as the figure being replaced', async () => {
    const r = await run('白沙镇更正：村委会应为11个，前报12个系重复统计', records({ committeeDone: 11 }), onRecord({ committeeDone: 12 }));
    expect(r.problems).toEqual([]);
  });
});

describe('paperwork', () => {
  it('reads 尚有N个村 as what is left', async () => {
    expect((await run('白沙镇：完成村民委员会选举的村14个，尚有2个村定于下周选举', records({ committeeDone: 14 }))).problems).toEqual([]);
  });

  it('checks a share of the due count against the count it restates', async () => {
    expect((await run('白沙镇：完成村民委员会选举的村12个，占全镇应换届村数的75%', records({ committeeDone: 12 }))).problems).toEqual([]);
    const r = await run('白沙镇：完成村民委员会选举的村9个，占全镇应换届村数的75%', { refuse: 'conflict', mention: [], avoid: [] });
    expect(r.problems.filter((p) => p.startsWith('accepted'))).toEqual([]);
  });

  it('reads a 合计 of a figure\'s two parts as restating it, not as the due count', async () => {
    expect((await run('白沙镇：完成村民委员会选举的村10个、社区居委会选举的社区2个，合计12个', records({ committeeDone: 12 }))).problems).toEqual([]);
  });

  it('takes 县乡 for the county and townships, no township name', async () => {
    expect((await run('白沙镇资格联审人选共80人，经县乡联审取消资格的3人', records({ reviewed: 80, disqualified: 3 }))).problems).toEqual([]);
  });
});

describe('all done said of joined names', () => {
  it('reads the villages done, said again after 全部完成, as the count of all', async () => {
    expect((await run('白沙镇村委会换届已全部完成，完成选举的村16个', records({ committeeDone: 16 }))).problems).toEqual([]);
    const r = await run('白沙镇村委会换届已全部完成，完成选举的村15个', { refuse: 'conflict', mention: [], avoid: [] });
    expect(r.problems.filter((p) => p.startsWith('accepted'))).toEqual([]);
  });

  it('reads 都已完成 after two names as all done for each', async () => {
    const r = await run('白沙镇党组织、村委会都已完成，监委会完成13个', records({ partyDone: 16, committeeDone: 16, supervisionDone: 13 }));
    expect(r.problems).toEqual([]);
  });
});
