// What the 街道 liaisons write, through the real report skill: communities and villages as parts of one body,
// levels of education that make 大专及以上 together, groups inside a community that are no villages, and the
// hedge 基本都 that says no figure.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('streets', 'wecom:xinhua_chu', '2026-11-26T20:00:00+08:00');
const onRecord = (figures: Record<string, number>) => ({ before: [{ township: '新华街道', date: '2026-11-25', figures }] });

describe('a 街道 liaison', () => {
  it.each([
    ['今天新增：社区居委会1个、村委会1个', { committeeDone: 4 }, { committeeDone: 6 }],
    ['居务监督委员会今天新推选产生2个', { supervisionDone: 1, committeeDone: 4 }, { supervisionDone: 3 }],
    ['新华街道村（居）务监督委员会今天全部推选完成', { supervisionDone: 5, committeeDone: 6, partyDone: 6 }, { supervisionDone: 6 }],
    ['新进两委成员大专及以上学历（含本科9人）共17人', {}, { college: 17 }],
    ['学历情况：本科及以上7人，大专5人', {}, { college: 12 }],
    ['建设路社区、人民路社区居委会今天完成选举，加上昨天的2个，居委会完成4个', { committeeDone: 2 }, { committeeDone: 4 }],
    ['跟组织部核对了，我们街道这次应换届的是7个（5个社区、2个村），县里表上的6个请改一下', {}, { due: 7 }],
  ] as [string, Record<string, number>, Record<string, number>][])('%s', async (text, before, figures) => {
    const r = await run(text, { records: { 新华街道: figures }, warnings: 'due' in figures ? ['due-differs' as const] : [] }, onRecord(before));
    expect(r.problems).toEqual([]);
  });

  it('refuses 基本都选完 — no figure — and stores no community groups as villages', async () => {
    expect(stored((await run('社区这边党委基本都选完了，村里还差一点', { refuse: 'vague', mention: [], avoid: [] })).problems)).toEqual([]);
    const r = await run('花园社区党委今天完成换届，下设的6个网格党支部、2个小区党支部也同步选出了新一届支委。', { refuse: 'missing-figure', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});
