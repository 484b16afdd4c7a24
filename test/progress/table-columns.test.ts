// Pasted tables with columns the clerk does not record: one 完成率 after several counts is the sheet's own summary
// (set aside, not checked against the last count); a row per body under 应换届 | 已完成 | 未完成 stores what is done,
// the due checked and what is left checked against the two.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('table-columns', 'wecom:chengguan_li', '2026-11-26T20:00:00+08:00');
const ok = async (text: string, figures: Record<string, number>) => {
  const r = await run(text, { records: { 城关镇: figures }, warnings: [] });
  expect(r.problems).toEqual([]);
};

describe('a rate column of no count in particular', () => {
  it('sets one 完成率 after several counts aside', async () => {
    await ok('城关镇进度\n乡镇\t应换届村数\t党组织\t村委会\t监委会\t完成率\n城关镇\t18\t15\t12\t12\t83%', { due: 18, partyDone: 15, committeeDone: 12, supervisionDone: 12 });
  });

  it('still checks a rate paired with each count', async () => {
    const r = await run('乡镇\t应换届\t党组织完成\t完成率\t村委会完成\t完成率\n城关镇\t18\t15\t66.7%\t12\t83.3%', { refuse: 'percent-not-count', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('a row per body under 应换届, 已完成, 未完成', () => {
  it('stores what is done', async () => {
    await ok('城关镇\n项目 应换届 已完成 未完成\n党组织 18 15 3\n村委会 18 12 6', { due: 18, partyDone: 15, committeeDone: 12 });
  });

  it('stores what is done with no 未完成 column', async () => {
    await ok('城关镇今日进度：\n项目\t应换届\t已完成\n村党组织\t18\t15\n村委会\t18\t12', { due: 18, partyDone: 15, committeeDone: 12 });
  });

  it('stores nothing when what is left does not agree', async () => {
    const r = await run('城关镇\n项目 应换届 已完成 未完成\n党组织 18 15 2\n村委会 18 12 6', { refuse: 'missing-indicator', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('columns the clerk does not record', () => {
  it('sets aside a plan column beside what is done', async () => {
    await ok('城关镇\t已完成\t本周计划完成\n党组织\t15\t18\n村委会\t12\t16', { partyDone: 15, committeeDone: 12 });
  });

  it('reads this term’s column and sets the last term’s aside', async () => {
    await ok('城关镇两委成员结构\n指标 本届 上届\n35岁以下 9 4\n女性 14 10', { under35: 9, female: 14 });
  });

  it('sets aside the members’ total and lower schooling', async () => {
    await ok('城关镇两委成员\n总人数\t女性\t大专及以上\t高中及以下\n90\t14\t40\t50', { female: 14, college: 40 });
  });

  it('sets aside a count of villages reviewed', async () => {
    await ok('城关镇资格联审情况\n联审村数 审查人数 不通过人数\n18 210 3', { reviewed: 210, disqualified: 3 });
  });
});
