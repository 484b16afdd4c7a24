// Corrections told with their reasons, through the real report skill: the reason's own counts are set aside,
// the new figure replaces the one the line gave, and a day named on the way keeps the figures apart.
import { describe, expect, it } from 'vitest';
import { createHarness, type ReportCase } from './eval-runner.js';

const h = createHarness();
const base = { file: 'reasons', index: 0, from: 'wecom:hexi_wang', at: '2026-11-22T20:00:00+08:00', before: [] };
function run(text: string, expect: ReportCase['expect'], extra: Partial<ReportCase> = {}) {
  return h.run({ ...base, text, expect, ...extra } as ReportCase);
}
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });
const today = (figures: Record<string, number>) => ({ before: [{ township: '河西乡', date: '2026-11-22', figures }] });

describe('a count told as the reason for a correction', () => {
  it.each([
    ['交叉任职改一下，15改成17，有两个村漏统计了', { crossPost: 17 }, { crossPost: 15 }, '两个村'],
    ['35岁以下的9人改为10人，有一个同志年龄算错了', { under35: 10 }, { under35: 9 }, '一个'],
    ['更正：女性应为9人，有两个村的妇女委员漏统计了', { female: 9 }, { female: 7 }, '两个村的妇女委员漏统计了'],
    ['35岁以下应为12人，刚才漏统了光明社区新选的一名委员', { under35: 12 }, { under35: 11 }, '漏统了光明社区新选的一名委员'],
  ])('%s records the new figure and names the reason\'s count as set aside', async (text, figures, before, aside) => {
    const r = await run(text, records({ 河西乡: figures }), today(before));
    expect(r.problems).toEqual([]);
    expect(r.reply).toContain(aside);
  });

  it('keeps a clause of reason that leads into another corrected figure', async () => {
    const r = await run('更正：女性应为9人，村委会漏报了，应为8个', records({ 河西乡: { female: 9, committeeDone: 8 } }), today({ female: 7, committeeDone: 7 }));
    expect(r.problems).toEqual([]);
  });

  it('does not set aside a count left without an indicator in a message that corrects nothing', async () => {
    const r = await run('河西乡党组织9个，两个村漏报了', { refuse: 'missing-indicator', mention: [], avoid: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('the one figure of a line, put right after a reason', () => {
  it.each([
    ['党组织10个报多了，有个村还没开选举大会，实际是9个', { partyDone: 9 }, { partyDone: 10 }],
    ['女性12人是上一届的数，发错了，新一届是14人', { female: 14 }, { female: 12 }],
  ])('%s', async (text, figures, before) => {
    const r = await run(text, records({ 河西乡: figures }), today(before));
    expect(r.problems).toEqual([]);
  });

  it('files a correction of yesterday\'s report under yesterday', async () => {
    const r = await run('昨天报的党组织10个报多了，有个村还没开选举大会，实际是9个', records({ '河西乡 2026-11-21': { partyDone: 9 } }), {
      before: [{ township: '河西乡', date: '2026-11-21', figures: { partyDone: 10 } }],
    });
    expect(r.problems).toEqual([]);
  });

  it('never takes the figure back when the correction after it names another day (asked, not guessed)', async () => {
    const r = await run('党组织9个，昨天报的不对，昨天应该是8个', { refuse: 'conflict', mention: [], avoid: [] }, {
      before: [{ township: '河西乡', date: '2026-11-21', figures: { partyDone: 9 } }],
    });
    expect(r.problems).toEqual([]);
  });
});

describe('villages put off or in dispute, beside the figures', () => {
  it.each([
    ['河西乡村委会完成9个，另外2个村因为候选人外出务工，要等下周回来再选', { committeeDone: 9 }, '2个村因为候选人外出务工'],
    ['河西乡监委会完成8个，有一个村监委主任人选还有争议', { supervisionDone: 8 }, '一个村监委主任人选还有争议'],
  ])('%s records the figure and names the note', async (text, figures, aside) => {
    const r = await run(text, records({ 河西乡: figures }));
    expect(r.problems).toEqual([]);
    expect(r.reply).toContain(aside);
  });

  it('refuses a count put off when the message gives no figure to note it on', async () => {
    const r = await run('河西乡2个村因为下雨推迟', { refuse: 'missing-indicator', mention: [], avoid: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('a day\'s figure with no total beside it', () => {
  const onRecord = { before: [{ township: '河西乡', date: '2026-11-21', figures: { partyDone: 9, supervisionDone: 8 } }] };
  it('is the day\'s new ones when as a total it would halve what is on record, and the reply says so', async () => {
    const r = await run('河西乡今儿监委搞定俩', { records: { 河西乡: { supervisionDone: 10 } }, warnings: ['daily-increment'] }, onRecord);
    expect(r.problems).toEqual([]);
    expect(r.reply).toContain('按今天新增计入');
    expect(r.reply).toContain('更正：11月22日河西乡');
  });

  it.each(['河西乡截至今天党组织完成4个', '河西乡今天已完成党组织4个'])('is a running total after 截至 or 已: %s is refused as a decrease', async (text) => {
    const r = await run(text, { refuse: 'decrease', mention: [], avoid: [] }, onRecord);
    expect(r.problems).toEqual([]);
  });

  it('is never the day\'s new ones in a correction', async () => {
    const r = await run('更正：河西乡今天党组织完成4个', records({ 河西乡: { partyDone: 4 } }), onRecord);
    expect(r.problems).toEqual([]);
  });
});

describe('a clerk re-typing what was said at a meeting (R42) and a report in one breath (R41)', () => {
  it('refuses two figures said one after the other with 又说是, never storing the first', async () => {
    const r = await run('河西乡王书记先说党组织完成9个，后面又说是10个，会上没说定', { refuse: 'missing-indicator', mention: [], avoid: [] });
    expect(r.problems.filter((p) => p.startsWith('accepted'))).toEqual([]);
  });

  it.each([
    ['河西乡有个村撤并了，应换届数从12个改成11个，党组织已经全部完成。', { due: 11, partyDone: 11 }, ['due-differs']],
    ['河西乡资格联审56人，没有取消资格的。', { reviewed: 56, disqualified: 0 }, []],
    // The day the last one is set for is the event's, not the figures'.
    ['河西乡党组织9个，村委会还剩1个没选，定在周五。', { partyDone: 9, committeeDone: 11 }, ['committee-ahead']],
    ['河西乡村委会12个全部完成今天最后一个东关村选完的监委会11个一肩挑10个', { committeeDone: 12, supervisionDone: 11, oneShoulder: 10 }, []],
  ] as const)('%s', async (text, figures, warnings) => {
    const r = await run(text, { records: { 河西乡: figures }, warnings: [...warnings] });
    expect(r.problems).toEqual([]);
  });

  it('reads the day said after an increment as each day\'s total, and writes nothing for a day said as it is on record', async () => {
    const r = await run('河西乡今天又完成了2个村委会昨天报的8个今天10个', records({ 河西乡: { committeeDone: 10 } }), {
      before: [{ township: '河西乡', date: '2026-11-21', figures: { committeeDone: 8 } }],
    });
    expect(r.problems).toEqual([]);
  });

  it('adds in what was done before: 加上前天的一共N is the total', async () => {
    const r = await run('河西乡今天村委会选了两个加上前天的一共9个村委会完成了', records({ 河西乡: { committeeDone: 9 } }), {
      before: [{ township: '河西乡', date: '2026-11-20', figures: { committeeDone: 7 } }],
    });
    expect(r.problems).toEqual([]);
  });
});

describe('all done said straight after a body\'s figure', () => {
  it.each([
    ['河西乡12个居委会今天全部选完一肩挑的10个交叉任职18人', { committeeDone: 12, oneShoulder: 10, crossPost: 18 }],
    ['河西乡村委会和监委会都全部完成了，12个村一个不落。', { committeeDone: 12, supervisionDone: 12 }],
    ['河西乡今天审了18人全部通过累计审查120人', { reviewed: 120 }],
  ])('%s is that body\'s, never the next name\'s', async (text, figures) => {
    const r = await run(text, records({ 河西乡: figures }));
    expect(r.problems).toEqual([]);
  });

  it('never gives 一肩挑 the all done said after another body\'s figure', async () => {
    const r = await run('河西乡10个居委会今天全部选完一肩挑的6个', { refuse: 'conflict', mention: [], avoid: [] });
    expect(r.problems.filter((p) => p.includes('oneShoulder":12'))).toEqual([]);
  });
});

describe('the township\'s villages beside what is left', () => {
  it('reads 党组织12个村只剩2个了 as 10 done', async () => {
    const r = await run('河西乡党组织12个村只剩2个了，村委会完成8个', records({ 河西乡: { partyDone: 10, committeeDone: 8 } }));
    expect(r.problems).toEqual([]);
  });

  it('still refuses villages beside what is left that disagree with it', async () => {
    // 9 done and 2 left is not the township's 12.
    const r = await run('河西乡党组织9个村只剩2个了', { refuse: 'conflict', mention: [], avoid: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('a figure said as reported that nothing corrects', () => {
  it('is the figure: 下午报的党组织6个… stores 党组织 with the rest, never the rest alone', async () => {
    const r = await run('河西乡下午报的党组织9个村委会8个监委会6个', records({ 河西乡: { partyDone: 9, committeeDone: 8, supervisionDone: 6 } }));
    expect(r.problems).toEqual([]);
    expect(r.reply).not.toContain('已更正');
  });

  it('is still the figure replaced when the message corrects it', async () => {
    const r = await run('河西乡村委完成8个,中午报的9个多算了一个', records({ 河西乡: { committeeDone: 8 } }), { before: [{ township: '河西乡', date: '2026-11-22', figures: { committeeDone: 9 } }] });
    // The figure is stored, and the 9 is named as the one replaced.
    expect(r.problems.filter((p) => !p.startsWith('warnings'))).toEqual([]);
    expect(r.reply).toContain('中午报的9个');
  });
});
