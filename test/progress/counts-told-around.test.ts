// Counts told around the figures, through the real report skill: villages named and counted, a count before the
// names it is checked against, a hedge closing a figure, one part of a body told vaguely, new ones said to be
// counted in already, and more people of nothing named. What cannot be read exactly is refused, never stored.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('counts-told-around', 'wecom:shiqiao_sun', '2026-11-27T19:30:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });
const refused = { refuse: 'conflict' as const, mention: [], avoid: [] };

describe('refused, nothing stored', () => {
  it.each([
    // Communities named, then counted with their body: the day's new ones, with nothing on record to add them to.
    ['龙泉镇今天完成了龙泉社区、新建社区两个居委会的换届', 'wecom:longquan_feng', []],
    // Three said new, two named.
    ['石桥镇今天又完成3个党组织换届：石桥社区、王湾村', 'wecom:shiqiao_sun', [{ township: '石桥镇', date: '2026-11-26', figures: { partyDone: 9 } }]],
    // 20多 closing its figure where a unit would stand is no exact count.
    ['石桥镇大专以上 20多 女性13', 'wecom:shiqiao_sun', []],
    ['石桥镇女性20多', 'wecom:shiqiao_sun', []],
    // The villages' figure beside the communities told vaguely: the whole cannot be known.
    ['城关镇村委会完成12个，社区居委会差不多都选完了，就剩一两个', 'wecom:chengguan_li', []],
    // Held back, with a count in the reason after the hold: no figure of the message is stored.
    ['石桥镇昨天党组织11个、村委会9个，先别录，有两个村的选举结果还在核对', 'wecom:shiqiao_sun', []],
    // More people, of nothing named.
    ['石桥镇今天村委会完成11个，一肩挑10人，女性两委成员17人，还有12人', 'wecom:shiqiao_sun', []],
    // Cut off before a figure: a name closing the message with 呢是, or alone on the last line after figures.
    ['石桥镇党组织完成十三个 村委会呢是', 'wecom:shiqiao_sun', []],
    ['石桥镇换届进展\n一、党组织完成13个，村委会完成11个\n二、班子结构\n女性', 'wecom:shiqiao_sun', []],
    // One count for a name standing for two bodies: each body's, or some of them? A clerk asks.
    ['石桥镇两委换届完成6个村', 'wecom:shiqiao_sun', []],
    ['今天村居两委选完了9个', 'wecom:shiqiao_sun', []],
    ['龙泉三委完成11个，剩下的下周选', 'wecom:longquan_feng', []],
  ])('%s', async (text, from, before) => {
    expect(stored((await run(text, refused, { from, before })).problems)).toEqual([]);
  });
});

describe('read', () => {
  it.each([
    ['石桥镇两委换届均完成6个村', { partyDone: 6, committeeDone: 6 }],
    ['石桥镇两委都完成了8个', { partyDone: 8, committeeDone: 8 }],
  ])('a count said of each body of the group: %s', async (text, figures) => {
    expect((await run(text, records({ 石桥镇: figures }))).problems).toEqual([]);
  });

  it.each([
    ['石桥镇村委会换届完成9个，另外2个村这周日投票', { committeeDone: 9 }],
    ['石桥镇监委会完成7个，还有1个社区今天正在计票，出来再报', { supervisionDone: 7 }],
  ])('villages counted with a later day or a vote under way are not done yet, beside the figure: %s', async (text, figures) => {
    expect((await run(text, records({ 石桥镇: figures }))).problems).toEqual([]);
  });

  it('全乡 before people counted says whose people: no due count left without its figure', async () => {
    const text = '全镇新两委成员女性的:王湾村2人、李庄村1人,共3人。';
    expect((await run(text, records({ 石桥镇: { female: 3 } }))).problems).toEqual([]);
  });

  it('a fraction after 占 is a share, never a day', async () => {
    expect((await run('石桥镇监委会推选完成7个，占1/2，剩下的下周选', records({ 石桥镇: { supervisionDone: 7 } }))).problems).toEqual([]);
  });

  it.each([
    ['石桥镇村委会换届还差2个村：\n前屯村（选举日定在12月3日）\n西河村下周一\n党支部14个全部完成', { committeeDone: 12, partyDone: 14 }],
    ['石桥镇：王湾社区党委明天选，李庄、赵庄村周末。目前党组织完成11个。', { partyDone: 11 }],
  ])('a day said of a village named before it dates only that village: %s', async (text, figures) => {
    expect((await run(text, records({ 石桥镇: figures }))).problems).toEqual([]);
  });

  it.each([
    ['石桥镇党组织换届完成了一半，14个村已完成7个', { due: 14, partyDone: 7 }],
    ['石桥镇村委会完成了50%，已完成7个', { committeeDone: 7 }],
  ])('the rate of a body, then over a comma its count: the count is the body’s (%s)', async (text, figures) => {
    expect((await run(text, records({ 石桥镇: figures }))).problems).toEqual([]);
  });

  it('three said new and three named: the day’s three new ones', async () => {
    const before = [{ township: '石桥镇', date: '2026-11-26', figures: { partyDone: 9 } }];
    const text = '石桥镇今天又完成3个党组织换届：石桥社区、王湾村、李庄村';
    expect((await run(text, records({ 石桥镇: { partyDone: 12 } }), { before })).problems).toEqual([]);
  });

  it('new ones said to be counted in already are no second figure of the body', async () => {
    const text = '\t城关镇换届进度\t\n\t党组织\t村委会\t监委会\n\t 11\t 8 \t 5\n今天城关下面两个社区居委会选完了，数已经加上';
    const r = await run(text, records({ 城关镇: { partyDone: 11, committeeDone: 8, supervisionDone: 5 } }), { from: 'wecom:chengguan_li' });
    expect(r.problems).toEqual([]);
  });

  // (A guard: 已算在里面 is read as the words above are; said of a village, it must not withdraw a figure.)
  it('“已算在里面” said of a village takes back no figure', async () => {
    const text = '石桥镇新一届两委成员：35岁及以下11人，女性14人。张王村是合并后新选的班子，已算在里面。';
    expect((await run(text, records({ 石桥镇: { under35: 11, female: 14 } }))).problems).toEqual([]);
  });

  it('numerals in words, each alone in a table’s cell, are its figures', async () => {
    const text = '石桥镇\t党组织\t村委会\t监委会\n完成数\t十三\t十二\t十一\n表是村里手填的';
    expect((await run(text, records({ 石桥镇: { partyDone: 13, committeeDone: 12, supervisionDone: 11 } }))).problems).toEqual([]);
  });

  it('a line of 今日新增 alone heads the lines of figures below it', async () => {
    const before = [{ township: '石桥镇', date: '2026-11-26', figures: { oneShoulder: 6, crossPost: 3 } }];
    const text = '石桥镇今日新增\n一肩挑\t2\n交叉任职\t1\n其他没变化';
    expect((await run(text, records({ 石桥镇: { oneShoulder: 8, crossPost: 4 } }), { before })).problems).toEqual([]);
  });

  it('新增 before a list joined by 、 covers each figure of it', async () => {
    const before = [{ township: '石桥镇', date: '2026-11-26', figures: { female: 10, under35: 6 } }];
    const text = '石桥镇今天村委会选举新增女性两委成员3名、35岁以下2名';
    expect((await run(text, records({ 石桥镇: { female: 13, under35: 8 } }), { before })).problems).toEqual([]);
  });

  it('全乡共 before a name says whose people, no due count waiting for a figure', async () => {
    const text = '石桥镇资格联审工作已结束，全镇共审查初步人选64人，联审不通过2人。';
    expect((await run(text, records({ 石桥镇: { reviewed: 64, disqualified: 2 } }))).problems).toEqual([]);
  });

  it('the one village left named with no count: the body is done but for it', async () => {
    const text = '石桥镇党组织、村委会都只剩王家沟没选了，定在下周二';
    expect((await run(text, records({ 石桥镇: { partyDone: 13, committeeDone: 13 } }))).problems).toEqual([]);
  });

  it('after a figure of its sentence, the village left only says which one', async () => {
    const text = '石桥镇党组织今天完成2个，累计13个，只剩王家沟还没选，计划后天完成。';
    expect((await run(text, records({ 石桥镇: { partyDone: 13 } }))).problems).toEqual([]);
  });

  it('the villages due, then one short of all done: done is one less, never the due count', async () => {
    const text = '石桥镇党组织14个村还差1个就满了';
    expect((await run(text, records({ 石桥镇: { partyDone: 13 } }))).problems).toEqual([]);
  });
});

describe('people due to be reviewed', () => {
  it.each(['石桥镇需资格联审的126人，还剩6人没审，目前取消资格3人', '石桥镇应资格联审126人，目前取消资格3人'])('%s: no count of those reviewed is stored', async (text) => {
    expect(stored((await run(text, refused)).problems)).toEqual([]);
  });
});

describe('a figure told twice over', () => {
  it('those reviewed, then the count who passed before its word: the rest did not pass', async () => {
    const text = '石桥镇 联审审查150人，147人通过';
    expect((await run(text, records({ 石桥镇: { reviewed: 150, disqualified: 3 } }))).problems).toEqual([]);
  });

  it('a share of people, then 共 and their head count: the count is stored, the share set aside', async () => {
    const text = '石桥镇交叉任职比例达到35%，共29人';
    expect((await run(text, records({ 石桥镇: { crossPost: 29 } }))).problems).toEqual([]);
  });

  it('the bodies’ sum before their figures: left out when they add up to it', async () => {
    const text = '石桥镇截至今天三委累计完成35个：党组织13，村委会11，监委会11';
    expect((await run(text, records({ 石桥镇: { partyDone: 13, committeeDone: 11, supervisionDone: 11 } }))).problems).toEqual([]);
  });

  it('…and refused when they do not', async () => {
    const text = '石桥镇截至今天三委累计完成36个：党组织13，村委会11，监委会11';
    expect(stored((await run(text, refused)).problems)).toEqual([]);
  });
});

describe('what is left, in other words', () => {
  it('清零 after a body: nothing left of it, all done', async () => {
    const text = '马坊乡党组织换届剩余村已全部清零，村委会剩余2个';
    expect((await run(text, records({ 马坊乡: { partyDone: 8, committeeDone: 6 } }), { from: 'dingtalk:mafang_zheng' })).problems).toEqual([]);
  });

  it('a body’s count not done, straight after its name, is what is left of it', async () => {
    const text = '石桥镇党组织还剩三个村，村委会也是五个没选';
    expect((await run(text, records({ 石桥镇: { partyDone: 11, committeeDone: 9 } }))).problems).toEqual([]);
  });
});

describe('lines numbered and a figure asked about', () => {
  it('a number and a space at the head of numbered lines is the list’s, never a figure', async () => {
    const text = '石桥镇\n1 党组织换届完成6个\n2 资格联审已审查52人';
    expect((await run(text, records({ 石桥镇: { partyDone: 6, reviewed: 52 } }))).problems).toEqual([]);
  });

  it('a hedged figure asked about after the figures is a doubt: nothing stored', async () => {
    const text = '石桥镇村委会完成10个，监委会8个。\n等下，村委会好像是11个？我再跟包村干部核一下';
    expect(stored((await run(text, refused)).problems)).toEqual([]);
  });
});

describe('the county clerk’s round-up', () => {
  it('another township, 也 and all done take the body the township before was said of', async () => {
    const text = '柳林党组织全部完成了，马坊也全部完成';
    const r = await run(text, records({ 柳林乡: { partyDone: 9 }, 马坊乡: { partyDone: 8 } }), { from: 'wecom:zzb_liu' });
    expect(r.problems).toEqual([]);
  });
});

describe('a sum over townships', () => {
  it('is no township’s figure: set aside, the townships’ own figures stored', async () => {
    const text = '今天电话核实的：石桥党组织12个；东城党组织4个。两个乡镇合计党组织16个。';
    const r = await run(text, records({ 石桥镇: { partyDone: 12 }, 东城街道: { partyDone: 4 } }), { from: 'wecom:zzb_liu' });
    expect(r.problems).toEqual([]);
  });
});

describe('people told for the villages and the communities apart', () => {
  it('each count is the sum of its two parts', async () => {
    const text = '城关镇新一届两委成员情况：35岁以下村里21人、社区12人；女性村里17人、社区15人';
    const r = await run(text, records({ 城关镇: { under35: 33, female: 32 } }), { from: 'wecom:chengguan_li' });
    expect(r.problems).toEqual([]);
  });
});

describe('people counted beside the joint review that are no figure of it', () => {
  it.each([
    // a breakdown under 其中 runs on over a comma into the next bare count of people
    ['石桥镇联审101人，不符合条件4人，其中3人为失信被执行人，1人受党内严重警告处分未满影响期', { reviewed: 101, disqualified: 4 }],
    // people who withdrew are not the ones refused
    ['石桥镇联审人数96人，取消参选资格4人，主动退出3人', { reviewed: 96, disqualified: 4 }],
    ['石桥镇联审86人，不合格3人。另有2人自愿退出，已按程序补推。', { reviewed: 86, disqualified: 3 }],
    // a hedge on a span of time (一整天) hedges no figure
    ['石桥镇今天在县里差不多审了一整天。共联审64人，不合格2人。', { reviewed: 64, disqualified: 2 }],
  ])('%s', async (text, figures) => {
    const r = await run(text, records({ 石桥镇: figures }));
    expect(r.problems).toEqual([]);
  });

  it('reads 补审 as people reviewed, added to the record', async () => {
    const r = await run('石桥镇今天补审12人，取消1人（查实参与非法集资）', { records: { 石桥镇: { reviewed: 112, disqualified: 5 } }, warnings: ['daily-increment', 'daily-increment'] }, { before: [{ township: '石桥镇', date: '2026-11-26', figures: { reviewed: 100, disqualified: 4 } }] });
    expect(r.problems).toEqual([]);
  });
});

describe('reasons told one by one, and a sum written out', () => {
  it.each([
    ['石桥镇资格联审63人 全部审完\n不符合条件的2个：一个酒驾被判过刑，一个是信教的', { reviewed: 63, disqualified: 2 }],
    ['石桥镇联审63人 取消2个 一个涉黑涉恶，一个参与非法宗教', { reviewed: 63, disqualified: 2 }],
  ])('%s', async (text, figures) => {
    const r = await run(text, records({ 石桥镇: figures }));
    expect(r.problems).toEqual([]);
  });

  it('reads 今天+2=7个 as two new ones making seven, checked against the record', async () => {
    const before = [{ township: '石桥镇', date: '2026-11-26', figures: { supervisionDone: 5 } }];
    expect((await run('石桥镇监委会今天+2=7个', { records: { 石桥镇: { supervisionDone: 7 } }, warnings: [] }, { before })).problems).toEqual([]);
    expect((await run('石桥镇监委会5+2=8个', { refuse: 'missing-indicator', mention: [], avoid: [] }, { before })).problems).toEqual([]);
  });
});

it('reads a body said not held today (今日没有安排党组织选举) as no figure to wait for, beside another body\'s', async () => {
  const r = await run('石桥镇今日没有安排党组织选举，村委会又完成3个，累计12个', records({ 石桥镇: { committeeDone: 12 } }), { before: [{ township: '石桥镇', date: '2026-11-26', figures: { committeeDone: 9 } }] });
  expect(r.problems).toEqual([]);
});

it('counts no new ones for 又 before other work (下午把数据又核了一遍：监委会完成8个)', async () => {
  const r = await run('石桥镇下午把数据又核了一遍：监委会完成8个', records({ 石桥镇: { supervisionDone: 8 } }), { before: [{ township: '石桥镇', date: '2026-11-26', figures: { supervisionDone: 6 } }] });
  expect(r.problems).toEqual([]);
});

it('reads 还差1个村全部完成 as one village left before all are done — not as all done', async () => {
  const r = await run('石桥镇村委会还差1个村全部完成', records({ 石桥镇: { committeeDone: 13 } }));
  expect(r.problems).toEqual([]);
});

it('reads all done awaited as a condition (要等党组织全部结束后) as still to come', async () => {
  const r = await run('石桥镇党组织换届完成4个。村委会0个，村委会要等党组织全部结束后统一启动', records({ 石桥镇: { partyDone: 4, committeeDone: 0 } }));
  expect(r.problems).toEqual([]);
});

it('reads a report that thanks some young people (乡里几个年轻人): 几个 there asks nothing — it had got no reply at all', async () => {
  const r = await run('石桥镇今天新增村委会两个，谢谢乡里几个年轻人天天跟着跑', records({ 石桥镇: { committeeDone: 8 } }), { before: [{ township: '石桥镇', date: '2026-11-26', figures: { committeeDone: 6 } }] });
  expect(r.problems).toEqual([]);
});
