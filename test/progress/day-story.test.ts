// The day's story beside the running total, through the real report skill: villages done today, then how far the
// township has got (到今天…, 加上前几天的…), and 今日 as a heading over the day's state.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('day-story', 'wecom:yangjialing_chen', '2026-11-24T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });

describe('villages done today, then the running total', () => {
  it.each([
    ['杨家岭乡今天在上岭村和下岭村召开党员大会，两个村的新支部都选出来了。到今天，全乡党组织换届完成五个。', 5],
    ['杨家岭乡今天去了上岭和下岭，两个村的党支部换届都选完了。加上前几天的，全乡党组织换届已经完成了6个。', 6],
  ])('%s: the total is stored', async (text, total) => {
    expect((await run(text, records({ 杨家岭乡: { partyDone: total } }))).problems).toEqual([]);
  });

  it('checks the day’s villages against the record and the total', async () => {
    const text = '杨家岭乡今天两个村的支部选完了。到今天，全乡党组织换届完成五个。';
    const before = (n: number) => ({ before: [{ township: '杨家岭乡', date: '2026-11-23', figures: { partyDone: n } }] });
    expect((await run(text, records({ 杨家岭乡: { partyDone: 5 } }), before(3))).problems).toEqual([]);
    expect(stored((await run(text, { refuse: 'conflict', mention: [], avoid: [] }, before(4))).problems)).toEqual([]);
  });
});

describe('今日 as a heading', () => {
  it('reads the figures under it as the day’s state: a second total of one body is a conflict', async () => {
    const r = await run('杨家岭乡今日：党组织换届完成6个，村委会4个。截至目前全乡党组织换届已完成7个', { refuse: 'conflict', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });

  it('still reads villages named done that day as the day’s new ones', async () => {
    const text = '杨家岭乡今日情况：上岭、下岭两个村村委会选举顺利完成。全乡累计村委会完成5个。';
    expect((await run(text, records({ 杨家岭乡: { committeeDone: 5 } }), { before: [{ township: '杨家岭乡', date: '2026-11-23', figures: { committeeDone: 3 } }] })).problems).toEqual([]);
  });
});

describe('a bare nought', () => {
  it('is no restatement of a body said not started after it', async () => {
    const r = await run('杨家岭乡今天：党组织3个，0个，监委会还没有', { refuse: 'missing-indicator', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('villages named and counted today', () => {
  const onRecord = { before: [{ township: '杨家岭乡', date: '2026-11-23', figures: { committeeDone: 3 } }] };
  it.each([
    ['杨家岭乡今天在上岭、下岭两个村完成了村委会选举', 5],
    ['杨家岭乡今天跑了三个村：上岭、下岭、后沟，三个村的村委会选举都完成了', 6],
    ['杨家岭乡今天去了上岭和下岭，两个村的村委会都选出来了', 5],
  ])('%s: the day’s new ones, added to the record', async (text, total) => {
    const expected = { records: { 杨家岭乡: { committeeDone: total } }, warnings: ['daily-increment' as const] };
    expect((await run(text, expected, onRecord)).problems).toEqual([]);
  });

  it('reads a count that is not the names’ as before: less than the record, refused', async () => {
    const r = await run('杨家岭乡今天在上岭、下岭三个村完成了村委会选举', { refuse: 'decrease', mention: [], avoid: [] }, { before: [{ township: '杨家岭乡', date: '2026-11-23', figures: { committeeDone: 4 } }] });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('wrap-up words and odd layout', () => {
  const xinhua = reportRunner('day-story', 'wecom:xinhua_chu', '2026-11-24T20:00:00+08:00');
  it.each([
    ['新华街道今日：社区党组织换届完成４家，居委会完成３家，居务监督委员会完成３家。', { partyDone: 4, committeeDone: 3, supervisionDone: 3 }],
    ['新华街道居委\n会换届完成６家，居务监\n督委员会５家', { committeeDone: 6, supervisionDone: 5 }],
    ['新华街道资格联\n审审查４１人，取消资格\n２人', { reviewed: 41, disqualified: 2 }],
    ['新华街道今日进度👉党组织５村👉居委会４村👉村监会４村', { partyDone: 5, committeeDone: 4, supervisionDone: 4 }],
    ['新华街道社区党组织、居委会、居务监督委员会换届全部结束，圆满收官🎉🎉', { partyDone: 6, committeeDone: 6, supervisionDone: 6 }],
    ['新华街道党组织6个全部选完，居委会完成4个，明天计划完成剩下2个居委会和全部监委会', { partyDone: 6, committeeDone: 4 }],
  ])('%s: read', async (text, figures) => {
    expect((await xinhua(text, records({ 新华街道: figures }))).problems).toEqual([]);
  });

  it('reads bodies listed then all done as the bodies, not as villages named', async () => {
    const hexi = reportRunner('day-story', 'wecom:hexi_wang', '2026-11-24T20:00:00+08:00');
    const text = '我乡应换届村12个，截至今日，党组织、村委会、村务监督委员会换届全部完成，一个不落。';
    expect((await hexi(text, records({ 河西乡: { due: 12, partyDone: 12, committeeDone: 12, supervisionDone: 12 } }))).problems).toEqual([]);
  });

  it('reads the last villages done as the body all done, the township before them no village', async () => {
    const shiqiao = reportRunner('day-story', 'wecom:shiqiao_sun', '2026-11-24T20:00:00+08:00');
    const before = { before: [{ township: '石桥镇', date: '2026-11-23', figures: { partyDone: 14, committeeDone: 14, supervisionDone: 11 } }] };
    expect((await shiqiao('石桥今天最后3个村的监委会也选完了', records({ 石桥镇: { supervisionDone: 14 } }), before)).problems).toEqual([]);
  });

  it('takes out how many bodies were listed, never of one village', async () => {
    const bodies = '新华街道今天最后一个社区监委会选举完成，党组织、居委会、监委会三个换届全部完成，均为6个。';
    expect((await xinhua(bodies, records({ 新华街道: { partyDone: 6, committeeDone: 6, supervisionDone: 6 } }))).problems).toEqual([]);
    const village = await xinhua('今天花园社区党委、居委会、监委会三个选举一天全部完成', { refuse: 'missing-indicator', mention: [], avoid: [] });
    expect(stored(village.problems)).toEqual([]);
  });

  it('still sets aside 家 that counts something else', async () => {
    expect((await xinhua('新华街道党组织完成5个，参加联审的单位有12家', records({ 新华街道: { partyDone: 5 } }))).problems).toEqual([]);
  });
});
