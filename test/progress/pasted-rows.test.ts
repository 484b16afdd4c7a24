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
