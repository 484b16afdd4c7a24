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
  ] as [string, Record<string, number>][])('%s', async (text, figures) => {
    const r = await run(text, { records: { 石桥镇: figures }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});
