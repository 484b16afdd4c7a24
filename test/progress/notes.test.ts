// A note after the figures (备注：…) through the real report skill: set aside whole and named in the reply,
// unless it doubts or corrects a figure — then it is read as before.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('notes', 'wecom:shiqiao_sun', '2026-11-24T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });

describe('a note after the figures', () => {
  it.each([
    ['石桥镇\n党组织换届：12个\n村委会换届：8个\n备注：后天集中选3个村的村委会', { partyDone: 12, committeeDone: 8 }, '后天集中选3个村'],
    ['石桥镇 党组织12个 村委会8个 备注：一肩挑还有2个村没实现，书记年龄偏大', { partyDone: 12, committeeDone: 8 }, '一肩挑还有2个村没实现'],
    ['石桥镇党组织14个 全部完成\n注：村委会本周内全部完成', { partyDone: 14 }, '村委会本周内全部完成'],
  ])('%s stores the figures and names the note', async (text, figures, note) => {
    const r = await run(text, records({ 石桥镇: figures }));
    expect(r.problems).toEqual([]);
    expect(r.reply).toContain(note);
  });

  it('holds the message back when the note doubts a figure', async () => {
    const r = await run('石桥镇 党组织12个 村委会8个\n备注：村委会的数还要核实', { refuse: 'unverified', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });

  it('reads a note that corrects a figure as the correction it is', async () => {
    const r = await run('石桥镇 党组织12个\n备注：昨天报的村委会8个有误，应为7个', records({ 石桥镇: { partyDone: 12 }, '石桥镇 2026-11-23': { committeeDone: 7 } }), {
      before: [{ township: '石桥镇', date: '2026-11-23', figures: { partyDone: 11, committeeDone: 8 } }],
    });
    expect(r.problems).toEqual([]);
    expect(r.reply).not.toContain('未计入：备注');
  });

  it.each(['石桥镇党组织换届累计12个。备注：以上数据截至昨日', '石桥镇村委会累计9个。附注：本条为白沙镇代报', '石桥镇党组织换届8个。注：以上为今日新增数', '石桥镇党组织累计12个。注：其中2个村系补选，不计入'])(
    'asks about a note on the figures themselves: %s',
    async (text) => {
      const r = await run(text, { refuse: 'note-unclear', mention: [], avoid: [] });
      expect(stored(r.problems)).toEqual([]);
    },
  );
});

describe('an election still to hold, after the figures', () => {
  it.each([
    ['石桥镇党组织12个，明天选3个村委会', { partyDone: 12 }, '明天选3个村委会'],
    ['石桥镇今天：党组织12个，村委会8个。明天东岭和西岭两个村选村委会。', { partyDone: 12, committeeDone: 8 }, '明天东岭和西岭两个村选村委会'],
  ])('%s stores the figures and names the plan', async (text, figures, plan) => {
    const r = await run(text, records({ 石桥镇: figures }));
    expect(r.problems).toEqual([]);
    expect(r.reply).toContain(plan);
  });

  it('reads a day to come with a word of one done as before (明天报的是今天选完的)', async () => {
    const r = await run('石桥镇党组织12个，明天选完的明天再报', records({ 石桥镇: { partyDone: 12 } }));
    expect(r.problems).toEqual([]);
  });
});

describe('a batch beside the running total', () => {
  it('sets the batch aside and stores the total (第二批32名…;两批累计97名)', async () => {
    const r = await run('石桥镇资格联审情况:第二批联审人选32名,取消资格1名;两批累计联审97名,累计取消资格3名。', records({ 石桥镇: { reviewed: 97, disqualified: 3 } }));
    expect(r.problems).toEqual([]);
    expect(r.reply).toContain('第二批联审人选32名');
  });

  it('leaves a batch alone with no total beside it', async () => {
    const r = await run('石桥镇第二批联审人选32名,取消资格1名', records({ 石桥镇: { reviewed: 32, disqualified: 1 } }));
    expect(r.problems).toEqual([]);
  });
});

describe('a comparison with the plan, and villages of a kind', () => {
  it('sets both aside and stores the township’s figures', async () => {
    const text = '石桥镇换届日报\n1.党组织:完成13个;\n2.与县定计划比较:党组织换届较计划(12个)多完成1个,村委会换届与计划持平。\n3.2个软弱涣散村均已完成党组织换届。';
    const r = await run(text, records({ 石桥镇: { partyDone: 13 } }));
    expect(r.problems).toEqual([]);
    expect(r.reply).toContain('较计划(12个)多完成1个');
  });
});
