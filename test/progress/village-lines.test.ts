// Lines the villages reported, one village a line, above the township's own line (全镇累计：…, 汇总：…): notes on it,
// never the township's figures (R168: a liaison pasting what the village secretaries sent, then the township's line).
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('village-lines', 'wecom:chengguan_li', '2026-11-22T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });

describe('villages’ lines above the township’s own', () => {
  it.each([
    ['城关镇 11.22\n各村报来情况：\n东关村：今天下午村委会选举结束，主任由书记兼任\n北街村：资格审查报上来12人，都没问题\n\n全镇累计：党组织完成18个，村委会11个，资格联审共审查216人', { partyDone: 18, committeeDone: 11, reviewed: 216 }],
    ['城关镇今日汇总：\n东关村 党支部换届已完成，书记主任一肩挑\n西关村 党支部、村委会均已完成，一肩挑\n——————\n全镇合计：党组织完成16个，村委会完成9个，一肩挑7人', { partyDone: 16, committeeDone: 9, oneShoulder: 7 }],
    ['转发各村报的：\n【东关村 李书记】村委会今天上午选完了\n【南街村】监委会3个人已经选出来了\n\n汇总：城关镇村委会累计完成12个，监委会9个', { committeeDone: 12, supervisionDone: 9 }],
    ['城关镇交叉任职情况：\n东关村3人 西关村2人 南街村1人\n全镇交叉任职共14人', { crossPost: 14 }],
  ])('%s stores the township’s line alone', async (text, figures) => {
    expect((await run(text, records({ 城关镇: figures }))).problems).toEqual([]);
  });

  it('still reads a heading naming the township’s villages (城关镇各村…) as the township’s', async () => {
    const r = await run('城关镇各村新班子情况：\n东关村 女性2人\n全镇两委成员中女性23人，35岁以下19人', records({ 城关镇: { female: 23, under35: 19 } }));
    expect(r.problems).toEqual([]);
  });

  it('leaves villages’ lines alone with no township line after them', async () => {
    const r = await run('城关镇\n东关村：资格审查报上来12人\n西关村：资格审查报上来9人', { refuse: 'conflict', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('the township’s whole named before the members’ make-up', () => {
  it.each([
    ['城关镇：全镇新一届两委成员平均年龄43.1岁，35岁以下11人', { avgAge: 43.1, under35: 11 }],
    ['城关镇：全镇新当选两委成员中女性14名，35岁以下9名', { female: 14, under35: 9 }],
  ])('%s is the township’s figure, no due count waiting', async (text, figures) => {
    expect((await run(text, records({ 城关镇: figures }))).problems).toEqual([]);
  });
});

describe('all done on a line headed by one village or community', () => {
  it('never reads it as the township all done (1.东关社区：党委、居委会、监委会全部完成)', async () => {
    const r = await run('城关镇各社区进度：\n1.东关社区：党委、居委会、监委会全部完成\n2.东兴社区：党支部、居委会完成，监委会明天推选\n3.城东社区：党支部完成', { refuse: 'vague', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });

  it('asks which figures when that is all the message says', async () => {
    const r = await run('城关镇北关村：党支部、村委会、监委会全部完成', { refuse: 'vague', mention: ['北关村'], avoid: [] });
    expect(r.problems).toEqual([]);
  });

  it('sets it aside beside the township’s own figures', async () => {
    const r = await run('北关村：党支部、村委会全部完成\n城关镇党组织完成12个，村委会完成9个', { records: { 城关镇: { partyDone: 12, committeeDone: 9 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('a count done after the whole township named', () => {
  it('is no due count: 全镇累计完成9个 asks which body, storing nothing', async () => {
    const r = await run('城关镇今天沙河村、沙岗村选完了，全镇累计完成9个。', { refuse: 'missing-indicator', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('villages named done, with no figure at all', () => {
  it('answers with how to write the count, storing nothing', async () => {
    const r = await run('城关今天南关村、五里墩村村委会和城南社区居委会选举完成，明天计划选西关村、北关村。', { refuse: 'villages-uncounted', mention: ['南关村、五里墩村、城南社区'], avoid: [] });
    expect(r.problems).toEqual([]);
  });

  it('leaves a question naming a village to the other skills', async () => {
    const r = await run('南关村的村委会选完了吗？', { ignore: true });
    expect(r.problems).toEqual([]);
  });
});
