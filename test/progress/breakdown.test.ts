// A breakdown into villages and communities (其中村N个、社区M个) must make the figure it breaks down.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('breakdown', 'wecom:longquan_feng', '2026-11-24T20:00:00+08:00');

describe('a breakdown of a figure', () => {
  it.each(['龙泉镇村委会完成15个，其中村13个、社区1个', '龙泉镇党组织换届完成9个（其中7个村、3个社区）', '龙泉镇进展：\n村委会完成15个\n其中村13个、社区1个'])('refuses %s, whose parts do not make the figure', async (text) => {
    const r = await run(text, { refuse: 'conflict', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  it.each([
    ['龙泉镇村委会完成15个，其中村13个、社区2个', { committeeDone: 15 }],
    ['龙泉镇党组织换届完成9个（其中社区3个）', { partyDone: 9 }],
  ])('stores %s', async (text, figures) => {
    expect((await run(text, { records: { 龙泉镇: figures }, warnings: [] })).problems).toEqual([]);
  });
});

describe('a count in brackets after the rate of a head count', () => {
  it.each([
    ['龙泉镇一肩挑实现率41.7%（5/12）', { oneShoulder: 5 }],
    ['龙泉镇女性占比25%（24人），交叉任职比例30%（15人）', { female: 24, crossPost: 15 }],
  ])('%s stores the count', async (text, figures) => {
    expect((await run(text, { records: { 龙泉镇: figures }, warnings: [] })).problems).toEqual([]);
  });

  it('still refuses the rate of a head count alone', async () => {
    const r = await run('龙泉镇一肩挑实现率41.7%', { refuse: 'percent-not-count', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('a count of meetings', () => {
  it('is a note beside figures that are read, and refused alone', async () => {
    expect((await run('龙泉镇村委会换届选举大会召开6场，选举产生村委会6个', { records: { 龙泉镇: { committeeDone: 6 } }, warnings: [] })).problems).toEqual([]);
    expect(stored((await run('龙泉镇村委会换届选举大会召开了3场', { refuse: 'missing-indicator', mention: [], avoid: [] })).problems)).toEqual([]);
  });
});

describe('counts not done after a figure said done', () => {
  it('are notes on the figure of the same body, refused when another body\'s', async () => {
    expect((await run('龙泉镇党组织已完成15个，正在进行2个', { records: { 龙泉镇: { partyDone: 15 } }, warnings: [] })).problems).toEqual([]);
    expect(stored((await run('龙泉镇党组织已完成15个，村委会正在进行2个', { refuse: 'not-done', mention: [], avoid: [] })).problems)).toEqual([]);
  });
});

describe('named parts in a bracket', () => {
  it('must make the figure before them, as 其中 parts must', async () => {
    const r = await run('龙泉镇党组织完成14个(北片6个、南片7个)', { refuse: 'conflict', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  it.each([
    // villages named bare, three or more, none a body or post: as many as the figure
    '龙泉镇村委会累计产生6个(北关、南关、东街、西街、城郊)',
    // villages and communities after 全部完成 must make the figure too
    '龙泉镇党组织20个全部完成(村17个,社区2个)',
  ])('refuses %s, whose bracket does not make the figure', async (text) => {
    const r = await run(text, { refuse: 'conflict', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  it.each([
    ['龙泉镇党组织完成14个(北片7个、南片7个)', { partyDone: 14 }],
    ['龙泉镇党组织完成14个(较昨日增加2个、新增村1个)', { partyDone: 14 }],
    ['龙泉镇村委会累计产生5个(北关、南关、东街、西街、城郊)', { committeeDone: 5 }],
    ['龙泉镇党组织20个全部完成(村18个,社区2个)', { partyDone: 20 }],
  ])('keeps %s: parts that add up, or a bracket that is no breakdown', async (text, figures) => {
    const r = await run(text, { records: { 龙泉镇: figures }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('a count told void in the clause after a figure', () => {
  it('holds the figure back: whether it is one of them cannot be read', async () => {
    const r = await run('龙泉镇党组织10个，有1个选举无效要重选', { refuse: 'not-done', mention: ['有1个选举无效要重选'], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  it.each(['龙泉镇党组织10个，另有1个选举无效要重选', '龙泉镇党组织10个，有1个村推迟到下周'])('keeps %s: another one, or one put off', async (text) => {
    expect((await run(text, { records: { 龙泉镇: { partyDone: 10 } }, warnings: [] })).problems).toEqual([]);
  });
});

describe('people broken down by the body they sit on', () => {
  it.each([
    ['龙泉镇女性成员17人，其中村委会里11人', { female: 17 }],
    ['龙泉镇35岁以下新当选的19人，大专以上学历31人，女性24人，其中进村委会的17人', { under35: 19, college: 31, female: 24 }],
  ])('%s: the people are stored, their breakdown set aside', async (text, figures) => {
    expect((await run(text, { records: { 龙泉镇: figures }, warnings: [] })).problems).toEqual([]);
  });
});

describe('villages counted, then named after a colon', () => {
  it('refuses a count the names do not make, and reads one they make', async () => {
    const off = await run('龙泉镇今天完成3个村党组织换届:王庄、李家洼。', { refuse: 'conflict', mention: [], avoid: [] });
    expect(stored(off.problems)).toEqual([]);
    const on = await run('龙泉镇今天完成2个村党组织换届:王庄、李家洼。', { records: { 龙泉镇: { partyDone: 2 } }, warnings: [] });
    expect(on.problems).toEqual([]);
  });
});
