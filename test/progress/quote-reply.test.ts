// A reply to a quoted message, through the real report skill: the quoted message is someone else's and its
// figures are never the sender's; a reply that names no indicator answers the one the quote names. Also a
// figure put right from the old one without 由 (原报11个减为10个), and a day that only says whose election it was.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('quote-reply', 'wecom:hexi_wang', '2026-11-25T19:10:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });
const line = '\n- - - - - - - - - - - - - - -\n';

describe('a reply to a quoted message', () => {
  it('reads the reply with the indicator the quote asks about', async () => {
    const before = { before: [{ township: '河西乡', date: '2026-11-24', figures: { supervisionDone: 7, committeeDone: 9 } }] };
    expect((await run(`「刘组长:@王海 河西监委会多少了?」${line}8个👌`, records({ 河西乡: { supervisionDone: 8 } }), before)).problems).toEqual([]);
  });

  it('never stores the quoted figure as the sender\'s', async () => {
    const before = { before: [{ township: '河西乡', date: '2026-11-24', figures: { partyDone: 11 } }] };
    const r = await run(`「刘组长:河西乡 党组织11个」${line}组长 这个昨天报错了,应该是10个🙏`, records({ '河西乡 2026-11-24': { partyDone: 10 } }), before);
    expect(r.problems).toEqual([]);
  });

  it('gives each indicator asked its figure: 都是 for all of them, 分别 or figures alone in the order asked', async () => {
    const before = { before: [{ township: '河西乡', date: '2026-11-24', figures: { partyDone: 8, committeeDone: 5 } }] };
    expect((await run(`「刘组长:@王海 河西党组织、村委会各完成几个?」${line}都是9个`, records({ 河西乡: { partyDone: 9, committeeDone: 9 } }), before)).problems).toEqual([]);
    expect((await run('回复 组织部小陈：河西乡党组织几个村委会几个\n分别是10个和7个', records({ 河西乡: { partyDone: 10, committeeDone: 7 } }), before)).problems).toEqual([]);
    expect((await run(`「刘组长:河西监委会、村委会几个了」${line}6个、7个`, records({ 河西乡: { supervisionDone: 6, committeeDone: 7 } }), before)).problems).toEqual([]);
  });

  it('gives a figure said before any name the one indicator asked', async () => {
    const before = { before: [{ township: '河西乡', date: '2026-11-24', figures: { partyDone: 10, supervisionDone: 5 } }] };
    expect((await run('回复 刘组长：河西党组织几个\n十二个全部完成 监委会还差两个', records({ 河西乡: { partyDone: 12, supervisionDone: 10 } }), before)).problems).toEqual([]);
  });

  it('does not guess when the quote names several indicators', async () => {
    const r = await run(`「刘组长:河西党组织、村委会各多少?」${line}9个`, { refuse: 'missing-indicator', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('a figure put right in a reason', () => {
  it('reads 原报11个减为10个 as the new figure of the name before it, not as 监委', async () => {
    const text = '河西乡:村委会累计10个,监委会6个。南岗村委会选举因选民登记有误,县里要求重新选举,原报11个减为10个。';
    expect((await run(text, records({ 河西乡: { committeeDone: 10, supervisionDone: 6 } }))).problems).toEqual([]);
  });

  it('does not date the figures after a day that only says whose election it was', async () => {
    const before = { before: [{ township: '河西乡', date: '2026-11-24', figures: { committeeDone: 7 } }] };
    const r = await run('河西乡村委会今天又完成一个。另外小王庄昨天的选举被认定无效,要重新选。累计8个。', records({ 河西乡: { committeeDone: 8 } }), before);
    expect(r.problems).toEqual([]);
  });
});

describe('a reply copied as 回复 who：what they said, the reply on the next line', () => {
  it('reads the reply with the indicator the quoted line asks about', async () => {
    const before = { before: [{ township: '河西乡', date: '2026-11-24', figures: { committeeDone: 9 } }] };
    expect((await run('回复 刘组长：@河西乡 村委会今天有进展吗\n还是9个，没有新增', records({ 河西乡: { committeeDone: 9 } }), before)).problems).toEqual([]);
  });

  it('never reads the quoted line’s figure as the sender’s', async () => {
    const r = await run('回复@刘组长：河西乡女性成员报的5人，核一下\n核过了，应为7人', records({ 河西乡: { female: 7 } }));
    expect(r.problems).toEqual([]);
  });
});
