// 我乡, 本镇, 我们街道: the sender's own township named in words. Figures after it are the sender's, even when
// another township was named before it in a sentence of comparison; in a sentence of praise it names nothing
// reported; an admin relaying a liaison's words (“…我镇…”) means the one township the message names.
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const hexi = reportRunner('own-township', 'wecom:hexi_wang', '2026-11-26T20:00:00+08:00');
const admin = reportRunner('own-township', 'wecom:zzb_liu', '2026-11-26T20:00:00+08:00');

describe('the sender’s own township in words', () => {
  it.each([
    ['进度紧追城关镇。截至今日，我乡党组织换届完成9个，村委会完成7个', { partyDone: 9, committeeDone: 7 }],
    ['听说石桥镇那边已经全完了，本乡村委会完成8个', { committeeDone: 8 }],
    ['刚才误发到柳林群里了，重新报：党组织9个', { partyDone: 9 }],
    ['河西乡党组织完成9个，女性成员14名。这是我们乡的一个亮点', { partyDone: 9, female: 14 }],
    ['俺们乡有俩村合并了，支部已经完成9个', { partyDone: 9 }],
  ] as [string, Record<string, number>][])('%s', async (text, figures) => {
    const r = await hexi(text, { records: { 河西乡: figures }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('reads an admin relaying a township’s words as that township’s figures', async () => {
    const r = await admin('【转】白沙镇换届工作群：“截至今日，我镇党组织换届完成11个，村委会完成9个。”', { records: { 白沙镇: { partyDone: 11, committeeDone: 9 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('still refuses figures a liaison gives for another township', async () => {
    const r = await hexi('城关镇党组织完成15个，我乡完成9个', { refuse: 'not-your-township', mention: [], avoid: [] });
    expect(stored(r.problems)).toEqual([]);
  });
});
