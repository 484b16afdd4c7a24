// A new liaison's everyday words and what is left to do, through the real report skill (the twentieth round's
// classes, read after its run): bodies said as 监督那块/村主任那摊子, people as 书记兼主任的/两边都挂职的/年轻的, the
// last ones done (最后3个都完成了), what is left said with 最后 (就差最后一个了), a reason's count, and a cross-tab.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('everyday-words', 'wecom:longquan_feng', '2026-11-28T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });

describe('words that are not figures (tuning writers R141, R142)', () => {
  it.each([
    // 一个没有 at the end of its clause: not one — nought.
    ['龙泉镇党组织全部完成，村委会完成四个，监委会还一个没有。', { partyDone: 20, committeeDone: 4, supervisionDone: 0 }],
    ['龙泉镇联审了七十六人，不合格的一个没有。', { reviewed: 76, disqualified: 0 }],
    // 慢一些 after a comparison hedges no figure.
    ['各位领导晚上好！我镇进度比河东慢一些，正在抓紧。龙泉镇党组织完成4个，村委会完成2个。', { partyDone: 4, committeeDone: 2 }],
  ])('%s', async (text, figures) => {
    expect((await run(text, records({ 龙泉镇: figures }))).problems).toEqual([]);
  });

  it('reads 还有一个村…也选完了 as one more done, not one left', async () => {
    const before = { before: [{ township: '龙泉镇', date: '2026-11-27', figures: { partyDone: 12 } }] };
    expect((await run('龙泉镇还有一个村下午党支部也选完了', records({ 龙泉镇: { partyDone: 13 } }), before)).problems).toEqual([]);
  });

  it('reads 还有一个没有 as one left, never nought', async () => {
    expect((await run('龙泉镇村委会还有一个没有', records({ 龙泉镇: { committeeDone: 19 } }))).problems).toEqual([]);
  });

  it('leaves today to a later message when its figures are to be sent on their own (稍后单独报送)', async () => {
    const r = await run('补报一下：龙泉镇25日监委会完成3个。今天的数据稍后单独报送。', { records: { '龙泉镇 2026-11-25': { supervisionDone: 3 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('也 after a body all done', () => {
  // Tuning writer R141: the next body is all done too; with a figure of its own, it keeps the figure.
  it.each([
    ['龙泉镇监委会全部推选完成，村委会也选完了。', { supervisionDone: 20, committeeDone: 20 }],
    ['龙泉镇监委会全部完成，村委会也完成了15个', { supervisionDone: 20, committeeDone: 15 }],
  ])('%s', async (text, figures) => {
    expect((await run(text, records({ 龙泉镇: figures }))).problems).toEqual([]);
  });
});

describe('everyday words for bodies and people', () => {
  it.each([
    ['龙泉今天：支部18个，村主任那块6个。新选上的人平均岁数46.8岁', { partyDone: 18, committeeDone: 6, avgAge: 46.8 }],
    ['监督那块12个，书记兼主任的一共14个', { supervisionDone: 12, oneShoulder: 14 }],
    ['两边都挂职的（支委村委都是的）现在是20个人', { crossPost: 20 }],
    ['有文凭的（大专往上）一共17个，年轻的目前有8个', { college: 17, under35: 8 }],
    ['龙泉镇资格联审完成,审查人选133名,不符合条件的7名', { reviewed: 133, disqualified: 7 }],
    ['龙泉：村委会十个，监督七个，新人平均年龄47岁', { committeeDone: 10, supervisionDone: 7, avgAge: 47 }],
    ['纪委全程监督，龙泉村委会完成8个', { committeeDone: 8 }],
    ['龙泉镇三项选举全部完成!党组织、村委会、监委会都是20个', { partyDone: 20, committeeDone: 20, supervisionDone: 20 }],
    ['到今天为止我们镇支部选好的一共8个村。', { partyDone: 8 }],
    ['龙泉村委会全部选完！20个。监督那块17个', { committeeDone: 20, supervisionDone: 17 }],
  ])('%s', async (text, figures) => {
    expect((await run(text, records({ 龙泉镇: figures }))).problems).toEqual([]);
  });
});

describe('the last ones and what is left', () => {
  it('reads the last ones done as all done, and what is left said with 最后', async () => {
    expect((await run('龙泉监委会最后3个都完成了', records({ 龙泉镇: { supervisionDone: 20 } }))).problems).toEqual([]);
    expect((await run('龙泉监委会就差最后一个了', records({ 龙泉镇: { supervisionDone: 19 } }))).problems).toEqual([]);
  });

  it('sets aside a hedge in a plan, and still refuses one on a figure', async () => {
    expect((await run('龙泉今天支部选完12个，还剩8个村没选，这周末应该能选完大半', records({ 龙泉镇: { partyDone: 12 } }))).problems).toEqual([]);
    expect(stored((await run('龙泉支部大概12个', { refuse: 'vague', mention: [], avoid: [] })).problems)).toEqual([]);
  });

  it('stores no figure from a reason\'s count or a trait counted within women', async () => {
    const r = await run('龙泉镇党组织还有两个没弄完,一个是因为候选人联审没过要重新推荐', records({ 龙泉镇: { partyDone: 18 } }));
    expect(r.problems).toEqual([]);
    expect((await run('新选上的女同志目前7个，其中有两个是35岁以下的', records({ 龙泉镇: { female: 7 } }))).problems).toEqual([]);
  });
});

// Tuning writers R258 and R259 (areas, emoji marks): the township's word before a body's one figure, what is not done
// counted after what is done, and 全部完成 on a line of its own under the bodies' figures.
describe('the whole township, not done and all done told around the figures', () => {
  it.each([
    ['龙泉镇一肩挑全镇16人', { oneShoulder: 16 }],
    ['龙泉镇 大专及以上：全镇31人\n女性：全镇22人', { college: 31, female: 22 }],
    ['龙泉镇党组织：20 村委会：20\n全部完成', { partyDone: 20, committeeDone: 20 }],
  ])('%s', async (text, figures) => {
    expect((await run(text, records({ 龙泉镇: figures }))).problems).toEqual([]);
  });

  it('keeps 全镇N个村 after a body as the due count', async () => {
    expect((await run('龙泉镇党组织换届全镇20个村，完成15个', records({ 龙泉镇: { partyDone: 15 } }))).problems).toEqual([]);
  });

  it('checks what is not done, counted after what is done, against the due count', async () => {
    expect((await run('龙泉镇村委会完成16个，未完成4个', records({ 龙泉镇: { committeeDone: 16 } }))).problems).toEqual([]);
    expect((await run('龙泉镇村委会完成16个\n未完成6个', { refuse: 'conflict', mention: [], avoid: [] })).problems).toEqual([]);
  });

  it('refuses 全部完成 under figures that fall short of the due count', async () => {
    expect((await run('龙泉镇党组织：20 村委会：18\n全部完成', { refuse: 'conflict', mention: [], avoid: [] })).problems).toEqual([]);
  });
});

// The forty-ninth held-out round's safety misses, read after its run (R252, R253): all done said of the review under a
// body's heading, and a done count said to hold some still being counted.
describe('what is not a body done', () => {
  it('reads 资格联审已全部完成 under 党组织换届 as the review, never the body all done', async () => {
    const r = await run('龙泉镇\n党组织换届：20个村候选人资格联审已全部完成，共审查96人，不合格1人。', records({ 龙泉镇: { reviewed: 96, disqualified: 1 } }));
    expect(r.problems).toEqual([]);
  });

  it('refuses a done count that holds places still counting votes', async () => {
    const r = await run('龙泉镇村委会换届完成15个（含3个村正在计票）', { refuse: 'vague', mention: ['含3个村正在计票'], avoid: [] });
    expect(r.problems).toEqual([]);
  });
});
