import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate, localDate, localTime, zonedInstant } from '../src/time.js';

describe('county time', () => {
  it('judges the date in the county timezone, not UTC', () => {
    const lateEvening = new Date('2026-11-21T16:30:00Z'); // 00:30 on the 22nd in Shanghai
    expect(localDate(lateEvening, 'Asia/Shanghai')).toBe('2026-11-22');
    expect(localDate(lateEvening, 'UTC')).toBe('2026-11-21');
    expect(localTime(lateEvening, 'Asia/Shanghai')).toBe('00:30');
  });

  it('reads instants one after another exactly, across a midnight and between timezones', () => {
    const before = new Date('2026-11-21T15:59:59.999Z');
    const after = new Date('2026-11-21T16:00:00.000Z');
    expect([before, before, after, after, before].map((at) => localDate(at, 'Asia/Shanghai'))).toEqual(['2026-11-21', '2026-11-21', '2026-11-22', '2026-11-22', '2026-11-21']);
    expect([localTime(after, 'Asia/Shanghai'), localTime(after, 'UTC'), localTime(after, 'Asia/Shanghai')]).toEqual(['00:00', '16:00', '00:00']);
    expect(() => localDate(new Date(NaN), 'Asia/Shanghai')).toThrow(RangeError);
  });

  it('finds the instant of a local wall-clock time', () => {
    expect(zonedInstant('2026-11-22', '21:00', 'Asia/Shanghai').toISOString()).toBe('2026-11-22T13:00:00.000Z');
    expect(zonedInstant('2026-07-01', '09:30', 'Europe/Berlin').toISOString()).toBe('2026-07-01T07:30:00.000Z');
  });

  it('does calendar arithmetic and validates dates', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect([isIsoDate('2026-02-28'), isIsoDate('2026-02-30'), isIsoDate('2026-2-3')]).toEqual([true, false, false]);
  });
});
