// None said in words where a figure goes, and numbers that count nothing the county collects, through the
// real report skill.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';
import { withoutOtherNumbers } from '../../src/progress/other-numbers.js';

const run = reportRunner('none-and-other-numbers', 'wecom:baisha_wu', '2026-11-24T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });
const refused = { refuse: 'conflict' as const, mention: [], avoid: [] };

describe('none said in words', () => {
  it.each([
    ['白沙镇资格联审累计审查186人，无一人被取消资格。', { reviewed: 186, disqualified: 0 }],
    ['白沙镇村委会完成8个，一肩挑：暂无，交叉任职的还没有', { committeeDone: 8, oneShoulder: 0, crossPost: 0 }],
    ['白沙镇村委会完成8个，35岁以下的暂时没有，大专以上学历的一个都没有', { committeeDone: 8, under35: 0, college: 0 }],
    ['白沙镇党组织完成五个村委会还没有开始监委会也还没有', { partyDone: 5, committeeDone: 0, supervisionDone: 0 }],
    ['马坊乡女性委员一个都没有', { female: 0 }],
    ['白沙镇居委会完成1个，监委会1个都没有', { committeeDone: 1, supervisionDone: 0 }],
    ['白沙镇还没有村完成换届，党组织、村委会、监委会都是零。', { partyDone: 0, committeeDone: 0, supervisionDone: 0 }],
  ])('%s: each is 0', async (text, figures) => {
    const township = text.startsWith('马坊') ? '马坊乡' : '白沙镇';
    const from = township === '马坊乡' ? 'dingtalk:mafang_zheng' : 'wecom:baisha_wu';
    expect((await run(text, records({ [township]: figures }), { from })).problems).toEqual([]);
  });

  it.each([
    // Not yet reported, an average not yet worked out: no 0.
    ['白沙镇党组织8个，村委会还没有报上来', { partyDone: 8 }],
    ['白沙镇村委会完成8个，平均年龄：暂无', { committeeDone: 8 }],
  ])('%s: no 0 is stored', async (text, figures) => {
    expect((await run(text, records({ 白沙镇: figures }))).problems).toEqual([]);
  });

  it('refuses what 0 puts against the rest: nobody reviewed, two not passed', async () => {
    expect(stored((await run('白沙镇资格联审审查暂无，不通过的有2人', refused)).problems)).toEqual([]);
  });
});

describe('numbers that count nothing collected', () => {
  it.each([
    '根据县委组织部〔2026〕12号文件要求，剩余村定于12月1日前完成。',
    '有事打他座机0719-8231675',
    '现场负责人张主任 139 0721 6658',
    '东岗村3组、6组的投票站下午4点半才收箱',
    '新书记是个80后',
    '东街村新主任是返乡大学生，才29岁',
    '东岭村延后一个小时开箱',
    '流动票箱走了七八户',
    '联审会议下午2:30在镇政府2楼召开，参加单位11个',
    '设中心会场1个、投票站4个（1组、3组、5组、7组）',
    '今天两个村共有党员一百三十七名，到会一百三十一名',
    '不好意思，刚才王主任好像也报了一次，以我这条为准',
    '名单我们又核了两遍，下午跑了三趟',
  ])('白沙镇党组织完成12个，村委会10个。%s: the figures are stored, the rest left', async (tail) => {
    expect((await run(`白沙镇党组织完成12个，村委会10个。${tail}`, records({ 白沙镇: { partyDone: 12, committeeDone: 10 } }))).problems).toEqual([]);
  });

  it('does not take departments for the people reviewed', async () => {
    const r = await run('白沙镇资格联审情况：经纪检、公安、法院等12个部门联审，审查138人，不通过5人', records({ 白沙镇: { reviewed: 138, disqualified: 5 } }));
    expect(r.problems).toEqual([]);
    expect(stored((await run('白沙镇经公安等12个部门联审', refused)).problems)).toEqual([]);
  });

  it('keeps an age the average names, and refuses ages by village under it', async () => {
    expect((await run('白沙镇村委会完成10个，平均45岁', records({ 白沙镇: { committeeDone: 10, avgAge: 45 } }))).problems).toEqual([]);
    expect(stored((await run('新一届两委成员平均年龄：幸福社区41.5岁，和平社区38岁', refused)).problems)).toEqual([]);
  });

  it('sets aside a count of villages at a step told before the figures, and a person’s age', async () => {
    const text = '白沙镇日报\n一、今日选举：上王村、下王村、柳沟村3个村召开选举大会。新书记32岁。\n二、累计进度：党组织完成12个，村委会10个。';
    expect((await run(text, records({ 白沙镇: { partyDone: 12, committeeDone: 10 } }))).problems).toEqual([]);
  });

  it('reads 0 after a name in a proxy’s message about villagers out of signal', async () => {
    const r = await run('代报一下（联络员在村里没信号）：白沙镇党组织2个，村委会还没有，监委会也没有。', records({ 白沙镇: { partyDone: 2, committeeDone: 0, supervisionDone: 0 } }));
    expect(r.problems).toEqual([]);
  });

  it('reads a township’s own party committee as the township', async () => {
    const r = await run('白沙镇党委今天村委会完成十个 一肩挑八人', records({ 白沙镇: { committeeDone: 10, oneShoulder: 8 } }));
    expect(r.problems).toEqual([]);
  });
});

describe('none said before a bracket, after villages counted left', () => {
  it('reads 村委会还一个都没选（定在下周集中选） as 0 beside 党组织还差4个村', async () => {
    const r = await run('白沙镇党组织还差4个村，村委会还一个都没选（定在下周集中选）', { records: { 白沙镇: { partyDone: 12, committeeDone: 0 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('none refused in a run-on voice message', () => {
  it('reads 没有不通过的 as 0 though 今天 opened the message far before it', async () => {
    const r = await run('白沙镇汇报一下今天的情况一是党组织换届完成了三个二是村委会完成了两个三是资格联审一共审查了四十二人没有不通过的明天继续推进', { records: { 白沙镇: { partyDone: 3, committeeDone: 2, reviewed: 42, disqualified: 0 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('spans of time, weights and every one among the feelings', () => {
  it('takes out 这两个月, 每一位同志 and 瘦了八斤, reading the figures beside them', async () => {
    const r = await run('白沙镇党组织16个、村委会16个、监委会16个全部完成🎉 这两个月瘦了八斤，感谢镇里每一位同志，一肩挑15人。', { records: { 白沙镇: { partyDone: 16, committeeDone: 16, supervisionDone: 16, oneShoulder: 15 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('leaves a weekday on the line after a figure alone (新增2个\\n周二 新增3个)', () => {
    expect(withoutOtherNumbers('周一 新增2个\n周二 新增3个')).toBe('周一 新增2个\n周二 新增3个');
    expect(withoutOtherNumbers('这三周辛苦了')).toBe('这辛苦了');
  });
});

describe('words that hold a numeral and count nothing', () => {
  it.each([
    ['我替白沙报一下他俩今天开会来不及 白沙镇党组织十三个村委会十一个', { partyDone: 13, committeeDone: 11 }],
    ['白沙镇一肩挑9人 村委会完成十一个 一肩挑的村白沙村沙河村等等就不一一列了', { oneShoulder: 9, committeeDone: 11 }],
  ])('%s', async (text, figures) => {
    expect((await run(text, records({ 白沙镇: figures }))).problems).toEqual([]);
  });

  it('reads a total named as what was wrong as no name waiting for a figure', async () => {
    const r = await run('更正：刚才报的白沙镇合计算错了，村委会应为9个，不是8个，其他不变', records({ 白沙镇: { committeeDone: 9 } }), { before: [{ township: '白沙镇', date: '2026-11-24', figures: { committeeDone: 8 } }] });
    expect(r.problems).toEqual([]);
  });
});

describe('a figure the reporter is not sure of', () => {
  it.each([
    '白沙镇党组织完成13个，村委会12个。（党组织是12个还是13个我再问问）',
    '白沙镇党组织完成13个，村委会12个。党组织是12个还是13个？',
  ])('%s is refused, and nothing stored', async (text) => {
    const r = await run(text, { refuse: 'unverified', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('the day’s batch said in the clause before', () => {
  it('reads 都通过了 after 又审了N人 as none of the batch refused, not none at all', async () => {
    const before = { before: [{ township: '白沙镇', date: '2026-11-23', figures: { reviewed: 64, disqualified: 1 } }] };
    expect((await run('白沙镇联审又审了12人，都通过了', records({ 白沙镇: { reviewed: 76 } }), before)).problems).toEqual([]);
  });

  it('reads 一肩挑是八个 as eight where eighteen would pass the due count', async () => {
    expect((await run('白沙镇党组织十二个 村委会十个 然后一肩挑是八个', records({ 白沙镇: { partyDone: 12, committeeDone: 10, oneShoulder: 8 } }))).problems).toEqual([]);
  });
});

describe('a completion rate spoken on into the next body', () => {
  it('ends the body’s clause at its rate (完成了12个完成率百分之七十五村委会完成8个)', async () => {
    expect((await run('白沙镇党组织换届完成了12个完成率百分之七十五村委会完成8个百分之五十', records({ 白沙镇: { partyDone: 12, committeeDone: 8 } }))).problems).toEqual([]);
  });

  it('leaves a rate that ends in a numeral word whole (完成率百分之七十五，…)', async () => {
    expect((await run('白沙镇党组织换届完成率百分之七十五，村委会完成8个', records({ 白沙镇: { partyDone: 12, committeeDone: 8 } }))).problems).toEqual([]);
  });
});
