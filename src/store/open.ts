import { join } from 'node:path';
import { SqliteStore } from './sqlite.js';
import type { Store } from './types.js';

/**
 * MONGODB_URI set → MongoDB; otherwise the embedded SQLite file under DATA_DIR. The MongoDB driver is
 * loaded only when it is used: it costs a third of a second and tens of MiB at every start otherwise.
 */
export async function openStore(opts: { MONGODB_URI?: string | undefined; DATA_DIR: string }): Promise<Store> {
  if (opts.MONGODB_URI) {
    const { MongoStore } = await import('./mongo.js');
    return MongoStore.connect(opts.MONGODB_URI);
  }
  return new SqliteStore(join(opts.DATA_DIR, 'huanjie.db'));
}
