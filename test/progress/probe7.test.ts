// A seventh black-box safety probe (a fresh helper, 349 messages, 63 stores judged wrong) aimed at the twelfth
// session's readings; these are the classes fixed, each with messages of my own wording.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('probe7', 'wecom:longquan_feng', '2026-11-27T20:00:00+08:00');
const refused = (code: string) => ({ refuse: code as 'vague', mention: [], avoid: [] });

describe('probe 7: nothing stored that was not read', () => {
  it.each([['龙泉镇还有3个村委会和5个监委会没报上来'], ['龙泉镇还有4个村委会没选好候选人'], ['龙泉镇还有2个监委会没选上女委员']])(
    '%s — bodies not yet reported or short of a member are no remainder',
    async (text) => {
      const r = await run(text, refused('vague'));
      expect(stored(r.problems)).toEqual([]);
    },
  );

  it.each([['第一批12个村，还有3个村委会没选'], ['北片12个村，还有3个村委会没选'], ['试点的12个村，还有3个村委会没选']])(
    '%s — a part of the township counted is no due count',
    async (text) => {
      const r = await run(text, refused('missing-indicator'));
      expect(stored(r.problems)).toEqual([]);
    },
  );

  it('3个村委会和5个监委会还没选 — counts joined before a name said not done are not done, none of them', async () => {
    const r = await run('龙泉镇3个村委会和5个监委会还没选', { ignore: true });
    expect(stored(r.problems)).toEqual([]);
  });

  it.each([['村委会完成9个，等确认'], ['村委会9个，这个数还不准'], ['村委会9个，等镇长签字后正式报'], ['村委会完成9个，等书记确认了在说'], ['村委会完成9个，未经核实'], ['村委会完成9个，数字待核']])(
    '%s — a figure held back is not stored',
    async (text) => {
      const r = await run(text, refused('unverified'));
      expect(stored(r.problems)).toEqual([]);
    },
  );

  it.each([['除了3个村委会，其余都选完了'], ['除3个村委会外，其余都选完了']])('%s — the count excepted is no count done', async (text) => {
    const r = await run(text, refused('vague'));
    expect(stored(r.problems)).toEqual([]);
  });

  it('一肩挑全部完成 says how far, not how many: alone it is refused, beside a count of villages it is left out', async () => {
    const alone = await run('龙泉镇一肩挑全部完成', refused('vague'));
    expect(stored(alone.problems)).toEqual([]);
    const beside = await run('龙泉镇党组织全部完成，一肩挑也全部完成', { records: { 龙泉镇: { partyDone: 20 } }, warnings: [] });
    expect(beside.problems).toEqual([]);
  });

  it.each([['龙泉镇女性候选人6人'], ['龙泉镇35岁以下候选人由5人增至6人'], ['龙泉镇一肩挑人选由5人增至6人']])(
    '%s — candidates with a member\'s trait are no members',
    async (text) => {
      const r = await run(text, { ignore: true });
      expect(stored(r.problems)).toEqual([]);
    },
  );

  it('beside members, candidates are set aside and the members read; 联审候选人 are still the people reviewed', async () => {
    const r = await run('龙泉镇女性9人，女性候选人12人', { records: { 龙泉镇: { female: 9 } }, warnings: [] });
    expect(r.problems).toEqual([]);
    const reviewed = await run('龙泉镇联审候选人58人', { records: { 龙泉镇: { reviewed: 58 } }, warnings: [] });
    expect(reviewed.problems).toEqual([]);
  });

  it('一天完成 is the whole day\'s: added to the day before\'s record, never to the day\'s own, and not over unreported days', async () => {
    const sameDay = await run('今天一天完成十一个村委会', { records: { 龙泉镇: { committeeDone: 11 } }, warnings: ['large-jump'] }, {
      before: [{ township: '龙泉镇', date: '2026-11-26', figures: { committeeDone: 0 } }, { township: '龙泉镇', date: '2026-11-27', figures: { committeeDone: 1 } }],
    });
    expect(sameDay.problems).toEqual([]);
    const gap = await run('今天一天完成十一个村委会', refused('no-base'), { before: [{ township: '龙泉镇', date: '2026-11-24', figures: { committeeDone: 0 } }] });
    expect(stored(gap.problems)).toEqual([]);
  });

  it.each([['昨天报的监委会3个多报了1个，今天又新完成2个'], ['昨天报的监委会多报了1个，今天新完成2个']])(
    '%s — a figure said over-reported by a count, its total not given, is no figure for either day',
    async (text) => {
      const r = await run(text, refused('vague'), { before: [{ township: '龙泉镇', date: '2026-11-26', figures: { supervisionDone: 3 } }] });
      expect(stored(r.problems)).toEqual([]);
    },
  );

  it('still takes the total that follows, however far in the sentence, or after a comma and 是', async () => {
    const r = await run('一肩挑那个数少报了1个，是11人', { records: { 龙泉镇: { oneShoulder: 11 } }, warnings: [] }, { before: [{ township: '龙泉镇', date: '2026-11-27', figures: { oneShoulder: 10 } }] });
    expect(r.problems).toEqual([]);
  });

  it('the rest counted after a village said put off is the figure; the rest not counted is refused', async () => {
    const counted = await run('张家湾村推迟到12月8号。其他18个村村委会都选完了', { records: { 龙泉镇: { committeeDone: 18 } }, warnings: [] });
    expect(counted.problems).toEqual([]);
    const unknown = await run('张家湾村推迟，其他村的村委会都选完了', refused('vague'));
    expect(stored(unknown.problems)).toEqual([]);
  });

  it('the rest counted, with some of it still to be elected again (其中2个村监委会还要补选), is refused', async () => {
    const resit = await reportRunner('probe7-resit', 'wecom:longquan_feng', '2026-11-27T20:00:00+08:00')('张家湾村推迟到12月8号。其余18个村村委会和监委会都选完了，其中2个村监委会还要补选', refused('not-done'));
    expect(stored(resit.problems)).toEqual([]);
  });

  it('still reads the township\'s own whole before what is left, and a last report of the day', async () => {
    const r = await run('我们镇20个村，还有3个村委会没选', { records: { 龙泉镇: { committeeDone: 17 } }, warnings: [] });
    expect(r.problems).toEqual([]);
    const last = await run('今天最后再报一下 龙泉镇女性成员9人', { records: { 龙泉镇: { female: 9 } }, warnings: [] });
    expect(last.problems).toEqual([]);
  });
});
