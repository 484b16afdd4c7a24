// The store that a test's bot processes share: the SQLite file under the test's data folder, or, when
// MONGODB_URI is set, a database of its own on that server. Tests read it back through the Store port
// only, so the same assertions hold the same guarantees on both.
import mongoose from 'mongoose';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/types.js';

export interface StoreTarget {
  kind: 'sqlite' | 'mongodb';
  /** Spread into each bot process's environment. */
  env: Record<string, string>;
  /** Open the store as another process would, run `fn`, close it. */
  read<T>(fn: (store: Store) => Promise<T>): Promise<T>;
  /** Drop the test's MongoDB database (the SQLite file goes with the data folder). */
  drop(): Promise<void>;
}

export function storeTarget(dataDir: string, name: string): StoreTarget {
  const uri = process.env.MONGODB_URI;
  const env: Record<string, string> = {};
  if (uri) {
    const u = new URL(uri);
    u.pathname = `/hj-${name}-${process.pid}-${Date.now()}`;
    env.MONGODB_URI = u.toString();
  }
  return {
    kind: uri ? 'mongodb' : 'sqlite',
    env,
    async read(fn) {
      const store = await openStore({ MONGODB_URI: env.MONGODB_URI, DATA_DIR: dataDir });
      try {
        return await fn(store);
      } finally {
        await store.close();
      }
    },
    async drop() {
      if (!env.MONGODB_URI) return;
      const conn = await mongoose.createConnection(env.MONGODB_URI, { serverSelectionTimeoutMS: 5000 }).asPromise();
      await conn.dropDatabase();
      await conn.close();
    },
  };
}
