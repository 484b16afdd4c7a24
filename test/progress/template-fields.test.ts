// Reports typed into the county's template (【乡镇】【监委会】…), ranks among townships, the candidates' make-up, ranges
// and people named one by one after their count.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('template', 'wecom:liulin_zhou', '2026-11-21T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });
const before = [{ township: '柳林乡', date: '2026-11-20', figures: { partyDone: 5, committeeDone: 3 } }];

describe('a template’s fields', () => {
  it('reads a field named by a short indicator name, and leaves a blank field out', async () => {
    const text = '【乡镇】柳林\n【党组织换届】今日完成2个，累计7个\n【村委会换届】累计4个\n【监委会】累计4个\n【一肩挑】';
    expect((await run(text, records({ 柳林乡: { partyDone: 7, committeeDone: 4, supervisionDone: 4 } }), { before })).problems).toEqual([]);
  });

  it('reads a field heading the day’s new ones', async () => {
    const text = '【乡镇】柳林乡\n【今日新增】\n党组织换届：2个\n村委会换届：1个\n其他：无变化';
    expect((await run(text, records({ 柳林乡: { partyDone: 7, committeeDone: 4 } }), { before })).problems).toEqual([]);
  });

  it('reads a long field naming the part of a body', async () => {
    const text = '【乡镇】柳林\n【党组织换届完成数】6\n【社区居委会换届完成数】4\n【交叉任职人数】13';
    expect((await run(text, records({ 柳林乡: { partyDone: 6, committeeDone: 4, crossPost: 13 } }), { before })).problems).toEqual([]);
  });

  it('still drops an emoticon', async () => {
    expect((await run('柳林乡党组织完成7个[强][玫瑰]', records({ 柳林乡: { partyDone: 7 } }), { before })).problems).toEqual([]);
  });
});

describe('words around the figures', () => {
  it.each([
    // A rank among the townships is no running total.
    ['柳林乡今日新增党组织4个。至此党组织9个全部完成，全县第三个完成。', { partyDone: 9 }],
    ['柳林乡党组织完成9个。全县乡一级我们第一个党组织清零。', { partyDone: 9 }],
    // Of the secretaries, those who are also directors: the one-shoulder count.
    ['柳林乡党组织、村委会均完成5个。5名书记中一肩挑4人。', { partyDone: 5, committeeDone: 5, oneShoulder: 4 }],
    // An order for the villages left (必须完成) is a plan; the youngest and oldest are no counts.
    ['柳林乡 党组织换届：9个完成。落后的三个村本周内必须完成！', { partyDone: 9 }],
    ['柳林乡 今天支部全完了 9个 书记都是本村的 最小的29 最大的58', { partyDone: 9 }],
    // Departments counted are no figure; 纪委监委 is no supervision committee; 无一人取消资格 is none disqualified.
    ['柳林乡今日联审情况：县纪委监委、公安、法院等12个部门联审人选54人，取消1人', { reviewed: 54, disqualified: 1 }],
    ['柳林乡：全乡各村“两委”人选资格审查已全部完成，共审查28人，无一人取消资格。', { reviewed: 28, disqualified: 0 }],
    // A person's age, after the members' average or on a line naming a village and the person, is no figure.
    ['柳林乡 截至11月21日\n党组织 9个 全部完成\n新当选“两委”成员平均年龄43.6岁\n王家沟村新书记郑小军，27岁，是全乡最年轻的书记', { partyDone: 9, avgAge: 43.6 }],
    ['柳林乡村委会主任如下：\n杨家岭村 陈国庆 51岁\n后河村 李军 26岁\n村委会完成4个。', { committeeDone: 4 }],
    // The candidates’ make-up is set aside; their review is read.
    ['柳林乡联审完成：审查人选54人，取消资格1人。通过的人选中35岁以下11人，女性9人。', { reviewed: 54, disqualified: 1 }],
  ])('%s', async (text, figures) => {
    expect((await run(text, records({ 柳林乡: figures }), { before })).problems).toEqual([]);
  });

  it('adds those disqualified among the new ones reviewed to the record', async () => {
    const prior = [{ township: '柳林乡', date: '2026-11-20', figures: { reviewed: 84, disqualified: 1 } }];
    const r = await run('柳林乡今天联审新增11人，其中取消资格1人', records({ 柳林乡: { reviewed: 95, disqualified: 2 } }), { before: prior });
    expect(r.problems).toEqual([]);
  });

  it('reads a body said all elected (全部推选完毕)', async () => {
    expect((await run('柳林乡村务监督委员会全部推选完毕。', records({ 柳林乡: { supervisionDone: 9 } }), { before })).problems).toEqual([]);
  });

  it.each([
    ['柳林乡联审23人，取消1-2人', 'vague'],
    ['柳林乡一肩挑4人，分别是：柳树湾村张涛、前营村李秀英、后营村赵国强。', 'conflict'],
  ] as const)('refuses %s', async (text, code) => {
    const r = await run(text, { refuse: code, mention: [], avoid: [] }, { before });
    expect(stored(r.problems)).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  it('reads people named one by one when they are as many as counted', async () => {
    const text = '柳林乡一肩挑3人，分别是：柳树湾村张涛、前营村李秀英、后营村赵国强。';
    expect((await run(text, records({ 柳林乡: { oneShoulder: 3 } }), { before })).problems).toEqual([]);
  });
});
