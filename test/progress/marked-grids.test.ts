// A village to a line with a mark per body, in the order a liaison ticks them ("东庄 ✓党 ✓村 ✗监", "高家岔：党√村×"),
// or a table of marks under a header of bodies, through the real report skill: the marks are counted per body, a
// total row is checked against them, and a list of the day's villages adds to the record.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('marked-grids', 'wecom:yangjialing_chen', '2026-11-24T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });
const refused = (code: 'conflict') => ({ refuse: code, mention: [] as string[], avoid: [] as string[] });
const onRecord = (figures: Record<string, number>) => ({ before: [{ township: '杨家岭乡', date: '2026-11-23', figures }] });

const VILLAGES = ['杨家岭村 ☑党 ☑村 ☑监', '石门村 ☑党 ☑村 ☑监', '高家岔 ☑党 ☑村 ☐监', '刘家沟 ☑党 ☑村 ☑监', '后坪村 ☑党 ☐村 ☐监', '东坡村 ☑党 ☑村 ☑监', '西坡村 ☐党 ☐村 ☐监'];

describe('a mark before each body', () => {
  it('counts every village, named with or without 村, as the totals', async () => {
    expect((await run(`杨家岭 24日\n${VILLAGES.join('\n')}`, records({ 杨家岭乡: { partyDone: 6, committeeDone: 5, supervisionDone: 4 } }))).problems).toEqual([]);
    expect((await run('杨家岭乡\n杨家岭村：党√村√监×\n高家岔：党√村×监×\n后坪村：党×村×监×', records({ 杨家岭乡: { partyDone: 2, committeeDone: 1, supervisionDone: 0 } }))).problems).toEqual([]);
  });

  it('counts nothing when a marked line among them cannot be read', async () => {
    const r = await run(`杨家岭 24日\n${VILLAGES.slice(0, 3).join('\n')}\n后坪村 ☑党 ☑计票\n${VILLAGES.slice(4).join('\n')}`, { ignore: true });
    expect(r.problems.filter((p) => p.startsWith('accepted'))).toEqual([]);
  });

  it('reads a tick between a name and its figure as the figure', async () => {
    expect((await run('杨家岭 截至24日\n党✔6 村 ✔5 监✔3', records({ 杨家岭乡: { partyDone: 6, committeeDone: 5, supervisionDone: 3 } }))).problems).toEqual([]);
  });
});

describe('a table of marks', () => {
  const table = '杨家岭乡 截至24日\n村|党|村|监|一肩挑\n杨家岭村|√|√|√|是\n石门村|√|√|×|是\n高家岔|√|×|×|—\n后坪村|×|×|×|—';
  it('counts each column, 是 as one of a count of people', async () => {
    expect((await run(table, records({ 杨家岭乡: { partyDone: 3, committeeDone: 2, supervisionDone: 1, oneShoulder: 2 } }))).problems).toEqual([]);
  });

  it('reads a total row that agrees, and refuses one that does not', async () => {
    expect((await run(`${table}\n合计|3|2|1|2`, records({ 杨家岭乡: { partyDone: 3, committeeDone: 2, supervisionDone: 1, oneShoulder: 2 } }))).problems).toEqual([]);
    expect(stored((await run(`${table}\n合计|4|2|1|2`, refused('conflict'))).problems)).toEqual([]);
  });
});

describe('the day’s villages', () => {
  it('adds villages under 今天新完成 to the record, a bracket naming 一肩挑 as one', async () => {
    const r = await run('杨家岭 今天新完成：\n石门村 ✔村（书记主任一肩挑）\n高家岔 ✔监', records({ 杨家岭乡: { committeeDone: 5, supervisionDone: 3, oneShoulder: 3 } }), onRecord({ committeeDone: 4, supervisionDone: 2, oneShoulder: 2 }));
    expect(r.problems).toEqual([]);
  });

  it('reads ticks only, with a running total below them, as the day’s news beside that total', async () => {
    const r = await run('杨家岭 24号\n石门村 党√村√\n高家岔 党√\n今天就这两个村。累计：党组织6，村委会5', records({ 杨家岭乡: { partyDone: 6, committeeDone: 5 } }));
    expect(r.problems).toEqual([]);
  });
});
