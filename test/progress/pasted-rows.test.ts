// A pasted header of names written out over one row of figures, and what stands on the lines around it.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('pasted-rows', 'wecom:longquan_feng', '2026-11-27T20:00:00+08:00');
const before = { before: [{ township: '龙泉镇', date: '2026-11-26', figures: { partyDone: 10, committeeDone: 8, oneShoulder: 6 } }] };

describe('a header of names over one row, under a title that says the figures are new', () => {
  it('adds the row to the record', async () => {
    const r = await run('龙泉镇今日新增\n党组织\t村委会\t一肩挑\n2\t1\t1', { records: { 龙泉镇: { partyDone: 12, committeeDone: 9, oneShoulder: 7 } }, warnings: [] }, before);
    expect(r.problems).toEqual([]);
  });

  it('with nothing on record, asks for the totals rather than storing the new ones as totals', async () => {
    const r = await run('龙泉镇今日新增\n党组织\t村委会\t一肩挑\n2\t1\t1', { refuse: 'no-base', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('a correction with its reason, then the day\'s figures on lines of their own', () => {
  it('reads the later lines as they were typed, under their own date', async () => {
    const r = await run('先更正一下：11月26日村委会应为7个，东坡村还没公告，多算了。\n今天的：\n党组织\t村委会\t一肩挑\n12\t9\t6', {
      records: { 龙泉镇: { partyDone: 12, committeeDone: 9, oneShoulder: 6 }, '龙泉镇 2026-11-26': { committeeDone: 7 } },
      warnings: [],
    }, before);
    expect(r.problems).toEqual([]);
    expect(r.reply).not.toContain('69');
  });
});

describe('a village-by-village sheet with a total row', () => {
  const sheet = (total: string) => `龙泉镇换届进度（截至今晚）\n村\t党组织\t村委会\t一肩挑\t35岁以下\t女性\n东坡村\t1\t1\t1\t1\t2\n西岭村\t1\t1\t0\t0\t1\n北山村\t1\t0\t0\t2\t1\n南沟村\t0\t0\t0\t0\t0\n${total}`;

  it('counts the villages marked done (1/0 or √) and sums the people columns; the total row agrees', async () => {
    const r = await run(sheet('合计\t3\t2\t1\t3\t4'), { records: { 龙泉镇: { partyDone: 3, committeeDone: 2, oneShoulder: 1, under35: 3, female: 4 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('a total row that disagrees with the rows stores nothing', async () => {
    const r = await run(sheet('合计\t3\t2\t1\t3\t5'), { refuse: 'missing-indicator', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });

  it('under a title saying the villages are today\'s new ones, adds them to the record', async () => {
    const r = await run('今天完成的村（新增）：\n村名\t党组织\t村委会\n东坡村\t√\t√\n西岭村\t√\t√\n北山村\t\t√', { records: { 龙泉镇: { partyDone: 12, committeeDone: 11 } }, warnings: [] }, before);
    expect(r.problems).toEqual([]);
  });
});

describe('header words of the joint review', () => {
  it('资格联审人数 and 联审不合格 each name one column', async () => {
    const r = await run('乡镇\t资格联审人数\t联审不合格\t党组织\t村委会\n龙泉镇\t148\t3\t12\t9', { records: { 龙泉镇: { reviewed: 148, disqualified: 3, partyDone: 12, committeeDone: 9 } }, warnings: [] }, before);
    expect(r.problems).toEqual([]);
  });
});

describe('header columns', () => {
  it('a date column holding 11.26 dates the row', async () => {
    const r = await run('乡镇\t日期\t党组织\t村委会\n龙泉镇\t11.26\t12\t9', { records: { '龙泉镇 2026-11-26': { partyDone: 12, committeeDone: 9 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('村委会 and 居委会 columns are the two parts of one figure', async () => {
    const r = await run('乡镇\t党组织\t村委会\t居委会\t监委会\n龙泉镇\t16\t10\t4\t13', { records: { 龙泉镇: { partyDone: 16, committeeDone: 14, supervisionDone: 13 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('header and cell words', () => {
  it('a header bracket naming only kinds of the body (党组织(党委/总支/支部)) and a 街道 column', async () => {
    const r = await run('街道\t党组织(党委/总支/支部)\t村委会\t一肩挑\n龙泉镇\t16\t12\t9', { records: { 龙泉镇: { partyDone: 16, committeeDone: 12, oneShoulder: 9 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('全部完成 in a count cell is all of the township\'s', async () => {
    const r = await run('乡镇\t党组织\t村委会\t监委会\n龙泉镇\t全部完成\t全部完成\t6', { records: { 龙泉镇: { partyDone: 20, committeeDone: 20, supervisionDone: 6 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('全部完成 in a people column says no number: refused', async () => {
    const r = await run('乡镇\t党组织\t女性\n龙泉镇\t12\t全部完成', { refuse: 'vague', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});
