// A line that names today for its figures goes on telling the day's figures after a comma, through the real
// report skill: a figure that cannot be a running total (half the record or less) is the day's new ones,
// said so in the reply; one that can stays the running total.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('today-line', 'wecom:baisha_wu', '2026-11-24T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: ['daily-increment' as const] });
const onRecord = { before: [{ township: '白沙镇', date: '2026-11-23', figures: { partyDone: 16, committeeDone: 10, supervisionDone: 8, reviewed: 100, disqualified: 2 } }] };

describe('the day\'s figures told on after a comma', () => {
  it.each([
    ['白沙今儿村委又落地一个，监委也跟着完了一个', { committeeDone: 11, supervisionDone: 9 }],
    ['白沙联审今天新增审查24人，新取消资格1人', { reviewed: 124, disqualified: 3 }],
  ])('%s: the day\'s new ones', async (text, figures) => {
    expect((await run(text, records({ 白沙镇: figures }), onRecord)).problems).toEqual([]);
  });

  it('keeps a figure that can be the running total as the total', async () => {
    const r = await run('白沙今天村委又完成一个，监委8个', { records: { 白沙镇: { committeeDone: 11, supervisionDone: 8 } }, warnings: [] }, onRecord);
    expect(r.problems).toEqual([]);
  });

  it('does not carry past another day named on the line', async () => {
    // 昨天's 5 is that day's figure, below what is on record for it: refused, not read as new ones.
    const r = await run('白沙今天村委又完成一个，昨天监委是5个', { refuse: 'decrease', mention: [], avoid: [] }, { before: [{ township: '白沙镇', date: '2026-11-22', figures: { supervisionDone: 8 } }] });
    expect(stored(r.problems)).toEqual([]);
  });
});
