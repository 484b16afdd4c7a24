// Crash points: a message's write is stopped before each write the store makes (through the port's
// onWriteStep option, so no store class is patched), then sent again, as a platform resends after a
// failure. Run inside storeContract, so SQLite and MongoDB are held to the same outcome.
import { expect, it } from 'vitest';
import { StoreUnavailableError, type Store, type StoreOptions, type WriteRecordInput, type WriteStep } from '../../src/store/types.js';
import { contents, historyProblems } from './history.js';

const at = new Date('2026-11-22T10:00:00Z');
const later = new Date('2026-11-22T11:00:00Z');

const seed: WriteRecordInput[] = [
  { township: 'A', date: '2026-11-22', figures: { partyDone: 1 }, by: 'u0', at, kind: 'report', messageId: 'seed' },
  { township: 'C', date: '2026-11-22', figures: { partyDone: 5, committeeDone: 2 }, by: 'u0', at, kind: 'report', messageId: 'seed' },
];

/** Changes one record, creates another and removes a third: every kind of record write in one message. */
const message: WriteRecordInput[] = [
  { township: 'A', date: '2026-11-22', figures: { partyDone: 4, committeeDone: 2 }, by: 'u1', at: later, kind: 'report', messageId: 'm', text: 'A党组织4个，村委会2个' },
  { township: 'B', date: '2026-11-22', figures: { partyDone: 2 }, by: 'u1', at: later, kind: 'report', messageId: 'm', text: 'A党组织4个，村委会2个' },
  { township: 'C', date: '2026-11-22', figures: {}, by: 'u1', at: later, kind: 'report', messageId: 'm', text: 'A党组织4个，村委会2个' },
];

/** What the crash cases use of a store: the MongoDB write protocol is also run on an in-memory double. */
export type CrashTarget = Pick<Store, 'writeRecords' | 'listRecords' | 'listRevisions' | 'messageTexts' | 'close'>;

export function crashContract(open: (opts?: StoreOptions) => Promise<CrashTarget>) {
  it('stops a message at every write, leaves no record ahead of its history, and stores it once when resent', async () => {
    const steps: WriteStep[] = [];
    const reference = await open({ onWriteStep: (s) => steps.push(s) });
    await reference.writeRecords(seed);
    steps.length = 0;
    await reference.writeRecords(message);
    const expected = await contents(reference);
    await reference.close();
    // Each record's history and the record itself are written separately, so a crash can fall between them.
    expect(steps.filter((s) => s === 'history').length).toBe(message.length);
    expect(steps.filter((s) => s === 'record').length).toBe(message.length);

    for (let crashAt = 0; crashAt < steps.length; crashAt++) {
      let count = 0;
      let armed = false;
      const store = await open({
        onWriteStep: (s) => {
          if (armed && count++ === crashAt) throw new Error(`crash before write ${crashAt} (${s})`);
        },
      });
      try {
        await store.writeRecords(seed);
        armed = true;
        await expect(store.writeRecords(message), `crash at ${crashAt}`).rejects.toBeInstanceOf(StoreUnavailableError);
        armed = false;
        expect(await historyProblems(store), `after a crash at ${crashAt}`).toEqual([]);
        await store.writeRecords(message);
        expect(await contents(store), `resent after a crash at ${crashAt}`).toEqual(expected);
        expect(await store.messageTexts(['m'])).toEqual(new Map([['m', message[0]!.text]]));
      } finally {
        await store.close();
      }
    }
  });
}
