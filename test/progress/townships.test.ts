import { describe, expect, it } from 'vitest';
import { TownshipMatcher } from '../../src/progress/townships.js';

const m = new TownshipMatcher([
  { name: '城关镇', aliases: ['城关'], due: 18 },
  { name: '河西乡', aliases: [], due: 12 },
  { name: '河东镇', aliases: ['河东'], due: 15 },
  { name: '新华街道', aliases: [], due: 6 },
  { name: '石桥镇', aliases: [], due: 14 },
]);

describe('township names', () => {
  it('matches full names, aliases and names without 乡/镇/街道, longest first', () => {
    expect(m.matchAt('城关镇党组织', 0)).toEqual({ name: '城关镇', length: 3 });
    expect(m.matchAt('城关党组织', 0)).toEqual({ name: '城关镇', length: 2 });
    expect(m.matchAt('河西党组织', 0)).toEqual({ name: '河西乡', length: 2 });
    expect(m.matchAt('新华街道', 0)).toEqual({ name: '新华街道', length: 4 });
    expect(m.matchAt('新华街办', 0)).toEqual({ name: '新华街道', length: 2 });
  });

  it('does not take a village or street with the same stem for the township', () => {
    expect(m.matchAt('石桥村完成换届', 0)).toBeNull();
    expect(m.matchAt('新华社区', 0)).toBeNull();
    expect(m.matchAt('新华路', 0)).toBeNull();
    expect(m.matchAt('石桥镇', 0)).toEqual({ name: '石桥镇', length: 3 });
  });

  it('spots township-shaped names that are not in the county file', () => {
    expect(m.candidateAt('东山镇：党组织9个', 0)).toEqual({ raw: '东山镇', length: 3 });
    expect(m.candidateAt('杨家坪乡党组织', 0)).toEqual({ raw: '杨家坪乡', length: 4 });
    expect(m.candidateAt('各乡镇党组织', 0)).toBeNull();
    expect(m.candidateAt('全镇党组织', 0)).toBeNull();
    expect(m.candidateAt('青山县河西乡', 0)).toBeNull();
  });

  it('suggests close names, none when nothing is close', () => {
    expect(m.suggest('河溪乡')).toEqual(['河西乡', '河东镇']);
    expect(m.suggest('城官镇')).toEqual(['城关镇']);
    expect(m.suggest('北山乡')).toEqual([]);
  });

  it('resolves command and API arguments', () => {
    expect(m.resolve('城关')).toBe('城关镇');
    expect(m.resolve(' 河西 ')).toBe('河西乡');
    expect(m.resolve('东山镇')).toBeNull();
    expect(m.due('河西乡')).toBe(12);
  });
});

describe('shapes that end like a township', () => {
  it('are no township when a word such as 是 or 在 stands inside them', async () => {
    const { reportRunner } = await import('./eval-runner.js');
    const run = reportRunner('townships', 'wecom:longquan_feng', '2026-11-20T20:00:00+08:00');
    const text = '以下是镇联审小组报上来的\n冯凯 18:50\n龙泉镇资格联审:共审查村两委初步人选142人';
    expect((await run(text, { records: { 龙泉镇: { reviewed: 142 } }, warnings: [] })).problems).toEqual([]);
  });

  it('are no township when a time of day comes before 街道/乡/镇 (上午街道纪工委)', async () => {
    const { reportRunner } = await import('./eval-runner.js');
    const run = reportRunner('townships', 'dingtalk:dongcheng_wei', '2026-11-28T20:00:00+08:00');
    const text = '今天东城街道资格联审结束，上午街道纪工委和派出所一起把名单过了一遍，累计审查34人，有2人取消资格。';
    expect((await run(text, { records: { 东城街道: { reviewed: 34, disqualified: 2 } }, warnings: [] })).problems).toEqual([]);
  });
});
