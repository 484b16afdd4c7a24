// Figures that are not yet what they will be: one part of a body told with the other's still to come, a figure
// reported "for now", and villages named as the day's new ones beside a total they must agree with.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('parts-to-come', 'wecom:shiqiao_sun', '2026-11-26T20:00:00+08:00');

describe('figures not yet final', () => {
  it('refuses one part of a body when the other part is still to come', async () => {
    const r = await run('石桥镇社区居委会完成3个，村委会的数还没汇总上来，明天一起报', { refuse: 'missing-figure', mention: ['村委会'], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  it('still reads the other part said to have none done (还没开始)', async () => {
    const r = await run('石桥镇社区居委会完成3个，村委会还没开始', { records: { 石桥镇: { committeeDone: 3 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('refuses a figure reported for now (先按3个报)', async () => {
    const r = await run('石桥镇村委会两个村选完了，还有个村在唱票，先按3个报', { refuse: 'unverified', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
    expect(r.problems).toEqual([]);
  });

  it('checks villages named as the day\'s new ones against the total, whatever their first character (上柳村)', async () => {
    const before = [{ township: '石桥镇', date: '2026-11-25', figures: { supervisionDone: 4 } }];
    const r = await run('石桥镇今天又完成上庄村、下营村监委会推选，累计完成5个', { refuse: 'conflict', mention: [], avoid: [] }, { before });
    expect(stored(r.problems)).toEqual([]);
    expect(r.problems).toEqual([]);
  });
});

describe('a table of the day\'s new ones beside the running total', () => {
  it('checks the new ones against the total and the record, refusing when they disagree', async () => {
    const before = [{ township: '石桥镇', date: '2026-11-25', figures: { partyDone: 12 } }];
    const r = await run('石桥镇\n\t今日新增\t累计\n党组织\t1\t14', { refuse: 'conflict', mention: [], avoid: [] }, { before });
    expect(stored(r.problems)).toEqual([]);
  });

  it('stores the total when they agree', async () => {
    const before = [{ township: '石桥镇', date: '2026-11-25', figures: { partyDone: 12 } }];
    const r = await run('石桥镇\n\t今日新增\t累计\n党组织\t2\t14', { records: { 石桥镇: { partyDone: 14 } }, warnings: [] }, { before });
    expect(r.problems).toEqual([]);
  });
});
