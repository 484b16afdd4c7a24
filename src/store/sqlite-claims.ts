// Message claims of the SQLite store: the dedupe that keeps a redelivered callback from being handled twice,
// also by another process on the same file. A claim is a row under the message key's primary key, and it
// answers only once its transaction is committed.
import type { SqliteStatements } from './sqlite-jobs.js';
import { StoreUnavailableError } from './types.js';

/** A driver error as the one kind of failure callers see. */
export const unavailable = (what: string, err: unknown) => new StoreUnavailableError(`sqlite ${what} failed: ${(err as Error).message}`, { cause: err });

interface PendingClaim {
  key: string;
  ttlMs: number;
  now: number;
  ok: (won: boolean) => void;
  fail: (err: unknown) => void;
}

export class SqliteClaims {
  private pending: PendingClaim[] = [];

  constructor(private readonly db: SqliteStatements) {}

  claim(key: string, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    return new Promise((ok, fail) => {
      if (this.pending.push({ key, ttlMs, now, ok, fail }) === 1) setImmediate(() => this.flush());
    });
  }

  release(key: string): void {
    this.db.sql('DELETE FROM messages WHERE key = ?').run(key);
  }

  /** Won when the key is new or its earlier claim has expired: one statement (a delete and an insert cost two). */
  private claimOne(c: PendingClaim): boolean {
    return (
      this.db
        .sql('INSERT INTO messages (key, expires_at) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE expires_at <= ?')
        .run(c.key, c.now + c.ttlMs, c.now).changes === 1
    );
  }

  /**
   * Claims asked for in one turn of the event loop share one transaction: under a burst of callbacks the
   * commit, not the insert, was the largest single cost of a callback. Each claim still resolves only once
   * it is committed. Should the shared transaction fail, each claim is tried alone, so one claim's failure
   * is never another's — unless the file stayed locked past busy_timeout: all of them have waited for it
   * once already, and waiting again per claim would hold the event loop for seconds each.
   */
  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    if (batch.length > 1) {
      try {
        const won = this.db.atomically(() => batch.map((c) => this.claimOne(c)));
        batch.forEach((c, i) => c.ok(won[i]!));
        return;
      } catch (err) {
        if ((err as { code?: string }).code === 'SQLITE_BUSY') {
          const e = unavailable('claimMessage', err);
          for (const c of batch) c.fail(e);
          return;
        }
        // otherwise: one at a time
      }
    }
    for (const c of batch) {
      let won: boolean;
      try {
        won = this.db.atomically(() => this.claimOne(c));
      } catch (err) {
        c.fail(unavailable('claimMessage', err));
        continue;
      }
      c.ok(won);
    }
  }
}
