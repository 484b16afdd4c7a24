// npm run restore -- <file>: replace the embedded store with a backup. Refuses while any bot has the store
// open; the store's previous contents are kept beside it.
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../src/config.js';
import { BackupError, restoreStore } from '../src/store/sqlite-backup.js';

const backup = process.argv[2];
try {
  if (!backup) throw new BackupError('usage: npm run restore -- <file>   (stop the bot first)');
  const config = loadConfig();
  if (config.MONGODB_URI) throw new BackupError('MONGODB_URI is set: the store is MongoDB, restore it with mongorestore (docs/operations.md)');
  const store = join(config.DATA_DIR, 'huanjie.db');
  const r = await restoreStore(store, backup);
  console.log(`restored ${store} from ${backup}: ${r.records} records, ${r.revisions} revisions`);
  if (r.previous) console.log(`the store's previous contents are kept in ${r.previous}`);
} catch (err) {
  if (!(err instanceof BackupError || err instanceof ConfigError)) throw err;
  console.error(`restore failed: ${err.message}`);
  process.exit(1);
}
