// Forms found in the week-2 exploratory test (qa-findings 7, 8, 10): spoken decimals with 点, keycap
// list numbers, and refusals that must only talk about what the sender typed. Whole messages go
// through the report skill, as in the eval fixtures.
import { describe, expect, it } from 'vitest';
import { parseAnyNumber, parsePointDecimal } from '../../src/numerals.js';
import { createHarness, type ReportCase } from './eval-runner.js';

const h = createHarness();
type Before = ReportCase['before'];

function send(text: string, from: string, expect: ReportCase['expect'], before: Before = []) {
  return h.run({ text, from, at: '2026-11-20T13:00:00+08:00', file: 'phone-forms', index: 0, before, expect });
}

describe('decimals written with 点', () => {
  it.each([
    ['四十五', '五', 45.5],
    ['三十八', '二', 38.2],
    ['四十五', '五五', 45.55],
    ['45', '5', 45.5],
    ['零', '五', 0.5],
  ])('reads %s点%s as %d', (whole, fraction, n) => {
    expect(parsePointDecimal(whole, fraction)).toBe(n);
    expect(parseAnyNumber(`${whole}点${fraction}`)).toBe(n);
  });

  it.each([['七八', '五'], ['四十五', '两'], ['四十五', '']])('does not read %s点%s', (whole, fraction) => {
    expect(parsePointDecimal(whole, fraction)).toBeNull();
  });

  it('records 平均年龄四十五点五岁 as 45.5, never as 5岁', async () => {
    const text = '杨家岭乡 党组织完成7个 村委完成7个 平均年龄四十五点五岁';
    const r = await send(text, 'wecom:yangjialing_chen', { records: { 杨家岭乡: { partyDone: 7, committeeDone: 7, avgAge: 45.5 } }, warnings: [] });
    expect(r.problems).toEqual([]);
    expect(r.reply).toContain('45.5岁');
  });

  it.each([
    ['河西乡平均年龄三十八点二岁', 38.2],
    ['河西乡平均年龄45点5岁', 45.5],
    ['河西乡平均年龄四十五点五', 45.5],
  ])('records %s', async (text, age) => {
    const r = await send(text, 'wecom:hexi_wang', { records: { 河西乡: { avgAge: age } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('reads 百分之三十七点五 as 37.5%: 3 of 马坊乡 8', async () => {
    const r = await send('马坊乡党组织百分之三十七点五', 'dingtalk:mafang_zheng', { records: { 马坊乡: { partyDone: 3 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('refuses 百分之七十五点五 of 12 as inexact, quoting the whole percentage', async () => {
    const r = await send('河西乡党组织百分之七十五点五', 'wecom:hexi_wang', { refuse: 'percent-inexact', mention: ['百分之七十五点五'], avoid: [] });
    expect(r.problems).toEqual([]);
  });

  it('quotes a form it cannot read as typed, and never re-reads the digits after 点 as a figure', async () => {
    for (const raw of ['七八点五岁', '四十五点两岁']) {
      const r = await send(`河西乡党组织11个 平均年龄${raw}`, 'wecom:hexi_wang', { refuse: 'vague', mention: [raw], avoid: ['5岁', '平均年龄'] });
      expect(r.problems).toEqual([]);
    }
  });

  it('a count with 点 is not an integer, and the reply quotes it as typed', async () => {
    const r = await send('河西乡党组织四十五点五个', 'wecom:hexi_wang', { refuse: 'not-integer', mention: ['四十五点五个'], avoid: [] });
    expect(r.problems).toEqual([]);
  });

  it('clock times with 点 are not figures', async () => {
    for (const text of ['河西乡截至下午5点30党组织11个', '河西乡三点五十分统计党组织11个', '河西乡今天三点五十统计 党组织11个']) {
      const r = await send(text, 'wecom:hexi_wang', { records: { 河西乡: { partyDone: 11 } }, warnings: [] });
      expect(r.problems, text).toEqual([]);
    }
  });
});

describe('keycap list numbers', () => {
  const before: Before = [{ township: '河西乡', date: '2026-11-19', figures: { partyDone: 11, committeeDone: 8, supervisionDone: 4, oneShoulder: 6 } }];
  const want = { 河西乡: { partyDone: 12, committeeDone: 11, supervisionDone: 7 } };

  it.each([
    ['with U+FE0F', '河西乡1️⃣党组织12 2️⃣村委会11 3️⃣监委会7'],
    ['without U+FE0F', '河西乡1\u20e3党组织12 2\u20e3村委会11 3\u20e3监委会7'],
    ['one per line, up to 🔟', '河西乡\n1️⃣党组织换届完成12个\n2️⃣村委会11个\n🔟监委会7个'],
  ])('are list markers, not figures (%s)', async (_, text) => {
    const r = await send(text, 'wecom:hexi_wang', { records: want, warnings: [] }, before);
    expect(r.problems).toEqual([]);
  });

  it('spell a number when written straight before a unit', async () => {
    const r = await send('河西乡党组织1️⃣2️⃣个 村委会1⃣1⃣个 监委会7个', 'wecom:hexi_wang', { records: want, warnings: [] }, before);
    expect(r.problems).toEqual([]);
  });
});

describe('checks between two figures', () => {
  const shiqiao: Before = [{ township: '石桥镇', date: '2026-11-19', figures: { partyDone: 8, committeeDone: 7, oneShoulder: 5 } }];

  it('say nothing about 一肩挑 when the 村委会 figure it would be compared with is itself refused', async () => {
    // Figures below what is on record, but not so far below that they must be the day's new ones.
    const text = '石桥镇今天完成了七个村的党组织换届 村委会完成了六个';
    const r = await send(text, 'wecom:shiqiao_sun', { refuse: 'decrease', mention: ['党组织换届7个', '村(居)委会换届6个'], avoid: ['一肩挑'] }, shiqiao);
    expect(r.problems).toEqual([]);
  });

  it('still refuse 一肩挑 above a 村委会 figure the message gives and does not refuse', async () => {
    const before: Before = [{ township: '河西乡', date: '2026-11-19', figures: { committeeDone: 0, oneShoulder: 5 } }];
    const r = await send('河西乡村委会1个', 'wecom:hexi_wang', { refuse: 'one-shoulder-over', mention: ['一肩挑5人'], avoid: [] }, before);
    expect(r.problems).toEqual([]);
  });

  it('check a typed 一肩挑 against the due count when the 村委会 figure is refused', async () => {
    const r = await send('河西乡：党组织换届完成9个，一肩挑15人，村委会13个', 'wecom:hexi_wang', { refuse: 'over-due', mention: ['一肩挑"15人超过了应换届数12个'], avoid: ['超过了村(居)委会换届完成数'] });
    expect(r.problems).toEqual([]);
  });

  it('say nothing about 不合格 against a 审查 figure that is not an integer', async () => {
    const r = await send('河西乡资格审查10.5人 不合格12人', 'wecom:hexi_wang', { refuse: 'not-integer', mention: ['10.5人'], avoid: ['超过了'] });
    expect(r.problems).toEqual([]);
  });

  it('still refuse 不合格 above 审查 when both are readable', async () => {
    const r = await send('河西乡资格审查10人 不合格12人', 'wecom:hexi_wang', { refuse: 'disqualified-over', mention: ['12人'], avoid: [] });
    expect(r.problems).toEqual([]);
  });
});
