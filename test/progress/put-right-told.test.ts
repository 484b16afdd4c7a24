// Corrections told in a liaison's own words, other numbers of a working day, and a name typed with a homophone,
// through the real report skill: what is read is the figure put right, and a number of something else is
// never a figure.
import { describe, expect, it } from 'vitest';
import { reportRunner } from './eval-runner.js';

const run = reportRunner('put-right-told', 'wecom:liulin_zhou', '2026-11-19T20:20:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });

describe('a correction told in the liaison’s words', () => {
  it.each([
    ['柳林乡 村委会6个 更正一下刚刚报的35岁以下人数 是5人 不是8人', { committeeDone: 6, under35: 5 }],
    ['柳林乡 更正一下刚才报的女性人数是11人', { female: 11 }],
  ])('after a correction word, the figure told of what was reported is the new one: %s', async (text, figures) => {
    expect((await run(text, records({ 柳林乡: figures }))).problems).toEqual([]);
  });

  it('a roll call’s reader takes no village from “又完成了两个 明天继续”: two new ones', async () => {
    const before = [{ township: '柳林乡', date: '2026-11-18', figures: { committeeDone: 4 } }];
    const r = await run('柳林乡 嗯今天村委会又完成了两个 明天继续', records({ 柳林乡: { committeeDone: 6 } }), { before });
    expect(r.problems).toEqual([]);
  });

  it('a count after 报一下 is read: 一下 is no trip to the villages (下了两个村)', async () => {
    const text = '东城街道今天报一下三个社区党委换完了居委会完成两个';
    const r = await run(text, records({ 东城街道: { partyDone: 3, committeeDone: 2 } }), { from: 'dingtalk:dongcheng_wei' });
    expect(r.problems).toEqual([]);
  });

  it('a hedged count of miles or years (二十几里山路, 十几年) is no figure hedged: the report beside it is read', async () => {
    const r = await run('柳林这边今天跑了二十几里山路，数报一下：党组织7个，村委会5个', records({ 柳林乡: { partyDone: 7, committeeDone: 5 } }));
    expect(r.problems).toEqual([]);
  });

  it('和 starting a community’s name (和平社区) is part of the name, not a join', async () => {
    const r = await run('新华街道：居委会就剩和平社区和站前社区两个没选', records({ 新华街道: { committeeDone: 4 } }), { from: 'wecom:xinhua_chu' });
    expect(r.problems).toEqual([]);
  });

  it('以这个为准 after a figure: it replaces its name’s earlier figure in the message', async () => {
    const r = await run('柳林 党组织8个 村委会6个\n等一下\n村委会是7个，以这个为准', records({ 柳林乡: { partyDone: 8, committeeDone: 7 } }));
    expect(r.problems).toEqual([]);
  });

  it.each([
    ['柳林乡\n党-8\n村-6\n监-5', { partyDone: 8, committeeDone: 6, supervisionDone: 5 }],
    ['柳林 资审78 取消2', { reviewed: 78, disqualified: 2 }],
  ])('a dash joining a name to its figure is no minus, 资审 is the review: %s', async (text, figures) => {
    expect((await run(text, records({ 柳林乡: figures }))).problems).toEqual([]);
  });

  it('shorthand cut off at its last name (党13 村10 监) is refused, nothing stored', async () => {
    const r = await run('柳林 党7 村6 监', { refuse: 'missing-figure', mention: [], avoid: [] });
    expect(r.problems.filter((p) => p.startsWith('accepted'))).toEqual([]);
    expect(r.reply).toContain('监委会');
  });

  it('“刚才报的有点问题” is a remark on what was reported: the figure after it is the corrected one', async () => {
    const before = [{ township: '柳林乡', date: '2026-11-19', figures: { partyDone: 9 } }];
    const text = '那个刚才报的有点问题啊 柳林乡党组织换届完成的是七个不是九个';
    expect((await run(text, records({ 柳林乡: { partyDone: 7 } }), { before })).problems).toEqual([]);
  });

  it('“刚才报的有误” then the figures: every figure after it is read, none set aside as the old one', async () => {
    const text = '刚才报的有误 党组织完成七个 村委会5个';
    expect((await run(text, records({ 柳林乡: { partyDone: 7, committeeDone: 5 } }))).problems).toEqual([]);
  });

  it('“刚才报的7个有误 应为6个” with no name: refused, saying the name is missing — never passed over in silence', async () => {
    const before = [{ township: '柳林乡', date: '2026-11-19', figures: { partyDone: 7 } }];
    const r = await run('刚才报的7个有误 应为6个', { refuse: 'missing-indicator', mention: ['6个'], avoid: [] }, { before });
    expect(r.problems).toEqual([]);
  });

  it('a figure quoted after 昨天报的 and called a slip of the pen is the old one, not a second figure', async () => {
    const text = '柳林乡昨天的数据更正：资格联审审查人数应为86人，不通过3人。昨天报的68是笔误。';
    const r = await run(text, records({ '柳林乡 2026-11-18': { reviewed: 86, disqualified: 3 } }));
    expect(r.problems).toEqual([]);
  });

  it('a day that says when a village was reported before dates none of today’s figures', async () => {
    const before = [{ township: '柳林乡', date: '2026-11-19', figures: { partyDone: 5 } }];
    const text = '柳林乡今天党组织完成6个，其中后沟村是昨天已经报过的，村委会累计4个。';
    expect((await run(text, records({ 柳林乡: { partyDone: 6, committeeDone: 4 } }), { before })).problems).toEqual([]);
  });
});

describe('numbers of a working day', () => {
  it.each([
    ['柳林乡今天开了3个会 党组织完成8个 村委会6个', { partyDone: 8, committeeDone: 6 }],
    ['今天零下12度 柳林乡监委会完成6个 村委会完成6个 党组织7个', { supervisionDone: 6, committeeDone: 6, partyDone: 7 }],
  ])('%s: the meetings and the temperature are no figures', async (text, figures) => {
    expect((await run(text, records({ 柳林乡: figures }))).problems).toEqual([]);
  });
});

describe('after the day’s new ones', () => {
  it('a count of a body’s units said all done is its total', async () => {
    const before = [{ township: '新华街道', date: '2026-11-29', figures: { partyDone: 5, committeeDone: 4 } }];
    const text = '新华街道今日又完成党组织1个 居委会1个 六个社区党组织都完成了';
    const r = await run(text, records({ 新华街道: { partyDone: 6, committeeDone: 5 } }), { before, from: 'wecom:xinhua_chu', at: '2026-11-30T20:10:00+08:00' });
    expect(r.problems).toEqual([]);
  });
});

describe('a name typed with a homophone', () => {
  it('村名委员会 is the villagers’ committee, even though 村名 is a table’s column word', async () => {
    const text = '柳林乡党组织换届完成八个村名委员会完成六个';
    expect((await run(text, records({ 柳林乡: { partyDone: 8, committeeDone: 6 } }))).problems).toEqual([]);
  });
});
