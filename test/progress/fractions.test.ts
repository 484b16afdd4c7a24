// A liaison's compact table typed on a phone: each body a character and a fraction over the villages due
// ("党10/12 村6/12"), the day run together after the township ("河西1122"). Through the real report skill.
import { describe, expect, it } from 'vitest';
import { reportRunner } from './eval-runner.js';

const hexi = reportRunner('fractions', 'wecom:hexi_wang', '2026-11-26T20:00:00+08:00');
const shiqiao = reportRunner('fractions', 'wecom:shiqiao_sun', '2026-11-26T20:00:00+08:00');
const mafang = reportRunner('fractions', 'dingtalk:mafang_zheng', '2026-11-26T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });

describe('fractions in a compact table', () => {
  it('reads four figures after the township as the day, and each fraction as a count over the due', async () => {
    const r = await hexi('河西1122\n党10/12 村6/12 监3/12\n一肩挑5 交叉3', records({ '河西乡 2026-11-22': { partyDone: 10, committeeDone: 6, supervisionDone: 3, oneShoulder: 5, crossPost: 3 } }));
    expect(r.problems).toEqual([]);
  });

  it('never reads a fraction whose name it cannot read as a day', async () => {
    for (const text of ['党8/12 寸3/12 监0', '石桥 当10/14 村6/14']) {
      const r = await shiqiao(text, { refuse: 'missing-indicator', mention: [], avoid: [] });
      expect(r.problems).toEqual([]);
    }
  });

  it('reads 全完 after a fraction as that body done', async () => {
    const r = await shiqiao('石桥:党14/14全完 村11/14 监7/14', records({ 石桥镇: { partyDone: 14, committeeDone: 11, supervisionDone: 7 } }));
    expect(r.problems).toEqual([]);
  });

  it('checks what is left, in a bracket after a fraction, against the due count', async () => {
    const good = await mafang('马坊 党5/8(剩3个没选) 村4/8', records({ 马坊乡: { partyDone: 5, committeeDone: 4 } }));
    expect(good.problems).toEqual([]);
    const bad = await mafang('马坊 党5/8(剩4个没选) 村4/8', { refuse: 'conflict', mention: [], avoid: [] });
    expect(bad.problems).toEqual([]);
  });

  it('reads a body after a day or a word of finishing, a fraction after 全部完成, and 比昨天+1 after a fraction', async () => {
    const days = await hexi('19号党7 20号党8 今天党9/12', records({ '河西乡 2026-11-19': { partyDone: 7 }, '河西乡 2026-11-20': { partyDone: 8 }, 河西乡: { partyDone: 9 } }));
    expect(days.problems).toEqual([]);
    const whole = await hexi('党 全部完成 12/12 ✅ 村10/12 监9/12', records({ 河西乡: { partyDone: 12, committeeDone: 10, supervisionDone: 9 } }));
    expect(whole.problems).toEqual([]);
    const before = { before: [{ township: '河西乡', date: '2026-11-25', figures: { partyDone: 8 } }] };
    expect((await hexi('党9/12 比昨天+1', records({ 河西乡: { partyDone: 9 } }), before)).problems).toEqual([]);
    const off = await hexi('党9/12 比昨天+2', { refuse: 'conflict', mention: [], avoid: [] }, before);
    expect(off.problems).toEqual([]);
  });
});

describe('fractions township by township, under a bracket naming their parts', () => {
  const admin = reportRunner('fractions', 'wecom:zzb_liu', '2026-11-26T20:00:00+08:00');
  it('reads (完成/应换届) as how the fractions read, and 12/12 among them as a fraction, not 12 December', async () => {
    const r = await admin('各乡镇党组织换届进度（完成/应换届）：城关16/18，河西12/12，河东13/15', { records: { 城关镇: { partyDone: 16 }, 河西乡: { partyDone: 12 }, 河东镇: { partyDone: 13 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});
