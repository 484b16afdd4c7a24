// Numbers as on official forms — capital numerals (肆拾壹点叁), ages said in words (三十五岁及以下), counts of the last
// villages (最后叁个村) — and a figure after a name that cannot be read, which refuses the message rather than lose it.
import { describe, expect, it } from 'vitest';
import { reportRunner } from './eval-runner.js';

const run = reportRunner('official-numerals', 'wecom:xinhua_chu', '2026-12-02T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });

describe('numbers as on official forms', () => {
  it('reads a capital-numeral decimal and an age group said in words', async () => {
    expect((await run('新华街道平均年龄肆拾壹点叁岁,三十五岁及以下的肆人', records({ 新华街道: { avgAge: 41.3, under35: 4 } }))).problems).toEqual([]);
  });

  it('reads the last villages counted as what is left, never as a village named 最后三个村', async () => {
    expect((await run('新华街道监委会还剩最后叁个社区没推选,其他都完成了', records({ 新华街道: { supervisionDone: 3 } }))).problems).toEqual([]);
  });

  it('refuses a message whose figure after a name cannot be read, rather than store the rest without it', async () => {
    expect((await run('新华街道党组织6个,女性叁', { refuse: 'missing-figure', mention: ['女性'], avoid: [] })).problems).toEqual([]);
  });
});

describe('words from the round that joined', () => {
  const hedong = reportRunner('official-numerals', 'wecom:hedong_zhao', '2026-11-23T20:00:00+08:00');
  it('reads 廿 as twenty', async () => {
    expect((await hedong('河东镇两委交叉任职的目前有廿六人', records({ 河东镇: { crossPost: 26 } }))).problems).toEqual([]);
  });

  it("keeps a name whose figure is said wrong (村委的数不对) waiting for the figure that puts it right", async () => {
    expect((await hedong('上面村委的数不对，应该是9', records({ 河东镇: { committeeDone: 9 } }))).problems).toEqual([]);
    expect((await hedong('河东镇上面报的一肩挑数不对，核实后是10人', records({ 河东镇: { oneShoulder: 10 } }))).problems).toEqual([]);
  });
});

describe('letters typed for digits', () => {
  const shiqiao = reportRunner('official-numerals', 'wecom:shiqiao_sun', '2026-11-23T20:00:00+08:00');
  it('reads l and O inside a figure as 1 and 0 and says so, where dropping them stored 0 for l0', async () => {
    const r = await shiqiao('石桥:党支布完成l0个,村为会8个,交叉任值l5人,一肩挑O人', records({ 石桥镇: { partyDone: 10, committeeDone: 8, crossPost: 15, oneShoulder: 0 } }));
    expect(r.problems).toEqual([]);
    expect(r.reply).toContain('“l0”按“10”');
  });

  it('reads a run of look-alikes alone before a unit, and a date written with them', async () => {
    expect((await shiqiao('石桥镇一肩挑ll人', records({ 石桥镇: { oneShoulder: 11 } }))).problems).toEqual([]);
    expect((await shiqiao('石桥镇ll月2O号党组织完成5个', records({ '石桥镇 2026-11-20': { partyDone: 5 } }))).problems).toEqual([]);
  });

  it('reads a lone look-alike where a figure goes (a line pasted from a picture ends with it) — it had been dropped and the rest stored', async () => {
    const r = await shiqiao('石桥镇进度表\n党组织已完成 9\n村委会已完成 l', records({ 石桥镇: { partyDone: 9, committeeDone: 1 } }));
    expect(r.problems).toEqual([]);
    expect(r.reply).toContain('“l”按“1”');
    expect((await shiqiao('石桥镇 党组织：I，村委会：O。', records({ 石桥镇: { partyDone: 1, committeeDone: 0 } }))).problems).toEqual([]);
  });

  it('leaves a letter inside words alone: a plan named by a letter is no figure', async () => {
    expect((await shiqiao('石桥镇党组织完成9个，按方案I执行', records({ 石桥镇: { partyDone: 9 } }))).problems).toEqual([]);
  });

  it('leaves latin words alone: typed pinyin and OK are no figures', async () => {
    expect((await shiqiao('石桥镇 yijiantiao5人 OK', records({ 石桥镇: { oneShoulder: 5 } }))).problems).toEqual([]);
  });
});

describe('a template line said the same as yesterday', () => {
  const hexi = reportRunner('official-numerals', 'wecom:hexi_wang', '2026-11-23T19:50:00+08:00');
  it('writes 同昨日 as the figure on record — it is no village named as done (it had stored yesterday plus one)', async () => {
    const text = '河西乡 11月23日\n1.党组织换届完成 同昨日\n2.村(居)委会换届完成 6 个\n3.村(居)务监督委员会推选完成 5 个';
    const before = [{ township: '河西乡', date: '2026-11-22', figures: { partyDone: 6, committeeDone: 4, supervisionDone: 3 } }];
    const r = await hexi(text, records({ 河西乡: { committeeDone: 6, supervisionDone: 5, partyDone: 6 } }), { before });
    expect(r.problems).toEqual([]);
  });
});
