// Figures told the way liaisons talk: bodies named one after another and all said done in spoken words (党组织村委会
// 监委会全搞定了, 都弄完了), the three bodies as 三委; a rate of what it is always a share of (一肩挑 of the committees
// done, those refused of the people reviewed); the share still to do (还差三分之一) giving the share done.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('shares-and-runs', 'wecom:chengguan_li', '2026-12-02T20:00:00+08:00');
const ok = async (text: string, figures: Record<string, number>) => {
  const r = await run(text, { records: { 城关镇: figures }, warnings: [] });
  expect(r.problems).toEqual([]);
  return r;
};

describe('bodies named in a run, all said done', () => {
  it.each([
    ['城关镇党组织居委会监委会全搞定了 一肩挑15个', { partyDone: 18, committeeDone: 18, supervisionDone: 18, oneShoulder: 15 }],
    ['城关镇 党支部 村委会 监委会全都整完了', { partyDone: 18, committeeDone: 18, supervisionDone: 18 }],
    ['城关镇党组织村委会都弄完了 监委会还剩仨', { partyDone: 18, committeeDone: 18, supervisionDone: 15 }],
    ['城关镇三委换届已全部完成', { partyDone: 18, committeeDone: 18, supervisionDone: 18 }],
  ])('%s', async (text, figures) => {
    await ok(text, figures);
  });

  it('sets aside a count of re-elected secretaries', async () => {
    const r = await ok('城关镇党组织、村委会、监委会全都整完了 老书记连任的有十个', { partyDone: 18, committeeDone: 18, supervisionDone: 18 });
    expect(r.reply).toContain('连任的有十个');
  });
});

describe('a rate of what it is a share of', () => {
  it('gives 一肩挑 from the committees done', async () => {
    await ok('城关镇村委会换届全部完成，一肩挑比例100%', { committeeDone: 18, oneShoulder: 18 });
  });

  it('gives those refused from the people reviewed', async () => {
    await ok('城关镇资格联审审查了250人，不通过率2%', { reviewed: 250, disqualified: 5 });
  });

  it('refuses a rate that gives no whole count', async () => {
    const r = await run('城关镇资格联审审查了250人，不通过率2.5%', { refuse: 'percent-inexact', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });

  it('refuses a rate of those refused that is not their count’s, a whole unit off', async () => {
    const r = await run('城关镇资格联审审查候选人200人，取消资格8人，不通过率5%', { refuse: 'conflict', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
    await ok('城关镇资格联审审查候选人200人，取消资格8人，不通过率4%', { reviewed: 200, disqualified: 8 });
    await ok('城关镇资格联审审查候选人150人，取消资格4人，不通过率2.7%', { reviewed: 150, disqualified: 4 });
  });
});

describe('the share still to do', () => {
  it('gives the share done, and the reply says how', async () => {
    const r = await ok('城关镇村委会还差三分之一没选完，党组织只剩2个村', { committeeDone: 12, partyDone: 16 });
    expect(r.reply).toContain('还差三分之一');
  });
});

describe('the members counted, and their make-up', () => {
  it('sets aside the members’ count said as 成员总数, and never a make-up’s 女性成员人数', async () => {
    await ok('城关镇新一届村两委班子结构：一是成员总数74人；二是女性14人；三是大专及以上22人。', { female: 14, college: 22 });
    await ok('城关镇女性成员人数14人，大专以上22人', { female: 14, college: 22 });
  });

  it('reads the breakdown after 其中 as the make-up, not an aside of the figure before', async () => {
    await ok('城关镇：村委会完成12个，一肩挑10个，两委成员60人，其中大专以上27人，占45%', { committeeDone: 12, oneShoulder: 10, college: 27 });
  });

  it('gives head counts from rates of the members counted before them', async () => {
    await ok('城关镇两委成员128人：女性26人（20.3%）、35岁以下占12.5%、交叉任职占比50%', { female: 26, under35: 16, crossPost: 64 });
  });
});

describe('a rate of the members, however their count was read', () => {
  it('gives the head count from a fraction of the members', async () => {
    await ok('城关镇：社区两委成员36人，女性占比三分之二，大专以上33人', { female: 24, college: 33 });
  });
});

describe('a bracket that says another count done', () => {
  it('refuses the message, naming both numbers', async () => {
    const r = await run('城关镇今日：党组织15个、村委会13个完成。\n结构：女性20人，一肩挑12人（村委会已完成14个）', { refuse: 'conflict', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
    expect(r.reply).toMatch(/14[\s\S]*13|13[\s\S]*14/);
  });

  it('leaves a bracket of another day alone', async () => {
    await ok('城关镇：村委会完成13个（昨天已完成11个）', { committeeDone: 13 });
  });
});

describe('the members counted before their name, and a share of a group set aside', () => {
  it('reads 80名两委成员中 as the members a rate is a share of', async () => {
    await ok('城关镇党组织完成12个。80名两委成员中，交叉任职的占35%，女性16人。', { partyDone: 12, crossPost: 28, female: 16 });
  });

  it('sets aside the share of a group the county does not collect', async () => {
    const r = await ok('城关镇：党组织完成12个。40岁以下年轻干部21人，占30%；女性15人。', { partyDone: 12, female: 15 });
    expect(r.reply).toContain('占30%');
  });
});

describe('a plan between two bodies’ figures', () => {
  it('ends before the clause that reports another body', async () => {
    const r = await ok('城关镇党组织完成到15个，明天计划再选1个，村委会目前12个。', { partyDone: 15, committeeDone: 12 });
    expect(r.reply).toContain('明天计划再选1个');
  });

  it('still runs on over a clause of the plan itself', async () => {
    await ok('城关镇党组织15个，下周计划再选2个，25号前选完。', { partyDone: 15 });
  });
});

describe('degrees told by level in Chinese numerals', () => {
  it('sums 本科及以上 and 大专 into 大专及以上', async () => {
    await ok('城关镇新当选两委成员学历：本科及以上十二人，大专九人。', { college: 21 });
  });
});

describe('a bracket of one township beside another township’s figure', () => {
  it('is compared with its own township only', async () => {
    const r = await run('城关镇村委会13个。河西乡村委会10个，一肩挑8人（村委会已完成10个）', { records: { 城关镇: { committeeDone: 13 }, 河西乡: { committeeDone: 10, oneShoulder: 8 } }, warnings: [] }, { from: 'wecom:zzb_liu' });
    expect(r.problems).toEqual([]);
  });
});

describe('a body’s count and those of it done, said in one breath', () => {
  it('reads 党组织18个完成14个 as the due count and those done', async () => {
    await ok('城关镇截至今天：党组织18个完成14个，村委会18个完成10个', { due: 18, partyDone: 14, committeeDone: 10 });
  });

  it('reads a dictated figure after a pause written as a stop or comma (居委会完成了，五个; 不通过。的一人)', async () => {
    await ok('城关镇。村委会完成了，十个。监督委员会完成了八个，，交叉任职的有。九个', { committeeDone: 10, supervisionDone: 8, crossPost: 9 });
    await ok('城关镇资格联审审查了八十七人，不通过。的一人', { reviewed: 87, disqualified: 1 });
  });

  it('ends a spoken plan at the pause after its own figure (明天计划再完成三个 监委会完成十个)', async () => {
    await ok('城关镇村委会完成十二个明天计划再完成三个 监委会完成十个', { committeeDone: 12, supervisionDone: 10 });
  });

  it('ends a spoken plan at a name said done already (下周一搞然后村委会的话完成了十二个)', async () => {
    await ok('城关镇党组织完成了十五个然后还剩三个村下周一搞然后村委会的话完成了十二个监委会已完成十个', { partyDone: 15, committeeDone: 12, supervisionDone: 10 });
  });

  it('reads a figure said done beside others still being prepared (完成了三个 嗯 还有三个在准备)', async () => {
    await ok('城关镇社区党组织换届完成了三个 嗯 还有三个在准备', { partyDone: 3 });
  });

  it('reads the day\'s new ones beside a village still counting (新增2个，还有1个村正在计票)', async () => {
    const r = await run('城关镇今天村委会新增2个，还有1个村正在计票，结果出来再补报', { records: { 城关镇: { committeeDone: 11 } }, warnings: [] }, { before: [{ township: '城关镇', date: '2026-12-01', figures: { committeeDone: 9 } }] });
    expect(r.problems).toEqual([]);
  });

  it('keeps a spoken rate with the count before it, the pause after it ending it', async () => {
    await ok('城关镇 党组织完成了十八个 完成率百分之百 村委会完成九个 百分之五十 监委会完成了六个', { partyDone: 18, committeeDone: 9, supervisionDone: 6 });
  });
});

describe('a rate after a head count, the members counted without 共', () => {
  it('refuses 两委成员60人，女性14人，占比20% (20% of 60 is 12), storing nothing', async () => {
    const r = await run('城关镇两委成员60人，女性14人，占比20%', { refuse: 'conflict', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });

  it('stores the count the rate agrees with', async () => {
    const r = await run('城关镇两委成员60人，女性12人，占比20%', { records: { 城关镇: { female: 12 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('takes no trait’s members for all the members (女性两委成员25人，占比18.9%)', async () => {
    const r = await run('城关镇女性两委成员25人，占比18.9%', { records: { 城关镇: { female: 25 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('a share or a count said of the day’s new ones', () => {
  it('refuses a share of the day’s new ones, asking for a count, and stores nothing', async () => {
    const r = await run('城关镇村委会今天又完成了三分之一', { refuse: 'percent-not-count', mention: ['三分之一'], avoid: [] }, { before: [{ township: '城关镇', date: '2026-12-01', figures: { committeeDone: 6 } }] });
    expect(stored(r.problems)).toEqual([]);
  });

  it('still reads a rate beside a total said after the day’s new ones', async () => {
    await ok('城关镇今天新增完成党组织换届3个，累计完成9个，占应换届数的50%', { partyDone: 9 });
  });

  it('counts the villages said before two bodies for each of them, not all of the second', async () => {
    const r = await run('城关镇今天南关、北关两个村村委会和监委会都选完了', { records: { 城关镇: { committeeDone: 8, supervisionDone: 5 } }, warnings: ['daily-increment', 'daily-increment'] }, { before: [{ township: '城关镇', date: '2026-12-01', figures: { partyDone: 10, committeeDone: 6, supervisionDone: 3 } }] });
    expect(r.problems).toEqual([]);
  });

  it('counts the day’s villages told before one body as theirs, not a township of that many all done', async () => {
    const r = await run('今天上午在南关，下午在北关，两个村的村委会都选完了', { records: { 城关镇: { committeeDone: 8 } }, warnings: ['daily-increment'] }, { before: [{ township: '城关镇', date: '2026-12-01', figures: { partyDone: 10, committeeDone: 6 } }] });
    expect(r.problems).toEqual([]);
    await ok('全镇18个村的村委会都选完了', { due: 18, committeeDone: 18 });
  });

  it('refuses the day’s villages and 又 the same count with nothing on record, and stores nothing', async () => {
    const r = await run('今天上午在南关，下午在北关，两个村的村委会都选完了，又完成2个', { refuse: 'no-base', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('a figure put right, then why', () => {
  it('keeps the figure put right when what was counted in is told after it with no figure of its own', async () => {
    await ok('今天党组织完成8个，哦不对，是9个，下午北关村的也算上了，村委会完成6个', { partyDone: 9, committeeDone: 6 });
  });
});

describe('the day’s count beside the running total', () => {
  it('takes a running total at least twice the day’s count beside it', async () => {
    await ok('城关镇：党组织完成12个，镇纪委今天对两个村的拉票传言进行了核查，均不属实', { partyDone: 12 });
    await ok('城关镇今天资格联审：南关村审了12人，北关村10人，其中北关村1人没通过。全镇累计审查86人，不通过3人', { reviewed: 86, disqualified: 3 });
  });

  it('still refuses two close readings of one count', async () => {
    const r = await run('城关镇今日资格联审审查136人，不通过6人。\n附：资格联审汇总 审查人数138 不通过人数6', { refuse: 'conflict', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});
