// A township 组织委员's formal numbered report: a bracket of 截至 a day holds the date note and an aside after it, and
// 不变 says a count is as on record. (A body's parts with their 合计 read as one figure already; kept as a guard.)
import { describe, expect, it } from 'vitest';
import { reportRunner } from './eval-runner.js';

const run = reportRunner('formal-reports', 'wecom:chengguan_li', '2026-11-23T20:00:00+08:00');

describe('a formal numbered report', () => {
  it('reads 截至 a day in a bracket as the date, the reason after it as an aside', async () => {
    const text = '城关镇11月22日进度(截至22日24时;因2个村村委会选举计票至深夜,迟报,请谅解):\n一、党组织完成11个;\n二、村委会完成8个;';
    const r = await run(text, { records: { '城关镇 2026-11-22': { partyDone: 11, committeeDone: 8 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('reads the 合计 after a body’s parts as their sum, no due count', async () => {
    const text = '城关镇换届工作日报\n1.党组织:村党支部完成10个,社区党总支完成3个,合计13个;\n2.村(居)委会:村民委员会完成7个,居民委员会完成2个,合计9个;';
    const r = await run(text, { records: { 城关镇: { partyDone: 13, committeeDone: 9 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('still refuses a 合计 that is not the parts’ sum', async () => {
    const r = await run('城关镇党组织:村党支部完成10个,社区党总支完成3个,合计14个', { refuse: 'due-unclear', mention: [], avoid: [] });
    expect(r.problems.filter((p) => p.startsWith('accepted'))).toEqual([]);
  });

  it('writes a count said 不变 as on record', async () => {
    const before = { before: [{ township: '城关镇', date: '2026-11-22', figures: { partyDone: 15, committeeDone: 12 } }] };
    const r = await run('城关镇今天村委会又完成2个，党组织不变', { records: { 城关镇: { partyDone: 15, committeeDone: 14 } }, warnings: [] }, before);
    expect(r.problems).toEqual([]);
  });
});

describe('traits under 其中 after the members counted', () => {
  it('reads them as the township’s, though a cross-post count ended the line before', async () => {
    const text = '城关镇换届工作报告:\n三、"两委"交叉任职13人;\n四、新一届"两委"成员37名,其中35岁及以下6名,大专及以上学历12名,女性9名,平均年龄44.3岁。';
    const r = await run(text, { records: { 城关镇: { crossPost: 13, under35: 6, college: 12, female: 9, avgAge: 44.3 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('keeps traits under 其中 right after a head count of its own sentence a breakdown of it', async () => {
    const r = await run('城关镇交叉任职13人，其中女性2人', { records: { 城关镇: { crossPost: 13 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});

describe('villages counted in a clause of reason', () => {
  it('quotes them as a note beside the figures read (因2个村追加推荐人选)', async () => {
    const r = await run('城关镇资格联审补充情况:因2个村追加推荐人选,联审人数由63名增至70名,取消资格人数仍为2名。', { records: { 城关镇: { reviewed: 70, disqualified: 2 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('reads people counted before their reason as those refused, the rest passing (因为有1人…被认定为不合格)', async () => {
    // Set aside, the 1 would leave 其余60人都通过了 to store none disqualified; all passed is said of the rest only.
    const r = await run('城关镇资格联审一共联审了61人，因为有1人有拖欠集体资金的情况，所以被认定为不合格，其余60人都通过了。', { records: { 城关镇: { reviewed: 61, disqualified: 1 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});
