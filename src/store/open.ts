import { join } from 'node:path';
import { MongoStore } from './mongo.js';
import { SqliteStore } from './sqlite.js';
import type { Store } from './types.js';

/** MONGODB_URI set → MongoDB; otherwise the embedded SQLite file under DATA_DIR. */
export async function openStore(opts: { MONGODB_URI?: string | undefined; DATA_DIR: string }): Promise<Store> {
  if (opts.MONGODB_URI) return MongoStore.connect(opts.MONGODB_URI);
  return new SqliteStore(join(opts.DATA_DIR, 'huanjie.db'));
}
