// Voice input runs figures together with no words between, through the real report skill: the day's new ones
// and the running total straight after them, and a figure said twice around a word of assent.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('run-together', 'wecom:liulin_zhou', '2026-12-01T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });
const yesterday = (figures: Record<string, number>) => ({ before: [{ township: '柳林乡', date: '2026-11-30', figures }] });

describe('the day’s new ones and the total said together', () => {
  it('reads the total after the new ones, closed by 全选完了 or 了, and goes on to the next names', async () => {
    const r = await run('柳林村委会今天又完成俩 九个全选完了 女的七个 大专以上的十个', records({ 柳林乡: { committeeDone: 9, female: 7, college: 10 } }), yesterday({ committeeDone: 7 }));
    expect(r.problems).toEqual([]);
    const s = await run('柳林党组织今天又选完一个 八个了 监委会五个', records({ 柳林乡: { partyDone: 8, supervisionDone: 5 } }), yesterday({ partyDone: 7 }));
    expect(s.problems).toEqual([]);
  });

  it('refuses a total that does not add up with the record and the new ones', async () => {
    const r = await run('柳林党组织今天又选完一个 八个了', { refuse: 'conflict', mention: [], avoid: [] }, yesterday({ partyDone: 6 }));
    expect(stored(r.problems)).toEqual([]);
  });

  it('puts a total right that the liaison corrects herself', async () => {
    const r = await run('柳林村委会今天新完成一个 是五个了 哦说错了 是六个 监委会四个', records({ 柳林乡: { committeeDone: 6, supervisionDone: 4 } }), yesterday({ committeeDone: 5 }));
    expect(r.problems).toEqual([]);
  });
});

describe('a figure said twice', () => {
  it('sets the echo aside, so the next name keeps its own figure', async () => {
    const r = await run('柳林监委会完成六个 村委会八个 嗯对 八个 党组织还是九个', records({ 柳林乡: { supervisionDone: 6, committeeDone: 8, partyDone: 9 } }), yesterday({ partyDone: 9 }));
    expect(r.problems).toEqual([]);
  });

  it('still gives a count with a name straight after it to that name', async () => {
    const r = await run('柳林党组织9个 9个村委会', records({ 柳林乡: { partyDone: 9, committeeDone: 9 } }));
    expect(r.problems).toEqual([]);
  });
});

describe('a body said to be the same as the one before', () => {
  it('has the figure just said, of the same kind', async () => {
    const r = await run('柳林村委会比昨天多了2个，监委会也是', records({ 柳林乡: { committeeDone: 7, supervisionDone: 6 } }), yesterday({ committeeDone: 5, supervisionDone: 4 }));
    expect(r.problems).toEqual([]);
    const s = await run('柳林党组织完成9个，村委会也一样', records({ 柳林乡: { partyDone: 9, committeeDone: 9 } }));
    expect(s.problems).toEqual([]);
  });

  it('refuses the name when what was said before is no count of villages', async () => {
    const r = await run('柳林女性12人，监委会也是', { refuse: 'missing-figure', mention: ['监委会'], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('the whole said after the day’s new ones', () => {
  it('reads a count straight before 全部完成 as the whole, never as more new ones', async () => {
    const r = await run('柳林今天又产生了2个村委会班子,9个村全部完成了', records({ 柳林乡: { committeeDone: 9 } }), yesterday({ committeeDone: 7 }));
    expect(r.problems).toEqual([]);
  });

  it('reads the last ones, counted, as the day’s new ones', async () => {
    const r = await run('柳林最后两个村的支委班子今天选出来了,全乡9个村党组织换届全部完成', records({ 柳林乡: { partyDone: 9 } }), yesterday({ partyDone: 7 }));
    expect(r.problems).toEqual([]);
  });

  it('reads a body elected again (重新推选) as no new one', async () => {
    const r = await run('后山村监委会重新推选完毕，柳林监委会9个全部完成！', records({ 柳林乡: { supervisionDone: 9 } }), yesterday({ supervisionDone: 8 }));
    expect(r.problems).toEqual([]);
  });
});

describe('notes run into the figures', () => {
  it('sets aside a part after 其中 though another name follows, and a figure quoted as reported on another day', async () => {
    const r = await run('柳林党组织完成9个其中社区1个村委会完成8个昨天报的是6个今天又完成两个联审一共审了143人', records({ 柳林乡: { partyDone: 9, committeeDone: 8, reviewed: 143 } }), yesterday({ committeeDone: 6 }));
    expect(r.problems).toEqual([]);
  });

  it('keeps 最后1个 in a bracket to its own body', async () => {
    const r = await run('柳林 12月1日 村委会9个全部完成（今天最后1个） 监委会完成7个', records({ 柳林乡: { committeeDone: 9, supervisionDone: 7 } }));
    expect(r.problems).toEqual([]);
    const s = await run('柳林今天最后一个村(后山村)村委会选完了', records({ 柳林乡: { committeeDone: 9 } }));
    expect(s.problems).toEqual([]);
  });
});

describe('what is left of several bodies', () => {
  it('gives each body named before 都 the remainder', async () => {
    const r = await run('柳林村委会、监委会都只剩2个村了，计划12月3日前完成', records({ 柳林乡: { committeeDone: 7, supervisionDone: 7 } }));
    expect(r.problems).toEqual([]);
  });

  it('reads 还差最后两个 as two left', async () => {
    const r = await run('柳林监委会还差最后两个(前屯、后屯)', records({ 柳林乡: { supervisionDone: 7 } }));
    expect(r.problems).toEqual([]);
  });
});

describe('villages and communities in a bracket after the figure', () => {
  it('must add up to it', async () => {
    const r = await run('柳林村委会完成9个(村6个,社区2个)', { refuse: 'conflict', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
    const s = await run('柳林村委会完成8个(村6个,社区2个)', records({ 柳林乡: { committeeDone: 8 } }));
    expect(s.problems).toEqual([]);
  });
});

describe('days and headings', () => {
  it('reads a span of days with the unit said once, and a month and day parted by a middle dot', async () => {
    const r = await run('柳林乡 11·29 党组织完成8个', { records: { '柳林乡 2026-11-29': { partyDone: 8 } }, warnings: [] });
    expect(r.problems).toEqual([]);
    // The span's new ones are the last day's.
    const s = await run('柳林乡 28至30日村委会又完成两个', { records: { '柳林乡 2026-11-30': { committeeDone: 9 } }, warnings: [] }, yesterday({ committeeDone: 7 }));
    expect(s.problems).toEqual([]);
  });

  it('sets aside the election said done as a whole before the bodies’ figures, and refuses it alone', async () => {
    const r = await run('柳林乡换届全部完成!党组织9个、村委会9个、监委会9个', records({ 柳林乡: { partyDone: 9, committeeDone: 9, supervisionDone: 9 } }));
    expect(r.problems).toEqual([]);
    const s = await run('柳林乡换届全部完成!', { refuse: 'missing-indicator', mention: [], avoid: [] });
    expect(stored(s.problems)).toEqual([]);
  });
});

describe('rates beside counts', () => {
  it('gives a rate to the count it follows, not the last one read', async () => {
    const r = await run('柳林村委会9个 100%✅ 监委会8个(89%)', records({ 柳林乡: { committeeDone: 9, supervisionDone: 8 } }));
    expect(r.problems).toEqual([]);
  });
});

describe('the rest said done after what is left', () => {
  it('is the same figure said the other way round', async () => {
    const r = await run('柳林党组织就剩石家村一个了,其他的全部选完', records({ 柳林乡: { partyDone: 8 } }));
    expect(r.problems).toEqual([]);
  });
});

describe('found in the twenty-third and twenty-fourth rounds', () => {
  it('refuses a figure said with 吧, a guess — unless it is said to be confirmed later, then it is quoted, never stored', async () => {
    const r = await run('柳林监委会完成7个。一肩挑应该是6个吧', { refuse: 'vague', mention: ['6个吧'], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
    const later = await run('柳林监委会完成7个。一肩挑应该是6个吧,我回头问下组织委员确认', records({ 柳林乡: { supervisionDone: 7 } }));
    expect(later.problems).toEqual([]);
    expect(later.reply).toContain('未计入：');
  });

  it('reads 一共 after what is added in from before as the body’s total, not the due count', async () => {
    const r = await run('柳林今天村委会选举完成三个,加上前面两个一共五个村', records({ 柳林乡: { committeeDone: 5 } }), yesterday({ committeeDone: 2 }));
    expect(r.problems).toEqual([]);
  });

  it('checks a breakdown in words (其中村七个社区四个) against its figure, and reads 不合格的一个都没有 as nought', async () => {
    const r = await run('柳林党组织完成九个 其中村七个社区四个', { refuse: 'conflict', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
    const s = await run('柳林资格联审 审了三十个 不合格的一个都没有', records({ 柳林乡: { reviewed: 30, disqualified: 0 } }));
    expect(s.problems).toEqual([]);
  });
});

describe('meetings and visits beside the figures', () => {
  it('reads a name ending in 会 that a meeting verb governs as a meeting, and a count of villages visited as no figure', async () => {
    const r = await run('补报30号柳林数据:党组织完成8个,村委会完成7个。今天上午乡里召开换届风气监督会,下午去两个难点村。', { records: { '柳林乡 2026-11-30': { partyDone: 8, committeeDone: 7 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('still reads the body a meeting is about', async () => {
    const r = await run('今天乡里召开了村委会选举工作人员培训会。柳林党组织选举完成8个', records({ 柳林乡: { partyDone: 8 } }));
    expect(r.problems).toEqual([]);
  });
});

describe('a few more to come', () => {
  it('is no question: the figures before it are read, the plan set aside', async () => {
    const r = await run('柳林党组织完成8个,还要再选几个', records({ 柳林乡: { partyDone: 8 } }));
    expect(r.problems).toEqual([]);
    const s = await run('柳林资格联审审了56人,纪委那边说可能还要再刷掉几个,目前确定取消资格的4人', records({ 柳林乡: { reviewed: 56, disqualified: 4 } }));
    expect(s.problems).toEqual([]);
  });

  it('reads 党组织也都完成了 as that body all done', async () => {
    const r = await run('柳林村委会全部选完,党组织也都完成了', records({ 柳林乡: { committeeDone: 9, partyDone: 9 } }));
    expect(r.problems).toEqual([]);
  });
});

describe('words that look like questions in a report', () => {
  it('are no question in 补报几个数, 剩下那几个 or the voice filler 那个啥', async () => {
    const r = await run('今天没有村选举，补报几个数：柳林新进两委的，35岁及以下的9个，女同志11个', records({ 柳林乡: { under35: 9, female: 11 } }));
    expect(r.problems).toEqual([]);
    const s = await run('柳林今天又拿下仨党支部 东沟西沟还有那个啥杨树湾', records({ 柳林乡: { partyDone: 8 } }), yesterday({ partyDone: 5 }));
    expect(s.problems).toEqual([]);
  });
});

describe('a guess that all are done', () => {
  it('refuses 应该是都选完了 with no figure to put right', async () => {
    const r = await run('柳林的村委会应该是都选完了,我还在等各村把结果报上来', { refuse: 'vague', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('a deadline after the figures', () => {
  it('dates nothing: 周五前 no longer files the figures under last Friday', async () => {
    const r = await run('柳林党组织已完成8个,还剩1个,周五前全部完成', records({ 柳林乡: { partyDone: 8 } }));
    expect(r.problems).toEqual([]);
    const s = await run('柳林党组织已完成8个,周末前全部完成', records({ 柳林乡: { partyDone: 8 } }));
    expect(s.problems).toEqual([]);
  });
});
