// The fourth black-box probe (a helper shown only the tool's output, 332 messages): classes it found stored
// wrongly, through the real report skill. Each case names what a careful clerk stores — or that nothing may be.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('probe4', 'wecom:hexi_wang', '2026-11-22T20:00:00+08:00');
const records = (figures: Record<string, number>) => ({ records: { 河西乡: figures }, warnings: [] });
const nothing = { refuse: 'not-done' as const, mention: [], avoid: [] };

describe('a body compared with is no figure of its own', () => {
  it.each([
    ['村委会完成7个，比党组织少2个。', { committeeDone: 7 }],
    ['党组织完成9个，领先村委会2个。', { partyDone: 9 }],
    ['交叉任职6人，比一肩挑少2人。', { crossPost: 6 }],
    ['监委会完成5个，少于村委会2个。', { supervisionDone: 5 }],
  ])('%s', async (text, figures) => {
    expect((await run(text, records(figures))).problems).toEqual([]);
  });
});

describe('a stage or a result still pending is nothing done', () => {
  it.each(['村委会选举已进入投票阶段的村有7个。', '一肩挑拟任人选8人。', '村委会已投票7个村，正在计票。', '资格联审待审30人。', '初审不通过3人，待县级联审。', '村委会选举已投票结束7个村，结果待公告。'])('%s stores nothing', async (text) => {
    expect(stored((await run(text, nothing)).problems)).toEqual([]);
  });
});

describe('the holders of one post are no figure of all members', () => {
  it.each([
    ['党组织完成9个，其中35岁以下书记3人。', { partyDone: 9 }],
    ['村委会完成7个，其中大专以上主任3人。', { committeeDone: 7 }],
    ['党组织完成9个，新任书记中女性1人、35岁以下2人。', { partyDone: 9 }],
    ['一肩挑8人，其中大专以上5人、女性1人。', { oneShoulder: 8 }],
    // All members, listed: read.
    ['党组织9个，女性12人、35岁以下8人', { partyDone: 9, female: 12, under35: 8 }],
  ])('%s', async (text, figures) => {
    expect((await run(text, records(figures))).problems).toEqual([]);
  });

  it('stores nothing from a post holders\' average age alone', async () => {
    expect(stored((await run('新当选村委会主任中，35岁以下3人。', nothing)).problems)).toEqual([]);
  });
});

describe('a day named after the figures as the data\'s day', () => {
  it.each(['党组织完成9个，村委会7个（村委会为昨天数据）。', '党组织完成9个，村委会7个。以上为昨天的数据。', '补报：党组织完成8个，村委会6个（21日数）。', '党组织完成9个，村委会7个，今天忘了报，是昨天的。'])('%s is asked, not filed under today', async (text) => {
    const r = await run(text, { refuse: 'unclear-date', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });

  it('keeps a figure said to be still yesterday\'s', async () => {
    expect((await run('党组织完成9个（党组织还是昨天的9个）', records({ partyDone: 9 }))).problems).toEqual([]);
  });
});

describe('bounds, shares and parts that do not stand', () => {
  it.each(['党组织完成近10个。', '党组织完成9个以上。'])('%s is no figure', async (text) => {
    expect(stored((await run(text, { refuse: 'vague', mention: [], avoid: [] })).problems)).toEqual([]);
  });

  it('asks about a fraction whose denominator is far below the due count', async () => {
    const r = await run('党组织完成3/4。', { refuse: 'fraction-unclear', mention: ['3/4'], avoid: [] });
    expect(r.problems).toEqual([]);
    // A fraction of the villages as they are: read.
    expect((await run('党组织 9/12', records({ partyDone: 9 }))).problems).toEqual([]);
  });

  it.each(['村委会选举完成7个，但其中1个村选举无效需重选。', '一肩挑8人，其中1人已辞职。'])('%s is refused: part of the figure does not stand', async (text) => {
    expect(stored((await run(text, nothing)).problems)).toEqual([]);
  });

  it('keeps a breakdown of the reviewed into those disqualified', async () => {
    expect((await run('联审审查50人，其中2人被取消资格', records({ reviewed: 50, disqualified: 2 }))).problems).toEqual([]);
  });
});
