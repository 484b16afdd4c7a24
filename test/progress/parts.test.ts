// Villages and 社区 counted apart (tuning writer R70's angle): the two parts of one figure are its figure; a sum said
// too must agree; a part alone with the other still to come is not stored.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('parts', 'wecom:xinhua_chu', '2026-11-26T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });

describe('villages and 社区 counted apart', () => {
  it.each([
    ['新华街道监委会村级完成1个另有社区3个', { supervisionDone: 4 }],
    ['新华街道党组织：社区4个、村1个共5个', { partyDone: 5 }],
    ['新华街道一肩挑村里1人社区3人，共4人；交叉任职村2人，社区9人', { oneShoulder: 4, crossPost: 11 }],
    ['新华街道新当选大专以上学历的村级3人，另有社区12人', { college: 15 }],
    ['新华街道居委会 社区3个+村1个=4个', { committeeDone: 4 }],
    // The 社区's elections not yet held: none done there — the villages' figure is the township's.
    ['新华街道监委会完成村1个,社区还没开始', { supervisionDone: 1 }],
    // A part named by the 社区's 居委会 (里) is the 社区's part of a count of people, set aside.
    ['新华街道女性成员共31人，其中社区居委会里16人', { female: 31 }],
  ])('%s', async (text, figures) => {
    expect((await run(text, records({ 新华街道: figures }))).problems).toEqual([]);
  });

  it('refuses parts that do not add up to the sum said with them', async () => {
    const r = await run('新华街道党组织：社区4个、村1个共6个', { refuse: 'conflict', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });

  it.each(['新华街道社区这块党组织完成4个了，村里的明天一起报', '新华街道社区新当选两委平均年龄39.6岁，村里的还在算'])('stores nothing from a part alone: %s', async (text) => {
    const r = await run(text, { refuse: 'unverified', mention: [], avoid: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('counts said first', () => {
  it.each([
    ['新华街道居委会完成村1个社区4个', { committeeDone: 5 }],
    ['新华街道监委会完成一个村三个社区', { supervisionDone: 4 }],
    ['新华街道交叉任职村里2人，另外社区还有9人', { crossPost: 11 }],
    // Straight after the township's name they are its villages, all of them: the due count (here as on file).
    ['新华街道5个社区1个村,党组织已全部完成', { partyDone: 6 }],
  ])('%s', async (text, figures) => {
    expect((await run(text, records({ 新华街道: figures }))).problems).toEqual([]);
  });
});

describe('a figure broken down by village right after it', () => {
  it.each([
    ['新华街道35岁以下的今天新增了3个，幸福、光明、朝阳各一个', { under35: 3 }, { under35: 6 }],
    ['新华街道交叉任职今天新增2人，东门和朝阳社区各1人', { crossPost: 10 }, { crossPost: 12 }],
    ['新华街道党组织换届社区里完成了四个，村完成了一个', {}, { partyDone: 5 }],
    // Named one by one after their count, as many as it (writers R23, R113, R117).
    ['新华街道居委会今天又选完俩，一个是幸福社区，一个是光明社区。', { committeeDone: 2 }, { committeeDone: 4 }],
    ['新华街道今天又选完了两个社区的监委会 一个幸福社区一个光明社区', { supervisionDone: 1 }, { supervisionDone: 3 }],
  ])('%s', async (text, before, figures) => {
    const on = Object.keys(before).length ? { before: [{ township: '新华街道', date: '2026-11-25', figures: before }] } : {};
    expect((await run(text, records({ 新华街道: figures }), on)).problems).toEqual([]);
  });

  it('refuses villages named one by one that are not as many as their count', async () => {
    const r = await run('新华街道居委会今天又选完三个，一个是幸福社区，一个是光明社区', { refuse: 'missing-indicator', mention: [], avoid: [] }, { before: [{ township: '新华街道', date: '2026-11-25', figures: { committeeDone: 2 } }] });
    expect(stored(r.problems)).toEqual([]);
  });

  it('leaves parts that do not make the figure to be refused', async () => {
    const r = await run('新华街道35岁以下的今天新增了3个，幸福、光明各一个', { refuse: 'missing-indicator', mention: [], avoid: [] }, { before: [{ township: '新华街道', date: '2026-11-25', figures: { under35: 3 } }] });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('a part named once, the other part counted beside it', () => {
  it.each([
    // 村级 names the villages' part as 村 does.
    ['新华街道：村级党组织完成2个，社区党组织3个已全部完成', { partyDone: 5 }],
    // 另有 before the other part of the body just counted adds it; nothing is set aside.
    ['新华街道村委会完成2个，另有社区居委会3个已完成', { committeeDone: 5 }],
    // 各 said of both parts: each part's count.
    ['新华街道监委会：村和社区各完成2个', { supervisionDone: 4 }],
    // The other part's count with its body left unsaid is of the body just named.
    ['新华街道：村党组织换届完成一个，社区四个，共五个。', { partyDone: 5 }],
    // Parts ticked off, and people's parts after 以下.
    ['新华街道党组织：社区5个✅ 村1个✅ 全部完成', { partyDone: 6 }],
    ['新华街道交叉任职村里7人，社区2人；35岁以下村3人，社区1人', { crossPost: 9, under35: 4 }],
  ])('%s', async (text, figures) => {
    expect((await run(text, records({ 新华街道: figures }))).problems).toEqual([]);
  });

  it('keeps each line its own when the parts and their sum end a line', async () => {
    const text = '新华街道 党组织 村1 社区4 共5\n居委会 村1 社区3 共4';
    expect((await run(text, records({ 新华街道: { partyDone: 5, committeeDone: 4 } }))).problems).toEqual([]);
  });
});
