// A report with a question put in passing inside its one sentence (tuning writer R190's angle: a first-time liaison):
// the clause that asks, with no figure of its own, goes and the figures are read; a clause that asks with a figure
// keeps the message a question; an earlier figure said wrong with none in its place leaves the day's new ones no base.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('asked-in-passing', 'wecom:chengguan_li', '2026-11-25T20:00:00+08:00');
const onRecord = { before: [{ township: '城关镇', date: '2026-11-24', figures: { partyDone: 12, committeeDone: 8 } }] };

describe('a question in passing inside a report’s sentence', () => {
  it('reads the figures beside a clause that asks with none of its own', async () => {
    const r = await run('城关镇今天党组织又完成了2个，累计多少我得翻一下本子，系统里应该有吧', { records: { 城关镇: { partyDone: 14 } }, warnings: [] }, onRecord);
    expect(r.problems).toEqual([]);
  });

  it('keeps a clause that asks with a figure a question: nothing stored', async () => {
    const r = await run('城关镇党组织是14个，还是15个，我再核一下', { refuse: 'conflict', mention: [], avoid: [] }, onRecord);
    expect(stored(r.problems)).toEqual([]);
  });

  it('refuses the day’s new ones when an earlier figure is said wrong with none in its place', async () => {
    const r = await run('村委会今天新增1个，累计多少我得重新数一下，昨天报的那个数不对', { refuse: 'withdrawn', mention: ['昨天报的那个数不对'], avoid: [] }, onRecord);
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('a body named with its bracket after a count, a total said as reached', () => {
  it('reads 4个村（居）委会 as four of the body, and 总数达到5个 as the running total', async () => {
    const r = await run('城关镇今天又完成2个村（居）委会换届，总数达到10个', { records: { 城关镇: { committeeDone: 10 } }, warnings: [] }, onRecord);
    expect(r.problems).toEqual([]);
  });
});

describe('why a figure comes late', () => {
  it('reads 又完成1个没来得及报 as the day’s new one, not one not done', async () => {
    const r = await run('城关镇昨天党组织又完成1个没来得及报，今天又完成1个', { records: { '城关镇 2026-11-24': { partyDone: 13 }, 城关镇: { partyDone: 14 } }, warnings: [] }, { before: [{ township: '城关镇', date: '2026-11-23', figures: { partyDone: 12 } }] });
    expect(r.problems).toEqual([]);
  });
});
