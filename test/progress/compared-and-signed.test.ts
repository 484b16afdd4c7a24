// A plus after a name and its colon is the day's new ones; the figure a message compares with (比昨天统计的47.1岁) is the
// one on record, never an increment; a township head's title or the township's chat group is no township's name.
import { describe, expect, it } from 'vitest';
import { reportRunner } from './eval-runner.js';

const run = reportRunner('signed', 'wecom:chengguan_li', '2026-11-20T21:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });
const before = [{ township: '城关镇', date: '2026-11-19', figures: { partyDone: 12, committeeDone: 8, avgAge: 47.1 } }];

describe('signed and compared figures', () => {
  it('reads +N after a name and a colon as the new ones, beside the total in brackets', async () => {
    const text = '城关镇 11.20\n党组织:+2(累计14)\n居/村委会:+3(累计11)\n一肩挑累计9人';
    expect((await run(text, records({ 城关镇: { partyDone: 14, committeeDone: 11, oneShoulder: 9 } }), { before })).problems).toEqual([]);
  });

  it('adds +N after a colon to the record when no total is given', async () => {
    expect((await run('城关镇党组织：+2', records({ 城关镇: { partyDone: 14 } }), { before })).problems).toEqual([]);
  });

  it('keeps the figure compared with out of the reading', async () => {
    const text = '城关镇新一届两委平均年龄46.8岁，比昨天统计的47.1岁又降了点';
    expect((await run(text, records({ 城关镇: { avgAge: 46.8 } }), { before })).problems).toEqual([]);
  });
});

describe('words that look like a township', () => {
  it('reads a forward that names the township head', async () => {
    expect((await run('转发李镇长在镇群发的：\n“今天党组织又完成2个。”', records({ 城关镇: { partyDone: 14 } }), { before })).problems).toEqual([]);
  });

  it('reads the township’s chat group pasted under the report (its day’s count said again is pointed out)', async () => {
    const text = '城关今天：党组织+2\n———以下为镇群原文———\n今天完成：党支部2个（东关村、西关村）';
    const expected = { records: { 城关镇: { partyDone: 14 } }, warnings: ['daily-increment' as const] };
    expect((await run(text, expected, { before })).problems).toEqual([]);
  });
});
