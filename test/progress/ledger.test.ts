import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCounty } from '../../src/county.js';
import { ProgressLedger, WITHDRAW_WINDOW_MS, type SubmitInput } from '../../src/progress/ledger.js';
import { loadLexicon } from '../../src/progress/lexicon.js';
import { TownshipMatcher } from '../../src/progress/townships.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { localDate } from '../../src/time.js';
import { ROOT } from './eval-runner.js';

const county = loadCounty(join(ROOT, 'templates', 'county.example.yaml'));
const lexicon = loadLexicon(join(ROOT, 'templates', 'indicators.yaml'));
const townships = new TownshipMatcher(county.townships);

let store: SqliteStore;
let ledger: ProgressLedger;
let seq = 0;

const hexi = { by: 'wecom:hexi_wang', sender: { isAdmin: false, townships: ['河西乡'] } };
const admin = { by: 'wecom:zzb_liu', sender: { isAdmin: true, townships: [] } };
const at = (date: string, hm: string) => new Date(`${date}T${hm}:00+08:00`);

function submit(text: string, who = hexi, when = at('2026-11-22', '19:00')) {
  const input: SubmitInput = { text, ...who, today: localDate(when, county.timezone), at: when, messageId: `m${++seq}` };
  return ledger.submit(input);
}

beforeEach(() => {
  store = new SqliteStore(':memory:');
  ledger = new ProgressLedger({ store, lexicon, townships });
});
afterEach(() => store.close());

describe('recording', () => {
  it('merges same-day reports field by field and keeps every revision with who, when and which message', async () => {
    await submit('党组织9个', hexi, at('2026-11-22', '10:00'));
    await submit('村委会6个', hexi, at('2026-11-22', '11:00'));
    await submit('河西乡党组织10个', admin, at('2026-11-22', '12:00'));
    const rec = await store.getRecord('河西乡', '2026-11-22');
    expect(rec?.figures).toEqual({ partyDone: 10, committeeDone: 6 });
    expect(rec?.firstReportedAt).toEqual(at('2026-11-22', '10:00'));
    const revs = await ledger.history('河西乡');
    expect(revs.map((r) => [r.field, r.old, r.new, r.by, r.kind])).toEqual([
      ['partyDone', null, 9, 'wecom:hexi_wang', 'report'],
      ['committeeDone', null, 6, 'wecom:hexi_wang', 'report'],
      ['partyDone', 9, 10, 'wecom:zzb_liu', 'report'],
    ]);
    expect(revs.map((r) => r.messageId)).toEqual(['m1', 'm2', 'm3']);
  });

  it('carries cumulative figures into a new day, and shows the change since the previous record', async () => {
    await submit('党组织9个，村委会6个', hexi, at('2026-11-21', '19:00'));
    const result = await submit('村委会7个', hexi, at('2026-11-22', '19:00'));
    expect(result?.records[0]).toMatchObject({ set: { committeeDone: 7 }, figures: { partyDone: 9, committeeDone: 7 }, previous: { partyDone: 9, committeeDone: 6 }, previousDate: '2026-11-21' });
    expect((await store.getRecord('河西乡', '2026-11-22'))?.figures).toEqual({ partyDone: 9, committeeDone: 7 });
  });

  it('stores nothing when any part of a message is refused', async () => {
    const result = await submit('城关镇党组织10个；河西乡党组织13个', admin);
    expect(result?.accepted).toBe(false);
    expect(result?.errors.map((e) => e.code)).toEqual(['over-due']);
    expect(await store.listRecords()).toEqual([]);
    expect(await store.listRevisions()).toEqual([]);
  });

  it('records warnings in the audit log alongside the record', async () => {
    const result = await submit('村委会8个，党组织6个');
    expect(result?.accepted).toBe(true);
    expect(result?.warnings.map((w) => w.code)).toEqual(['committee-ahead']);
    const audit = await store.listAudit();
    expect(audit.map((a) => [a.actor, a.action, a.detail])).toEqual([['wecom:hexi_wang', 'report-warning', '河西乡 2026-11-22 committee-ahead committeeDone']]);
  });

  it('keeps a stored report accepted when the write lease cannot be released, and says so', async () => {
    const errors: unknown[] = [];
    const release = store.releaseLease.bind(store);
    store.releaseLease = async () => {
      throw new Error('store went away after the write');
    };
    ledger = new ProgressLedger({ store, lexicon, townships, onLeaseError: (e) => errors.push(e) });
    const result = await submit('党组织3个');
    expect(result?.accepted).toBe(true);
    expect((await store.getRecord('河西乡', '2026-11-22'))?.figures.partyDone).toBe(3);
    expect(errors).toHaveLength(1);
    store.releaseLease = release;
  });

  it('counts an increment once when a message that failed part-way through is sent again', async () => {
    await submit('城关镇党组织5个；河西乡党组织4个', admin, at('2026-11-22', '09:00'));
    // A store without transactions (MongoDB here) may fail after the first of a message's records.
    const whole = store.writeRecords.bind(store);
    store.writeRecords = async (inputs) => {
      await whole(inputs.slice(0, 1));
      throw new Error('connection lost after the first record');
    };
    const resent: SubmitInput = { text: '城关镇党组织新增2个；河西乡党组织新增3个', ...admin, today: '2026-11-22', at: at('2026-11-22', '19:00'), messageId: 'resent-1' };
    await expect(ledger.submit(resent)).rejects.toThrow('connection lost');
    expect((await store.getRecord('城关镇', '2026-11-22'))?.figures.partyDone).toBe(7);
    store.writeRecords = whole;

    const result = await ledger.submit(resent);
    expect(result?.records.map((r) => [r.township, r.current?.partyDone, r.figures.partyDone])).toEqual([
      ['城关镇', 5, 7],
      ['河西乡', 4, 7],
    ]);
    expect((await store.getRecord('城关镇', '2026-11-22'))?.figures.partyDone).toBe(7);
    expect((await store.getRecord('河西乡', '2026-11-22'))?.figures.partyDone).toBe(7);
    const revisions = (await store.listRevisions({ date: '2026-11-22' })).filter((r) => r.messageId === 'resent-1');
    expect(revisions.map((r) => [r.township, r.old, r.new])).toEqual([
      ['城关镇', 5, 7],
      ['河西乡', 4, 7],
    ]);
  });

  it('plans a record this message created, when sent again, as a first report', async () => {
    await submit('城关镇党组织5个；河西乡党组织4个', admin, at('2026-11-21', '19:00'));
    const whole = store.writeRecords.bind(store);
    store.writeRecords = async (inputs) => {
      await whole(inputs.slice(0, 1));
      throw new Error('connection lost after the first record');
    };
    const resent: SubmitInput = { text: '城关镇党组织新增2个；河西乡党组织新增3个', ...admin, today: '2026-11-22', at: at('2026-11-22', '19:00'), messageId: 'resent-2' };
    await expect(ledger.submit(resent)).rejects.toThrow();
    store.writeRecords = whole;
    const result = await ledger.submit(resent);
    expect(result?.records.map((r) => [r.township, r.current, r.figures.partyDone])).toEqual([
      ['城关镇', null, 7],
      ['河西乡', null, 7],
    ]);
  });

  it('carries a figure set for an earlier date in the same message into the later date', async () => {
    await submit('党组织9个，村委会5个，监委会5个', hexi, at('2026-11-15', '19:00'));
    const result = await submit('11月16日河西乡村委会6个，11月17日河西乡党组织10个 监委会8个', hexi, at('2026-11-17', '10:05'));
    expect((await store.getRecord('河西乡', '2026-11-17'))?.figures).toMatchObject({ partyDone: 10, committeeDone: 6, supervisionDone: 8 });
    // The 17th is compared with the 16th as this message leaves it: 监委会 5 → 8, 村委会 unchanged.
    const seventeenth = result!.records.find((r) => r.date === '2026-11-17')!;
    expect([seventeenth.previousDate, seventeenth.previous?.supervisionDone, seventeenth.previous?.committeeDone]).toEqual(['2026-11-16', 5, 6]);
  });

  it('warns when a backfill leaves a later day still holding the figure it replaced', async () => {
    await submit('党组织9个，村委会5个', hexi, at('2026-11-18', '19:00'));
    await submit('党组织10个', hexi, at('2026-11-19', '19:00'));
    const result = await submit('昨天河西乡村委会6个', hexi, at('2026-11-19', '23:00'));
    expect(result?.accepted).toBe(true);
    // The 19th carried 村委会 5 from the 18th; 党组织 there (10) was typed on the 19th and is no copy.
    expect(result?.warnings).toEqual([{ code: 'later-differs', township: '河西乡', date: '2026-11-19', field: 'committeeDone', value: 5, limit: 6 }]);
    // A report for the latest day itself warns of nothing.
    expect((await submit('党组织11个', hexi, at('2026-11-19', '23:05')))?.warnings).toEqual([]);
  });

  it('warns when a backfill leaves the next later day lower than the day just set, and gives the 更正 for it', async () => {
    await submit('党组织9个', hexi, at('2026-11-18', '19:00'));
    await submit('党组织10个', hexi, at('2026-11-19', '19:00'));
    await submit('党组织10个', hexi, at('2026-11-20', '19:00'));
    const result = await submit('更正：11月18日河西乡党组织11个', hexi, at('2026-11-20', '20:00'));
    expect(result?.accepted).toBe(true);
    expect((await store.getRecord('河西乡', '2026-11-18'))?.figures.partyDone).toBe(11);
    // The 19th (10) now dips below the 18th (11); the 20th, the latest, never held the replaced 9.
    expect(result?.warnings).toEqual([
      { code: 'later-lower', township: '河西乡', date: '2026-11-19', field: 'partyDone', value: 10, limit: 11 },
    ]);
  });

  it('applies concurrent increments one after the other', async () => {
    await submit('党组织5个', hexi, at('2026-11-22', '09:00'));
    await Promise.all([submit('党组织新增1个'), submit('党组织新增2个'), submit('党组织又完成1个')]);
    expect((await store.getRecord('河西乡', '2026-11-22'))?.figures.partyDone).toBe(9);
  });

  it('does not lose updates when two processes share one store file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hj-ledger-'));
    const file = join(dir, 'shared.db');
    const stores = [new SqliteStore(file), new SqliteStore(file)];
    try {
      const ledgers = stores.map((s) => new ProgressLedger({ store: s, lexicon, townships }));
      const send = (l: ProgressLedger, text: string) =>
        l.submit({ text, ...hexi, today: '2026-11-22', at: at('2026-11-22', '19:00'), messageId: `x${++seq}` });
      await send(ledgers[0]!, '党组织1个');
      await Promise.all(Array.from({ length: 8 }, (_, i) => send(ledgers[i % 2]!, '党组织新增1个')));
      expect((await stores[0]!.getRecord('河西乡', '2026-11-22'))?.figures.partyDone).toBe(9);
      expect((await stores[1]!.listRevisions({ township: '河西乡' })).map((r) => r.new)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    } finally {
      for (const s of stores) await s.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('marks corrections as such and allows lowering a past date', async () => {
    await submit('党组织9个', hexi, at('2026-11-21', '19:00'));
    const refused = await submit('昨天党组织8个');
    expect(refused?.errors.map((e) => e.code)).toEqual(['decrease']);
    const ok = await submit('更正：昨天党组织8个');
    expect(ok?.accepted).toBe(true);
    const revs = await ledger.history('河西乡', '2026-11-21');
    expect(revs.at(-1)).toMatchObject({ field: 'partyDone', old: 9, new: 8, kind: 'correction' });
  });
});

describe('撤回', () => {
  it('restores the figures a report replaced, within ten minutes', async () => {
    await submit('党组织9个', hexi, at('2026-11-22', '18:00'));
    await submit('党组织10个，村委会6个', hexi, at('2026-11-22', '19:00'));
    const w = await ledger.withdraw('wecom:hexi_wang', at('2026-11-22', '19:09'), 'w1');
    expect(w).toMatchObject({ ok: true, records: [{ township: '河西乡', date: '2026-11-22', removed: false, kept: [] }] });
    expect((await store.getRecord('河西乡', '2026-11-22'))?.figures).toEqual({ partyDone: 9 });
    expect((await ledger.history('河西乡')).slice(-2).map((r) => [r.field, r.old, r.new, r.kind])).toEqual([
      ['partyDone', 10, 9, 'withdraw'],
      ['committeeDone', 6, null, 'withdraw'],
    ]);
  });

  it('removes a record the report created, and then has nothing left to withdraw', async () => {
    await submit('党组织9个', hexi, at('2026-11-22', '19:00'));
    const w = await ledger.withdraw('wecom:hexi_wang', at('2026-11-22', '19:01'), 'w1');
    expect(w).toMatchObject({ ok: true, records: [{ removed: true }] });
    expect(await store.getRecord('河西乡', '2026-11-22')).toBeNull();
    expect(await ledger.withdraw('wecom:hexi_wang', at('2026-11-22', '19:02'), 'w2')).toEqual({ ok: false, reason: 'nothing' });
  });

  it('refuses after ten minutes and when the sender never reported', async () => {
    await submit('党组织9个', hexi, at('2026-11-22', '19:00'));
    const late = new Date(at('2026-11-22', '19:00').getTime() + WITHDRAW_WINDOW_MS + 1000);
    expect(await ledger.withdraw('wecom:hexi_wang', late, 'w1')).toMatchObject({ ok: false, reason: 'expired' });
    expect(await ledger.withdraw('wecom:zzb_liu', late, 'w2')).toEqual({ ok: false, reason: 'nothing' });
    expect((await store.getRecord('河西乡', '2026-11-22'))?.figures).toEqual({ partyDone: 9 });
  });

  it('leaves alone a field someone else changed since', async () => {
    await submit('党组织9个，村委会6个', hexi, at('2026-11-22', '19:00'));
    await submit('河西乡村委会7个', admin, at('2026-11-22', '19:02'));
    const w = await ledger.withdraw('wecom:hexi_wang', at('2026-11-22', '19:05'), 'w1');
    expect(w).toMatchObject({ ok: true, records: [{ fields: [{ key: 'partyDone', from: 9, to: null }], kept: ['committeeDone'] }] });
    expect((await store.getRecord('河西乡', '2026-11-22'))?.figures).toEqual({ committeeDone: 7 });
  });

  it('keeps the figures carried from the day before when the day outlives the withdrawal', async () => {
    await submit('党组织11个，村委会8个，监委会2个', hexi, at('2026-11-21', '19:00'));
    await submit('监委会4个，交叉任职3人', hexi, at('2026-11-22', '10:00'));
    await submit('河西乡一肩挑7人', admin, at('2026-11-22', '10:02'));
    const w = await ledger.withdraw('wecom:hexi_wang', at('2026-11-22', '10:04'), 'w1');
    expect(w.ok && w.records[0]!.removed).toBe(false);
    // Only what the report itself changed is listed; the carried 党组织/村委会 were never its own.
    expect(w.ok && w.records[0]!.fields).toEqual([
      { key: 'supervisionDone', from: 4, to: 2 },
      { key: 'crossPost', from: 3, to: null },
    ]);
    const figures = (await store.getRecord('河西乡', '2026-11-22'))?.figures;
    expect(figures).toMatchObject({ partyDone: 11, committeeDone: 8, supervisionDone: 2, oneShoulder: 7 });
    expect(figures?.crossPost).toBeUndefined();
  });

  it('withdraws every record of a multi-township message', async () => {
    await submit('城关镇党组织10个\n河西乡党组织9个', admin, at('2026-11-22', '19:00'));
    const w = await ledger.withdraw('wecom:zzb_liu', at('2026-11-22', '19:01'), 'w1');
    expect(w.ok && w.records.map((r) => r.township).sort()).toEqual(['城关镇', '河西乡']);
    expect(await store.listRecords()).toEqual([]);
  });
});

describe('an increment sent again', () => {
  const twice = async (first: string, second: string, gapMin: number) => {
    await submit('村委会5个', hexi, at('2026-11-22', '16:00'));
    await submit(first, hexi, at('2026-11-22', '17:00'));
    return submit(second, hexi, new Date(at('2026-11-22', '17:00').getTime() + gapMin * 60_000));
  };

  it('is still added, with a warning naming the earlier message by its age', async () => {
    const r = await twice('今天又完成村委会换届2个', '今天又完成村委会换届2个', 2);
    expect(r?.accepted).toBe(true);
    expect(r?.records[0]?.figures.committeeDone).toBe(9);
    expect(r?.warnings).toEqual([{ code: 'repeated', township: '河西乡', date: '2026-11-22', value: 2 }]);
  });

  it('is not pointed out when the text differs, the first was withdrawn, or it is past the 撤回 window', async () => {
    expect((await twice('今天又完成村委会换届2个', '今天又完成村委会换届1个', 2))?.warnings).toEqual([]);
    await store.close();
    store = new SqliteStore(':memory:');
    ledger = new ProgressLedger({ store, lexicon, townships });
    expect((await twice('今天又完成村委会换届2个', '今天又完成村委会换届2个', 11))?.warnings).toEqual([]);
    await store.close();
    store = new SqliteStore(':memory:');
    ledger = new ProgressLedger({ store, lexicon, townships });
    await submit('村委会5个', hexi, at('2026-11-22', '16:00'));
    await submit('今天又完成村委会换届2个', hexi, at('2026-11-22', '17:00'));
    await ledger.withdraw(hexi.by, at('2026-11-22', '17:01'), 'w1');
    const again = await submit('今天又完成村委会换届2个', hexi, at('2026-11-22', '17:02'));
    expect(again?.records[0]?.figures.committeeDone).toBe(7);
    expect(again?.warnings).toEqual([]);
  });

  it('is not pointed out for a cumulative figure, which is the same however often it is sent', async () => {
    expect((await twice('村委会7个', '村委会7个', 2))?.warnings).toEqual([]);
  });
});
