// Outcomes told in the election's own words (tuning writer R69's angle): a body's members all elected is the body
// done, counted by villages; a count of villages before the verb and the body is the body's figure.
import { describe, expect, it } from 'vitest';
import { reportRunner } from './eval-runner.js';

const run = reportRunner('outcomes', 'wecom:liulin_zhou', '2026-11-26T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });
const onRecord = (figures: Record<string, number>) => ({ before: [{ township: '柳林乡', date: '2026-11-25', figures }] });

describe('outcomes in the election’s own words', () => {
  it.each([
    ['柳林乡监委会成员选齐了5个，交叉任职12人', { supervisionDone: 2 }, { supervisionDone: 5, crossPost: 12 }],
    ['柳林今天又有2个村选出了新一届支委班子', { partyDone: 4 }, { partyDone: 6 }],
    ['柳林乡村委会班子产生6个，监委会成员全部选齐的3个', { committeeDone: 4, supervisionDone: 2 }, { committeeDone: 6, supervisionDone: 3 }],
    ['柳林今天新增2个村监委会成员选齐', { supervisionDone: 4 }, { supervisionDone: 6 }],
    // 产生 is a verb of completion for villages named before the body.
    ['柳林今天枣园村、梨树坪村的村委会班子产生了', { committeeDone: 4 }, { committeeDone: 6 }],
    // 就 straight after the body, the sentence telling no condition: that body is now all done.
    ['沙河村主任选出来了，村委会就全部完成了', { committeeDone: 8 }, { committeeDone: 9 }],
    // All of every body's members elected is the body all done (柳林乡 has 9 villages due).
    ['柳林乡村委会9个都选完了，监委会成员也全部选齐。', { committeeDone: 8, supervisionDone: 7 }, { committeeDone: 9, supervisionDone: 9 }],
  ])('%s', async (text, before, figures) => {
    expect((await run(text, records({ 柳林乡: figures }), onRecord(before))).problems).toEqual([]);
  });

  it('still reads members counted as people as people', async () => {
    // 成员 with a count of people and no verb of completion: the members, not the body done.
    expect((await run('柳林乡两委成员中35岁以下的8人', records({ 柳林乡: { under35: 8 } }))).problems).toEqual([]);
  });
});

describe('the whole township qualifying the new members counted', () => {
  it.each([
    ['截至今天全乡新进两委的大专及以上学历的有15人', { college: 15 }],
    ['全乡新当选两委的女同志9个', { female: 9 }],
  ])('%s', async (text, figures) => {
    expect((await run(text, records({ 柳林乡: figures }))).problems).toEqual([]);
  });
});
