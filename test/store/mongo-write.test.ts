// The MongoDB write protocol without a server: crash points (the contract's crash cases) and the races
// between two writers of one record, over an in-memory double of the single-document writes.
import { describe, expect, it } from 'vitest';
import type { WriteRecordInput } from '../../src/store/types.js';
import { crashContract } from './contract-crash.js';
import { historyProblems } from './history.js';
import { MemoryVersions, memoryStore } from './memory-versions.js';

const write = (figures: WriteRecordInput['figures'], by: string, minute: number): WriteRecordInput => ({
  township: 'A',
  date: '2026-11-22',
  figures,
  by,
  at: new Date(`2026-11-22T10:${String(minute).padStart(2, '0')}:00Z`),
  kind: 'report',
  messageId: `${by}-${minute}`,
});

/** A gate the first writer waits at, at its first call of `op`; the returned promise says it is waiting. */
function gateAt(db: MemoryVersions, op: string) {
  let open!: () => void;
  let reached!: () => void;
  const waiting = new Promise<void>((ok) => (reached = ok));
  const gate = new Promise<void>((ok) => (open = ok));
  let armed = true;
  db.pause = async (o) => {
    if (armed && o === op) {
      armed = false;
      reached();
      await gate;
    }
  };
  return { waiting, open };
}

describe('MongoDB write protocol (in memory)', () => {
  crashContract(async (opts) => memoryStore(new MemoryVersions(), opts));

  it('lets a second writer finish the first one stopped between its history and its record, then apply its own', async () => {
    const db = new MemoryVersions();
    const store = memoryStore(db);
    await store.writeRecords([write({ partyDone: 1 }, 'u0', 0)]);
    const gate = gateAt(db, 'updateRecord');
    const first = store.writeRecords([write({ partyDone: 2 }, 'u1', 1)]);
    await gate.waiting;
    await store.writeRecords([write({ partyDone: 3 }, 'u2', 2)]);
    gate.open();
    const [result] = await first;
    expect(result!.revisions.map((r) => [r.old, r.new])).toEqual([[1, 2]]);
    expect((await store.listRecords()).map((r) => r.figures)).toEqual([{ partyDone: 3 }]);
    expect((await store.listRevisions()).map((r) => [r.by, r.old, r.new])).toEqual([
      ['u0', null, 1],
      ['u1', 1, 2],
      ['u2', 2, 3],
    ]);
    expect(await historyProblems(store)).toEqual([]);
  });

  it('makes a writer that lost the race for a version apply the winner first and write on top', async () => {
    const db = new MemoryVersions();
    const store = memoryStore(db);
    const gate = gateAt(db, 'insertVersion');
    const first = store.writeRecords([write({ partyDone: 5 }, 'u1', 1)]);
    await gate.waiting;
    await store.writeRecords([write({ partyDone: 7 }, 'u2', 2)]);
    gate.open();
    const [result] = await first;
    // u1 planned from an empty record but stored on top of u2: its revision says what it replaced.
    expect(result!.revisions.map((r) => [r.old, r.new])).toEqual([[7, 5]]);
    expect((await store.listRecords()).map((r) => r.figures)).toEqual([{ partyDone: 5 }]);
    expect(await historyProblems(store)).toEqual([]);
  });

  it('shows no history of a write stopped after its version, until the next write of that record finishes it', async () => {
    const db = new MemoryVersions();
    const stopped = memoryStore(db, {
      onWriteStep: (s) => {
        if (s === 'record') throw new Error('killed');
      },
    });
    await expect(stopped.writeRecords([write({ partyDone: 4 }, 'u1', 1)])).rejects.toThrow(/killed/);
    const store = memoryStore(db);
    expect(await store.listRevisions()).toEqual([]);
    expect(await store.listRecords()).toEqual([]);
    await store.writeRecords([write({ partyDone: 4, committeeDone: 1 }, 'u2', 2)]);
    expect((await store.listRevisions()).map((r) => [r.by, r.field, r.old, r.new])).toEqual([
      ['u1', 'partyDone', null, 4],
      ['u2', 'committeeDone', null, 1],
    ]);
    expect((await store.listRecords())[0]).toMatchObject({ figures: { partyDone: 4, committeeDone: 1 }, updatedBy: 'u2' });
    expect(await historyProblems(store)).toEqual([]);
  });

  it('keeps counting versions past a withdrawal, so a record written again has a fresh first report time', async () => {
    const db = new MemoryVersions();
    const store = memoryStore(db);
    await store.writeRecords([write({ partyDone: 1 }, 'u1', 1)]);
    await store.writeRecords([{ ...write({}, 'u1', 2), kind: 'withdraw' }]);
    expect(await store.listRecords()).toEqual([]);
    await store.writeRecords([write({ partyDone: 2 }, 'u1', 3)]);
    const [rec] = await store.listRecords();
    expect(rec!.firstReportedAt.toISOString()).toBe('2026-11-22T10:03:00.000Z');
    expect((await store.listRevisions()).map((r) => [r.old, r.new])).toEqual([
      [null, 1],
      [1, null],
      [null, 2],
    ]);
  });
});
