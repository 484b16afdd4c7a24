// The console's pure parts: SVG charts, date checks, revision grouping, redirects, export cells.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeNext } from '../../src/http/console/access.js';
import { barChart, esc, lineChart, niceMax } from '../../src/http/console/charts.js';
import { isDate, roleOf, stamp, trendRange } from '../../src/http/console/data.js';
import { defuse, sortRecords, toCsv } from '../../src/http/console/export-files.js';
import { utcOffset } from '../../src/http/console/pages.js';
import { loadLabels } from '../../src/http/console/views.js';
import { personName } from '../../src/county.js';
import { parseCounty } from '../helpers/bot.js';
import { readFileSync } from 'node:fs';
import type { ProgressRecord } from '../../src/store/types.js';

const county = parseCounty(readFileSync('templates/county.example.yaml', 'utf8'));
const labels = loadLabels(join('templates', 'console'));

/** Widths of the data bars (legend swatches carry no data-value). */
const widths = (svg: string) => [...svg.matchAll(/width="([\d.]+)" height="\d+" data-value=/g)].map((m) => Number(m[1]));

describe('barChart', () => {
  it('draws one bar per value with widths proportional to the rate, clamped to 0..1', () => {
    const svg = barChart(
      [
        { label: 'A', values: [1, 0.5, 0] },
        { label: 'B', values: [0.25, 1.7, -1] },
      ],
      ['p', 'c', 's'],
      't',
    );
    const w = widths(svg);
    expect(w).toHaveLength(6);
    const full = w[0]!;
    expect(full).toBeGreaterThan(100);
    expect(w.map((x) => x / full)).toEqual([1, 0.5, 0, 0.25, 1, 0]);
    expect(svg).toContain('>50%<');
  });

  it('escapes names and shows the note instead of 0% labels for a silent row', () => {
    const svg = barChart([{ label: '<b>&"x', values: [null, null], muted: true, note: '未报送' }], ['a', 'b'], 'x');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&#60;b&#62;&#38;&#34;x');
    expect(svg).toContain('未报送');
    expect(svg).not.toContain('>0%</text><rect');
    expect(svg.match(/class="value"/g)).toBeNull();
  });

  it('draws an unknown value as "—" with no bar, and a reported 0 as 0%', () => {
    const svg = barChart([{ label: 'A', values: [0, null] }], ['a', 'b'], 'x');
    expect(svg.match(/data-value=/g)).toHaveLength(1);
    expect(svg).toContain('>0%</text>');
    expect(svg).toContain('class="value unknown"');
    expect(svg).toContain('>—</text>');
  });
});

describe('lineChart', () => {
  it('places points by calendar day and draws the target line', () => {
    const svg = lineChart(
      [
        { date: '2026-11-11', value: 5 },
        { date: '2026-11-01', value: 0 },
        { date: '2026-11-21', value: 10 },
      ],
      { from: '2026-11-01', to: '2026-11-21', title: 'x', target: 12 },
    );
    const xs = [...svg.matchAll(/<circle class="dot" cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(xs).toHaveLength(3);
    // Sorted by date and evenly spaced: 11-11 is halfway between 11-01 and 11-21.
    expect(xs[1]! - xs[0]!).toBeCloseTo(xs[2]! - xs[1]!, 0);
    expect(svg).toContain('class="target"');
    expect(svg).toContain('<polyline');
    // y axis runs to a round number above the target.
    expect(svg).toContain('>20</text>');
  });

  it('rounds the axis maximum up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect([0, 1, 3, 12, 24, 42.5, 180].map(niceMax)).toEqual([1, 1, 5, 20, 25, 50, 200]);
  });

  it('escapes every attribute and text', () => {
    expect(esc(`a<'b'>&"`)).toBe('a&#60;&#39;b&#39;&#62;&#38;&#34;');
  });
});

describe('data helpers', () => {
  it('accepts only real calendar dates', () => {
    expect(['2026-11-22', '2028-02-29'].every(isDate)).toBe(true);
    expect(['2026-02-30', '2026-13-01', '2026-1-1', '../etc', '', 20261122].some(isDate)).toBe(false);
  });

  it('reads the names written beside ids in the county file, keeping the ids as they were', () => {
    const named = parseCounty(
      'county: 县\ntownships:\n  - { name: 甲镇, due: 3, liaisons: [{ id: wecom:jia, name: 王甲 }, dingtalk:jia2] }\n  - { name: 乙乡, due: 2, liaisons: [yi] }\nadmins: [{ id: boss, name: 刘组长 }]\n',
    );
    expect(named.townships[0]!.liaisons).toEqual(['wecom:jia', 'dingtalk:jia2']);
    expect(named.admins).toEqual(['boss']);
    expect(personName(named, 'wecom:jia')).toBe('王甲');
    expect(personName(named, 'dingtalk:jia')).toBeUndefined();
    expect(personName(named, 'dingtalk:boss')).toBe('刘组长'); // a bare id in the file names both platforms
    expect(personName(named, 'dingtalk:jia2')).toBeUndefined();
    expect(() => parseCounty('county: 县\ntownships:\n  - { name: 甲镇, due: 3, liaisons: [{ id: wecom:jia, name: 王甲 }] }\n  - { name: 乙乡, due: 2, liaisons: [wecom:jia] }\n')).toThrow(
      /liaison wecom:jia is already listed under 甲镇/,
    );
    expect(() => parseCounty('county: 县\ntownships:\n  - { name: 甲镇, due: 3, liaisons: [{ id: wecom:jia }] }\n')).toThrow(/liaisons/);
  });

  it('names liaisons and admins from the county file, with or without a platform prefix', () => {
    expect(roleOf(county, 'wecom:hexi_wang')).toEqual({ role: 'liaison', township: '河西乡' });
    expect(roleOf(county, 'mafang_zheng')).toEqual({ role: 'liaison', township: '马坊乡' });
    expect(roleOf(county, 'dingtalk:zzb_liu')).toEqual({ role: 'admin' });
    expect(roleOf(county, 'wecom:stranger')).toBeUndefined();
  });

  it('starts at the first report (the campaign start only when there is none) and ends at today', () => {
    const rec = (date: string) => ({ date }) as ProgressRecord;
    expect(trendRange(county, [], '2026-11-22')).toEqual({ from: '2026-11-01', to: '2026-11-22' });
    expect(trendRange(county, [rec('2026-11-18'), rec('2026-11-16')], '2026-11-22')).toEqual({ from: '2026-11-16', to: '2026-11-22' });
    expect(trendRange(county, [rec('2026-10-28')], '2026-11-22')).toEqual({ from: '2026-10-28', to: '2026-11-22' });
    expect(trendRange(county, [], '2027-03-01')).toEqual({ from: '2026-11-01', to: '2027-01-31' });
  });

  it('gives the county offset for the simulator clock', () => {
    expect(utcOffset(new Date('2026-11-22T13:00:30Z'), 'Asia/Shanghai')).toBe('+08:00');
    expect(utcOffset(new Date('2026-07-01T12:00:00Z'), 'America/New_York')).toBe('-04:00');
    expect(utcOffset(new Date('2026-07-01T12:00:00Z'), 'Asia/Kolkata')).toBe('+05:30');
  });
});

describe('login redirect target', () => {
  it('keeps local paths and refuses other hosts', () => {
    expect(safeNext('/township/%E6%B2%B3?date=2026-11-22')).toBe('/township/%E6%B2%B3?date=2026-11-22');
    for (const bad of ['//evil.example/', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '/\nx', undefined, ['/a']]) {
      expect(safeNext(bad)).toBe('/');
    }
  });
});

describe('export cells', () => {
  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+1', '-2', '@SUM(A1)', 'wecom:a'].map(defuse)).toEqual(["'=1+1", "'+1", "'-2", "'@SUM(A1)", 'wecom:a']);
  });

  it('sorts by date then county order and quotes cells that need it', () => {
    const r = (township: string, date: string, by = 'x'): ProgressRecord => ({
      township,
      date,
      figures: { partyDone: 1, avgAge: 41.5 },
      firstReportedAt: new Date('2026-11-22T01:00:00Z'),
      updatedAt: new Date('2026-11-22T01:00:00Z'),
      updatedBy: by,
    });
    const sorted = sortRecords([r('河西乡', '2026-11-22'), r('城关镇', '2026-11-22'), r('Zed', '2026-11-21')], ['城关镇', '河西乡']);
    expect(sorted.map((x) => x.township)).toEqual(['Zed', '城关镇', '河西乡']);
    const csv = toCsv([r('城关镇', '2026-11-22', '=cmd|"a,b"')], labels, 'Asia/Shanghai', () => 8);
    const line = csv.split('\r\n')[1]!;
    // The due (from the county file here) and the rates ride along; an unreported rate stays empty, not 0%.
    expect(line).toBe(`2026-11-22,城关镇,8,1,,,,,,,,41.5,,,12.5%,,,"'=cmd|""a,b""",2026-11-22 09:00`);
  });
});

describe('stamp', () => {
  it('writes county wall time, including across midnight and in other zones', () => {
    expect(stamp(new Date('2026-11-22T11:15:00Z'), 'Asia/Shanghai')).toBe('2026-11-22 19:15');
    expect(stamp(new Date('2026-11-22T16:05:59Z'), 'Asia/Shanghai')).toBe('2026-11-23 00:05');
    expect(stamp(new Date('2026-07-01T03:30:00Z'), 'America/New_York')).toBe('2026-06-30 23:30');
  });
});
