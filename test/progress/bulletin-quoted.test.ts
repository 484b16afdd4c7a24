// Liaisons answering the county's evening bulletin: the bulletin's own figures, quoted, are what the county holds
// and report nothing; only what the liaison puts right or adds is read. Also: words that take from a total with no
// figure, and candidates who passed and failed the review counted together.
import { describe, expect, it } from 'vitest';
import { reportRunner } from './eval-runner.js';

const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });
const refuse = (reason: 'negative' | 'conflict' | 'unclear-date') => ({ refuse: reason, mention: [], avoid: [] });
const yesterday = (township: string, figures: Record<string, number>) => ({ before: [{ township, date: '2026-11-28', figures }] });

describe('the bulletin quoted', () => {
  const baisha = reportRunner('bulletin-quoted', 'wecom:baisha_wu', '2026-11-29T21:30:00+08:00');
  it('reads the figure that puts the bulletin right, never the figure it printed', async () => {
    expect((await baisha('通报里白沙镇村委会写的12个，实际是13个。', records({ 白沙镇: { committeeDone: 13 } }))).problems).toEqual([]);
    expect((await baisha('通报白沙镇党组织写的十一个，实为十二个。', records({ 白沙镇: { partyDone: 12 } }))).problems).toEqual([]);
  });

  it('sets a pasted bulletin line aside and reads what was done since', async () => {
    const text = '我镇昨天通报原文："白沙镇：党组织14/16，村委会12/16，监委会10/16"。\n今天又完成村委会2个、监委会1个。';
    expect((await baisha(text, records({ 白沙镇: { committeeDone: 14, supervisionDone: 11 } }), yesterday('白沙镇', { partyDone: 14, committeeDone: 12, supervisionDone: 10 }))).problems).toEqual([]);
  });

  it("dates what was done since yesterday's bulletin to today", async () => {
    expect((await baisha('昨天通报后又完成1个村委会', records({ 白沙镇: { committeeDone: 13 } }), yesterday('白沙镇', { committeeDone: 12 }))).problems).toEqual([]);
  });

  it('keeps an age group named in a quoted line a name (35岁以下通报写的19人，应为21人)', async () => {
    expect((await baisha('白沙镇更正：35岁以下通报写的19人，应为21人', records({ 白沙镇: { under35: 21 } }))).problems).toEqual([]);
  });

  it('reads 通报 said as a verb as a report (会上通报:)', async () => {
    expect((await baisha('镇长在会上通报:白沙镇党组织15个', records({ 白沙镇: { partyDone: 15 } }))).problems).toEqual([]);
  });
});

describe('taken from a total', () => {
  const shiqiao = reportRunner('bulletin-quoted', 'wecom:shiqiao_sun', '2026-11-27T20:00:00+08:00');
  it('refuses 完成数减1 rather than store 1, and a total to be lowered by a figure not given', async () => {
    expect((await shiqiao('今天东岗村监委会推选作废重推，监委会完成数减1', refuse('negative'))).problems).toEqual([]);
    expect((await shiqiao('石桥镇今天村委会又完成3个。另外上坪村选举无效，要重新选，这个得从总数里减掉。', refuse('negative'), yesterday('石桥镇', { committeeDone: 10 }))).problems).toEqual([]);
  });
});

describe('passed and failed the review', () => {
  const hexi = reportRunner('bulletin-quoted', 'wecom:hexi_wang', '2026-11-08T20:00:00+08:00');
  it('counts those who passed and those who failed as the candidates reviewed', async () => {
    expect((await hexi('河西乡联审结果：通过47人，不通过2人。', records({ 河西乡: { reviewed: 49, disqualified: 2 } }))).problems).toEqual([]);
  });

  it('refuses a total that the two do not add up to', async () => {
    expect((await hexi('河西乡联审共20人，通过19人，不合格3人。', refuse('conflict'))).problems).toEqual([]);
  });
});

describe("the day's new ones in a bracket", () => {
  const hexi = reportRunner('bulletin-quoted', 'wecom:hexi_wang', '2026-11-29T20:00:00+08:00');
  const base = yesterday('河西乡', { committeeDone: 6 });
  it('checks them against the total beside them, as if said outside the bracket', async () => {
    expect((await hexi('河西乡村委会累计8个（今天新增2个）', records({ 河西乡: { committeeDone: 8 } }), base)).problems).toEqual([]);
    expect((await hexi('河西乡村委会累计7个(今天新增2个)', refuse('conflict'), base)).problems).toEqual([]);
  });
});

describe('not started yet', () => {
  const mafang = reportRunner('bulletin-quoted', 'dingtalk:mafang_zheng', '2026-11-05T20:00:00+08:00');
  it('reads a review not started as none reviewed, beside the counts of bodies', async () => {
    expect((await mafang('马坊乡：资格联审尚未开始，党组织0个，村委会0个。', records({ 马坊乡: { reviewed: 0, partyDone: 0, committeeDone: 0 } }))).problems).toEqual([]);
  });

  it('stores no nought for villages said not started (尚未开始的还有3个村)', async () => {
    const r = await mafang('马坊乡村委会选举尚未开始的还有3个村', { ignore: 'no figure' } as never);
    expect(r.reply).not.toContain('已记录');
  });
});

describe('sent after midnight', () => {
  const late = reportRunner('bulletin-quoted', 'wecom:hexi_wang', '2026-11-24T00:15:00+08:00');
  it('asks which day 今天 means, never guesses it', async () => {
    const r = await late('今天又完成1个村委会', { refuse: 'unclear-date', mention: ['今天'], avoid: [] });
    expect(r.problems).toEqual([]);
  });

  it('reads a day named as said', async () => {
    expect((await late('昨天党组织完成9个', records({ '河西乡 2026-11-23': { partyDone: 9 } }))).problems).toEqual([]);
  });
});
