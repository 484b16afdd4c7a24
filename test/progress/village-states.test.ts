// A roll call told in sentences (tuning writer R68's angle, and R63's): each village said done is one more for
// each body said done with it; a clause that says not yet counts nothing; a body or a verb alone after a village's
// clause is that village's; "一肩挑" said of the villages just named is one more each.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('village-states', 'wecom:liulin_zhou', '2026-11-26T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });
const onRecord = (figures: Record<string, number>, date = '2026-11-25') => ({ before: [{ township: '柳林乡', date, figures }] });

describe('villages told one after another', () => {
  it.each([
    ['今天枣园村支部选完了，梨树坪村支部也选完了。北坡村支部投了票，书记没选出来。', { partyDone: 3 }, { partyDone: 5 }],
    ['枣园村支部、村委、监委都选完了；梨树坪村村委选了，监委还没，定在后天。', { partyDone: 3, committeeDone: 2, supervisionDone: 1 }, { partyDone: 4, committeeDone: 4, supervisionDone: 2 }],
    ['枣园村两委选完，梨树坪村村委选完，北坡村支部选完。', { partyDone: 3, committeeDone: 2 }, { partyDone: 5, committeeDone: 4 }],
    ['枣园村党委、村委会今天同一天选的，都完成了。', { partyDone: 3, committeeDone: 2 }, { partyDone: 4, committeeDone: 3 }],
    ['枣园村村委选完了、监委也推选完了，梨树坪村监委推选完了。', { committeeDone: 2, supervisionDone: 1 }, { committeeDone: 3, supervisionDone: 3 }],
    ['北坡社区选了居委会，南坡社区也选了居委会；枣园村支部、村委一天都选了', { partyDone: 6, committeeDone: 2 }, { partyDone: 7, committeeDone: 5 }],
    // 一肩挑 said of the villages just named; not of one named alone (石门是一肩挑 is named-rest.ts's note).
    ['枣园村支部、村委都选完了，书记主任一肩挑；梨树坪村村委也选完了，也是一肩挑。', { partyDone: 3, committeeDone: 2, oneShoulder: 1 }, { partyDone: 4, committeeDone: 4, oneShoulder: 3 }],
    // The total said after them is checked against them.
    ['枣园村支部选完了，梨树坪村支部也选完了，全乡支部现在5个。', { partyDone: 3 }, { partyDone: 5 }],
  ])('%s', async (text, before, figures) => {
    expect((await run(text, records({ 柳林乡: figures }), onRecord(before))).problems).toEqual([]);
  });

  it('files each day’s villages under that day', async () => {
    const r = await run('两天一起报：昨天（25号）枣园村支部选完了。今天梨树坪村支部、村委都选完了，监委还没。', records({ '柳林乡 2026-11-25': { partyDone: 4 }, 柳林乡: { partyDone: 5, committeeDone: 3 } }), {
      before: [{ township: '柳林乡', date: '2026-11-24', figures: { partyDone: 3, committeeDone: 2 } }],
    });
    expect(r.problems).toEqual([]);
  });

  it('refuses a total that the villages do not add up to, and stores nothing', async () => {
    const r = await run('枣园村支部选完了，梨树坪村支部也选完了，全乡支部现在9个。', { refuse: 'conflict', mention: [], avoid: [] }, onRecord({ partyDone: 3 }));
    expect(stored(r.problems)).toEqual([]);
  });
});

describe('villages listed as all done so far', () => {
  it.each([
    ['柳林乡村委会选举已完成:柏树庄、杨庄、马家河', { committeeDone: 3 }],
    ['柳林乡村委会选举完成情况:王家坪村、杨家岭村、后沟村、庙湾村。其余三个村定于28号选。', { committeeDone: 4 }],
    ['柳林乡目前已完成党组织换届的村(社区):北关村、南关村、西关社区、东关社区、城南村、小营村', { partyDone: 6 }],
    ['柳林乡截至今晚:党组织完成6个;村委会完成北关村、南关村2个。', { partyDone: 6, committeeDone: 2 }],
  ])('%s records the villages listed as the running total', async (text, figures) => {
    expect((await run(text, records({ 柳林乡: figures }), onRecord({ partyDone: 5, committeeDone: 1 }))).problems).toEqual([]);
  });

  it('still reads villages listed with a word of today as the day\'s new ones', async () => {
    expect((await run('柳林乡村委会今天已完成:柏树庄、杨庄', records({ 柳林乡: { committeeDone: 3 } }), onRecord({ committeeDone: 1 }))).problems).toEqual([]);
  });
});

describe('villages named with the verb before the body', () => {
  it('counts them as the day\'s new ones, checked against a total said too', async () => {
    expect((await run('柳林乡今天建设路村、人民路村完成村委会选举', records({ 柳林乡: { committeeDone: 5 } }), onRecord({ partyDone: 6, committeeDone: 3 }))).problems).toEqual([]);
    expect((await run('柳林今天完成沙湾村、新庄村村委会选举,累计完成6个', { refuse: 'conflict', mention: [], avoid: [] }, onRecord({ partyDone: 7, committeeDone: 3 }))).problems).toEqual([]);
  });

  it('leaves villages done over several days as written', async () => {
    const r = await run('这两天完成了石门口村、河湾村村委会选举', { ignore: true }, onRecord({ partyDone: 6, committeeDone: 3 }));
    expect(stored(r.problems)).toEqual([]);
  });
});
