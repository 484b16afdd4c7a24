// Words that hold figures back said in a clause of their own (…，这个数先别录，还在跟村里核对) hold the whole message:
// nothing is stored, whatever else it says of villages (数据还在和几个村核对 is no question and no village's story).
// Hearsay in a figure's own clause still marks that figure alone. And one part's count, the other part's new
// ones, then 一共 give the body's whole.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('held-back', 'wecom:chengguan_li', '2026-11-26T20:00:00+08:00');

describe('a hold said after several figures', () => {
  it.each([
    '城关镇党组织完成15个 村委会13个，数据还在对，先别录',
    '城关镇村委会12个，社区居委会4个，先别录，还在和社区核对',
    '城关今天党组织16个，村委会14个，这个数先别录，明早确认了再报',
    '城关镇 党组织16 村委会14 监委会12\n（数据还在和几个村核对，先别录）',
    '城关镇 党组织16 村委会14 监委会12。数据还在和各村核对，先别录',
    '城关镇\t党组织\t村委会\t监委会\n\t16\t14\t12\n（数据还在和几个村核对，先别录）',
    '城关镇村委会十二个 监委会十一个 先别录哈还在核对',
    // The reason names what is being checked, in a clause after the hold: still the whole message waits.
    '城关镇党组织17个，村委会15个，先别录哈，监委会的数还在跟各村核对',
    '城关 党15/村13/监11，先别录，村委数还在跟包村干部核对',
  ])('%s stores nothing', async (text) => {
    const r = await run(text, { refuse: 'unverified', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
    expect(r.reply).not.toContain('已记录');
  });

  it('still leaves out only the figure told as hearsay', async () => {
    const r = await run('城关镇党组织15个，35岁以下的村里报的是7个，还没核对，先不报', { records: { 城关镇: { partyDone: 15 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('one part counted, the other part new, then the whole', () => {
  it('stores the whole', async () => {
    const r = await run('城关：党组织完成16个，村委会12个，东关社区居委会今天也选完了，一共13个。', { records: { 城关镇: { partyDone: 16, committeeDone: 13 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('asking which of two figures is right', () => {
  it.each([
    '城关镇党组织完成15个，村委会完成12个。表上第二页写的村委会是13个，不知道哪个对',
    '城关镇党组织15个，村委会村里说是12，表上写的13，我以哪个为准啊',
    // Asked with a question mark, the second figure quoted as written: the first had been stored as a correction.
    '城关镇村委会完成12个。党组织那个数包村干部说是16，镇里台账写的15，我以哪个为准啊？',
  ])('%s stores nothing', async (text) => {
    const r = await run(text, { refuse: 'conflict', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
    expect(r.reply).not.toContain('已记录');
  });
});

describe('what is left, its villages named, beside the running total', () => {
  const yang = reportRunner('held-back', 'wecom:yangjialing_chen', '2026-11-24T20:00:00+08:00');
  it('checks the two against the due count', async () => {
    const off = await yang('杨家岭监委会今天完成前山村,还剩北沟、南沟、东沟三个村没选,累计5个', { refuse: 'conflict', mention: [], avoid: [] });
    expect(stored(off.problems)).toEqual([]);
    const on = await yang('杨家岭监委会今天完成前山村,还剩北沟、南沟、东沟三个村没选,累计4个', { records: { 杨家岭乡: { supervisionDone: 4 } }, warnings: [] });
    expect(on.problems).toEqual([]);
  });
});
