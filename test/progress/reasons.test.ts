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
  ])('%s records the new figure and names the reason\'s count as set aside', async (text, figures, before, aside) => {
    const r = await run(text, records({ 河西乡: figures }), today(before));
    expect(r.problems).toEqual([]);
    expect(r.reply).toContain(aside);
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
