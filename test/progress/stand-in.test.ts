// What a stand-in or a short update says around the figures: who is sending (注：…由小杨代报), what they are unsure of
// that is no figure (有些叫法不太懂), a day said unchanged with a plan beside it, and 也 after the day's new ones.
import { describe, expect, it } from 'vitest';
import { reportRunner } from './eval-runner.js';

const run = reportRunner('stand-in', 'wecom:xinhua_chu', '2026-11-26T20:00:00+08:00');
const onRecord = (figures: Record<string, number>) => ({ before: [{ township: '新华街道', date: '2026-11-25', figures }] });

describe('around the figures of a stand-in', () => {
  it('reads a note that only says who sends it as a note', async () => {
    const r = await run('新华街道 11月26日进度（代报）\n1.社区党组织换届：5个\n2.居委会换届：4个\n注：楚主任培训期间由综治办小杨代报', { records: { 新华街道: { partyDone: 5, committeeDone: 4 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('still asks about a note naming the township it is for', async () => {
    const r = await run('党组织换届：5个，居委会换届：4个\n注：本条为东城街道代报', { refuse: 'note-unclear', mention: [], avoid: [] });
    expect(r.problems).toEqual([]);
  });

  it('sets aside doubt about the words that hedges no figure', async () => {
    const r = await run('楚主任请假，有些叫法不太懂，按表上抄的：新华街道 社区党组织换届完成数5，居委会换届完成数4', { records: { 新华街道: { partyDone: 5, committeeDone: 4 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('a short update', () => {
  it('records a day said unchanged with a plan beside it', async () => {
    const r = await run('新华街道今天无新增，明天计划完成居委会2个', { records: {}, warnings: [] }, onRecord({ partyDone: 5, committeeDone: 3 }));
    expect(r.problems).toEqual([]);
    expect(r.reply).toContain('已记录');
  });

  it('reads 也 and the same count after the day’s new ones as new ones too', async () => {
    const r = await run('新华街道今天居委会又完成俩，监委会也俩，别的没变', { records: { 新华街道: { committeeDone: 5, supervisionDone: 4 } }, warnings: [] }, onRecord({ partyDone: 5, committeeDone: 3, supervisionDone: 2 }));
    expect(r.problems).toEqual([]);
  });

  it('reads 也是 and another count as that body’s total', async () => {
    const r = await run('新华街道居委会今天增加2个，监委会也是4个', { records: { 新华街道: { committeeDone: 5, supervisionDone: 4 } }, warnings: [] }, onRecord({ partyDone: 5, committeeDone: 3, supervisionDone: 2 }));
    expect(r.problems).toEqual([]);
  });
});

describe('a clause with 就是 and a figure', () => {
  it('is read, not taken out as a question about words (没什么变化，就是交叉任职多了2个人)', async () => {
    const r = await run('新华街道今天没什么变化，就是交叉任职多了2个人', { records: { 新华街道: { crossPost: 8 } }, warnings: [] }, onRecord({ partyDone: 5, crossPost: 6 }));
    expect(r.problems).toEqual([]);
  });
});
