// Contract cases that keep both stores giving the same answers: a date and a range together, and
// write order (a sequence the store keeps) rather than any process's clock. Several processes write one
// store, and their clocks need not agree, so `at` may go backwards between two writes.
import { expect, it } from 'vitest';
import type { Store } from '../../src/store/types.js';

const at = (iso: string) => new Date(iso);

export function orderContract(store: () => Store) {
  it('applies a date and a range together when both are given', async () => {
    const s = store();
    for (const d of ['2026-11-20', '2026-11-21', '2026-11-22']) {
      await s.writeRecord({ township: 'A', date: d, figures: { partyDone: 1 }, by: 'u', at: at(`${d}T10:00:00Z`), kind: 'report' });
    }
    expect(await s.listRecords({ date: '2026-11-20', from: '2026-11-21' })).toEqual([]);
    expect(await s.listRecords({ date: '2026-11-22', to: '2026-11-21' })).toEqual([]);
    expect((await s.listRecords({ date: '2026-11-21', from: '2026-11-20', to: '2026-11-22' })).map((r) => r.date)).toEqual(['2026-11-21']);
  });

  it('lists revisions in the order they were written, even when a later write carries an earlier time', async () => {
    const s = store();
    await s.writeRecord({ township: 'A', date: '2026-11-22', figures: { partyDone: 1 }, by: 'u1', at: at('2026-11-22T10:00:05Z'), kind: 'report' });
    // Another process whose clock is behind writes next.
    await s.writeRecord({ township: 'B', date: '2026-11-22', figures: { partyDone: 2 }, by: 'u1', at: at('2026-11-22T10:00:00Z'), kind: 'report' });
    await s.writeRecord({ township: 'A', date: '2026-11-22', figures: { partyDone: 3 }, by: 'u1', at: at('2026-11-22T09:59:00Z'), kind: 'report' });
    expect((await s.listRevisions()).map((r) => `${r.township}${r.new}`)).toEqual(['A1', 'B2', 'A3']);
    expect((await s.listRevisions({ by: 'u1', latest: 2 })).map((r) => `${r.township}${r.new}`)).toEqual(['B2', 'A3']);
    expect((await s.listRevisions({ township: 'A' })).map((r) => [r.old, r.new])).toEqual([
      [null, 1],
      [1, 3],
    ]);
  });

  it('lists the audit log newest written first, whatever the entries say their time is', async () => {
    const s = store();
    await s.audit({ at: at('2026-11-22T10:00:05Z'), actor: 'a', action: 'first' });
    await s.audit({ at: at('2026-11-22T10:00:00Z'), actor: 'b', action: 'second' });
    await s.audit({ at: at('2026-11-22T10:00:00Z'), actor: 'b', action: 'third' });
    expect((await s.listAudit(10)).map((e) => e.action)).toEqual(['third', 'second', 'first']);
    expect((await s.listAudit(1)).map((e) => e.action)).toEqual(['third']);
  });

  it('lists deliveries in the order they were recorded', async () => {
    const s = store();
    for (const [part, time] of [[1, '10:00:05'], [2, '10:00:00'], [3, '09:00:00']] as const) {
      await s.recordDelivery({ job: 'bulletin', key: 'd', platform: 'wecom', target: 'g', part, ok: true, at: at(`2026-11-22T${time}Z`) });
    }
    expect((await s.listDeliveries({ job: 'bulletin', key: 'd' })).map((d) => d.part)).toEqual([1, 2, 3]);
  });
}
