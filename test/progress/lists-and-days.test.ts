// What a word before a list says of every figure in it (还差：党1 村4; 还差党组织1个,村委会4个), days listed together
// (各 / 都 / neither), and the edges of a message: a total word it ends on, a plan in a bracket, a day that is a
// bulletin's, people described in words no name holds.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('lists', 'wecom:shiqiao_sun', '2026-11-26T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });

describe('what is left, said once before a list', () => {
  it.each([
    ['石桥 还差：党1 村4 监7', { partyDone: 13, committeeDone: 10, supervisionDone: 7 }],
    ['石桥镇还差党组织1个,村委会4个', { partyDone: 13, committeeDone: 10 }],
    ['石桥镇 剩余：支部1个，村委2个', { partyDone: 13, committeeDone: 12 }],
  ])('%s', async (text, figures) => {
    expect((await run(text, records({ 石桥镇: figures }))).problems).toEqual([]);
  });
});

describe('days listed together', () => {
  it('gives each day its figure after 都 or 均 — where each day stood', async () => {
    const r = await run('石桥镇11月24日、25日党组织都是9个', records({ '石桥镇 2026-11-24': { partyDone: 9 }, '石桥镇 2026-11-25': { partyDone: 9 } }));
    expect(r.problems).toEqual([]);
  });

  it('refuses a figure after days listed with neither 各 nor 都: whose it is cannot be told', async () => {
    const r = await run('石桥镇11月24日、25日党组织9个', { refuse: 'unclear-date', mention: ['11月24日、25日'], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
    expect(r.problems).toEqual([]);
  });
});

describe('the edges of a message', () => {
  it('refuses a message that ends on the word of a total, its figure cut off', async () => {
    const r = await run('石桥镇今天村委会选完两个了 累计是', { refuse: 'missing-figure', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  it('still reads figures said to be totals at the end (都是累计)', async () => {
    expect((await run('石桥镇 党组织6 村委会5 都是累计', records({ 石桥镇: { partyDone: 6, committeeDone: 5 } }))).problems).toEqual([]);
  });

  it('sets aside a plan told in a bracket, and reads the figure after the bracket', async () => {
    const r = await run('石桥镇 党组织14个全部完成 村委会还差1个(后沟村,下周一重选) 监委会9个', records({ 石桥镇: { partyDone: 14, committeeDone: 13, supervisionDone: 9 } }));
    expect(r.problems).toEqual([]);
  });

  it('refuses a figure of people described in words beside a name (年轻的、学历高的加起来)', async () => {
    const r = await run('石桥镇新进班子的年轻的、学历高的加起来有41人', { refuse: 'missing-indicator', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  it('dates the figures to the day of sending when the day named is a bulletin’s', async () => {
    const text = '看了县里昨天的通报，我们也补上：石桥镇新一届两委成员35岁以下11人，女性14人';
    expect((await run(text, records({ 石桥镇: { under35: 11, female: 14 } }))).problems).toEqual([]);
  });

  it('reads 应 before a figure among shorthand pairs as the count due', async () => {
    const r = await run('石桥 应13（两村合并） 党12 村8', { records: { 石桥镇: { due: 13, partyDone: 12, committeeDone: 8 } }, warnings: ['due-differs'] });
    expect(r.problems).toEqual([]);
  });
});

describe('shorthand and the words around a figure', () => {
  it.each([
    ['石桥：党差1，村委差3', { partyDone: 13, committeeDone: 11 }],
    ['石桥 35↓ 7，大专及以上 26，女 11', { under35: 7, college: 26, female: 11 }],
    ['石桥 联审64/未过2', { reviewed: 64, disqualified: 2 }],
    ['石桥镇。党组织。完成六个。村委会完成。四个。', { partyDone: 6, committeeDone: 4 }],
  ])('%s', async (text, figures) => {
    expect((await run(text, records({ 石桥镇: figures }))).problems).toEqual([]);
  });

  it('reads a count straight before 累计 as the new ones, checked against the record', async () => {
    const before = [{ township: '石桥镇', date: '2026-11-25', figures: { supervisionDone: 9 } }];
    expect((await run('石桥镇监委会也选了2个，累计11个', records({ 石桥镇: { supervisionDone: 11 } }), { before })).problems).toEqual([]);
    const r = await run('石桥镇监委会也选了2个，累计12个', { refuse: 'conflict', mention: [], avoid: [] }, { before });
    expect(stored(r.problems)).toEqual([]);
  });

  it('sets aside the figure a bulletin printed by mistake (误录为)', async () => {
    const r = await run('更正今晚通报：石桥镇村委会完成数应为11个，通报误录为1个，特此说明。', records({ 石桥镇: { committeeDone: 11 } }));
    expect(r.problems).toEqual([]);
  });
});

describe('days and words told around a correction', () => {
  it('reads slashed days before a done word and its count as days, not fractions', async () => {
    const at = '2026-12-02T20:00:00+08:00';
    const text = '石桥镇监委会：11/30完成10个，12/1完成11个，今天12个';
    const r = await run(text, records({ '石桥镇 2026-11-30': { supervisionDone: 10 }, '石桥镇 2026-12-01': { supervisionDone: 11 }, 石桥镇: { supervisionDone: 12 } }), { at });
    expect(r.problems).toEqual([]);
  });

  it('reads 更新成 as where the figure stands now', async () => {
    const r = await run('刚看通报，石桥村委会我下午报的9个，晚上又选完一个，更新成10个', records({ 石桥镇: { committeeDone: 10 } }));
    expect(r.problems).toEqual([]);
  });

  it('passes over the week a figure was reported in, unless a correction makes it the day corrected', async () => {
    expect((await run('通报里石桥交叉任职是27人，这个数是我们上周报的，现在更新为34人', records({ 石桥镇: { crossPost: 34 } }))).problems).toEqual([]);
    const r = await run('石桥镇前几天报的监委会数有误，应为8个', { refuse: 'unclear-date', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });

  it('hears no township in 麻烦', async () => {
    // From 石桥镇's liaison: heard as 马坊, it would be a report for another township, refused.
    const r = await run('麻烦改一下，党组织9个', records({ 石桥镇: { partyDone: 9 } }));
    expect(r.problems).toEqual([]);
  });
});

describe('formal reports', () => {
  it('reads a note on who stands in, signed by the township’s office, as no note about the figures', async () => {
    const text = '石桥镇换届工作日报\n一、村党组织换届：已完成13个\n二、村民委员会换届：已完成7个\n注：联络员休假，本周由本人代报。镇党委副书记 孙卫东';
    expect((await run(text, records({ 石桥镇: { partyDone: 13, committeeDone: 7 } }))).problems).toEqual([]);
  });

  it('sets aside the members elected, counted after their post', async () => {
    const text = '石桥镇党组织换届选举工作已全部完成，共选举产生村党组织委员52名。村民委员会换届选举已完成4个';
    expect((await run(text, records({ 石桥镇: { partyDone: 14, committeeDone: 4 } }))).problems).toEqual([]);
  });
});

describe('doubts and what is left, read after the forty-sixth held-out round', () => {
  it('refuses figures the sender is not sure are totals or new ones, though the doubt is worded as a choice', async () => {
    const text = '石桥镇今天党组织3个，村委会2个。不好意思我不太确定这是今天新增的还是累计的，交接本上没写清楚，我明天问问再确认';
    const r = await run(text, { refuse: 'unverified', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  it('refuses a body all done with a village of it still to elect on a day to come', async () => {
    const r = await run('石桥镇党组织14个全部完成，还剩新庄村党支部下周选', { refuse: 'vague', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  it('leaves what is left to the body whose figure stands between', async () => {
    const r = await run('石桥 党组织14个全部完成 村委会完成12个 还剩杨庄村村委会下周二选', records({ 石桥镇: { partyDone: 14, committeeDone: 12 } }));
    expect(r.problems).toEqual([]);
  });
});

describe('words heard by their sound', () => {
  it('hears no 村委会 in 村委最后: the last one done is all of them', async () => {
    expect((await run('石桥 村委最后1个今天选完，村委14', records({ 石桥镇: { committeeDone: 14 } }))).problems).toEqual([]);
  });
});
