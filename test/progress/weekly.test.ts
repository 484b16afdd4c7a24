// A weekly report (本周, 这礼拜, 上周末以来): its totals are the day it is sent; its new ones are the week's, counted from
// the record before the week's Monday — refused when a record inside the week makes that base unknown, unless the
// total is said beside them. Through the real report skill, sent on Sunday 2026-11-22 (the week began on the 16th).
import { describe, expect, it } from 'vitest';
import { reportRunner } from './eval-runner.js';

const run = reportRunner('weekly', 'wecom:hexi_wang', '2026-11-22T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });
const on = (date: string, figures: Record<string, number>) => ({ before: [{ township: '河西乡', date, figures }] });

describe('a weekly report', () => {
  it("reads the week's new ones beside the total, checked against the record before the week", async () => {
    expect((await run('河西乡本周党组织新完成4个,累计9个', records({ 河西乡: { partyDone: 9 } }), on('2026-11-15', { partyDone: 5 }))).problems).toEqual([]);
    expect((await run('河西乡本周党组织完成4个,累计9个', records({ 河西乡: { partyDone: 9 } }), on('2026-11-15', { partyDone: 5 }))).problems).toEqual([]);
    expect((await run('河西乡本周党组织新完成4个,累计10个', { refuse: 'conflict', mention: [], avoid: [] }, on('2026-11-15', { partyDone: 5 }))).problems).toEqual([]);
  });

  it('adds the new ones since last weekend to the record from before the week', async () => {
    expect((await run('上周末以来又完成党组织3个,村委会2个', records({ 河西乡: { partyDone: 8, committeeDone: 6 } }), on('2026-11-15', { partyDone: 5, committeeDone: 4 }))).problems).toEqual([]);
  });

  it('refuses new ones alone when a record inside the week leaves their base unknown; a total said beside them is kept', async () => {
    expect((await run('这周党组织又完成了2个', { refuse: 'no-base', mention: [], avoid: [] }, on('2026-11-18', { partyDone: 6 }))).problems).toEqual([]);
    expect((await run('本周党组织完成2个,累计8个', records({ 河西乡: { partyDone: 8 } }), on('2026-11-18', { partyDone: 6 }))).problems).toEqual([]);
  });

  it('takes the days listed for the villages done as a note on the count, not as days of the figures after it', async () => {
    expect((await run('村委会这周选了三个:周二西沟村、周四南庄、周六河湾,累计6个', records({ 河西乡: { committeeDone: 6 } }), on('2026-11-15', { committeeDone: 3 }))).problems).toEqual([]);
  });

  it('still refuses last week as no single day', async () => {
    expect((await run('河西乡上周党组织完成3个', { refuse: 'unclear-date', mention: [], avoid: [] })).problems).toEqual([]);
  });
});
