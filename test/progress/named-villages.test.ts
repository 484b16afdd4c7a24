// Villages named as done rather than counted (the twenty-first round's class, from tuning writers R61–R64): the
// names are today's new ones, one a village — with the words between the body and the verb people use, with a
// count said beside the names, and beside a total said later (then a note on it, the total stands).
import { describe, expect, it } from 'vitest';
import { reportRunner, storedOf as stored } from './eval-runner.js';

const run = reportRunner('named-villages', 'wecom:liulin_zhou', '2026-11-26T20:00:00+08:00');
const records = (r: Record<string, Record<string, number>>) => ({ records: r, warnings: [] });
const onRecord = (figures: Record<string, number>) => ({ before: [{ township: '柳林乡', date: '2026-11-25', figures }] });

describe('villages named as done', () => {
  it.each([
    ['西沟村、大柳树村党支部今天选完了', { partyDone: 4 }, { partyDone: 6 }],
    ['西沟、大柳树、杏树坪三个村监委会今天推选完成', { supervisionDone: 2 }, { supervisionDone: 5 }],
    ['团结、胜利、柳湾仨村党支部今天选完', { partyDone: 4 }, { partyDone: 7 }],
    ['今天大柳树村村委会选完，支部书记当选主任，又一个一肩挑', { committeeDone: 3, oneShoulder: 2 }, { committeeDone: 4, oneShoulder: 3 }],
    // 都 is all the named ones, not all the township's; the later total stands and the names are a note on it.
    ['北湾村、石门村党支部今天都选完，党组织累计6个', { partyDone: 4 }, { partyDone: 6 }],
    // Figures of other bodies after the names are said as they are: totals.
    ['今天东坡村、西沟村党支部选完，村委会5个', { partyDone: 4, committeeDone: 4 }, { partyDone: 6, committeeDone: 5 }],
  ])('%s', async (text, before, figures) => {
    expect((await run(text, records({ 柳林乡: figures }), onRecord(before))).problems).toEqual([]);
  });

  it('stores nothing when no base is on record for the new ones', async () => {
    expect(stored((await run('西沟村、大柳树村党支部今天选完了', { refuse: 'no-base', mention: [], avoid: [] })).problems)).toEqual([]);
  });

  it('reads no village in words that only point at villages', async () => {
    // 最后一个村, 俩村 and 今天村… name no village: the count said stands.
    const r = await run('柳林今天终于把最后一个村的党组织选完了，9个全部完成', records({ 柳林乡: { partyDone: 9 } }), onRecord({ partyDone: 8 }));
    expect(r.problems).toEqual([]);
    const t = await run('截至今天村党组织换届完成8个', records({ 柳林乡: { partyDone: 8 } }), onRecord({ partyDone: 6 }));
    expect(t.problems).toEqual([]);
  });
});
