// What is left told below a heading or in a column of its own is what is left, never a count done; a hedged
// "few villages still at it" asks nothing; a numeral with the measure of people is a count, not a word misheard.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('remain-below', 'wecom:shiqiao_sun', '2026-11-26T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });

describe('what is left, in a column or below a heading', () => {
  it.each([
    ['石桥镇\n项目\t还差（个）\n党组织\t1\n村委会\t4', { partyDone: 13, committeeDone: 10 }],
    ['石桥镇\n指标\t剩余\n党组织\t0\n监委会\t6', { partyDone: 14, supervisionDone: 8 }],
    ['石桥镇还差：\n党组织1\n村委会4', { partyDone: 13, committeeDone: 10 }],
    ['石桥镇\n未完成\n支部 2个\n村委 3个', { partyDone: 12, committeeDone: 11 }],
  ])('%s', async (text, figures) => {
    expect((await run(text, records({ 石桥镇: figures }))).problems).toEqual([]);
  });

  it('keeps a table whose heads name done and left apart read as before', async () => {
    const r = await run('石桥镇\n项目 应换届 已完成 未完成\n党组织 14 12 2', records({ 石桥镇: { due: 14, partyDone: 12 } }));
    expect(r.problems).toEqual([]);
  });
});

describe('a few villages still at it', () => {
  it('is no question: what is left after it is read, and a contradiction refused', async () => {
    const r = await run('石桥镇党组织完成12个。有几个村还在推进，党组织还有3个没完成', { refuse: 'conflict', mention: [], avoid: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('a numeral with the measure of people', () => {
  it('counts people after an indicator (一肩挑三位)', async () => {
    expect((await run('石桥镇 一肩挑三位', records({ 石桥镇: { oneShoulder: 3 } }))).problems).toEqual([]);
  });
});

describe('villages listed after a colon, one to a clause or a line', () => {
  it.each([
    ['石桥镇监委会推选已完成：石桥村，双井村，孙家楼村', { supervisionDone: 3 }],
    ['石桥镇已完成党支部换届：石桥村、双井村、孙家楼村、前营村', { partyDone: 4 }],
    ['石桥镇村委会选举已完成：\n石桥村\n双井村', { committeeDone: 2 }],
  ])('%s', async (text, figures) => {
    expect((await run(text, records({ 石桥镇: figures }))).problems).toEqual([]);
  });

  it('reads a community that bears a township\'s name as a name (新华社区)', async () => {
    const r = await run('石桥镇居委会选举已完成：新华社区、光明社区', records({ 石桥镇: { committeeDone: 2 } }));
    expect(r.problems).toEqual([]);
  });
});

describe('a township behind, explaining', () => {
  it('reads the figures beside a story that counts other things (两个宗族)', async () => {
    const r = await run('石桥镇党组织完成12个，村委会9个。双井村两个宗族对人选有分歧', records({ 石桥镇: { partyDone: 12, committeeDone: 9 } }));
    expect(r.problems).toEqual([]);
  });

  it('reads the figures beside the reasons for being behind (落后是因为有2个村…, 抽了8个人支援)', async () => {
    const a = await run('石桥镇 党组织12个 监委会4个，监委会落后是因为有2个村监委会主任人选有争议', records({ 石桥镇: { partyDone: 12, supervisionDone: 4 } }));
    expect(a.problems).toEqual([]);
    const b = await run('石桥镇党组织完成12个。慢的原因是登记要入户，人手不够，已从镇机关抽了8个人支援。', records({ 石桥镇: { partyDone: 12 } }));
    expect(b.problems).toEqual([]);
  });

  it('sets aside reasons told one by one after what is left (一个是…，一个是…), but not villages named so', async () => {
    const r = await run('石桥镇党支部还差2个，一个是书记人选还没定下来，一个是党员大会到会人数不够过半。', records({ 石桥镇: { partyDone: 12 } }));
    expect(r.problems).toEqual([]);
    const named = await run('石桥镇居委会今天又选完三个，一个是幸福社区，一个是光明社区', { refuse: 'missing-indicator', mention: [], avoid: [] }, { before: [{ township: '石桥镇', date: '2026-11-25', figures: { committeeDone: 2 } }] });
    expect(stored(named.problems)).toEqual([]);
  });

  it('does not date what is left by the day the rest will be done (还差1个村，28号开党员大会)', async () => {
    const r = await run('石桥镇党支部还差1个村，28号开党员大会。村委会完成9个。', records({ 石桥镇: { partyDone: 13, committeeDone: 9 } }));
    expect(r.problems).toEqual([]);
  });

  it('reads what was in fact done after a plan (原计划…，实际完成…)', async () => {
    const r = await run('石桥镇今天原计划选三到五个村委会，实际完成四个，目前累计12个', records({ 石桥镇: { committeeDone: 12 } }), { before: [{ township: '石桥镇', date: '2026-11-25', figures: { committeeDone: 8 } }] });
    expect(r.problems).toEqual([]);
  });
});

describe('spreadsheet headers', () => {
  it('reads what is left where the cell of what is done is empty (党组织 | 14 | | 2)', async () => {
    const r = await run('石桥镇\n项目\t应换届\t已完成\t未完成\n党组织\t14\t14\t0\n村委会\t14\t\t2', records({ 石桥镇: { due: 14, partyDone: 14, committeeDone: 12 } }));
    expect(r.problems).toEqual([]);
  });

  it('reads the word of done before a name (已完成党组织) and the review\'s columns (已审人数 | 不通过)', async () => {
    expect((await run('石桥镇\n已完成党组织\t已完成村委会\n12\t10', records({ 石桥镇: { partyDone: 12, committeeDone: 10 } }))).problems).toEqual([]);
    expect((await run('石桥镇资格联审\n应审人数\t已审人数\t不通过\n40\t38\t2', records({ 石桥镇: { reviewed: 38, disqualified: 2 } }))).problems).toEqual([]);
  });
});

describe('a day in the story, then 目前', () => {
  it('reads the figures after 目前 as things stand now, not as the day told before', async () => {
    const r = await run('石桥镇慢了点：王家庄村委会选举昨天投票没有人过半，要另行选举。目前党组织完成12个，村委会9个。', records({ 石桥镇: { partyDone: 12, committeeDone: 9 } }));
    expect(r.problems).toEqual([]);
  });
});
