// Backup and restore of the embedded store. Backup uses SQLite's online backup API, so it is safe while
// the bot runs and writes: the copy is one consistent snapshot of every committed transaction. Restore
// replaces the store's contents and therefore refuses while any process has the store open.
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export class BackupError extends Error {
  override name = 'BackupError';
}

export interface StoreSummary {
  records: number;
  revisions: number;
  bytes: number;
}

function summary(file: string): StoreSummary {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new BackupError(`${file} is damaged: ${String(check)}`);
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
    if (!tables.has('records') || !tables.has('revisions')) throw new BackupError(`${file} is not a 换届助手 store (no records table)`);
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return { records: count('records'), revisions: count('revisions'), bytes: statSync(file).size };
  } finally {
    db.close();
  }
}

/** Copy a live database into `target` as one self-contained file (no -wal beside it). */
async function copy(source: string, target: string): Promise<void> {
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    // After the first step, copy everything that remains in one step: a writer in another process then
    // cannot restart the copy again and again during a burst of reports.
    await db.backup(partial, { progress: ({ remainingPages }) => Math.max(remainingPages, 100) });
  } finally {
    db.close();
  }
  const out = new Database(partial);
  out.pragma('journal_mode = DELETE');
  out.close();
  renameSync(partial, target);
}

/** Online backup of the store file to `target`, which must not exist yet. */
export async function backupStore(storeFile: string, target: string): Promise<StoreSummary> {
  if (!existsSync(storeFile)) throw new BackupError(`there is no store at ${storeFile} (check DATA_DIR)`);
  if (existsSync(target)) throw new BackupError(`${target} already exists; choose a new file name, a backup never overwrites one`);
  await copy(storeFile, target);
  return summary(target);
}

/**
 * True when another connection (a running bot, in this process or another) has the store open. Leaving WAL
 * mode needs the database to itself, so SQLite answers "busy" exactly then.
 */
export function storeInUse(storeFile: string): boolean {
  if (!existsSync(storeFile)) return false;
  const db = new Database(storeFile, { timeout: 500 });
  try {
    return db.pragma('journal_mode = DELETE', { simple: true }) !== 'delete';
  } catch (err) {
    if ((err as { code?: string }).code?.startsWith('SQLITE_BUSY')) return true;
    throw err;
  } finally {
    db.close();
  }
}

export interface RestoreResult extends StoreSummary {
  /** Where the store's previous contents were kept, if there were any. */
  previous?: string;
}

/** Replace the store with the contents of `backup`. Refuses while the store is open anywhere. */
export async function restoreStore(storeFile: string, backup: string, now = new Date()): Promise<RestoreResult> {
  if (!existsSync(backup)) throw new BackupError(`there is no backup at ${backup}`);
  summary(backup);
  if (storeInUse(storeFile)) {
    throw new BackupError(`the store ${storeFile} is open (is the bot running?): stop every bot process that uses it, then restore again`);
  }
  let previous: string | undefined;
  if (existsSync(storeFile)) {
    previous = `${storeFile}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    await copy(storeFile, previous);
  }
  mkdirSync(dirname(storeFile), { recursive: true });
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(storeFile, { progress: ({ remainingPages }) => Math.max(remainingPages, 100) });
  } finally {
    source.close();
  }
  return { ...summary(storeFile), ...(previous ? { previous } : {}) };
}
