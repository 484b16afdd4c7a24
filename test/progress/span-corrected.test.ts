// A week's new ones put right ("本周监委会新增是2个不是3个"): counted from the record before the week, never stored as a total.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('span-corrected', 'wecom:longquan_feng', '2026-11-29T21:00:00+08:00');

describe('the week\'s new ones put right', () => {
  it('takes the record before the week plus the new ones, when this week\'s record grew by exactly the old ones', async () => {
    const r = await run('更正一下，本周监委会新增是2个不是3个。', { records: { 龙泉镇: { supervisionDone: 7 } }, warnings: [] }, {
      before: [{ township: '龙泉镇', date: '2026-11-22', figures: { supervisionDone: 5 } }, { township: '龙泉镇', date: '2026-11-29', figures: { supervisionDone: 8 } }],
    });
    expect(r.problems).toEqual([]);
  });

  it('asks back when the record grew by something else (a day between, or another figure)', async () => {
    const r = await run('更正一下，本周监委会新增是2个不是3个。', { refuse: 'no-base', mention: [], avoid: [] }, {
      before: [{ township: '龙泉镇', date: '2026-11-22', figures: { supervisionDone: 5 } }, { township: '龙泉镇', date: '2026-11-29', figures: { supervisionDone: 9 } }],
    });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('the week\'s new ones beside the running total, with nothing on record', () => {
  it('stores the totals the message states', async () => {
    const r = await run('龙泉镇本周新增村委会换届4个，累计16个；监委会本周新增3个，累计13个。', { records: { 龙泉镇: { committeeDone: 16, supervisionDone: 13 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('the week\'s new ones alone are still asked back', async () => {
    const r = await run('龙泉镇本周新增村委会换届4个。', { refuse: 'no-base', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});
