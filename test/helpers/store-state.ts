// What a refused input must leave as it was, read through the store's port so the same fuzz tests run on
// SQLite and on MongoDB (MONGODB_URI). On SQLite the claimed message ids, which the port does not list, are
// read from the file as well.
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite.js';
import { contents, everything } from '../store/history.js';
import type { TestBot } from './bot.js';
import { snapshot } from './store-file.js';

/** `data`: records and history only (a chat message may legitimately write an audit line or claim). */
export async function storeState(t: TestBot, what: 'all' | 'data' = 'all'): Promise<unknown> {
  if (what === 'data') return contents(t.store);
  const claims = t.store instanceof SqliteStore ? snapshot(join(t.config.DATA_DIR, 'huanjie.db'), ['messages', 'leases']) : null;
  return { ...(await everything(t.store)), claims };
}
