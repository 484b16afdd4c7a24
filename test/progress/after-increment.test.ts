// A count with no name after the day's new ones of one indicator, through the real report skill: told as
// where things stand it is that indicator's total, checked against the new ones and the record.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('after-increment', 'wecom:baisha_wu', '2026-11-24T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });
const onRecord = (figures: Record<string, number>) => ({ before: [{ township: '白沙镇', date: '2026-11-23', figures: { partyDone: 16, committeeDone: 5, ...figures } }] });

describe('a bare count after the day\'s new ones', () => {
  it.each([
    ['白沙党组织今天又完成一个,7个了', 'partyDone', 7, 1],
    ['支部今天又搞定仨，9个全齐活了', 'partyDone', 9, 3],
    ['监委会今天下午又推选完1个，现在4个', 'supervisionDone', 4, 1],
    ['村委会今天又选了两个，一共11个了', 'committeeDone', 11, 2],
    ['35岁以下新成员今天又增加4人，总数到31人', 'under35', 31, 4],
    ['联审今天又加了2人，到33人', 'reviewed', 33, 2],
  ])('%s: the total of that indicator is stored', async (text, key, total, added) => {
    expect((await run(text, records({ 白沙镇: { [key]: total } }), onRecord({ [key]: total - added }))).problems).toEqual([]);
    // New ones and total that disagree with the record: refused, nothing stored.
    expect(stored((await run(text, { refuse: 'conflict', mention: [], avoid: [] }, onRecord({ [key]: total - added - 1 }))).problems)).toEqual([]);
  });

  it('sets aside what there was before when the three agree, and refuses them when they do not', async () => {
    const ok = await run('白沙今天监督委员会选完了２个，前面已经选完２个，一共４个。', records({ 白沙镇: { supervisionDone: 4 } }));
    expect(ok.problems).toEqual([]);
    const off = await run('白沙今天监督委员会选完了２个，前面已经选完３个，一共４个。', { refuse: 'missing-indicator', mention: [], avoid: [] });
    expect(stored(off.problems)).toEqual([]);
  });

  it.each([
    // Not told as where things stand: whose count it is cannot be known.
    '党组织今天又完成2个，3个村正在选',
    '党组织今天又完成2个，3个',
    // Smaller than the new ones: no total of them.
    '党组织今天又完成3个，2个了',
  ])('%s: refused, nothing stored', async (text) => {
    expect(stored((await run(text, { refuse: 'missing-indicator', mention: [], avoid: [] })).problems)).toEqual([]);
  });
});

describe('new ones told against the last report', () => {
  it.each([
    ['白沙镇较上次报送新增村委会1个', 'committeeDone', 6, 1],
    ['白沙村委会比上次上报的增加了2个', 'committeeDone', 7, 2],
    ['白沙镇监委会与上回相比新增1个', 'supervisionDone', 3, 1],
  ])('%s: the new ones are added to the record', async (text, key, total, added) => {
    expect((await run(text, records({ 白沙镇: { [key]: total } }), onRecord({ [key]: total - added }))).problems).toEqual([]);
  });

  it('still sets aside a comparison with the last term', async () => {
    const r = await run('白沙镇比上届增加村委会1个，党组织完成16个', records({ 白沙镇: { partyDone: 16 } }), onRecord({}));
    expect(r.problems).toEqual([]);
  });
});
