// Several days' new ones in one message, through the real report skill: figures on listed days that would
// go down as running totals, days joined with 各, and a span of days (X至Y共完成N). They are added to the
// record from before the first day and stored once, on the last day; a total beside them must agree.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('day-counts', 'wecom:longquan_feng', '2026-11-27T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });
const refused = { refuse: 'conflict' as const, mention: [], avoid: [] };
const onRecord = (date: string, figures: Record<string, number>) => ({ before: [{ township: '龙泉镇', date, figures }] });

describe('figures of listed days', () => {
  it.each([
    ['龙泉镇 25号监委会选了3个 26号选了1个 27号2个', { supervisionDone: 16 }],
    ['龙泉 村委会换届\n11.25 完成2个\n11.26 完成1个\n11.27 完成1个', { committeeDone: 10 }],
    ['龙泉镇25日、26日、27日各完成党组织换届1个', { partyDone: 13 }],
    ['龙泉镇 支部 25号1个 26号2个 27号1个 截至今天累计14个', { partyDone: 14 }],
    // Dotted days inside one line (11.25 完成2个 11.26 …) are days like 25号, though the indicator is still waiting.
    ['龙泉镇党组织 11.25 完成2个 11.26 完成1个 11.27 完成1个 累计14个', { partyDone: 14 }],
  ])('%s adds each day to the record before the first and stores the last day only', async (text, figures) => {
    const r = await run(text, records({ 龙泉镇: figures }), onRecord('2026-11-24', { partyDone: 10, committeeDone: 6, supervisionDone: 10 }));
    expect(r.problems).toEqual([]);
  });

  it('refuses the days when the total beside them says otherwise', async () => {
    const r = await run('龙泉镇 支部 25号1个 26号2个 27号1个 累计15个', refused, onRecord('2026-11-24', { partyDone: 10 }));
    expect(stored(r.problems)).toEqual([]);
    expect(r.reply).toContain('15');
  });

  it('keeps rising figures of several days as each day\'s running total', async () => {
    const r = await run('龙泉镇补报：25号党组织12个，26号14个', records({ '龙泉镇 2026-11-25': { partyDone: 12 }, '龙泉镇 2026-11-26': { partyDone: 14 } }), onRecord('2026-11-23', { partyDone: 10 }));
    expect(r.problems).toEqual([]);
  });

  it('asks for the total when nothing is on record to add the days to', async () => {
    const r = await run('龙泉镇25日、26日各完成党组织换届1个', { refuse: 'no-base', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });

  it('adds nothing to a record older than the day before the first: that day\'s new ones are unknown', async () => {
    const r = await run('龙泉镇 25号监委会选了3个 26号选了1个 27号2个', { refuse: 'decrease', mention: [], avoid: [] }, onRecord('2026-11-22', { supervisionDone: 10 }));
    expect(stored(r.problems)).toEqual([]);
  });

  it('adds nothing to a record made on one of the days: part of the new ones may be in it', async () => {
    const r = await run('龙泉镇 25号监委会选了3个 26号1个 27号2个', refused, {
      before: [
        { township: '龙泉镇', date: '2026-11-23', figures: { supervisionDone: 10 } },
        { township: '龙泉镇', date: '2026-11-26', figures: { supervisionDone: 14 } },
      ],
    });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('a span of days', () => {
  it.each([
    ['龙泉镇11月24日至27日村委会换届共完成5个', { committeeDone: 15 }],
    ['龙泉镇 11/24—11/27 四天监委会新选出3个，截至今天监委会累计13个', { supervisionDone: 13 }],
    ['11月24日至27日，龙泉镇共完成村委会换届5个村', { committeeDone: 15 }],
    ['24日至今完成村委会换届5个', { committeeDone: 15 }],
    ['11月24日到现在，监委会选出4个', { supervisionDone: 14 }],
  ])('%s adds the span\'s count to the record from before it', async (text, figures) => {
    const r = await run(text, records({ 龙泉镇: figures }), onRecord('2026-11-23', { committeeDone: 10, supervisionDone: 10 }));
    expect(r.problems).toEqual([]);
  });

  it('does not add a span\'s count to a record older than the day before it', async () => {
    const r = await run('龙泉镇11月24日至27日村委会换届共完成5个', { refuse: 'no-base', mention: [], avoid: [] }, onRecord('2026-11-21', { committeeDone: 10 }));
    expect(stored(r.problems)).toEqual([]);
  });

  it('does not add a span\'s count to a record made inside the span', async () => {
    const r = await run('龙泉镇11月24日至27日村委会换届共完成5个', refused, {
      before: [{ township: '龙泉镇', date: '2026-11-25', figures: { committeeDone: 12 } }],
    });
    expect(stored(r.problems)).toEqual([]);
  });
});
