// Figures told among the day's problems (另行选举, 暂缓, a candidate who withdrew): a count of villages whose vote is
// still to come is no count done, a day named for one village's event dates nothing else, a remainder said without
// a pause ends before the next indicator's own count, and a count standing in a list where a name was left out is
// no figure — refused, however it compares with the figures around it.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('told-among-problems', 'wecom:yangjialing_chen', '2026-12-01T20:00:00+08:00');

describe('a count of villages whose vote is still to come', () => {
  it.each([
    ['杨家岭乡今天党组织累计6个，另外村委会有2个村明天正式选举', { partyDone: 6 }],
    ['杨家岭乡党组织完成6个 村委会2个后天投票', { partyDone: 6 }],
  ])('%s stores only the count done', async (text, figures) => {
    const r = await run(text, { records: { 杨家岭乡: figures }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('a count told as done before a day to come still stands', async () => {
    const r = await run('杨家岭乡党组织完成6个，村委会完成3个明天开始整理材料', { records: { 杨家岭乡: { partyDone: 6, committeeDone: 3 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('a day named for one village’s event', () => {
  it('dates nothing of the township’s figures', async () => {
    const r = await run('杨家岭乡：村委会7个全部完成，后沟村28日重新选举成功后新主任已到岗。监委会完成5个。', { records: { 杨家岭乡: { committeeDone: 7, supervisionDone: 5 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('a remainder said without a pause', () => {
  it.each([
    '杨家岭乡监委会完成四个剩下一个村村委会还在正式选举阶段一肩挑五个人',
    '杨家岭乡监委会完成四个剩下两个村还在选举一肩挑五个人',
  ])('%s ends before the next indicator’s count', async (text) => {
    const r = await run(text, { records: { 杨家岭乡: { supervisionDone: 4, oneShoulder: 5 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('a count in a list where a name was left out', () => {
  it.each([
    '杨家岭 党组织7 村委会6 5 一肩挑5',
    '杨家岭 党组织7 村委会6 5 一肩挑5 后沟明天另行选举',
  ])('%s is refused, nothing stored', async (text) => {
    const r = await run(text, { refuse: 'missing-indicator', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
    expect(r.problems).toEqual([]);
  });
});

describe('counts of the day’s story in a sentence of their own', () => {
  it.each([
    ['杨家岭乡：村委会完成5个。后沟村主任选举两名候选人分别得280票和260票，均未过半数，明天另行选举。', { committeeDone: 5 }],
    ['杨家岭乡今日：监委会完成6个。累计受理换届信访3件，已办结2件，另1件正在调查。', { supervisionDone: 6 }],
    ['杨家岭乡村委会今天7个全部完成。之前后沟村一名候选人主动退出，补充人选后今天顺利选举。', { committeeDone: 7 }],
  ] as [string, Record<string, number>][])('%s stores only the figures', async (text, figures) => {
    const r = await run(text, { records: { 杨家岭乡: figures }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('a bare count with no such word is still refused', async () => {
    const r = await run('杨家岭乡：村委会完成5个。后沟村那边2个', { refuse: 'missing-indicator', mention: [], avoid: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('the change since the last period beside a count', () => {
  it('is a comparison, set aside (环比+4)', async () => {
    const r = await run('杨家岭乡截至今日：村委会选举完成6个，环比上周+3；村务监督委员会完成5个，环比+4；交叉任职12人。', { records: { 杨家岭乡: { committeeDone: 6, supervisionDone: 5, crossPost: 12 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});
