// Looks at a bot's SQLite file from the outside, through a second handle (as another process would):
// whole-table snapshots to prove that a refused input changed nothing, a consistency check that every
// record equals the replay of its revisions, and failure injection for store-outage tests.
import { replayProblems as replayOf } from '../store/history.js';
import Database from 'better-sqlite3';

const TABLES = ['records', 'revisions', 'messages', 'job_runs', 'deliveries', 'leases', 'audit'] as const;
export type Table = (typeof TABLES)[number];

/** Every row of the given tables, in a stable order, as JSON text (easy to compare and to diff). */
export function snapshot(file: string, tables: readonly Table[] = TABLES): Record<string, string> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return Object.fromEntries(tables.map((t) => [t, JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all())]));
  } finally {
    db.close();
  }
}

export interface RecordRow {
  township: string;
  date: string;
  figures: Record<string, number>;
}

export interface RevisionRow {
  township: string;
  date: string;
  field: string;
  old: number | null;
  new: number | null;
  at: number;
  message_id: string | null;
}

export function readAll(file: string): { records: RecordRow[]; revisions: RevisionRow[]; messages: string[] } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const records = (db.prepare('SELECT township, date, figures FROM records').all() as { township: string; date: string; figures: string }[]).map((r) => ({
      ...r,
      figures: JSON.parse(r.figures) as Record<string, number>,
    }));
    const revisions = db.prepare('SELECT township, date, field, old, new, at, message_id FROM revisions ORDER BY id').all() as RevisionRow[];
    const messages = (db.prepare('SELECT key FROM messages').all() as { key: string }[]).map((m) => m.key);
    return { records, revisions, messages };
  } finally {
    db.close();
  }
}

/**
 * Problems where a record is not what its revisions say: each revision's `old` must be the value the
 * field had, and the last `new` of every field must be the record's figure (absent when null).
 */
export function replayProblems(file: string): string[] {
  const { records, revisions } = readAll(file);
  return replayOf(records, revisions);
}


/**
 * Make one table refuse writes from every connection (a trigger, so the failure is a real SQLite error
 * raised inside the bot's own statement). Returns a function that brings the store back.
 */
export function failWrites(file: string, table: Table, message = 'simulated outage: disk I/O error'): () => void {
  const db = new Database(file, { fileMustExist: true });
  const name = `outage_${table}`;
  db.exec(`CREATE TRIGGER ${name} BEFORE INSERT ON ${table} BEGIN SELECT RAISE(ABORT, '${message}'); END;`);
  return () => {
    db.exec(`DROP TRIGGER IF EXISTS ${name}`);
    db.close();
  };
}

/** Hold SQLite's write lock from another handle (like a stuck process) until the returned function runs. */
export function holdWriteLock(file: string): () => void {
  const db = new Database(file, { fileMustExist: true });
  db.pragma('busy_timeout = 0');
  db.exec('BEGIN EXCLUSIVE');
  return () => {
    db.exec('ROLLBACK');
    db.close();
  };
}
