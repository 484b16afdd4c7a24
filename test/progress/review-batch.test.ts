// The joint review told with where its people come from (6个社区共报审63人), and a day's batch of it.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('review-batch', 'wecom:longquan_feng', '2026-11-27T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });
const daily = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: ['daily-increment' as const] });
const before = (figures: Record<string, number>) => ({ before: [{ township: '龙泉镇', date: '2026-11-26', figures }] });

describe('villages counted before the people reviewed in them', () => {
  it.each([
    ['龙泉镇资格联审：4个村共报审31人，审查通过30人，不通过1人', { reviewed: 31, disqualified: 1 }],
    ['龙泉镇4个村资格联审过了31名，不合格的1名', { reviewed: 31, disqualified: 1 }],
  ])('%s stores the head counts and quotes the villages as set aside', async (text, figures) => {
    const r = await run(text, records({ 龙泉镇: figures }));
    expect(r.problems).toEqual([]);
    expect(r.reply).toContain('未计入：4个村');
  });

  it('villages counted for the review with no head count after them are still asked about', async () => {
    const r = await run('龙泉镇12个村已完成资格联审', { refuse: 'missing-indicator', mention: ['12个村'], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('the day\'s batch of the review', () => {
  it('those refused in the batch are added to the record like the people reviewed', async () => {
    const r = await run('资格联审今天审了东坡、西岭2个村的人选共12人，有1人不通过', { records: { 龙泉镇: { reviewed: 52, disqualified: 2 } }, warnings: ['daily-increment', 'daily-increment'] }, before({ reviewed: 40, disqualified: 1 }));
    expect(r.problems).toEqual([]);
  });

  it('none refused in the batch, with none on record, stores no total of refusals', async () => {
    const r = await run('龙泉今天资格联审了东坡、西岭两个村共12人，全部通过', daily({ 龙泉镇: { reviewed: 52 } }), before({ reviewed: 40 }));
    expect(r.problems).toEqual([]);
  });

  it('some refused in the batch, with none on record, is asked back: the total is not known', async () => {
    const r = await run('龙泉今天资格联审了东坡、西岭两个村共12人，有1人不通过', { refuse: 'no-base', mention: [], avoid: [] }, before({ reviewed: 40 }));
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('those refused, in a bracket after the people reviewed', () => {
  it.each([
    ['龙泉镇资格联审38人（均合格）', { reviewed: 38, disqualified: 0 }],
    ['龙泉镇资格联审132人（不合格5人，已全部调整人选）', { reviewed: 132, disqualified: 5 }],
    ['龙泉镇联审44人（取消2人）', { reviewed: 44, disqualified: 2 }],
  ])('%s reads both figures', async (text, figures) => {
    const r = await run(text, records({ 龙泉镇: figures }));
    expect(r.problems).toEqual([]);
  });

  it('a bracket with another kind of figure after the people reviewed is still set aside', async () => {
    const r = await run('龙泉镇资格联审132人（比上次多12人）', records({ 龙泉镇: { reviewed: 132 } }));
    expect(r.problems).toEqual([]);
    expect(r.reply).toContain('比上次多12人');
  });
});
