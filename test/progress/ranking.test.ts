import { describe, expect, it } from 'vitest';
import { rankTownships, totalsOf } from '../../src/progress/ranking.js';
import type { Figures, ProgressRecord } from '../../src/store/types.js';

const W = { partyDone: 0.4, committeeDone: 0.4, supervisionDone: 0.2 };
const rec = (township: string, figures: Figures, at = '2026-11-22T10:00:00Z', date = '2026-11-22'): ProgressRecord => ({
  township,
  date,
  figures,
  firstReportedAt: new Date(at),
  updatedAt: new Date(at),
  updatedBy: 'x',
});
const towns = [
  { name: 'A', due: 10 },
  { name: 'B', due: 10 },
  { name: 'C', due: 20 },
  { name: 'D', due: 5 },
];

describe('rankTownships', () => {
  it('orders by weighted score and puts unreported townships last with a shared rank', () => {
    const rows = rankTownships(towns, [rec('A', { partyDone: 5, committeeDone: 5 }), rec('C', { partyDone: 20, committeeDone: 10, supervisionDone: 10 })], W);
    expect(rows.map((r) => [r.name, r.rank, r.reported])).toEqual([
      ['C', 1, true],
      ['A', 2, true],
      ['B', 3, false],
      ['D', 3, false],
    ]);
    expect(rows[0]!.score).toBeCloseTo(0.4 * 1 + 0.4 * 0.5 + 0.2 * 0.5);
  });

  it('breaks a score tie by 村委会 rate, then 一肩挑 share, then earlier report', () => {
    // A and B: same score 0.4; A has the higher committee rate.
    const byCommittee = rankTownships(towns.slice(0, 2), [rec('A', { committeeDone: 10 }), rec('B', { partyDone: 10 })], W);
    expect(byCommittee.map((r) => r.name)).toEqual(['A', 'B']);
    const byOneShoulder = rankTownships(towns.slice(0, 2), [rec('A', { committeeDone: 10, oneShoulder: 2 }), rec('B', { committeeDone: 10, oneShoulder: 8 })], W);
    expect(byOneShoulder.map((r) => r.name)).toEqual(['B', 'A']);
    const byTime = rankTownships(
      towns.slice(0, 2),
      [rec('A', { committeeDone: 10 }, '2026-11-22T12:00:00Z'), rec('B', { committeeDone: 10 }, '2026-11-22T09:00:00Z')],
      W,
    );
    expect(byTime.map((r) => [r.name, r.rank])).toEqual([
      ['B', 1],
      ['A', 2],
    ]);
  });

  it('uses a due stated in the report over the county file', () => {
    const [row] = rankTownships([{ name: 'A', due: 10 }], [rec('A', { due: 8, partyDone: 8 })], W);
    expect(row!.due).toBe(8);
    expect(row!.rates.party).toBe(1);
  });

  it('carries the last known figures of an unreported township into totals, still ranked last', () => {
    const rows = rankTownships(towns.slice(0, 2), [rec('A', { partyDone: 2 })], W, [
      rec('B', { partyDone: 9 }, '2026-11-20T10:00:00Z', '2026-11-20'),
      rec('B', { partyDone: 7 }, '2026-11-19T10:00:00Z', '2026-11-19'),
    ]);
    expect(rows.map((r) => [r.name, r.reported, r.carriedFrom])).toEqual([
      ['A', true, undefined],
      ['B', false, '2026-11-20'],
    ]);
    const totals = totalsOf(rows);
    expect(totals).toMatchObject({ due: 20, partyDone: 11, reported: 1, townships: 2 });
    expect(totals.rates.party).toBeCloseTo(0.55);
  });

  it('never divides by zero', () => {
    const [row] = rankTownships([{ name: 'A', due: 0 }], [rec('A', { partyDone: 0 })], W);
    expect(row!.score).toBe(0);
    expect(Number.isFinite(row!.rates.oneShoulder)).toBe(true);
  });
});
