import { describe, expect, it } from 'vitest';
import { readDateArg, resolveDate } from '../../src/progress/dates.js';
import { formatNumber, isChineseDigitRun, parseAnyNumber, parseChineseNumber, toHalfWidth } from '../../src/numerals.js';
import { reportRunner } from './eval-runner.js';

describe('numerals', () => {
  it.each([
    ['零', 0], ['九', 9], ['两', 2], ['十', 10], ['十二', 12], ['二十', 20], ['二十三', 23], ['一百', 100],
    ['一百零五', 105], ['一百二十三', 123], ['一百二', 120], ['两百', 200], ['二百零五', 205], ['一千零一', 1001],
  ])('reads %s as %i', (text, n) => {
    expect(parseChineseNumber(text)).toBe(n);
  });

  it.each(['七八', '三四', '十十', '百十百', '', '个'])('does not read %j as one number', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });

  it('tells digit runs (a vague range) from numbers', () => {
    expect(isChineseDigitRun('七八')).toBe(true);
    expect(isChineseDigitRun('十八')).toBe(false);
    expect(isChineseDigitRun('八')).toBe(false);
  });

  it('folds full-width digits and punctuation', () => {
    expect(toHalfWidth('１２／１４，７５％（共８个）：')).toBe('12/14,75%(共8个):');
    expect(parseAnyNumber('１２')).toBe(12);
    expect(parseAnyNumber('十二')).toBe(12);
    expect(parseAnyNumber('abc')).toBeNull();
  });

  it('formats without trailing zeros', () => {
    expect(formatNumber(100)).toBe('100');
    expect(formatNumber(91.66666)).toBe('91.7');
    expect(formatNumber(45.55, 2)).toBe('45.55');
  });
});

describe('dates against the message date', () => {
  const today = '2026-11-22';
  it.each([
    [{ kind: 'relative', days: 0 }, '2026-11-22'],
    [{ kind: 'relative', days: -1 }, '2026-11-21'],
    [{ kind: 'relative', days: -2 }, '2026-11-20'],
    [{ kind: 'monthDay', month: 11, day: 20 }, '2026-11-20'],
    [{ kind: 'day', day: 21 }, '2026-11-21'],
    [{ kind: 'day', day: 5 }, '2026-11-05'],
    [{ kind: 'full', year: 2026, month: 11, day: 1 }, '2026-11-01'],
  ] as const)('resolves %j to %s', (spec, date) => {
    expect(resolveDate(spec, today)).toEqual({ ok: true, date });
  });

  it('refuses future dates and dates that do not exist', () => {
    expect(resolveDate({ kind: 'relative', days: 1 }, today)).toEqual({ ok: false, reason: 'future-date', date: '2026-11-23' });
    expect(resolveDate({ kind: 'monthDay', month: 11, day: 25 }, today)).toEqual({ ok: false, reason: 'future-date', date: '2026-11-25' });
    expect(resolveDate({ kind: 'day', day: 24 }, today)).toEqual({ ok: false, reason: 'future-date', date: '2026-11-24' });
    expect(resolveDate({ kind: 'day', day: 32 }, today)).toEqual({ ok: false, reason: 'invalid-date' });
    expect(resolveDate({ kind: 'day', day: 30 }, today)).toEqual({ ok: false, reason: 'future-date', date: '2026-11-30' });
    expect(resolveDate({ kind: 'monthDay', month: 11, day: 31 }, today)).toEqual({ ok: false, reason: 'invalid-date' });
    expect(resolveDate({ kind: 'monthDay', month: 2, day: 30 }, today)).toEqual({ ok: false, reason: 'invalid-date' });
    expect(resolveDate({ kind: 'full', year: 2026, month: 13, day: 1 }, today)).toEqual({ ok: false, reason: 'invalid-date' });
  });

  it('takes the nearest year across New Year and the nearest month across a month end', () => {
    expect(resolveDate({ kind: 'monthDay', month: 12, day: 31 }, '2027-01-02')).toEqual({ ok: true, date: '2026-12-31' });
    expect(resolveDate({ kind: 'day', day: 31 }, '2026-12-01')).toEqual({ ok: true, date: '2026-10-31' });
    expect(resolveDate({ kind: 'day', day: 30 }, '2026-12-01')).toEqual({ ok: true, date: '2026-11-30' });
  });

  it('reads command date arguments', () => {
    expect(readDateArg('昨天', today)).toEqual({ ok: true, date: '2026-11-21' });
    expect(readDateArg('11月20日', today)).toEqual({ ok: true, date: '2026-11-20' });
    expect(readDateArg('11.20', today)).toEqual({ ok: true, date: '2026-11-20' });
    expect(readDateArg('2026-11-19', today)).toEqual({ ok: true, date: '2026-11-19' });
    expect(readDateArg('明天', today)).toMatchObject({ ok: false, reason: 'future-date' });
    expect(readDateArg('城关镇', today)).toBeNull();
  });

  it('reads weekdays against Monday-to-Sunday weeks, and refuses a week or month that names no day', () => {
    const monday = '2026-11-23';
    expect(readDateArg('周五', monday)).toEqual({ ok: true, date: '2026-11-20' });
    expect(readDateArg('周一', monday)).toEqual({ ok: true, date: '2026-11-23' });
    expect(readDateArg('上周一', monday)).toEqual({ ok: true, date: '2026-11-16' });
    expect(readDateArg('上周日', '2026-11-29')).toEqual({ ok: true, date: '2026-11-22' });
    expect(readDateArg('星期日', '2026-11-29')).toEqual({ ok: true, date: '2026-11-29' });
    expect(readDateArg('本周三', monday)).toEqual({ ok: false, reason: 'future-date', date: '2026-11-25' });
    expect(readDateArg('大前天', monday)).toEqual({ ok: true, date: '2026-11-20' });
    expect(readDateArg('上周', monday)).toEqual({ ok: false, reason: 'unclear-date' });
  });

  it('refuses some day of the last few, which one not said', () => {
    for (const words of ['前几天', '前两天', '前些天', '那几天']) expect(readDateArg(words, '2026-11-23')).toEqual({ ok: false, reason: 'unclear-date' });
    expect(readDateArg('两天前', '2026-11-23')).toEqual({ ok: true, date: '2026-11-21' });
  });
});

describe('a span of days inside one month', () => {
  const hexi = reportRunner('numerals-dates', 'wecom:hexi_wang', '2026-11-03T20:00:00+08:00');
  it("gives the span's last day the first day's month (11月10日—20日 is not 20 October)", async () => {
    const text = '河西乡换届时间安排：11月10日—20日资格联审，11月下旬党组织换届。目前已收到报名材料41份，联审0人。';
    expect((await hexi(text, { records: { 河西乡: { reviewed: 0 } }, warnings: [] })).problems).toEqual([]);
  });
});

describe('a day of ten or more said aloud with 日', () => {
  const run = reportRunner('numerals-dates', 'wecom:chengguan_li', '2026-11-23T20:00:00+08:00');
  it('dates the figures after 补报十七日的 to the 17th, and today’s after 今日 to today', async () => {
    const text = '城关镇 补报十七日的:党组织完成八个。今日党组织完成十一个';
    const r = await run(text, { records: { '城关镇 2026-11-17': { partyDone: 8 }, 城关镇: { partyDone: 11 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });

  it('reads 十日内 as a span, no day', async () => {
    const r = await run('城关镇党组织完成11个，剩下的十日内完成', { records: { 城关镇: { partyDone: 11 } }, warnings: [] });
    expect(r.problems).toEqual([]);
  });
});
