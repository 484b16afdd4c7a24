// The shared meaning of the figures (src/figures.ts): first reports, finished townships, copied figures
// following later corrections, and a history that credits only what each message stated.
import { describe, expect, it } from 'vitest';
import { dayChange, followCorrections, historyOf, isFinished } from '../../src/figures.js';
import { rankTownships, scoreOf, ratesOf, totalsOf } from '../../src/progress/ranking.js';
import type { Figures, ProgressRecord, Revision } from '../../src/store/types.js';

const W = { partyDone: 0.4, committeeDone: 0.4, supervisionDone: 0.2 };
const rec = (township: string, date: string, figures: Figures, at = `${date}T10:00:00Z`): ProgressRecord => ({
  township,
  date,
  figures,
  firstReportedAt: new Date(at),
  updatedAt: new Date(at),
  updatedBy: 'x',
});
const rev = (date: string, field: Revision['field'], old: number | null, now: number | null, at: string, kind: Revision['kind'] = 'report', by = 'wecom:a', messageId = `m-${at}`): Revision => ({
  township: '甲镇',
  date,
  field,
  old,
  new: now,
  at: new Date(at),
  kind,
  by,
  messageId,
});

describe('a day\'s change', () => {
  it('is progress against the last known figure, a first report when nothing was known, nothing when unreported', () => {
    expect(dayChange(7, 4)).toEqual({ kind: 'progress', by: 3 });
    expect(dayChange(7, undefined)).toEqual({ kind: 'first', value: 7 });
    expect(dayChange(undefined, 4)).toEqual({ kind: 'none' });
  });
});

describe('finished and unknown', () => {
  it('a township is finished when all three completion indicators reach its due, not before', () => {
    expect(isFinished({ partyDone: 8, committeeDone: 8, supervisionDone: 8 }, 8)).toBe(true);
    expect(isFinished({ partyDone: 8, committeeDone: 8 }, 8)).toBe(false);
    expect(isFinished({ partyDone: 8, committeeDone: 8, supervisionDone: 7 }, 8)).toBe(false);
    expect(isFinished({}, 0)).toBe(false);
  });

  it('leaves an unreported indicator out of the score instead of counting it as 0', () => {
    const known = ratesOf({ partyDone: 5, committeeDone: 5 }, 10);
    expect(known.supervision).toBeNull();
    expect(scoreOf(known, W)).toBeCloseTo(0.5);
    expect(scoreOf(ratesOf({ partyDone: 5, committeeDone: 5, supervisionDone: 0 }, 10), W)).toBeCloseTo(0.4);
    expect(scoreOf(ratesOf({ oneShoulder: 3 }, 10), W)).toBeNull();
  });

  it('ranks a silent finished township by its figures, not as 未报送; ranks nobody on a day without reports', () => {
    const before = [rec('乙乡', '2026-11-20', { partyDone: 5, committeeDone: 5, supervisionDone: 5 }), rec('丙镇', '2026-11-20', { partyDone: 1 })];
    const towns = [
      { name: '甲镇', due: 10 },
      { name: '乙乡', due: 5 },
      { name: '丙镇', due: 10 },
    ];
    const rows = rankTownships(towns, [rec('甲镇', '2026-11-22', { partyDone: 5, committeeDone: 5, supervisionDone: 5 })], W, before);
    expect(rows.map((r) => [r.name, r.rank, r.ranked, r.finished])).toEqual([
      ['乙乡', 1, true, true],
      ['甲镇', 2, true, false],
      ['丙镇', 3, false, false],
    ]);
    expect(totalsOf(rows)).toMatchObject({ reported: 1, finishedSilent: 1, missing: 1, supervisionDone: 10, oneShoulder: null });
    const quiet = rankTownships(towns, [], W, before);
    expect(quiet.map((r) => r.rank)).toEqual([null, null, null]);
  });
});

describe('copied figures follow a later correction of the day they copied', () => {
  it('a 无新进展 of the 21st follows the 22nd-morning 更正 of the 20th; a stated figure does not', () => {
    const d20 = rec('甲镇', '2026-11-20', { partyDone: 12, committeeDone: 8 });
    const d21 = rec('甲镇', '2026-11-21', { partyDone: 10, committeeDone: 9 });
    const revisions = [
      rev('2026-11-21', 'partyDone', null, 10, '2026-11-21T10:00:00Z'),
      rev('2026-11-21', 'committeeDone', null, 9, '2026-11-21T10:00:00Z'),
      rev('2026-11-20', 'partyDone', 10, 12, '2026-11-22T01:00:00Z', 'correction'),
      rev('2026-11-20', 'committeeDone', 9, 8, '2026-11-21T09:00:00Z', 'correction'),
    ];
    const [, after] = followCorrections([d20, d21], revisions);
    // 党组织 10 was the 20th's figure when the 21st was written, then the 20th became 12: the copy follows.
    // 村委会 9 was written after the 20th's 更正 to 8: it was stated, not copied, and stays.
    expect(after!.figures).toEqual({ partyDone: 12, committeeDone: 9 });
    expect(d21.figures.partyDone).toBe(10);
  });
});

describe('history', () => {
  it('lists only the figures a message stated; 新报 and 无新进展 and 撤回 say what they did', () => {
    const entries = historyOf([
      rev('2026-11-20', 'partyDone', null, 4, '2026-11-20T10:00:00Z'),
      rev('2026-11-20', 'committeeDone', null, 3, '2026-11-20T10:00:00Z'),
      // The 21st's report states 党组织 6; 村委会 3 is copied from the 20th.
      rev('2026-11-21', 'partyDone', null, 6, '2026-11-21T10:00:00Z', 'report', 'wecom:b'),
      rev('2026-11-21', 'committeeDone', null, 3, '2026-11-21T10:00:00Z', 'report', 'wecom:b'),
      // The 22nd: 无新进展, then a report withdrawn.
      rev('2026-11-22', 'partyDone', null, 6, '2026-11-22T09:00:00Z', 'report', 'wecom:b'),
      rev('2026-11-22', 'committeeDone', null, 3, '2026-11-22T09:00:00Z', 'report', 'wecom:b'),
      rev('2026-11-22', 'partyDone', 6, 9, '2026-11-22T10:00:00Z', 'report', 'wecom:c'),
      rev('2026-11-22', 'partyDone', 9, 6, '2026-11-22T10:05:00Z', 'withdraw', 'wecom:c'),
      rev('2026-11-23', 'partyDone', null, 8, '2026-11-23T10:00:00Z', 'report', 'wecom:c'),
      rev('2026-11-23', 'committeeDone', null, 3, '2026-11-23T10:00:00Z', 'report', 'wecom:c'),
      rev('2026-11-23', 'partyDone', 8, null, '2026-11-23T10:03:00Z', 'withdraw', 'wecom:c'),
      rev('2026-11-23', 'committeeDone', 3, null, '2026-11-23T10:03:00Z', 'withdraw', 'wecom:c'),
    ]);
    const view = entries.map((e) => [e.date, e.kind, e.stated.map((s) => `${s.field}:${s.old ?? '新报'}→${s.new}`).join(' '), e.repeats ?? '', e.restored ?? '']);
    expect(view).toEqual([
      ['2026-11-23', 'withdraw', '', '', { date: '2026-11-22', figures: { partyDone: 6, committeeDone: 3 } }],
      ['2026-11-23', 'report', 'partyDone:6→8', '', ''],
      ['2026-11-22', 'withdraw', 'partyDone:9→6', '', ''],
      ['2026-11-22', 'report', 'partyDone:6→9', '', ''],
      ['2026-11-22', 'report', '', '2026-11-21', ''],
      ['2026-11-21', 'report', 'partyDone:4→6', '', ''],
      ['2026-11-20', 'report', 'partyDone:新报→4 committeeDone:新报→3', '', ''],
    ]);
  });
});
