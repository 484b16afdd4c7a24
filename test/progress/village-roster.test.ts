// One body's villages listed with their states under its name (tuning writer R191's angle): the villages said done
// are counted for that body — as the township's total when the list names villages not yet done too, as the day's
// new ones under a heading of today; a total said after the list is the figure, and one below the villages listed
// done is refused.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('village-roster', 'wecom:liulin_zhou', '2026-11-26T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });
const onRecord = (figures: Record<string, number>) => ({ before: [{ township: '柳林乡', date: '2026-11-25', figures }] });

describe('a body’s villages, each with its state', () => {
  it.each([
    ['柳林乡村委会选举情况：\n枣园村 完成\n梨树坪 已选\n北坡 未选\n南坡 后天选\n杏树湾 完成', { committeeDone: 3 }, { partyDone: 5 }],
    ['柳林乡监委会 枣园完成，梨树坪完成，北坡没选，南坡28号选，杏树湾正在计票', { supervisionDone: 2 }, {}],
    ['党支部进度：枣园√梨树坪√北坡× 南坡未选', { partyDone: 2 }, {}],
    // Villages run together with no mark between them: each state ends a village's name.
    ['柳林乡党支部枣园村完成梨树坪村完成北坡村未选南坡村未选', { partyDone: 2 }, {}],
  ])('%s counts the villages done as the total', async (text, figures, before: Record<string, number> = {}) => {
    expect((await run(text, records({ 柳林乡: figures }), onRecord({ partyDone: 1, committeeDone: 1, supervisionDone: 1, ...before }))).problems).toEqual([]);
  });

  it('takes a total said after the list, which names only some villages', async () => {
    const text = '柳林乡今天村委会：枣园村、梨树坪村 完成，北坡村 未选（还在公示），全乡累计完成6个';
    expect((await run(text, records({ 柳林乡: { committeeDone: 6 } }), onRecord({ committeeDone: 4 }))).problems).toEqual([]);
  });

  it('reads a heading of today as the day’s new ones', async () => {
    const text = '今天党支部：枣园完成，梨树坪完成，北坡明天选';
    expect((await run(text, records({ 柳林乡: { partyDone: 5 } }), onRecord({ partyDone: 3 }))).problems).toEqual([]);
  });

  it('refuses a total below the villages listed done, and stores nothing', async () => {
    const text = '柳林乡村委会：枣园完成、梨树坪完成、北坡完成、南坡未选，合计完成2个';
    const r = await run(text, { refuse: 'conflict', mention: [], avoid: [] }, onRecord({ committeeDone: 1 }));
    expect(stored(r.problems)).toEqual([]);
  });

  it('counts no word for the others (其他都完成了) as a village', async () => {
    const r = await run('柳林乡村委会除了北坡村、南坡村两个村还没选，其他都完成了', { refuse: 'not-done', mention: [], avoid: [] }, onRecord({ committeeDone: 1 }));
    expect(stored(r.problems)).toEqual([]);
  });

  it('counts nothing when a village’s state is not read', async () => {
    const r = await run('柳林乡党支部：枣园完成，梨树坪推迟了，北坡未选，南坡完成', { refuse: 'not-done', mention: [], avoid: [] }, onRecord({ partyDone: 1 }));
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('a roll call, each village’s bodies on its line (roll-call.ts)', () => {
  it('counts a body chosen on a later day or being counted as not done, and reads 支委 beside a mark as the branch', async () => {
    const text = '柳林乡截至今晚：\n枣园村 支委√ 村委√ 监委√\n梨树坪 支委√ 村委明天选 监委未选\n北坡 支委√ 村委正在计票\n南坡 支委× 村委28号选';
    expect((await run(text, records({ 柳林乡: { partyDone: 3, committeeDone: 1, supervisionDone: 1 } }), onRecord({ partyDone: 2 }))).problems).toEqual([]);
  });
});
