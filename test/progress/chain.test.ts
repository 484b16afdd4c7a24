// A 接龙 (chain) in the group, through the real report skill: each liaison copies the list and adds a line;
// only the sender's own line is theirs to report, the other lines were sent by their own liaisons.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('chain', 'wecom:hexi_wang', '2026-11-24T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });
const CHAIN = '#接龙\n11月24日换届进度(党组织/村委会/监委会)\n\n1. 城关镇 党组织17 村委会14 监委会10\n2. 石桥 较昨天 党+1 村+2 监+1 ✅';

describe('a chain (接龙)', () => {
  it('records the sender’s own line under the heading, with the remark under it, and leaves the others’ lines alone', async () => {
    const r = await run(`${CHAIN}\n3. 河西乡 党组织12 村委会7 监委会6\n(监委会昨天写成5了,实际是6)`, records({ 河西乡: { partyDone: 12, committeeDone: 7, supervisionDone: 6 } }));
    expect(r.problems).toEqual([]);
  });

  it('refuses a chain that only fills another township’s line', async () => {
    const r = await run(`${CHAIN}\n3. 柳林乡 党组织8 村委会7 监委会5`, { refuse: 'not-your-township', mention: ['柳林乡'], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });

  it('stores nothing for an own line with no figures yet', async () => {
    const r = await run(`${CHAIN}\n3. 河西乡(村里网不好,晚点补)`, { ignore: true });
    expect(stored(r.problems)).toEqual([]);
  });

  it('still checks the own line: a remainder in a bracket must agree with the due count', async () => {
    const r = await run(`${CHAIN}\n3. 河西乡 村委会10个(还剩3个没选,全乡12个)`, { refuse: 'conflict', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('a chain whose heading names what the lines count', () => {
  it('puts the heading’s names before the own line’s bare figures, in order', async () => {
    const r = await run('#接龙\n11月24日换届进度(党组织/村委会/监委会 完成数)\n\n1. 城关镇 15/11/8\n2. 河西乡 9/7/5', records({ 河西乡: { partyDone: 9, committeeDone: 7, supervisionDone: 5 } }));
    expect(r.problems).toEqual([]);
    const s = await run('#接龙 11月24日党组织换届进度\n1. 城关镇 已完成11个\n2. 河西乡 已完成9个✔', records({ 河西乡: { partyDone: 9 } }));
    expect(s.problems).toEqual([]);
  });

  it('leaves figures that are not as many as the names to the usual refusal', async () => {
    const r = await run('#接龙\n11月24日换届进度(党组织/村委会/监委会)\n\n1. 城关镇 15/11/8\n2. 河西乡 9/7', { refuse: 'missing-indicator', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});
