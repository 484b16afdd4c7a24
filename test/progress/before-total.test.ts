// A day's count said before the total that explains it, through the real report skill: a count with no
// indicator before a total of one indicator on its line, and new ones beside what is left.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('before-total', 'wecom:baisha_wu', '2026-11-24T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });
const refuse = { refuse: 'missing-indicator' as const, mention: [], avoid: [] };

describe('a count before the total that explains it', () => {
  it.each([
    ['白沙今天选完2个，到目前为止监委会累计11个', { supervisionDone: 11 }, 2],
    ['今天上午1个下午2个，截至今晚村委会累计13个', { committeeDone: 13 }, 3],
  ])('%s is the day\'s new ones of the total: the total stored', async (text, figures, added) => {
    expect((await run(text, records({ 白沙镇: figures }))).problems).toEqual([]);
    const key = Object.keys(figures)[0]!;
    const n = Object.values(figures)[0]! - added;
    // With the record before today, the new ones must agree with the total.
    const before = { before: [{ township: '白沙镇', date: '2026-11-23', figures: { partyDone: 16, committeeDone: 16, [key]: n } }] };
    expect((await run(text, records({ 白沙镇: figures }), before)).problems).toEqual([]);
    const wrong = { before: [{ township: '白沙镇', date: '2026-11-23', figures: { partyDone: 16, committeeDone: 16, [key]: n - 1 } }] };
    expect(stored((await run(text, { refuse: 'conflict', mention: [], avoid: [] }, wrong)).problems)).toEqual([]);
  });

  it('reads the day\'s count before 一共 as new ones, with the township named only at the total', async () => {
    const text = '今天党组织选完了3个,加上之前的10个,白沙一共13个';
    const before = (n: number) => ({ before: [{ township: '白沙镇', date: '2026-11-23', figures: { partyDone: n } }] });
    expect((await run(text, records({ 白沙镇: { partyDone: 13 } }), before(10))).problems).toEqual([]);
    expect(stored((await run(text, { refuse: 'conflict', mention: [], avoid: [] }, before(9))).problems)).toEqual([]);
  });

  it('sets aside a count of another day named before the total, and checks the day\'s own', async () => {
    const before = (figures: Record<string, number>) => ({ before: [{ township: '白沙镇', date: '2026-11-23', figures }] });
    expect((await run('白沙镇昨天完成3个，今天完成2个，累计党组织10个', records({ 白沙镇: { partyDone: 10 } }), before({ partyDone: 8 }))).problems).toEqual([]);
    const r = await run('白沙镇昨天完成3个，今天完成2个，累计党组织10个', { refuse: 'conflict', mention: [], avoid: [] }, { before: [{ township: '白沙镇', date: '2026-11-22', figures: { partyDone: 5 } }] });
    expect(stored(r.problems)).toEqual([]);
  });

  it('sets aside the count between two figures of one indicator: what there was before', async () => {
    const r = await run('白沙镇村委会今天完成了2个 此前10个 现在12个了', records({ 白沙镇: { committeeDone: 12 } }));
    expect(r.problems).toEqual([]);
    expect(r.reply).toContain('未计入：10个');
  });

  it.each([
    // Two indicators after it: whose count it is cannot be known.
    '白沙今天选完2个，累计党组织14个，村委会12个',
    // No total after it.
    '白沙今天选完2个，监委会11个',
  ])('still refuses %s', async (text) => {
    const r = await run(text, refuse);
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('new ones beside what is left', () => {
  it('stores what is left when nothing is on record to add the new ones to', async () => {
    const r = await run('白沙镇村委会今天又选了3个，还剩4个', records({ 白沙镇: { committeeDone: 12 } }));
    expect(r.problems).toEqual([]);
  });

  it('checks new ones against all done, the villages counted before it being the due count', async () => {
    const before = { before: [{ township: '白沙镇', date: '2026-11-23', figures: { partyDone: 16, committeeDone: 13 } }] };
    expect((await run('白沙镇今日新增村委会换届3个，16个村委会已全部完成', records({ 白沙镇: { committeeDone: 16 } }), before)).problems).toEqual([]);
    const r = await run('白沙镇今日新增村委会换届2个，16个村委会已全部完成', { refuse: 'conflict', mention: [], avoid: [] }, before);
    expect(stored(r.problems)).toEqual([]);
  });

  it('reads 多了 after a name as new ones, not as an aside beside a day said unchanged', async () => {
    const before = { before: [{ township: '白沙镇', date: '2026-11-23', figures: { partyDone: 14, committeeDone: 9 } }] };
    const r = await run('白沙镇今天就村委会多了一个，其他跟昨天一样', records({ 白沙镇: { committeeDone: 10 } }), before);
    expect(r.problems).toEqual([]);
    // A name said unchanged beside one that changed is written as on record, not a figure missing.
    expect((await run('白沙镇支部没动，村委会今天新增一个', records({ 白沙镇: { committeeDone: 10, partyDone: 14 } }), before)).problems).toEqual([]);
    // A comparison with the last term stays an aside.
    expect((await run('白沙镇女性20人，比上届多了7个', records({ 白沙镇: { female: 20 } }))).problems).toEqual([]);
  });

  it('refuses new ones that do not agree with what is left', async () => {
    const r = await run('白沙镇村委会今天又选了3个，还剩4个', { refuse: 'conflict', mention: [], avoid: [] }, {
      before: [{ township: '白沙镇', date: '2026-11-23', figures: { committeeDone: 7 } }],
    });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('yesterday corrected, then today\'s new ones', () => {
  it('adds today\'s new ones to the corrected figure, not to the one it replaces', async () => {
    const r = await run('昨天统计的35岁以下21人有误,重复算了1个人,应为20人。今天35岁以下又新增3人', { records: { '白沙镇 2026-11-23': { under35: 20 }, 白沙镇: { under35: 23 } }, warnings: [] }, {
      // 21 is what it replaces and what is on record: no "differs" warning (重复算了1个人 is the reason, no figure).
      before: [{ township: '白沙镇', date: '2026-11-23', figures: { under35: 21 } }],
    });
    expect(r.problems).toEqual([]);
  });
});

describe('yesterday\'s figure put right with a reason that names today', () => {
  it('a day named for the figure and again for its replacement is the same day, whatever the reason between says', async () => {
    const r = await run('更正:昨天报的监委会3个多报了1个,北坡村材料今天才补齐,昨天实际是2个。今天新完成2个,现在累计4个', {
      records: { '白沙镇 2026-11-23': { supervisionDone: 2 }, 白沙镇: { supervisionDone: 4 } },
      warnings: [],
    }, { before: [{ township: '白沙镇', date: '2026-11-23', figures: { supervisionDone: 3 } }] });
    expect(r.problems).toEqual([]);
  });
});

describe('what one day did', () => {
  it('一天完成十一个 is the day\'s new ones, added to the day before', async () => {
    const r = await run('今天白沙集中选举日,党组织一天完成十一个', { records: { 白沙镇: { partyDone: 14 } }, warnings: ['large-jump'] }, {
      before: [{ township: '白沙镇', date: '2026-11-23', figures: { partyDone: 3 } }],
    });
    expect(r.problems).toEqual([]);
  });
});
