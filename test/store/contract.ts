// The store contract: every implementation of the Store port must pass this suite.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store, StoreOptions } from '../../src/store/types.js';
import { crashContract } from './contract-crash.js';
import { feedbackContract } from './contract-feedback.js';
import { orderContract } from './contract-order.js';

export function storeContract(name: string, open: (opts?: StoreOptions) => Promise<Store>) {
  describe(`store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });
    const at = (iso: string) => new Date(iso);

    it('writes a record, replaces its fields, and keeps every change as a revision', async () => {
      const first = await store.writeRecord({ township: '河西乡', date: '2026-11-22', figures: { partyDone: 9, committeeDone: 6 }, by: 'wecom:a', at: at('2026-11-22T10:00:00Z'), kind: 'report', messageId: 'm1' });
      expect(first.before).toBeNull();
      expect(first.after?.figures).toEqual({ partyDone: 9, committeeDone: 6 });
      expect(first.revisions.map((r) => [r.field, r.old, r.new])).toEqual([
        ['partyDone', null, 9],
        ['committeeDone', null, 6],
      ]);
      const second = await store.writeRecord({ township: '河西乡', date: '2026-11-22', figures: { partyDone: 10, committeeDone: 6, oneShoulder: 5 }, by: 'wecom:b', at: at('2026-11-22T12:00:00Z'), kind: 'correction', messageId: 'm2' });
      expect(second.before?.figures).toEqual({ partyDone: 9, committeeDone: 6 });
      expect(second.revisions.map((r) => [r.field, r.old, r.new, r.kind])).toEqual([
        ['partyDone', 9, 10, 'correction'],
        ['oneShoulder', null, 5, 'correction'],
      ]);
      const rec = await store.getRecord('河西乡', '2026-11-22');
      expect(rec).toMatchObject({ township: '河西乡', date: '2026-11-22', figures: { partyDone: 10, committeeDone: 6, oneShoulder: 5 }, updatedBy: 'wecom:b', messageId: 'm2' });
      expect(rec!.firstReportedAt.toISOString()).toBe('2026-11-22T10:00:00.000Z');
      expect(rec!.updatedAt.toISOString()).toBe('2026-11-22T12:00:00.000Z');
      const revs = await store.listRevisions({ township: '河西乡' });
      expect(revs).toHaveLength(4);
      expect(revs[3]).toMatchObject({ field: 'oneShoulder', by: 'wecom:b', messageId: 'm2' });
    });

    it('removes a record when written with no figures, keeping the history', async () => {
      await store.writeRecord({ township: 'A', date: '2026-11-22', figures: { partyDone: 3 }, by: 'u', at: at('2026-11-22T10:00:00Z'), kind: 'report' });
      const res = await store.writeRecord({ township: 'A', date: '2026-11-22', figures: {}, by: 'u', at: at('2026-11-22T10:05:00Z'), kind: 'withdraw' });
      expect(res.after).toBeNull();
      expect(await store.getRecord('A', '2026-11-22')).toBeNull();
      expect((await store.listRevisions({ township: 'A' })).map((r) => [r.old, r.new, r.kind])).toEqual([
        [null, 3, 'report'],
        [3, null, 'withdraw'],
      ]);
    });

    it('writes the records of one message together', async () => {
      const at = new Date('2026-11-22T10:00:00Z');
      const results = await store.writeRecords([
        { township: 'A', date: '2026-11-22', figures: { partyDone: 1 }, by: 'u', at, kind: 'report', messageId: 'm' },
        { township: 'B', date: '2026-11-22', figures: { partyDone: 2 }, by: 'u', at, kind: 'report', messageId: 'm' },
      ]);
      expect(results.map((r) => r.after?.figures.partyDone)).toEqual([1, 2]);
      expect((await store.listRecords({ date: '2026-11-22' })).map((r) => r.township)).toEqual(['A', 'B']);
      expect(await store.listRevisions({ date: '2026-11-22' })).toHaveLength(2);
    });

    it('keeps the text of a message once, for the history', async () => {
      const at = new Date('2026-11-22T10:00:00Z');
      const text = '城关镇党组织3个；河西乡党组织4个';
      await store.writeRecords([
        { township: 'A', date: '2026-11-22', figures: { partyDone: 3 }, by: 'u', at, kind: 'report', messageId: 'm-text', text },
        { township: 'B', date: '2026-11-22', figures: { partyDone: 4 }, by: 'u', at, kind: 'report', messageId: 'm-text', text },
      ]);
      await store.writeRecord({ township: 'A', date: '2026-11-22', figures: { partyDone: 5 }, by: 'u', at, kind: 'report', messageId: 'm-long', text: '党'.repeat(5000) });
      await store.writeRecord({ township: 'A', date: '2026-11-22', figures: { partyDone: 6 }, by: 'u', at, kind: 'report', messageId: 'm-none' });
      const texts = await store.messageTexts(['m-text', 'm-long', 'm-none', 'm-unknown', 'm-text']);
      expect([...texts.keys()].sort()).toEqual(['m-long', 'm-text']);
      expect(texts.get('m-text')).toBe(text);
      expect(texts.get('m-long')).toHaveLength(2000);
      expect((await store.messageTexts([])).size).toBe(0);
    });

    it('lists records by date, range and township, and finds the previous one', async () => {
      for (const [t, d, v] of [['A', '2026-11-20', 1], ['A', '2026-11-21', 2], ['B', '2026-11-21', 5], ['A', '2026-11-23', 4]] as const) {
        await store.writeRecord({ township: t, date: d, figures: { partyDone: v }, by: 'u', at: at(`${d}T10:00:00Z`), kind: 'report' });
      }
      expect((await store.listRecords({ date: '2026-11-21' })).map((r) => r.township)).toEqual(['A', 'B']);
      expect((await store.listRecords({ from: '2026-11-21', to: '2026-11-22' })).map((r) => `${r.township}${r.date}`)).toEqual(['A2026-11-21', 'B2026-11-21']);
      expect((await store.listRecords({ township: 'A' })).map((r) => r.figures.partyDone)).toEqual([1, 2, 4]);
      expect((await store.previousRecord('A', '2026-11-23'))?.date).toBe('2026-11-21');
      expect(await store.previousRecord('A', '2026-11-20')).toBeNull();
    });

    it('filters revisions by author and time', async () => {
      await store.writeRecord({ township: 'A', date: '2026-11-22', figures: { partyDone: 1 }, by: 'u1', at: at('2026-11-22T10:00:00Z'), kind: 'report' });
      await store.writeRecord({ township: 'A', date: '2026-11-22', figures: { partyDone: 2 }, by: 'u2', at: at('2026-11-22T11:00:00Z'), kind: 'report' });
      expect((await store.listRevisions({ by: 'u2' })).map((r) => r.new)).toEqual([2]);
      expect((await store.listRevisions({ since: at('2026-11-22T10:30:00Z') })).map((r) => r.by)).toEqual(['u2']);
    });

    it('filters revisions to records dated before a day, and to changes of a figure already there', async () => {
      await store.writeRecord({ township: 'A', date: '2026-11-21', figures: { partyDone: 1, committeeDone: 1 }, by: 'u1', at: at('2026-11-21T10:00:00Z'), kind: 'report' });
      await store.writeRecord({ township: 'A', date: '2026-11-22', figures: { partyDone: 2 }, by: 'u1', at: at('2026-11-22T10:00:00Z'), kind: 'report' });
      await store.writeRecord({ township: 'A', date: '2026-11-21', figures: { partyDone: 3, committeeDone: 1 }, by: 'u1', at: at('2026-11-22T11:00:00Z'), kind: 'correction' });
      const before = (await store.listRevisions({ before: '2026-11-22' })).map((r) => `${r.date} ${r.field} ${r.old}→${r.new}`);
      expect(before.sort()).toEqual(['2026-11-21 committeeDone null→1', '2026-11-21 partyDone 1→3', '2026-11-21 partyDone null→1']);
      expect((await store.listRevisions({ changed: true })).map((r) => `${r.date} ${r.old}→${r.new}`)).toEqual(['2026-11-21 1→3']);
      expect(await store.listRevisions({ changed: true, since: at('2026-11-22T11:30:00Z') })).toEqual([]);
    });

    it('returns only the newest revisions asked for, oldest first', async () => {
      for (let n = 1; n <= 4; n++) {
        await store.writeRecord({ township: 'A', date: '2026-11-22', figures: { partyDone: n }, by: 'u1', at: at(`2026-11-22T1${n}:00:00Z`), kind: 'report' });
      }
      await store.writeRecord({ township: 'B', date: '2026-11-22', figures: { partyDone: 9 }, by: 'u2', at: at('2026-11-22T15:00:00Z'), kind: 'report' });
      expect((await store.listRevisions({ by: 'u1', latest: 2 })).map((r) => r.new)).toEqual([3, 4]);
      expect((await store.listRevisions({ latest: 1 })).map((r) => r.new)).toEqual([9]);
      expect((await store.listRevisions({ by: 'u1', latest: 10 })).map((r) => r.new)).toEqual([1, 2, 3, 4]);
    });

    it('claims a message key once until it expires', async () => {
      expect(await store.claimMessage('wecom:1', 60_000)).toBe(true);
      expect(await store.claimMessage('wecom:1', 60_000)).toBe(false);
      expect(await store.claimMessage('wecom:2', 60_000)).toBe(true);
      expect(await store.claimMessage('short', 1)).toBe(true);
      await new Promise((r) => setTimeout(r, 10));
      expect(await store.claimMessage('short', 60_000)).toBe(true);
      await store.releaseMessage('wecom:1');
      expect(await store.claimMessage('wecom:1', 60_000)).toBe(true);
      expect(await store.claimMessage('wecom:2', 60_000)).toBe(false);
    });

    it('lets exactly one concurrent claimant run a job, and a failed run be claimed again', async () => {
      const claims = await Promise.all(['p1', 'p2', 'p3', 'p4'].map((o) => store.claimJobRun('bulletin', '2026-11-22', o)));
      expect(claims.filter(Boolean)).toHaveLength(1);
      await store.finishJobRun('bulletin', '2026-11-22', 'failed', 'webhook down');
      expect(await store.claimJobRun('bulletin', '2026-11-22', 'p2')).toBe(true);
      await store.finishJobRun('bulletin', '2026-11-22', 'done');
      expect(await store.claimJobRun('bulletin', '2026-11-22', 'p3')).toBe(false);
      const runs = await store.listJobRuns('bulletin');
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ job: 'bulletin', key: '2026-11-22', owner: 'p2', status: 'done' });
    });

    it('keeps a renewed job claim from another process, and lets it go once renewals stop', async () => {
      const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
      expect(await store.claimJobRun('bulletin', 'd', 'a', 300)).toBe(true);
      await sleep(180);
      expect(await store.renewJobRun('bulletin', 'd', 'a', 300)).toBe(true);
      await sleep(180);
      // 360 ms since the claim, 180 since the renewal: still a's.
      expect(await store.claimJobRun('bulletin', 'd', 'b', 300)).toBe(false);
      expect(await store.renewJobRun('bulletin', 'd', 'b', 300)).toBe(false);
      await sleep(350);
      expect(await store.claimJobRun('bulletin', 'd', 'b', 300)).toBe(true);
      expect(await store.renewJobRun('bulletin', 'd', 'a', 300)).toBe(false);
      await store.finishJobRun('bulletin', 'd', 'done');
      expect(await store.renewJobRun('bulletin', 'd', 'b', 300)).toBe(false);
      expect((await store.listJobRuns('bulletin'))[0]).toMatchObject({ owner: 'b', status: 'done' });
    });

    it('records deliveries and lists failures', async () => {
      await store.recordDelivery({ job: 'bulletin', key: '2026-11-22', platform: 'wecom', target: 'g1', part: 1, ok: true, at: at('2026-11-22T13:00:00Z') });
      await store.recordDelivery({ job: 'bulletin', key: '2026-11-22', platform: 'dingtalk', target: 'g2', part: 1, ok: false, at: at('2026-11-22T13:00:01Z'), error: '310000 sign not match' });
      expect(await store.listDeliveries({ job: 'bulletin' })).toHaveLength(2);
      const failed = await store.listDeliveries({ ok: false });
      expect(failed).toEqual([expect.objectContaining({ target: 'g2', error: '310000 sign not match', ok: false })]);
    });

    it('grants a lease to one owner at a time, renews it, and frees it on release or expiry', async () => {
      expect(await store.acquireLease('ws', 'a', 60_000)).toBe(true);
      expect(await store.acquireLease('ws', 'b', 60_000)).toBe(false);
      expect(await store.acquireLease('ws', 'a', 60_000)).toBe(true);
      await store.releaseLease('ws', 'b');
      expect(await store.acquireLease('ws', 'b', 60_000)).toBe(false);
      await store.releaseLease('ws', 'a');
      expect(await store.acquireLease('ws', 'b', 1)).toBe(true);
      await new Promise((r) => setTimeout(r, 10));
      expect(await store.acquireLease('ws', 'c', 60_000)).toBe(true);
    });

    it('keeps an audit log, newest first', async () => {
      await store.audit({ at: at('2026-11-22T10:00:00Z'), actor: 'wecom:admin', action: 'reload' });
      await store.audit({ at: at('2026-11-22T11:00:00Z'), actor: 'wecom:admin', action: 'resend', detail: '2026-11-21' });
      const log = await store.listAudit(10);
      expect(log.map((e) => e.action)).toEqual(['resend', 'reload']);
      expect(log[0]!.detail).toBe('2026-11-21');
    });

    feedbackContract(() => store);
    orderContract(() => store);
    crashContract(open);
  });
}
