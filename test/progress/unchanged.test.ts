// A count said unchanged beside the day's other figures ("村委会又完成2个，党组织没变化") is the liaison's figure for
// the day, read by reference: written as it stands on record. With nothing on record it writes nothing, and a
// figure of its own beside it ("没变化，还是10个") is the figure.
import { describe, expect, it } from 'vitest';
import { reportRunner } from './eval-runner.js';

const run = reportRunner('unchanged', 'wecom:hexi_wang', '2026-11-24T20:00:00+08:00');
const onRecord = (figures: Record<string, number>) => ({ before: [{ township: '河西乡', date: '2026-11-23', figures }] });

describe('a count said unchanged', () => {
  it.each([
    ['今天村委会又选完2个，党组织没变化。', { partyDone: 9, committeeDone: 9 }],
    ['今日新增：村委会+2，监委会+1，党组织无新增', { partyDone: 9, committeeDone: 9, supervisionDone: 5 }],
    ['党组织和村委会今天都没新增，监委会今天又选完1个', { partyDone: 9, committeeDone: 7, supervisionDone: 5 }],
    ['党组织没变化，还是10个，村委会8个', { partyDone: 10, committeeDone: 8 }],
  ] as [string, Record<string, number>][])('%s', async (text, figures) => {
    const r = await run(text, { records: { 河西乡: figures }, warnings: [] }, onRecord({ partyDone: 9, committeeDone: 7, supervisionDone: 4 }));
    expect(r.problems).toEqual([]);
  });

  it('writes nothing for a count with nothing on record', async () => {
    const r = await run('今天村委会又选完2个，累计9个，党组织没变化', { records: { 河西乡: { committeeDone: 9 } }, warnings: [] }, onRecord({ committeeDone: 7 }));
    expect(r.problems).toEqual([]);
  });
});

describe('a count alone said unchanged', () => {
  it('writes it as on record (村委会没有新完成的)', async () => {
    const r = await run('河西乡今天村委会没有新完成的', { records: { 河西乡: { committeeDone: 7 } }, warnings: [] }, onRecord({ partyDone: 9, committeeDone: 7 }));
    expect(r.problems).toEqual([]);
  });

  it('refuses it with nothing on record to repeat', async () => {
    const r = await run('河西乡今天村委会没有新完成的', { refuse: 'nothing-to-repeat', mention: [], avoid: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('every figure said unchanged, then a count given', () => {
  it('refuses a count that differs from the record', async () => {
    const r = await run('河西乡今日各项数据均无变化，村委会完成10个', { refuse: 'conflict', mention: [], avoid: [] }, onRecord({ partyDone: 9, committeeDone: 9 }));
    expect(r.problems).toEqual([]);
  });

  it('stores a count that is the record’s', async () => {
    const r = await run('河西乡今日各项数据均无变化，村委会完成9个', { records: { 河西乡: { committeeDone: 9 } }, warnings: [] }, onRecord({ partyDone: 9, committeeDone: 9 }));
    expect(r.problems).toEqual([]);
  });

  it('reads the rest said unchanged beside a new count as before (其他同昨日)', async () => {
    const r = await run('河西乡其他同昨日，监委会完成6个', { records: { 河西乡: { supervisionDone: 6 } }, warnings: [] }, onRecord({ partyDone: 9, committeeDone: 9, supervisionDone: 5 }));
    expect(r.problems).toEqual([]);
  });
});

// Tuning writer R262 (answering the evening reminder): the words of the report between 跟昨天 and 一样, and 同上 with
// the figures themselves in a bracket.
describe('the same as yesterday, said around the figures', () => {
  it('reads 跟昨天报的一样 as unchanged', async () => {
    const r = await run('河西乡党组织、村委会跟昨天报的一样，监委会今天又完成1个', { records: { 河西乡: { partyDone: 9, committeeDone: 7, supervisionDone: 6 } }, warnings: [] }, onRecord({ partyDone: 9, committeeDone: 7, supervisionDone: 5 }));
    expect(r.problems).toEqual([]);
  });

  it('reads the figures in a bracket after 同上 as the report', async () => {
    const r = await run('河西乡：同上（党组织9个、村委会7个）', { records: { 河西乡: { partyDone: 9, committeeDone: 7 } }, warnings: [] }, onRecord({ partyDone: 9, committeeDone: 7 }));
    expect(r.problems).toEqual([]);
  });
});
