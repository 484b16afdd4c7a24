// What is left to do, said after the count ("还有3个村委会没选"), and figures that leave nothing to write.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('left-to-do', 'wecom:hexi_wang', '2026-11-27T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });

describe('what is left, with the names between the count and 没', () => {
  it.each([
    ['河西乡还有3个村委会没选', { committeeDone: 9 }],
    ['河西乡还有3个村委会和5个监委会没选', { committeeDone: 9, supervisionDone: 7 }],
    // The villages counted before what is left of them are the due count.
    ['我们乡12个村，还有3个村委会和5个监委会没选', { committeeDone: 9, supervisionDone: 7 }],
  ])('%s is done = due − left', async (text, figures) => {
    const r = await run(text, records({ 河西乡: figures }));
    expect(r.problems).toEqual([]);
  });

  it('reads villages named before the count left as a second reading of the count just given, checked against the due count', async () => {
    expect((await run('河西乡党组织完成10个（还剩东坡、西岭2个村）', records({ 河西乡: { partyDone: 10 } }))).problems).toEqual([]);
    expect((await run('河西乡党组织完成10个，还剩东坡、西岭2个村没选', records({ 河西乡: { partyDone: 10 } }))).problems).toEqual([]);
    // 9 done and 2 left of 12: the two readings disagree — it had stored 9 and quoted the rest.
    expect(stored((await run('河西乡党组织完成9个（还剩东坡、西岭2个村）', { refuse: 'conflict', mention: [], avoid: [] })).problems)).toEqual([]);
  });

  it('还有 with no 没 after its count stays an aside: 还有3个村委会今天选完 is no remainder', async () => {
    const r = await run('河西乡党组织完成9个，还有3个村委会今天选完', records({ 河西乡: { partyDone: 9 } }));
    expect(r.problems).toEqual([]);
  });

  it('a remainder of no name after a village count is still refused', async () => {
    const r = await run('河西乡 12个村 还差1个', { refuse: 'missing-indicator', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('全部完成 of a count of people, said alone', () => {
  it.each(['城关镇女的全部完成', '6/1全部完成女的城关镇'])('%s is refused: it says no figure (it had been accepted with nothing written)', async (text) => {
    const r = await run(text, { refuse: 'vague', mention: [], avoid: [] }, { from: 'wecom:zzb_liu' });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('the rest, counted, after villages said not done', () => {
  it('推迟…其余13个村都选完了 stores 13 for each body named, not the due count', async () => {
    const r = await run('张家湾村的村委会选举推迟到12月8号。村委会和监委会其余13个村都选完了。', records({ 石桥镇: { committeeDone: 13, supervisionDone: 13 } }), { from: 'wecom:shiqiao_sun' });
    expect(r.problems).toEqual([]);
  });

  it('a figure to be confirmed before it counts (等…确认了再说) is not stored', async () => {
    const r = await run('石桥村委会完成7个了,等孙主任确认了再说', { refuse: 'unverified', mention: [], avoid: [] }, { from: 'wecom:shiqiao_sun' });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('what was left, with the new ones done out of it', () => {
  it('is the state before them: what is left now is that less the new ones, checked against a remainder said after', async () => {
    const before = { before: [{ township: '河西乡', date: '2026-11-26', figures: { partyDone: 6 } }] };
    expect((await run('河西乡党组织剩余的6个村今天又完成了4个,还剩俩', records({ 河西乡: { partyDone: 10 } }), before)).problems).toEqual([]);
    expect((await run('河西乡党组织剩余的6个村今天又完成了4个,还剩3个', { refuse: 'conflict', mention: [], avoid: [] }, before)).problems).toEqual([]);
  });
});

describe('a day word between the name and what is left', () => {
  it('reads 村委会今天还剩2个村没选 as the due count less 2, the plan after it set aside', async () => {
    const r = await run('河西乡村委会今天还剩2个村没选，计划明天全部选完，监委会明天开始', { records: { 河西乡: { committeeDone: 10 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('the day’s new ones beside what is left, nothing on record', () => {
  it('stores the total what is left tells (due − 3), the new ones unchecked beside it (already so)', async () => {
    const r = await run('河西乡今天又完成2个村委会，村委会还剩3个村没选', { records: { 河西乡: { committeeDone: 9 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('stores all done told after the new ones (党组织全部完成！本周共新增5个)', async () => {
    const r = await run('河西乡今天完成最后1个村的党组织换届，党组织换届全部完成！本周共新增5个。', { records: { 河西乡: { partyDone: 12 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('still refuses the new ones alone with nothing on record', async () => {
    const r = await run('河西乡今天又完成2个村委会', { refuse: 'no-base', mention: [], avoid: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('those not done, then what is left of them', () => {
  it('reads 党组织换届还没完成的就剩1个村了 as the due count less 1', async () => {
    const r = await run('河西乡党组织换届还没完成的就剩1个村了', { records: { 河西乡: { partyDone: 11 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});
