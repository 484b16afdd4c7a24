import { describe, expect, it } from 'vitest';
import { parseDateArg } from '../../src/bulletins/dates.js';
import { change, percent } from '../../src/bulletins/render.js';

const TODAY = '2026-11-22';

describe('parseDateArg (补发通报 / 预览通报 / 排名)', () => {
  it.each([
    ['', '2026-11-22'],
    ['今天', '2026-11-22'],
    ['昨天', '2026-11-21'],
    ['前天', '2026-11-20'],
    ['11月21日', '2026-11-21'],
    ['11月21号', '2026-11-21'],
    ['11.21', '2026-11-21'],
    ['11/21', '2026-11-21'],
    ['11-1', '2026-11-01'],
    ['21日', '2026-11-21'],
    ['2026-11-02', '2026-11-02'],
    ['2025年12月30日', '2025-12-30'],
    ['1月30日', '2026-01-30'], // no year, more than 62 days ahead: the latest one so far
    ['3.1', '2026-03-01'],
    ['11月22日', '2026-11-22'],
    ['5日', '2026-11-05'], // the 5th is 13 days ahead: this month's
    ['3日', '2026-11-03'],
    ['11月21日的通报', '2026-11-21'],
  ])('%s → %s', (arg, date) => {
    expect(parseDateArg(arg, TODAY)).toEqual({ date });
  });

  it('crosses the year backwards for a day number early in January', () => {
    expect(parseDateArg('28日', '2027-01-03')).toEqual({ date: '2026-12-28' });
  });

  it.each(['上个月', '11月32日', '2月30日', '13/1', 'abc', '2026-11-22-1'])('refuses %s as not a date', (arg) => {
    expect(parseDateArg(arg, TODAY)).toEqual({ error: 'invalid' });
  });

  it('refuses a future date with a full year', () => {
    expect(parseDateArg('2026-11-23', TODAY)).toEqual({ error: 'future', date: '2026-11-23' });
  });

  // An admin typing a date just ahead means this year's coming day, not last year's.
  it.each([
    ['11月23日', '2026-11-23'],
    ['11.23', '2026-11-23'],
    ['11/23', '2026-11-23'],
    ['12月25日', '2026-12-25'],
    ['1月23日', '2027-01-23'], // 62 days ahead: still the coming one
    ['明天', '2026-11-23'],
    ['23日', '2026-11-23'],
    ['25日', '2026-11-25'],
    ['2日', '2026-12-02'], // 10 days ahead, in the next month
  ])('refuses %s as not yet come (%s)', (arg, date) => {
    expect(parseDateArg(arg, TODAY)).toEqual({ error: 'future', date });
  });

  it('reads a year-less date beyond the window as the previous one', () => {
    expect(parseDateArg('1月24日', TODAY)).toEqual({ date: '2026-01-24' }); // 63 days ahead
    expect(parseDateArg('3日', TODAY)).toEqual({ date: '2026-11-03' }); // 11 days ahead in December
    expect(parseDateArg('30日', '2026-11-15')).toEqual({ date: '2026-10-30' }); // 15 days ahead
  });

  it('looks across the new year both ways', () => {
    expect(parseDateArg('1月5日', '2026-12-20')).toEqual({ error: 'future', date: '2027-01-05' });
    expect(parseDateArg('12月31日', '2027-01-02')).toEqual({ date: '2026-12-31' });
    expect(parseDateArg('2日', '2026-12-28')).toEqual({ error: 'future', date: '2027-01-02' });
  });
});

describe('display helpers', () => {
  it('shows rates with at most one decimal', () => {
    expect([0, 1, 0.5, 11 / 12, 2 / 3, 0.99951].map(percent)).toEqual(['0', '100', '50', '91.7', '66.7', '100']);
  });

  it('splits a change into a gain or a drop, nothing for none', () => {
    expect(change(3)).toEqual({ inc: '+3', dec: '' });
    expect(change(-1)).toEqual({ inc: '', dec: '-1' });
    expect(change(0)).toEqual({ inc: '', dec: '' });
    expect(change(undefined)).toEqual({ inc: '', dec: '' });
  });
});
