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
    ['12月25日', '2025-12-25'], // no year: the latest 12-25 not after today
    ['25日', '2026-10-25'], // the 25th has not come this month: last month's
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
