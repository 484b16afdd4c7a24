// Messages typed with other scripts among the characters: pinyin initials for the figures' names (dzz, cwh, yjt),
// English words (done, avg age, yesterday), and emoji whose code units had been taken for a tick; and a request to
// the county put before the figures, its hedge (一些) no figure's.
import { describe, expect, it } from 'vitest';
import { foldMarks } from '../../src/progress/roll-call.js';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('mixed-scripts', 'wecom:chengguan_li', '2026-11-25T20:00:00+08:00');

describe('pinyin initials of a name', () => {
  it('reads dzz, cwh and yjt as 党组织, 村委会 and 一肩挑, with done as 完成', async () => {
    const r = await run('城关镇 update👉 dzz 12个 done，cwh 10个，监委会 9个，yjt 8人', { records: { 城关镇: { partyDone: 12, committeeDone: 10, supervisionDone: 9, oneShoulder: 8 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('reads no name from initials two names share (jwh: 居委会 and 监委会)', async () => {
    const r = await run('城关镇 党组织 12个，jwh 9个', { refuse: 'missing-indicator', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('English words among the characters', () => {
  it('reads avg age as 平均年龄', async () => {
    const r = await run('城关镇 两委成员 avg age 46.8岁，35岁以下 10人，女性 13人', { records: { 城关镇: { avgAge: 46.8, under35: 10, female: 13 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('reads yesterday as the day before', async () => {
    const r = await run('补报 yesterday 的数据：城关 监委会 11个', { records: { '城关镇 2026-11-24': { supervisionDone: 11 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('all done after a comma', () => {
  it('says the figure before it is all, not the body after it (16个 100%, 全部完成 村委会 15个)', async () => {
    const r = await run('城关镇 党组织 18个 100%, 全部完成 村委会 15个 监委会 14个 交叉任职 25人', { records: { 城关镇: { partyDone: 18, committeeDone: 15, supervisionDone: 14, crossPost: 25 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('keeps an emoji an emoji: one sharing its first code unit with 🉑 is no tick', () => {
    expect(foldMarks('全部完成🎉 ✅')).toBe('全部完成🎉 √');
  });
});

describe('a request to the county before the figures', () => {
  it('reads the figures after a question whose hedge asks nothing (能不能再调拨一些？)', async () => {
    const r = await run('城关这边选票还差200张，能不能再调拨一些？党组织今天完成17个', { records: { 城关镇: { partyDone: 17 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('takes 找不到了 for could not find, no hedge', async () => {
    const r = await run('刘组长，资格联审的表格模板能不能再发一下？我们之前那个版本找不到了。顺便报一下，城关镇今天党组织完成11个。', { records: { 城关镇: { partyDone: 11 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('still refuses a hedge with 几 beside a question, storing nothing', async () => {
    const r = await run('城关镇党组织完成十几个，村委会多少了？', { refuse: 'vague', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('a digit for 一 inside a name', () => {
  it('reads 1肩挑4人 as 一肩挑 4', async () => {
    expect((await run('城关镇村委会完成了12个，1肩挑9人', { records: { 城关镇: { committeeDone: 12, oneShoulder: 9 } }, warnings: [] })).problems).toEqual([]);
  });
});
