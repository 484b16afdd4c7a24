// Liaisons who write as they speak (or dictate): northern day words (前儿个, 昨个, 夜儿个, 明儿) name a day like 前天, 昨天
// and 明天; "这条先别录" holds back the whole message, not the one figure before it; a rate said beside a head count and
// the members counted must agree with it.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('spoken-days', 'wecom:hedong_zhao', '2026-11-20T20:00:00+08:00');

describe('spoken day words', () => {
  it.each([
    ['河东前儿个忘报了 前儿个党组织整完7个', '河东镇 2026-11-18'],
    ['河东昨个党组织整完7个', '河东镇 2026-11-19'],
    ['河东夜儿个党组织选完7个', '河东镇 2026-11-19'],
  ])('%s', async (text, key) => {
    const r = await run(text, { records: { [key]: { partyDone: 7 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('holding back the whole message', () => {
  it('refuses 这条先别录 after the figures, storing none', async () => {
    const r = await run('河东镇党组织13/15，村委会11/15，监委会的数还在和村里核对，这条先别录，核完再报', { refuse: 'unverified', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });

  it('still leaves out the one figure said to be left out', async () => {
    const r = await run('河东镇党组织13个，一肩挑的数村里还没核对，先不报', { records: { 河东镇: { partyDone: 13 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('a rate beside a head count', () => {
  it('refuses a rate of the members that gives another count', async () => {
    const r = await run('河东镇：党组织完成15个，村委会完成14个。两委成员共90人，女性15人，占20%。', { refuse: 'conflict', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });

  it('records a rate that restates the count', async () => {
    const r = await run('河东镇：两委成员共96人，女性24人，占25%。', { records: { 河东镇: { female: 24 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('adding to what was sent', () => {
  const before = [{ township: '河东镇', date: '2026-11-20', figures: { partyDone: 7, committeeDone: 5 } }];
  it.each([
    ['刚才的数再补充下：村委会在刚才基础上加1个', { committeeDone: 6 }],
    ['另外村委会再加上今晚刚选完的2个', { committeeDone: 7 }],
  ])('%s', async (text, figures) => {
    const r = await run(text, { records: { 河东镇: figures }, warnings: [] }, { before });
    expect(r.problems).toEqual([]);
  });

  it('keeps 再加一条 a word about the message', async () => {
    const r = await run('河东镇再加一条 女性成员13人', { records: { 河东镇: { female: 13 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('a plan after the figures', () => {
  it('sets aside 明天把最后1个…选完', async () => {
    const r = await run('河东镇党组织15个，村委会15个，监委会14个。明天把最后1个监委会选完', { records: { 河东镇: { partyDone: 15, committeeDone: 15, supervisionDone: 14 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});
