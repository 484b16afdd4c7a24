// Hand-typed layouts from a phone's notepad, through the real report skill: columns of days side by side, one
// shorthand pair on its own line, bullets after a figure; and what must still refuse.
import { describe, expect, it } from 'vitest';
import { createHarness, type ReportCase } from './eval-runner.js';

const h = createHarness();
const base = { file: 'layouts', index: 0, from: 'wecom:hexi_wang', at: '2026-11-23T20:00:00+08:00', before: [] };
function run(text: string, expect: ReportCase['expect'], extra: Partial<ReportCase> = {}) {
  return h.run({ ...base, text, expect, ...extra } as ReportCase);
}
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });
const refuse = (code: ReportCase['expect'] extends infer E ? (E extends { refuse: infer C } ? C : never) : never) => ({ refuse: code, mention: [], avoid: [] });
const onRecord = (figures: Record<string, number>) => ({ before: [{ township: '河西乡', date: '2026-11-22', figures }] });

describe('columns of days side by side', () => {
  it.each([
    ['11月23日\n      昨   今\n党   9   11\n村   6   8\n监   4   6', { partyDone: 11, committeeDone: 8, supervisionDone: 6 }, '昨 党组织 9'],
    ['河西 进度\n      22日  23日\n党    10    11\n村     7     8', { partyDone: 11, committeeDone: 8 }, '22日 党组织 10'],
  ])('%s records the latest column and names the others as set aside', async (text, figures, aside) => {
    const r = await run(text, records({ 河西乡: figures }), onRecord({ partyDone: 9, committeeDone: 6, supervisionDone: 4 }));
    expect(r.problems).toEqual([]);
    expect(r.reply).toContain(aside);
  });

  it('reads the new ones beside the running total with it, checked against the record', async () => {
    const agrees = await run('河西 11.23\n     今增  累计\n监    2    6', records({ 河西乡: { supervisionDone: 6 } }), onRecord({ supervisionDone: 4 }));
    expect(agrees.problems).toEqual([]);
    const disagrees = await run('河西 11.23\n     今增  累计\n监    2    7', refuse('conflict'), onRecord({ supervisionDone: 4 }));
    expect(disagrees.problems).toEqual([]);
  });

  it('reads a header that labels its rows (项目) with 昨日, 今日 and 累计: today\'s new ones with the total, yesterday\'s set aside', async () => {
    const r = await run('河西乡\n项目  昨日  今日  累计\n党组织  9  2  11\n村委会  6  1  7', records({ 河西乡: { partyDone: 11, committeeDone: 7 } }), onRecord({ partyDone: 9, committeeDone: 6 }));
    expect(r.problems).toEqual([]);
    expect(r.reply).toContain('昨日 党组织 9');
  });

  it('reads a numbered sheet (序号 | 项目 | 数量 | 单位) whose row numbers stand before an age (7 | 35岁以下 | 16)', async () => {
    const r = await run('河西乡\n序号\t项目\t数量\t单位\n1\t党组织换届完成\t9\t个\n2\t35岁以下\t16\t人\n3\t大专及以上学历\t41\t人', records({ 河西乡: { partyDone: 9, under35: 16, college: 41 } }));
    expect(r.problems).toEqual([]);
  });

  it.each([
    // Columns that do not run forward in time: which one is today cannot be known.
    '河西\n      今   昨\n党   11   9\n村   8   6',
    // A row with a cell missing.
    '河西\n      昨   今\n党   9   11\n村   8',
  ])('refuses %s', async (text) => {
    const r = await run(text, refuse('missing-indicator'), onRecord({ partyDone: 9 }));
    expect(r.problems.filter((p) => p.startsWith('accepted'))).toEqual([]);
  });
});

describe('shorthand and bullets', () => {
  it('reads one shorthand pair as a whole line of its own, a note in brackets after it', async () => {
    const r = await run('河西 11.23\n监 +2（全部完成）', records({ 河西乡: { supervisionDone: 12 } }), onRecord({ supervisionDone: 10 }));
    expect(r.problems).toEqual([]);
  });

  it.each([
    ['党11 全县最多', { partyDone: 11 }],
    ['村8 最后一个村下周一选', { committeeDone: 8 }],
  ])('reads one shorthand pair that starts a line, a remark after a space: %s', async (text, figures) => {
    const r = await run(text, records({ 河西乡: figures }), { at: '2026-11-22T20:00:00+08:00' });
    expect(r.problems).toEqual([]);
  });

  it('keeps a village in a sentence: one shorthand character inside prose is no figure', async () => {
    const r = await run('河西乡东坡村3个小组已经开完会', refuse('missing-indicator'));
    expect(r.problems.filter((p) => p.startsWith('accepted'))).toEqual([]);
  });

  it('never reads a figure and the bullet of the next line as a range', async () => {
    const r = await run('河西 23日\n- 党 12\n- 村 9\n- 35下 11\n- 女 10', records({ 河西乡: { partyDone: 12, committeeDone: 9, under35: 11, female: 10 } }));
    expect(r.problems).toEqual([]);
  });
});

describe('words that look like something else', () => {
  it('reads 还是 between a name and a figure as "still", not as a question', async () => {
    const r = await run('河西乡 党组织 十一个 村委会 七个 不对 是八个 一肩挑还是六个', records({ 河西乡: { partyDone: 11, committeeDone: 8, oneShoulder: 6 } }));
    expect(r.problems).toEqual([]);
  });

  it('still takes "是9个还是10个" for a question', async () => {
    const r = await run('河西乡党组织是9个还是10个', { ignore: true });
    expect(r.problems).toEqual([]);
  });

  it.each(['河西乡党组织7个（也可能是8，明早跟包村干部核一下）', '河西乡党组织7个（可能是8）', '河西乡党组织7个，明早核一下'])('refuses a figure given with another it may be: %s', async (text) => {
    const r = await run(text, refuse('unverified'));
    expect(r.problems).toEqual([]);
  });
});

describe('what is said beside the figures', () => {
  it.each([
    ['河西乡村委会全部完成，12个，完成率100%', { committeeDone: 12 }],
    ['河西乡 党组织 9/12，完成率75%，全县排第5。明后两天安排3个村开党员大会。', { partyDone: 9 }],
    ['河西乡党组织完成 10/12（83.3%）。全县平均大概六成，我乡基本持平。', { partyDone: 10 }],
    ['河西乡新一届两委成员40人；女性9人，占22.5%；35岁以下6人', { female: 9, under35: 6 }],
    ['河西乡今日进展：党组织换届完成10个，村(社区)委会8个', { partyDone: 10, committeeDone: 8 }],
  ])('%s', async (text, figures) => {
    const r = await run(text, records({ 河西乡: figures }), { at: '2026-11-22T20:00:00+08:00' });
    expect(r.problems).toEqual([]);
  });

  it('refuses a count after 全部完成 that is not the township\'s due count', async () => {
    const r = await run('河西乡村委会全部完成，11个', refuse('conflict'), { at: '2026-11-22T20:00:00+08:00' });
    expect(r.problems).toEqual([]);
  });
});

describe('rows of days under a title that names one indicator', () => {
  it('records each day\'s running total under its own date', async () => {
    const r = await run('河西乡本周党组织换届（累计）\n11月20日 8个\n11月21日 9个\n11月23日 11个', records({ '河西乡 2026-11-20': { partyDone: 8 }, '河西乡 2026-11-21': { partyDone: 9 }, 河西乡: { partyDone: 11 } }));
    expect(r.problems).toEqual([]);
  });

  it('adds each weekday\'s new ones to the day before, from what is on record', async () => {
    // 2026-11-23 is a Monday.
    const r = await run('本周村委会换届新增情况：\n周一 新增2个\n周二 新增1个', records({ '河西乡 2026-11-23': { committeeDone: 7 }, 河西乡: { committeeDone: 8 } }), {
      at: '2026-11-24T20:00:00+08:00',
      before: [{ township: '河西乡', date: '2026-11-22', figures: { committeeDone: 5 } }],
    });
    expect(r.problems).toEqual([]);
  });

  it('reads 本周一肩挑 as this week\'s 一肩挑, not a Monday', async () => {
    const r = await run('河西乡本周一肩挑情况（累计）\n11月22日 4人\n11月23日 5人', records({ '河西乡 2026-11-22': { oneShoulder: 4 }, 河西乡: { oneShoulder: 5 } }), {
      before: [{ township: '河西乡', date: '2026-11-21', figures: { committeeDone: 6 } }],
    });
    expect(r.problems).toEqual([]);
  });

  it('refuses a day after today among the rows', async () => {
    const r = await run('河西乡本周党组织换届（累计）\n11月22日 8个\n11月25日 9个', refuse('future-date'));
    expect(r.problems).toEqual([]);
  });
});

describe('a 街道 counting its communities and villages apart', () => {
  const xinhua = { from: 'wecom:xinhua_chu', at: '2026-11-22T20:00:00+08:00' };
  it.each([
    ['截至11月22日 新华街道：\n1.社区党委（党总支）换届完成4个\n2.村党支部完成2个\n3.居委会完成4个\n4.村委会完成1个', { partyDone: 6, committeeDone: 5 }],
    ['新华街道 社区党委完成3个，村支部完成1个', { partyDone: 4 }],
  ])('%s adds the parts', async (text, figures) => {
    const r = await run(text, records({ 新华街道: figures }), xinhua);
    expect(r.problems).toEqual([]);
  });

  it('keeps one village\'s party branch its own: 东坡村党支部 is no part of the count', async () => {
    const r = await run('河西乡党组织换届完成9个，东坡村党支部今天完成', records({ 河西乡: { partyDone: 9 } }), { at: '2026-11-22T20:00:00+08:00' });
    expect(r.problems).toEqual([]);
  });
});

describe('the last one done', () => {
  it.each([
    ['河西乡最后1个村委会今天选完了', { committeeDone: 12 }],
    ['河西乡今天最后一个村(沙河村)监委会选完了', { supervisionDone: 12 }],
    ['河西乡党组织最后一个村也选完了,全部完成', { partyDone: 12 }],
  ])('%s: all of them are done', async (text, figures) => {
    const r = await run(text, records({ 河西乡: figures }), { at: '2026-11-22T20:00:00+08:00' });
    expect(r.problems).toEqual([]);
  });

  it.each(['河西乡最后一个村下周选完', '河西乡还剩最后一个村没选完', '河西乡最后一个村选完了就全部完成了'])('stores nothing from %s', async (text) => {
    const r = await run(text, refuse('plan'), { at: '2026-11-22T20:00:00+08:00' });
    expect(r.problems.filter((p) => p.startsWith('accepted'))).toEqual([]);
  });
});

describe('names and figures in a row', () => {
  it.each([
    // One shorthand character among names written out, each with its figure.
    ['河西乡 党组织9 居委会7 监委6 挑5', { partyDone: 9, committeeDone: 7, supervisionDone: 6, oneShoulder: 5 }],
    // A bracket that only names the indicator, its figure straight after; a figure never moves to the next name.
    ['河西乡 年轻的(35下)15 大专+38 女21', { under35: 15, college: 38, female: 21 }],
    ['河西乡今天又完成一个党支部 两个村委', { partyDone: 10, committeeDone: 8 }],
  ])('%s', async (text, figures) => {
    const r = await run(text, records({ 河西乡: figures }), { at: '2026-11-22T20:00:00+08:00', before: [{ township: '河西乡', date: '2026-11-21', figures: { partyDone: 9, committeeDone: 6 } }] });
    expect(r.problems).toEqual([]);
  });
});

describe('townships one a line under a title naming one indicator', () => {
  const admin = { from: 'wecom:zzb_liu', at: '2026-11-22T20:00:00+08:00' };
  it('reads each township\'s figure, what is left, a half and all done', async () => {
    const r = await run('村委会进度（视频会口头汇报）：\n城关 还剩6个\n白沙 完成12个\n龙泉 完成一半\n马坊 全部完成', records({ 城关镇: { committeeDone: 12 }, 白沙镇: { committeeDone: 12 }, 龙泉镇: { committeeDone: 10 }, 马坊乡: { committeeDone: 8 } }), admin);
    expect(r.problems).toEqual([]);
  });

  it('refuses the whole message when one line is not clear', async () => {
    const r = await run('监委会推选进度：\n河东 9个\n石桥 十来个', refuse('vague'), admin);
    expect(r.problems.filter((p) => p.startsWith('accepted'))).toEqual([]);
  });
});

describe('a formal notice', () => {
  it('reads 1.8个村 after a list number as item 1, eight villages', async () => {
    const r = await run('关于河西乡村“两委”换届进展情况的报告\n1.12个村党组织换届已全部完成；\n2.村委会换届完成9个。\n以上。', records({ 河西乡: { partyDone: 12, committeeDone: 9 } }), { at: '2026-11-22T20:00:00+08:00' });
    expect(r.problems).toEqual([]);
  });

  it('reads a due count 由12个调整为11个 as the new due count', async () => {
    const r = await run('河西乡应换届村由12个调整为11个（两村合并），党组织已完成9个', { records: { 河西乡: { due: 11, partyDone: 9 } }, warnings: ['due-differs'] }, { at: '2026-11-22T20:00:00+08:00' });
    expect(r.problems).toEqual([]);
  });
});

describe('a numbered summary run on in one line, or closing each line with yesterday', () => {
  it('takes "2." before a name as the next item, never a figure', async () => {
    expect((await run('河西乡:1.党组织累计7个 2.村委会累计3个 3.联审累计86人,不合格3人', records({ 河西乡: { partyDone: 7, committeeDone: 3, reviewed: 86, disqualified: 3 } }))).problems).toEqual([]);
  });

  it("takes yesterday's figure closing a line as a comparison that dates nothing below it", async () => {
    const text = '河西乡\n1.党组织 累计9个 完成率75% 昨日7个\n2.村委会 累计6个 完成率50% 昨日5个';
    expect((await run(text, records({ 河西乡: { partyDone: 9, committeeDone: 6 } }))).problems).toEqual([]);
    // Another day named on the line first: each day its figure, as before.
    expect((await run('河西乡前天35岁以下9人 昨天11人', records({ '河西乡 2026-11-21': { under35: 9 }, '河西乡 2026-11-22': { under35: 11 } }))).problems).toEqual([]);
  });

  it('takes a number and a dot heading a line before a count as the item number (2.6个居委会 is item 2, six committees)', async () => {
    expect((await run('河西乡换届完成情况:\n1.12个党组织全部完成\n2.6个村委会已完成', records({ 河西乡: { partyDone: 12, committeeDone: 6 } }))).problems).toEqual([]);
  });
});

describe('rows of townships under a header of names', () => {
  const admin = { from: 'wecom:zzb_liu' };
  it('gives each row\'s run of figures to the names in order', async () => {
    const r = await run('各乡镇进度（党组织/村居委会/监委会）：\n河东 10/9/7\n龙泉 15/12/12\n马坊 8/8/6', records({ 河东镇: { partyDone: 10, committeeDone: 9, supervisionDone: 7 }, 龙泉镇: { partyDone: 15, committeeDone: 12, supervisionDone: 12 }, 马坊乡: { partyDone: 8, committeeDone: 8, supervisionDone: 6 } }), admin);
    expect(r.problems).toEqual([]);
  });

  it('refuses a row whose run is shorter than the header, and two names over a fraction', async () => {
    expect((await run('党组织/村委会/监委会\n河东 10/9\n龙泉 15/12/12', { refuse: 'table-columns', mention: [], avoid: [] }, admin)).problems).toEqual([]);
    // 9/15 under two names may be 9 done of 15 due: nothing is stored.
    expect((await run('（党组织/村委会）\n河东 9/15', { ignore: true }, admin)).problems).toEqual([]);
  });
});
