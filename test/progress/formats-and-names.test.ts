// Messages dressed for the phone (markdown bold, emoji bullets) and villages whose names hold numerals
// (新民三村, 八一村, 十里堡村): the figures are the ones the liaison typed, never a digit of a name.
import { describe, expect, it } from 'vitest';
import { reportRunner } from './eval-runner.js';

const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });

describe('markdown emphasis', () => {
  const hexi = reportRunner('formats-and-names', 'wecom:hexi_wang', '2026-11-22T20:00:00+08:00');
  it('reads a figure in bold as the figure, where the marks had made it a blurred digit', async () => {
    const text = '【河西乡换届进展日报】\n——————\n✅ 党组织换届：完成 **9** 个\n✅ 村委会换届：完成 **7** 个\n📌 一肩挑：__6__人';
    expect((await hexi(text, records({ 河西乡: { partyDone: 9, committeeDone: 7, oneShoulder: 6 } }))).problems).toEqual([]);
  });

  it('still refuses a digit written with one mark beside it', async () => {
    expect((await hexi('河西乡党组织完成1*个', { refuse: 'vague', mention: [], avoid: [] })).problems).toEqual([]);
  });
});

describe('numerals inside village names', () => {
  const baisha = reportRunner('formats-and-names', 'wecom:baisha_wu', '2026-11-24T20:00:00+08:00');
  it('reads the figure beside a village named with a numeral after its place name or at its start', async () => {
    expect((await baisha('白沙镇党组织完成12个，白沙一村今天也选完了', records({ 白沙镇: { partyDone: 12 } }))).problems).toEqual([]);
    expect((await baisha('八一村今天完成，白沙镇党组织累计完成10个。', records({ 白沙镇: { partyDone: 10 } }))).problems).toEqual([]);
    expect((await baisha('白沙镇村委会完成9个，十里堡村、三道沟村明天选', records({ 白沙镇: { committeeDone: 9 } }))).problems).toEqual([]);
  });

  it('keeps a numeral after a counting word a count of villages (完成九村, 剩三村)', async () => {
    expect((await baisha('白沙镇村委会累计完成九村', records({ 白沙镇: { committeeDone: 9 } }))).problems).toEqual([]);
    expect((await baisha('白沙镇村委会剩三村没选', records({ 白沙镇: { committeeDone: 13 } }))).problems).toEqual([]);
  });

  it('refuses a remainder said not done whose villages are named in brackets, when it disagrees with the count done', async () => {
    expect((await baisha('白沙镇党组织完成14个，还剩3个没选（白沙二村、九龙村、八一村）。', { refuse: 'conflict', mention: [], avoid: [] })).problems).toEqual([]);
    expect((await baisha('白沙镇党组织完成13个，还剩3个没选（白沙二村、九龙村、八一村）。', records({ 白沙镇: { partyDone: 13 } }))).problems).toEqual([]);
  });
});
