// Classes read after the eighteenth held-out round (R43: a township behind schedule, explaining itself).
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('round18', 'wecom:longquan_feng', '2026-11-27T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });

describe('a count about a step that is no indicator', () => {
  it.each([
    ['龙泉镇联审累计40人，不合格2人，还有三个人的材料在核', { reviewed: 40, disqualified: 2 }],
    ['龙泉镇党组织12个，东坡、西岭两个村已经公告了，下周选', { partyDone: 12 }],
    ['龙泉镇监委会8个，没有一个村出问题', { supervisionDone: 8 }],
  ])('%s sets the count aside beside the figures read', async (text, figures) => {
    const r = await run(text, records({ 龙泉镇: figures }));
    expect(r.problems).toEqual([]);
    expect(r.reply).toContain('未计入');
  });

  it('stores nothing when no figure of the message is read — villages at a step are no due count either', async () => {
    const r = await run('龙泉镇两个村已经公告了', { refuse: 'missing-indicator', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });

  it.each([['龙泉镇两个村明天投票'], ['龙泉镇有两个村在做选民登记'], ['龙泉镇两个村今天开了党员大会']])(
    '%s stores no due count of 2 (villages counted after the name are only the county file\'s due count)',
    async (text) => {
      const r = await run(text, { refuse: 'due-unclear', mention: [], avoid: [] });
      expect(stored(r.problems)).toEqual([]);
    },
  );
});

describe('corrections and headed runs', () => {
  it('a correction\'s count of what was missed (漏了一个) is its reason, not a figure', async () => {
    const r = await run('更正：联审不合格应该是3人，漏了一个', records({ 龙泉镇: { disqualified: 3 } }), {
      before: [{ township: '龙泉镇', date: '2026-11-27', figures: { disqualified: 2 } }],
    });
    expect(r.problems).toEqual([]);
  });
});

describe('nothing new said before a name', () => {
  it('writes the name as on record (暂无新增不合格), the other figures read', async () => {
    const r = await run('龙泉镇联审累计40人，暂无新增不合格', records({ 龙泉镇: { reviewed: 40, disqualified: 2 } }), {
      before: [{ township: '龙泉镇', date: '2026-11-26', figures: { reviewed: 35, disqualified: 2 } }],
    });
    expect(r.problems).toEqual([]);
  });
});
