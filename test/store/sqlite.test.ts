import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.js';
import { StoreUnavailableError } from '../../src/store/types.js';
import { storeContract } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'hj-sqlite-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeContract('sqlite', async (opts) => new SqliteStore(join(dir, `t${n++}.db`), opts));

describe('sqlite store specifics', () => {
  it('keeps data across a close and reopen (restart)', async () => {
    const file = join(dir, 'restart.db');
    const a = new SqliteStore(file);
    await a.writeRecord({ township: '城关镇', date: '2026-11-22', figures: { partyDone: 4 }, by: 'u', at: new Date(), kind: 'report' });
    await a.close();
    const b = new SqliteStore(file);
    expect((await b.getRecord('城关镇', '2026-11-22'))?.figures).toEqual({ partyDone: 4 });
    await b.close();
  });

  it('adds the feedback tables to a file written before they existed', async () => {
    const file = join(dir, 'older.db');
    const old = new Database(file);
    old.exec('CREATE TABLE records (township TEXT NOT NULL, date TEXT NOT NULL, figures TEXT NOT NULL, first_reported_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL, message_id TEXT, PRIMARY KEY (township, date))');
    old.prepare("INSERT INTO records VALUES ('城关镇', '2026-11-21', '{\"partyDone\":2}', 1, 1, 'u', NULL)").run();
    old.close();
    const s = new SqliteStore(file);
    await s.logRefusal({ at: new Date('2026-11-22T02:00:00Z'), date: '2026-11-22', platform: 'wecom', sender: 'wecom:a', townships: [], text: '完成8个', reasons: ['missing-indicator'] });
    await s.logUnanswered({ at: new Date('2026-11-22T02:00:00Z'), date: '2026-11-22', platform: 'wecom', sender: 'wecom:a', text: '问', kind: 'abstain', suggestions: [] });
    expect((await s.listRefusals()).map((r) => r.reasons)).toEqual([['missing-indicator']]);
    expect(await s.listUnanswered()).toHaveLength(1);
    expect((await s.getRecord('城关镇', '2026-11-21'))?.figures).toEqual({ partyDone: 2 });
    await s.close();
  });

  it('opens a file another process is writing in rollback mode, waiting for it instead of failing', async () => {
    // What two bots starting at once on one new file do to each other: one is mid-write, before the file is
    // WAL, when the other switches it. SQLite answers that switch "busy" at once, whatever the busy timeout.
    const file = join(dir, 'racing.db');
    const first = new Database(file);
    first.exec('CREATE TABLE records (township TEXT NOT NULL, date TEXT NOT NULL, figures TEXT NOT NULL, first_reported_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, updated_by TEXT NOT NULL, message_id TEXT, PRIMARY KEY (township, date))');
    first.close();
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const writer = spawn(process.execPath, ['-e', `
      const db = new (require(${JSON.stringify(driver)}))(${JSON.stringify(file)});
      db.exec('BEGIN IMMEDIATE');
      db.prepare("INSERT INTO records VALUES ('城关镇', '2026-11-21', '{\\"partyDone\\":3}', 1, 1, 'u', NULL)").run();
      console.log('holding');
      setTimeout(() => { db.exec('COMMIT'); db.close(); }, 600);
    `]);
    await once(writer.stdout, 'data');
    const s = new SqliteStore(file);
    expect(await once(writer, 'exit')).toEqual([0, null]);
    expect((await s.getRecord('城关镇', '2026-11-21'))?.figures).toEqual({ partyDone: 3 });
    const check = new Database(file);
    expect(check.pragma('journal_mode', { simple: true })).toBe('wal');
    check.close();
    await s.close();
  });

  it('adds the claim lease to job runs in a file written before claims were renewed', async () => {
    const file = join(dir, 'older-runs.db');
    const old = new Database(file);
    old.exec('CREATE TABLE job_runs (job TEXT NOT NULL, key TEXT NOT NULL, owner TEXT NOT NULL, status TEXT NOT NULL, started_at INTEGER NOT NULL, finished_at INTEGER, detail TEXT, PRIMARY KEY (job, key))');
    // One run still "running" from an hour ago (its process died), one from just now.
    old.prepare("INSERT INTO job_runs VALUES ('bulletin', 'old', 'gone', 'running', ?, NULL, NULL)").run(Date.now() - 3_600_000);
    old.prepare("INSERT INTO job_runs VALUES ('bulletin', 'new', 'alive', 'running', ?, NULL, NULL)").run(Date.now());
    old.close();
    const [a, b] = [new SqliteStore(file), new SqliteStore(file)];
    expect(await a.claimJobRun('bulletin', 'old', 'a')).toBe(true);
    expect(await b.claimJobRun('bulletin', 'new', 'b')).toBe(false);
    expect(await b.renewJobRun('bulletin', 'new', 'alive')).toBe(true);
    await a.close();
    await b.close();
  });

  it('lets two handles on one file claim a job exactly once', async () => {
    const file = join(dir, 'shared.db');
    const a = new SqliteStore(file);
    const b = new SqliteStore(file);
    const results = await Promise.all([a.claimJobRun('bulletin', 'd', 'a'), b.claimJobRun('bulletin', 'd', 'b')]);
    expect(results.filter(Boolean)).toHaveLength(1);
    await a.close();
    await b.close();
  });

  it('turns driver failures into StoreUnavailableError', async () => {
    const s = new SqliteStore(join(dir, 'closed.db'));
    await s.close();
    await expect(s.getRecord('A', '2026-11-22')).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('claims a key again once its earlier claim has expired, and only then', async () => {
    const file = join(dir, 'claims-expired.db');
    const s = new SqliteStore(file);
    const side = new Database(file);
    side.prepare('INSERT INTO messages VALUES (?, ?), (?, ?)').run('expired', Date.now() - 1, 'live', Date.now() + 60_000);
    side.close();
    expect(await Promise.all(['new', 'new', 'expired', 'live'].map((key) => s.claimMessage(key, 60_000)))).toEqual([true, false, true, false]);
    expect(await s.claimMessage('expired', 60_000)).toBe(false);
    await s.close();
  });

  it('answers claims asked for together each on its own, even when one of them fails', async () => {
    const file = join(dir, 'claims.db');
    const s = new SqliteStore(file);
    await s.claimMessage('seen', 60_000);
    const side = new Database(file);
    side.exec("CREATE TRIGGER refuse_bad BEFORE INSERT ON messages WHEN NEW.key = 'bad' BEGIN SELECT RAISE(ABORT, 'refused'); END");
    side.close();
    const asked = ['a', 'seen', 'b', 'a', 'bad', 'c'].map((key) => s.claimMessage(key, 60_000).then((won) => won, (err: unknown) => err));
    const answers = await Promise.all(asked);
    expect(answers.slice(0, 4)).toEqual([true, false, true, false]);
    expect(answers[4]).toBeInstanceOf(StoreUnavailableError);
    expect((answers[4] as Error).message).toBe('sqlite claimMessage failed: refused');
    expect(answers[5]).toBe(true);
    // What was won is stored: a later claim of the same keys loses, and the refused key was never stored.
    expect(await Promise.all(['a', 'b', 'c'].map((key) => s.claimMessage(key, 60_000)))).toEqual([false, false, false]);
    await s.close();
  });

  it('refuses claims asked for together while another handle holds the file, and leaves none of them claimed', async () => {
    const file = join(dir, 'claims-locked.db');
    const s = new SqliteStore(file);
    // Shorter than the store's own 5 s, so the test does not wait that long for the lock.
    (s as unknown as { db: Database.Database }).db.pragma('busy_timeout = 200');
    const holder = new Database(file);
    holder.exec('BEGIN IMMEDIATE');
    const answers = await Promise.all(['x', 'y'].map((key) => s.claimMessage(key, 60_000).then((won) => won, (err: unknown) => err)));
    for (const a of answers) {
      expect(a).toBeInstanceOf(StoreUnavailableError);
      expect((a as Error).message).toBe('sqlite claimMessage failed: database is locked');
    }
    holder.exec('COMMIT');
    holder.close();
    expect(await Promise.all(['x', 'y'].map((key) => s.claimMessage(key, 60_000)))).toEqual([true, true]);
    await s.close();
  });
});

