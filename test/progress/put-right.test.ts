// A figure put right inside the message, through the real report skill: the corrected figure is the base of
// the new ones told after it, a correction names the figure it takes back, and a count its own name came
// before is not taken for the next name's villages.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('put-right', 'wecom:baisha_wu', '2026-11-24T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });
const today = (figures: Record<string, number>) => ({ before: [{ township: '白沙镇', date: '2026-11-24', figures: { partyDone: 16, ...figures } }] });

describe('a figure put right, then the new ones since', () => {
  it.each([
    ['中午监委报了8个，其实是7个，下午又完成2个', { supervisionDone: 8, committeeDone: 12 }, { supervisionDone: 9 }],
    ['中午村委报多了一个，应该是2个，下午又完成了3个，现在共5个', { committeeDone: 3 }, { committeeDone: 5 }],
    ['中午报的监委十一个不对 是十个 晚上累计十二个', { supervisionDone: 11, committeeDone: 14 }, { supervisionDone: 12 }],
  ])('%s', async (text, onRecord, figures) => {
    expect((await run(text, records({ 白沙镇: figures }), today(onRecord))).problems).toEqual([]);
  });

  it.each([
    // The new ones and the total disagree with the corrected figure.
    '中午村委报多了一个，应该是2个，下午又完成了3个，现在共6个',
    // A later total below the corrected figure.
    '中午报的监委十一个不对 是十个 晚上累计九个',
  ])('%s: refused, nothing stored', async (text) => {
    expect(stored((await run(text, { refuse: 'conflict', mention: [], avoid: [] }, today({ committeeDone: 14, supervisionDone: 11 }))).problems)).toEqual([]);
  });
});

describe('a correction told before the figures it puts right', () => {
  it('keeps the corrected figure over the wrong one read again below (a form pasted from a picture) — it had stored the wrong one', async () => {
    const r = await run('下面监委会识别成8了，实际是6个\n白沙镇 党组织 16 村委会 11 监委会 8', records({ 白沙镇: { partyDone: 16, committeeDone: 11, supervisionDone: 6 } }));
    expect(r.problems).toEqual([]);
  });

  it('leaves a figure of a later time after the correction where it stands', async () => {
    const r = await run('更正：昨天报的村委会10个有误，应为9个；截至今天，村委会已完成10个', records({ '白沙镇 2026-11-23': { committeeDone: 9 }, 白沙镇: { committeeDone: 10 } }));
    expect(r.problems).toEqual([]);
  });
});

describe('a correction that names its figure', () => {
  it('takes back the earlier figure of the name told after it, and keeps the one just before it', async () => {
    expect((await run('支部完了12个，村委10个。哦不对，支部是13个，刚才看串行了', records({ 白沙镇: { partyDone: 13, committeeDone: 10 } }))).problems).toEqual([]);
    expect((await run('支部完了12个，村委10个。不对，村委是11个', records({ 白沙镇: { partyDone: 12, committeeDone: 11 } }))).problems).toEqual([]);
  });
});

describe('a count and the next name said not done', () => {
  it('keeps a count its own name came before', async () => {
    const r = await run('新华街道居委会完成5个 不对说错了 是4个 村委会还没选', records({ 新华街道: { committeeDone: 4 } }), { from: 'wecom:xinhua_chu' });
    expect(r.problems).toEqual([]);
  });

  it('still sets aside a count straight before the name said not done', async () => {
    const r = await run('党组织完成8个，两个村的村委会还没开始', records({ 白沙镇: { partyDone: 8 } }));
    expect(r.problems).toEqual([]);
  });
});

describe('figures of two townships put right in one message', () => {
  it('gives each township its own corrected figure (two figures swapped in a summary)', async () => {
    const r = await run('刚才发的汇总里河西乡和河东镇的党组织数弄反了，更正：河西乡党组织应为9个，河东镇应为11个。', records({ 河西乡: { partyDone: 9 }, 河东镇: { partyDone: 11 } }), { from: 'wecom:zzb_liu', before: [{ township: '河西乡', date: '2026-11-24', figures: { partyDone: 11 } }, { township: '河东镇', date: '2026-11-24', figures: { partyDone: 9 } }] });
    expect(r.problems).toEqual([]);
  });

  it('still takes back a township named by mistake', async () => {
    const r = await run('河西 哦不对 白沙镇村委会完成13个', records({ 白沙镇: { committeeDone: 13 } }));
    expect(r.problems).toEqual([]);
  });
});

describe('words that say a figure is unchanged or nought', () => {
  it('reads 今天 between a name and 没有新增 as when, the name said unchanged', async () => {
    const r = await run('白沙镇党支部今天无新增，村委会又完成2个', records({ 白沙镇: { committeeDone: 14, partyDone: 16 } }), today({ committeeDone: 12 }));
    expect(r.problems).toEqual([]);
  });

  it('reads 均符合条件 after a count reviewed as none disqualified', async () => {
    expect((await run('白沙镇联审两委候选人共23人，均符合条件。', records({ 白沙镇: { reviewed: 23, disqualified: 0 } }))).problems).toEqual([]);
  });
});

describe('a figure taken back by saying it again', () => {
  it.each([
    ['白沙镇一肩挑5个 不是5个是6个', { oneShoulder: 6 }],
    ['白沙镇一肩挑5个，哦不是5个，是6个', { oneShoulder: 6 }],
    ['白沙镇资格联审审了六十七人 取消资格的三个 哦不是三个是两个', { reviewed: 67, disqualified: 2 }],
  ])('%s records the figure after 是, never the one taken back', async (text, figures) => {
    expect((await run(text, records({ 白沙镇: figures }))).problems).toEqual([]);
  });

  it('keeps the figure given when 不是 names another one only', async () => {
    // "5个，不是6个": the 6 is what was not meant — the 5 stands.
    expect((await run('白沙镇一肩挑5个，不是6个', records({ 白沙镇: { oneShoulder: 5 } }))).problems).toEqual([]);
  });
});

describe('names said unchanged together', () => {
  it('reads 党组织和村委会今天都没新增 as both unchanged, the other figure after it as given', async () => {
    const r = await run('党组织和村委会今天都没新增，监委会今天又选完1个', records({ 白沙镇: { supervisionDone: 5, partyDone: 16, committeeDone: 12 } }), today({ committeeDone: 12, supervisionDone: 4 }));
    expect(r.problems).toEqual([]);
  });
});

describe('an earlier figure of the day, then the one now', () => {
  it('takes the figure now and sets the earlier one aside (中午是8个，现在10个了)', async () => {
    expect((await run('白沙 党组织中午是8个，现在10个了，村委会7个。', records({ 白沙镇: { partyDone: 10, committeeDone: 7 } }))).problems).toEqual([]);
    expect((await run('白沙镇党组织原来是8个，目前12个', records({ 白沙镇: { partyDone: 12 } }))).problems).toEqual([]);
  });

  it('still refuses two figures for the day with no word that one replaces the other', async () => {
    expect((await run('白沙镇党组织8个，党组织10个', { refuse: 'conflict', mention: [], avoid: [] })).problems).toEqual([]);
  });
});

describe('a figure said to be right', () => {
  it('reads 没错 and 没问题 as "that one is right", never as not done', async () => {
    const chengguan = reportRunner('put-right', 'wecom:chengguan_li', '2026-12-07T20:00:00+08:00');
    const text = '城关镇12月7日：党组织16个，村委会14个。哦不对，党组织是15个，村委会14个没错';
    expect((await chengguan(text, records({ 城关镇: { partyDone: 15, committeeDone: 14 } }))).problems).toEqual([]);
  });
});

describe('a figure put right, then another for the same count told as of the same time', () => {
  it.each([
    '白沙镇党组织刚才报错了应为15个\n白沙镇今日汇总：党组织16个，村委会12个，监委会11个',
    '通报里白沙镇党组织写的14个，实际是15个，16个村全部选完了。',
  ])('%s is refused as two figures for one count', async (text) => {
    const r = await run(text, { refuse: 'conflict', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });

  it('stands beside the whole told after it (全镇共)', async () => {
    const r = await run('更正：刚才报的女性成员数有误，村里应为12人不是11人，全镇女性共14人', records({ 白沙镇: { female: 14 } }));
    expect(r.problems).toEqual([]);
  });
});

describe('a message resent or two figures said swapped', () => {
  it.each([
    ['白沙镇今日进度（重发，上一条数据有误作废）：党组织完成16个，村委会完成12个，监委会完成11个', { committeeDone: 13, supervisionDone: 11 }, { partyDone: 16, committeeDone: 12, supervisionDone: 11 }],
    ['白沙镇村委会和监委会的数刚才填反了，村委会是14个，监委会是12个', { committeeDone: 12, supervisionDone: 14 }, { committeeDone: 14, supervisionDone: 12 }],
  ])('%s puts the day’s record right, smaller figures too', async (text, onRecord, figures) => {
    expect((await run(text, records({ 白沙镇: figures }), today(onRecord))).problems).toEqual([]);
  });
});

describe('a figure reported short (少报了, 漏报了), straight after its name', () => {
  it('is that many more than the record', async () => {
    const r = await run('白沙镇女性两委成员刚才少报了2人', records({ 白沙镇: { female: 19 } }), today({ female: 17 }));
    expect(r.problems).toEqual([]);
    expect(r.reply).toContain('17');
  });

  it('is refused with no record to add to', async () => {
    const r = await run('白沙镇女性两委成员刚才少报了2人', { refuse: 'no-base', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});
