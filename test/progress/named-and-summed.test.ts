// A township named whole before its committees (河西乡村委会: the township, then 村委会 — no village of another
// township), a total after both parts of a body (村委会9个，社区居委会3个，合计12个), a whole done some days ago
// (已于上周全部完成: done today too), and 党组 for 党组织, also when a picture breaks 党组织 over two lines.
import { describe, expect, it } from 'vitest';
import { reportRunner } from './eval-runner.js';

const run = reportRunner('named-and-summed', 'wecom:chengguan_li', '2026-11-26T20:00:00+08:00');
const ok = async (text: string, records: Record<string, Record<string, number>>, from?: string) => {
  const r = await run(text, { records, warnings: [] }, from ? { from } : {});
  expect(r.problems).toEqual([]);
};

describe('townships and their bodies', () => {
  it('reads each township named whole after a heading joining them', async () => {
    await ok('补一下白沙和石桥的：白沙镇村委会完成11个，石桥镇村委会完成9个', { 白沙镇: { committeeDone: 11 }, 石桥镇: { committeeDone: 9 } }, 'wecom:zzb_liu');
  });
});

describe('the parts of a body and their total', () => {
  it('stores the total after both parts as the body’s figure', async () => {
    await ok('城关镇到今天党组织完成9个，其中社区4个、村5个；居委会2个（西门、车站），村委会2个（上庄、下庄），村（居）委会合计4个。', { 城关镇: { partyDone: 9, committeeDone: 4 } });
  });

  it('reads a whole done some days ago as done today', async () => {
    await ok('城关镇村委会完成12个；党组织18个已于上周全部完成。', { 城关镇: { committeeDone: 12, partyDone: 18 } });
  });
});

describe('党组 for 党组织', () => {
  it('reads the short name', async () => {
    await ok('城关镇进度：党组16 村委12 监委10', { 城关镇: { partyDone: 16, committeeDone: 12, supervisionDone: 10 } });
  });

  it('still joins the name a picture broke over two lines', async () => {
    await ok('城关镇换届进度\n党组\n织换届完成 16 个\n村委会换届完成 12 个', { 城关镇: { partyDone: 16, committeeDone: 12 } });
  });
});

describe('a body’s due and done after its name', () => {
  it.each([
    '城关镇：党组织应换届18个，已完成15个',
    '城关镇换届进度：\n村（社区）党组织：应换届18个，已完成15个',
  ])('%s', async (text) => {
    await ok(text, { 城关镇: { due: 18, partyDone: 15 } });
  });
});
