// What liaisons send after the bot asked or refused, and the first days' words, through the real report skill:
// a figure pointed back to (上面那个3), a name denied (不是党组织), a count said again, cheque-style numerals, the
// villages named after a count (they must be as many), the first one done, and 乡镇 as a plain word.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('follow-ups', 'wecom:yangjialing_chen', '2026-11-24T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });
const onRecord = (figures: Record<string, number>) => ({ before: [{ township: '杨家岭乡', date: '2026-11-23', figures }] });

describe('a follow-up message', () => {
  it.each([
    ['刚才没说清楚,上面那个3是今天新增的,今天又完成了3个村委会选举', { committeeDone: 5 }, { committeeDone: 2 }],
    ['上面那个6是村委会的,不是党组织。村委会累计6个', { committeeDone: 6 }, { committeeDone: 4 }],
    ['女性是新当选两委成员里的女同志,18人,上面那个18不是大专', { female: 18 }, { female: 15, college: 20 }],
    ['仨,今天监委会又完成了仨', { supervisionDone: 5 }, { supervisionDone: 2, committeeDone: 6 }],
    ['只差结构数据了:35岁以下8人,大专及以上19人', { under35: 8, college: 19 }, {}],
    ['联审人数是累计的啊,一共41人,没有不合格的', { reviewed: 41, disqualified: 0 }, { reviewed: 33 }],
    ['杨家岭 村委会完成:陆个', { committeeDone: 6 }, { committeeDone: 5 }],
  ])('%s', async (text, figures, before) => {
    expect((await run(text, records({ 杨家岭乡: figures }), onRecord(before))).problems).toEqual([]);
  });

  it('reads 乡镇 as a plain word, not a township', async () => {
    const r = await run('补充乡镇名称:河东镇村委会13个,马坊乡村委会8个', records({ 河东镇: { committeeDone: 13 }, 马坊乡: { committeeDone: 8 } }), { from: 'wecom:zzb_liu' });
    expect(r.problems).toEqual([]);
  });

  it('keeps 收拾 a word', async () => {
    expect((await run('村委会6个，材料都收拾好了', records({ 杨家岭乡: { committeeDone: 6 } }))).problems).toEqual([]);
  });
});

describe('villages named after a count', () => {
  it('stores the count when they are as many, and refuses it when not', async () => {
    expect((await run('杨家岭乡党组织完成2个:杨家岭村、石门村', records({ 杨家岭乡: { partyDone: 2 } }))).problems).toEqual([]);
    expect(stored((await run('杨家岭乡党组织完成3个:杨家岭村、石门村', { refuse: 'conflict', mention: [], avoid: [] })).problems)).toEqual([]);
  });
});

describe('the first one done', () => {
  it('is one done', async () => {
    expect((await run('杨家岭今天第一个村的党组织选出来了,王家沟村', records({ 杨家岭乡: { partyDone: 1 } }))).problems).toEqual([]);
  });

  it('is not, when it is the first of the county to finish or a condition', async () => {
    expect(stored((await run('第一个村党组织选完了就开始村委会', { ignore: true })).problems)).toEqual([]);
  });
});

describe('the first days\' words', () => {
  it('reads labelled counts after 分别是: as a breakdown of the figure', async () => {
    const r = await run('杨家岭 资格联审42人,不合格5人,分别是:有前科2人、涉黑涉恶线索核实1人、违规建房拒不整改1人、长期外出不能履职1人', records({ 杨家岭乡: { reviewed: 42, disqualified: 5 } }));
    expect(r.problems).toEqual([]);
  });

  it('reads two names side by side with one state after them, and 一肩挑还没有 as none', async () => {
    const r = await run('杨家岭乡党组织今天完成2个,村委会监委会未启动。一肩挑目前还没有,要等村委会选完', records({ 杨家岭乡: { partyDone: 2, committeeDone: 0, supervisionDone: 0, oneShoulder: 0 } }));
    expect(r.problems).toEqual([]);
  });

  it('still refuses a name with no figure beside one with a figure', async () => {
    expect(stored((await run('杨家岭乡村委会 监委会5个', { refuse: 'missing-figure', mention: [], avoid: [] })).problems)).toEqual([]);
  });
});

describe('a shorthand pair on a township\'s line', () => {
  it('reads one pair after the township, or beside a name written out', async () => {
    expect((await run('杨家岭 党6', records({ 杨家岭乡: { partyDone: 6 } }))).problems).toEqual([]);
    expect((await run('杨家岭 联审58 不过2', records({ 杨家岭乡: { reviewed: 58, disqualified: 2 } }))).problems).toEqual([]);
    expect((await run('杨家岭联审了120个人,有五个不过关', records({ 杨家岭乡: { reviewed: 120, disqualified: 5 } }))).problems).toEqual([]);
  });

  it('reads a word of change, a remainder or 齐 between a shorthand name and its figure', async () => {
    expect((await run('党又2 村又1', records({ 杨家岭乡: { partyDone: 6, committeeDone: 5 } }), onRecord({ partyDone: 4, committeeDone: 4 }))).problems).toEqual([]);
    // A bare 今 before a plus is the day's: the figure is added, never stored as the total.
    expect((await run('党6 村今+2', records({ 杨家岭乡: { partyDone: 6, committeeDone: 6 } }), onRecord({ committeeDone: 4 }))).problems).toEqual([]);
    expect((await run('杨家岭 党齐 村剩1', records({ 杨家岭乡: { partyDone: 7, committeeDone: 6 } }))).problems).toEqual([]);
    expect((await run('杨家岭 党居监都5个', records({ 杨家岭乡: { partyDone: 5, committeeDone: 5, supervisionDone: 5 } }))).problems).toEqual([]);
  });

  it('reads one pair after a correction and its day, and a terse 昨/今 with an arrow', async () => {
    expect((await run('更正20号 挑3', records({ '杨家岭乡 2026-11-20': { oneShoulder: 3 } }))).problems).toEqual([]);
    expect((await run('更正 杨家岭 村5 不是6', records({ 杨家岭乡: { committeeDone: 5 } }), onRecord({ committeeDone: 6 }))).problems).toEqual([]);
    const r = await run('更正：昨 村6→5。今 村7', records({ '杨家岭乡 2026-11-23': { committeeDone: 5 }, 杨家岭乡: { committeeDone: 7 } }), onRecord({ committeeDone: 6 }));
    expect(r.problems).toEqual([]);
  });

  it('keeps a village and its count a village', async () => {
    expect(stored((await run('东坡村3个', { refuse: 'missing-indicator', mention: [], avoid: [] })).problems)).toEqual([]);
  });
});

describe('figures copied from a form', () => {
  it('reads shorthand with colons, a field to a line with its value on the next, and 两家/两处 as no figure', async () => {
    expect((await run('党:6 村:5 监:4', records({ 杨家岭乡: { partyDone: 6, committeeDone: 5, supervisionDone: 4 } }))).problems).toEqual([]);
    expect((await run('乡镇\n杨家岭乡\n党组织完成数\n7\n村委会完成数\n6\n监委会完成数\n4', records({ 杨家岭乡: { partyDone: 7, committeeDone: 6, supervisionDone: 4 } }))).problems).toEqual([]);
    const admin = await run('城关、新华两家是电话报的,我帮着录一下:\n城关镇 党组织12 村委10 监委8\n新华街道 党组织4 居委会4 监委3', records({ 城关镇: { partyDone: 12, committeeDone: 10, supervisionDone: 8 }, 新华街道: { partyDone: 4, committeeDone: 4, supervisionDone: 3 } }), { from: 'wecom:zzb_liu' });
    expect(admin.problems).toEqual([]);
  });

  it('keeps a lone number line that follows no name unread', async () => {
    expect(stored((await run('杨家岭乡今天情况\n7', { refuse: 'missing-indicator', mention: [], avoid: [] })).problems)).toEqual([]);
  });
});

describe('more short forms', () => {
  it('reads 肩挑 in shorthand, 本科 and 大专 counted in 个 as 大专及以上, and an age compared in a bracket as an aside', async () => {
    expect((await run('杨家岭 党6 村6 监5 肩挑4', records({ 杨家岭乡: { partyDone: 6, committeeDone: 6, supervisionDone: 5, oneShoulder: 4 } }))).problems).toEqual([]);
    expect((await run('杨家岭 大专及以上:本科5个 大专9个', records({ 杨家岭乡: { college: 14 } }))).problems).toEqual([]);
    expect((await run('杨家岭乡平均年龄45.1岁(比昨天低了1.1岁)', records({ 杨家岭乡: { avgAge: 45.1 } }))).problems).toEqual([]);
  });
});

describe('乡里 and 镇里 are places, not townships', () => {
  it('reads the figures after 县里乡里一起查的', async () => {
    expect((await run('县里乡里一起查资格的,杨家岭联审58人', records({ 杨家岭乡: { reviewed: 58 } }))).problems).toEqual([]);
  });
});

describe("a correction of the day's new ones", () => {
  it('counts the corrected new ones from the day before, and says nothing of a record that differs', async () => {
    const before = { before: [{ township: '杨家岭乡', date: '2026-11-23', figures: { committeeDone: 4 } }, { township: '杨家岭乡', date: '2026-11-24', figures: { committeeDone: 7 } }] };
    expect((await run('刚才报错了,村委会今天是新增2个不是3个,以这条为准', records({ 杨家岭乡: { committeeDone: 6 } }), before)).problems).toEqual([]);
  });

  it('still counts from the record when it did not grow by the new ones replaced', async () => {
    const before = { before: [{ township: '杨家岭乡', date: '2026-11-23', figures: { committeeDone: 1 } }, { township: '杨家岭乡', date: '2026-11-24', figures: { committeeDone: 5 } }] };
    expect((await run('刚才报错了,村委会今天是新增2个不是3个', { records: { 杨家岭乡: { committeeDone: 7 } }, warnings: ['replaced-differs'] }, before)).problems).toEqual([]);
  });
});

describe('the new ones of one clause', () => {
  it("do not reach a name with a verb of its own in the next clause", async () => {
    const before = { before: [{ township: '杨家岭乡', date: '2026-11-23', figures: { committeeDone: 3, supervisionDone: 4 } }] };
    expect((await run('杨家岭今天又完成一个村委会，监委会完成5个', records({ 杨家岭乡: { committeeDone: 4, supervisionDone: 5 } }), before)).problems).toEqual([]);
  });
});

describe('those reviewed, then those who passed', () => {
  it('reads the rest as disqualified, and a pass count above the reviewed as no figure', async () => {
    expect((await run('杨家岭 联审72 合格70', records({ 杨家岭乡: { reviewed: 72, disqualified: 2 } }))).problems).toEqual([]);
    expect((await run('杨家岭联审共审查40人，其中合格38人', records({ 杨家岭乡: { reviewed: 40, disqualified: 2 } }))).problems).toEqual([]);
    expect(stored((await run('杨家岭 联审38人 合格40人', { refuse: 'missing-indicator', mention: [], avoid: [] })).problems)).toEqual([]);
  });
});

describe('a report sent in fragments, and villages excepted', () => {
  it('reads 还有 and a space opening a line as adding to the message before', async () => {
    expect((await run('还有 村委会完成5个 监委会3个', records({ 杨家岭乡: { committeeDone: 5, supervisionDone: 3 } }))).problems).toEqual([]);
  });

  it('reads a count of villages excepted as what is left, never as the figure done', async () => {
    expect((await run('杨家岭村委会除了后坪、西坡两个村以外都选完了', records({ 杨家岭乡: { committeeDone: 5 } }))).problems).toEqual([]);
  });
});

describe('what the figures are, said once after all of them', () => {
  it('makes every body’s figure the day’s new ones, even one that equals the record', async () => {
    const r = await run('杨家岭今天党支部1个、村委会2个、监委会2个，都是今天新选完的', records({ 杨家岭乡: { partyDone: 7, committeeDone: 6, supervisionDone: 4 } }), onRecord({ partyDone: 6, committeeDone: 4, supervisionDone: 2 }));
    expect(r.problems).toEqual([]);
  });
});

describe('a hedged rate beside a firm count', () => {
  it('is about the rate: the count is stored; a hedged rate alone is still refused', async () => {
    expect((await run('杨家岭乡党组织完成6个，完成率约86%', records({ 杨家岭乡: { partyDone: 6 } }))).problems).toEqual([]);
    expect((await run('杨家岭乡今天党组织又完成2个，目前5/7，七成多了', records({ 杨家岭乡: { partyDone: 5 } }), onRecord({ partyDone: 3 }))).problems).toEqual([]);
    expect(stored((await run('杨家岭乡村委会完成率约50%', { refuse: 'vague', mention: [], avoid: [] })).problems)).toEqual([]);
  });
});

describe('bodies said done in dialect', () => {
  it('reads 全整完了, 也齐活了 and 完事儿了 as all done; a bare 齐活儿 closing a report is no figure', async () => {
    expect((await run('杨家岭7个村党支部、村委会全整完了', records({ 杨家岭乡: { partyDone: 7, committeeDone: 7 } }))).problems).toEqual([]);
    expect((await run('杨家岭两委全部完事儿了，监委会也齐活了', records({ 杨家岭乡: { partyDone: 7, committeeDone: 7, supervisionDone: 7 } }))).problems).toEqual([]);
    expect((await run('杨家岭今儿的：党支部6个，村委会5个，齐活儿', records({ 杨家岭乡: { partyDone: 6, committeeDone: 5 } }))).problems).toEqual([]);
  });
});
