// Internal shorthand: 支部/村委/监委, 党/村/监 between slashes or dashes, and 书记主任一人 (…挑, …的) for 一肩挑.
import { describe, expect, it } from 'vitest';
import { reportRunner } from './eval-runner.js';

const run = reportRunner('shorthand', 'wecom:shiqiao_sun', '2026-11-27T20:00:00+08:00');

describe('shorthand for the bodies and 一肩挑', () => {
  it.each([
    ['石桥今日累计 支部9个 村委7个 监委6个 书记主任一人5个', { partyDone: 9, committeeDone: 7, supervisionDone: 6, oneShoulder: 5 }],
    ['石桥——党9—村7—监6——书记主任一人5', { partyDone: 9, committeeDone: 7, supervisionDone: 6, oneShoulder: 5 }],
    ['石桥 党9/村7/监6 交叉20 书记主任一人挑5个', { partyDone: 9, committeeDone: 7, supervisionDone: 6, crossPost: 20, oneShoulder: 5 }],
    ['石桥镇：支委换届完成九个，村委七个，监委六个，书记主任一人的五个', { partyDone: 9, committeeDone: 7, supervisionDone: 6, oneShoulder: 5 }],
    // 委 beside 支 and 监 is the committee; 交差 typed for 交叉
    ['石桥：支9 委7 监6\n一肩5 交叉3', { partyDone: 9, committeeDone: 7, supervisionDone: 6, oneShoulder: 5, crossPost: 3 }],
    ['石桥 党9村7监6 一肩5 交差4', { partyDone: 9, committeeDone: 7, supervisionDone: 6, oneShoulder: 5, crossPost: 4 }],
    // one-character names run together over a run of figures
    ['石桥 党村监9/7/6', { partyDone: 9, committeeDone: 7, supervisionDone: 6 }],
    ['石桥支委监9/7/6', { partyDone: 9, committeeDone: 7, supervisionDone: 6 }],
  ] as [string, Record<string, number>][])('%s', async (text, figures) => {
    const r = await run(text, { records: { 石桥镇: figures }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('doubts and batches are never stored', () => {
  it.each([
    // a bracket that asks about a figure doubts it
    ['石桥 党9 村7 监6（村委有1个票数有争议 可能要重选 先按7报？）', 'unverified', '核实'],
    ['石桥镇联审51人，暂定不合格1人，县纪委在查，不一定算', 'unverified', '不一定算'],
    // two characters that are a name themselves (监委) are one body, and 8-9 its range
    ['石：监委8-9个，明天上午核准', 'vague', '8-9个'],
    // the average of one batch of new members is not the township's
    ['石桥镇这批新当选的村委会成员平均年龄41.5岁', 'batch-average', '这批新当选'],
  ] as const)('%s', async (text, code, quoted) => {
    const r = await run(text, { refuse: code, mention: [], avoid: [] });
    expect(r.problems).toEqual([]);
    expect(r.reply).toContain(quoted);
  });
});

it('stores nothing when a bracket asks which of two figures it is (是9个还是10个？) — it had been taken out and 9 stored', async () => {
  const r = await run('石桥镇村委会完成9个（是9个还是10个？）', { ignore: true });
  expect(r.problems).toEqual([]);
});

it('ends the day\'s new ones at 累计 before another name (今日新增村1 累计党9 监6): the figures after it are totals', async () => {
  const before = [{ township: '石桥镇', date: '2026-11-26', figures: { committeeDone: 6, partyDone: 8, supervisionDone: 5 } }];
  const r = await run('石桥 今日新增村1 累计党9 监6', { records: { 石桥镇: { committeeDone: 7, partyDone: 9, supervisionDone: 6 } }, warnings: [] }, { before });
  expect(r.problems).toEqual([]);
});
