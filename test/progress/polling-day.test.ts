// Figures of a polling day told beside the counts of bodies done (tuning writer R148): voters who voted, people at
// the meeting, seats, 差额, votes, polling stations. Each names what it counts, which is no indicator of the
// report — set aside and named in the reply, never refused as a figure of no name, never stored.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('polling-day', 'wecom:hexi_wang', '2026-11-22T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });

describe('polling-day figures beside the counts', () => {
  it.each([
    ['河西乡：今天柳湾村登记选民1203人，参加投票1161人。截至今晚党组织完成9个，村委会完成6个', { partyDone: 9, committeeDone: 6 }],
    ['河西乡今天东湾村应选委员5名、差额1名，村委会累计完成7个', { committeeDone: 7 }],
    ['河西乡：柳湾村党员大会应到42人，实到40人，党组织完成10个', { partyDone: 10 }],
    ['河西乡今天分3个投票站投票，村委会完成8个，一肩挑6人', { committeeDone: 8, oneShoulder: 6 }],
    // A span of clock times: its second half had been read as a negative figure.
    ['河西乡党组织完成9个。今天柳湾村投票时间9:00-16:00', { partyDone: 9 }],
    ['河西乡村委会完成7个，东湾村计票8:30～11:45', { committeeDone: 7 }],
  ])('%s', async (text, figures) => {
    const r = await run(text, records({ 河西乡: figures }));
    expect(r.problems).toEqual([]);
  });

  it('stores nothing from a message of polling-day figures alone', async () => {
    const r = await run('河西乡今天柳湾村参加投票1161人，到会人数40人', { ignore: true });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('a body named before a count of its people', () => {
  it('reads 一肩挑 after a body name as that body\'s people, like 女性 or 35岁以下 — it had refused the body as left without a figure', async () => {
    expect((await run('河西乡两委数据：书记主任一肩挑6人，交叉任职9人', records({ 河西乡: { oneShoulder: 6, crossPost: 9 } }))).problems).toEqual([]);
    expect((await run('河西乡社区两委新班子：一肩挑5人', records({ 河西乡: { oneShoulder: 5 } }))).problems).toEqual([]);
  });

  it('still refuses a body named with no figure beside a figure of another body', async () => {
    expect(stored((await run('河西乡党组织 村委会11个', { refuse: 'missing-figure', mention: [], avoid: [] })).problems)).toEqual([]);
  });
});

// Read after the thirty-fourth held-out round ran (R145, R146): a weekday after 明天, 一个没动, people not qualifying
// after the review named, 都选好了.
describe('mended after the thirty-fourth held-out round', () => {
  const baisha = reportRunner('polling-day', 'wecom:baisha_wu', '2026-11-21T20:00:00+08:00');
  it('reads a weekday straight after 明天 as that day, not a past one (it had filed the figures a week back)', async () => {
    expect((await baisha('白沙镇 党组织 9 个，@各村 明天周日照常上班。', records({ 白沙镇: { partyDone: 9 } }))).problems).toEqual([]);
  });

  it('reads 一个没动 after a body as nought (it had stored 1); 还有一个没选 stays one left', async () => {
    expect((await run('河西乡：党组织还差3个，村委会一个没动', records({ 河西乡: { partyDone: 9, committeeDone: 0 } }))).problems).toEqual([]);
    expect((await run('河西乡村委会还有一个没选', records({ 河西乡: { committeeDone: 11 } }))).problems).toEqual([]);
  });

  it('gives people said not to qualify straight after their count to those refused, the review named before them (it had added them to the reviewed)', async () => {
    const before = [{ township: '河西乡', date: '2026-11-21', figures: { reviewed: 40, disqualified: 1 } }];
    expect((await run('河西乡联审复核中又发现1人不符合条件，已取消资格。', records({ 河西乡: { disqualified: 2 } }), { before })).problems).toEqual([]);
    expect((await run('河西乡资格联审39人不通过2人', records({ 河西乡: { reviewed: 39, disqualified: 2 } }))).problems).toEqual([]);
  });

  it('works out a body told against another in the same message: as many (跟村委会一样), or that many fewer (比村委会再少3个)', async () => {
    // Both had been left out, the rest stored.
    expect((await run('河西乡村委会完成8个，监委会跟村委会一样', records({ 河西乡: { committeeDone: 8, supervisionDone: 8 } }))).problems).toEqual([]);
    expect((await run('河西乡：村委会还差4个，监委会比村委会再少3个', records({ 河西乡: { committeeDone: 8, supervisionDone: 5 } }))).problems).toEqual([]);
    expect((await run('河西乡党组织还剩1个，村委会还剩2个，监委会比村委会慢1个', records({ 河西乡: { partyDone: 11, committeeDone: 10, supervisionDone: 9 } }))).problems).toEqual([]);
    // Nothing to work from when the other body has no figure: still not stored as anything.
    expect(stored((await run('河西乡监委会比村委会再少3个', { ignore: true })).problems)).toEqual([]);
  });

  it('works out 一肩挑 told by its exceptions from the count said before them, and refuses it with none said', async () => {
    // It had stored the 18 as 一肩挑, or left 一肩挑 out and stored the rest.
    expect((await run('河西乡村委会还差2个，选完的10个里除了东湾、西湾都是一肩挑', records({ 河西乡: { committeeDone: 10, oneShoulder: 8 } }))).problems).toEqual([]);
    expect((await run('河西乡12个村委会选举全部结束，除了和平村，都实现了书记主任一肩挑', records({ 河西乡: { committeeDone: 12, oneShoulder: 11 } }))).problems).toEqual([]);
    expect(stored((await run('河西乡监委会还差7个，一肩挑除了东湾村、西湾村都实现了', { refuse: 'vague', mention: [], avoid: [] })).problems)).toEqual([]);
  });

  it('reads 都选好了 after villages excepted as the rest all done', async () => {
    expect((await run('河西乡监委会除了东湾村都选好了', records({ 河西乡: { supervisionDone: 11 } }))).problems).toEqual([]);
  });
});
