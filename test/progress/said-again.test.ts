// A figure said again in other words, through the real report skill: a count before a second 全部完成 of the
// same body, a done count after what is left of one body, the joint review's failures with their reasons in
// a bracket, and a clerk's note of where the figures came from.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('said-again', 'wecom:liulin_zhou', '2026-12-01T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });

describe('a figure said again', () => {
  it('reads a count before a second 全部完成 of the same body, and a done count after what is left', async () => {
    const r = await run('柳林今天终于把最后一个村的党组织选完了 9个全部完成！村委会8个，监委会还差两个没选，7个', records({ 柳林乡: { partyDone: 9, committeeDone: 8, supervisionDone: 7 } }));
    expect(r.problems).toEqual([]);
  });

  it('refuses a done count that disagrees with what is left', async () => {
    const r = await run('柳林监委会还差两个没选，6个', { refuse: 'conflict', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });

  it('reads the joint review failures and sets their reasons aside', async () => {
    const before = { before: [{ township: '柳林乡', date: '2026-11-30', figures: { reviewed: 60, disqualified: 3 } }] };
    const r = await run('柳林今天又有3名候选人联审没通过（2人有失信记录，1人涉及信访问题未化解）', records({ 柳林乡: { disqualified: 6 } }), before);
    expect(r.problems).toEqual([]);
  });

  it("reads a clerk's figures after a note of where they came from", async () => {
    const r = await run('汇总几个电话报的：河东 监委会12个；石桥 监委会11个', records({ 河东镇: { supervisionDone: 12 }, 石桥镇: { supervisionDone: 11 } }), { from: 'wecom:zzb_liu' });
    expect(r.problems).toEqual([]);
  });

  it('reads 都是 after two bodies said wholly done as the count of each, and refuses one that is not their whole', async () => {
    const r = await run('柳林今天党组织、村委会全部完成，都是9个；监委会完成7个', records({ 柳林乡: { partyDone: 9, committeeDone: 9, supervisionDone: 7 } }));
    expect(r.problems).toEqual([]);
    const short = await run('柳林党组织、村委会全部完成，都是8个', { refuse: 'conflict', mention: [], avoid: [] });
    expect(short.problems).toEqual([]);
  });
});
