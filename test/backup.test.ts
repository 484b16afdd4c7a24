// Backup and restore of the embedded store, in-process: a backup taken while the store is open holds what
// was committed before it and nothing after; restore refuses while the store is open and keeps the old file.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupStore, restoreStore, storeInUse } from '../src/store/sqlite-backup.js';
import { SqliteStore } from '../src/store/sqlite.js';

const dir = mkdtempSync(join(tmpdir(), 'hj-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (store: SqliteStore, township: string, partyDone: number) =>
  store.writeRecord({ township, date: '2026-11-22', figures: { partyDone }, by: 'wecom:u', at: new Date('2026-11-22T10:00:00+08:00'), kind: 'report' });

describe('backupStore and restoreStore', () => {
  const live = join(dir, 'data', 'huanjie.db');
  const copy = join(dir, 'copy.db');

  it('copies a store the bot holds open, and never overwrites an existing backup', async () => {
    const store = new SqliteStore(live);
    for (let i = 1; i <= 5; i++) await write(store, `乡${i}`, i);
    const s = await backupStore(live, copy);
    for (let i = 6; i <= 40; i++) await write(store, `乡${i}`, i);
    expect(s).toMatchObject({ records: 5, revisions: 5 });
    expect(existsSync(`${copy}-wal`)).toBe(false);
    await expect(backupStore(live, copy)).rejects.toThrow(/already exists/);

    expect(storeInUse(live)).toBe(true);
    await expect(restoreStore(live, copy)).rejects.toThrow(/is open \(is the bot running\?\)/);
    expect((await store.listRecords()).length).toBe(40);
    await store.close();
  });

  it('restores once the store is closed, keeping the previous contents beside it', async () => {
    const r = await restoreStore(live, copy, new Date('2026-11-23T00:00:00Z'));
    expect(r.previous).toBe(`${live}.before-restore-2026-11-23T00-00-00-000Z`);
    const restored = new SqliteStore(live);
    const records = await restored.listRecords();
    expect(records.map((x) => x.township).sort()).toEqual(['乡1', '乡2', '乡3', '乡4', '乡5']);
    expect(r).toMatchObject({ records: 5, revisions: 5 });
    await restored.close();
    const previous = new SqliteStore(r.previous!);
    expect((await previous.listRecords()).length).toBe(40);
    await previous.close();
  });

  it('refuses a file that is not a store, and leaves the store as it was', async () => {
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'not a database at all, just text');
    await expect(restoreStore(live, junk)).rejects.toThrow();
    const other = join(dir, 'other.db');
    const db = new (await import('better-sqlite3')).default(other);
    db.exec('CREATE TABLE t (x)');
    db.close();
    await expect(restoreStore(live, other)).rejects.toThrow(/not a 换届助手 store/);
    await expect(backupStore(join(dir, 'nowhere', 'huanjie.db'), join(dir, 'x.db'))).rejects.toThrow(/no store at/);
  });
});
