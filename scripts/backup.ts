// npm run backup -- <file>: an online copy of the embedded store, safe while the bot runs.
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../src/config.js';
import { BackupError, backupStore } from '../src/store/sqlite-backup.js';

const target = process.argv[2];
try {
  if (!target) throw new BackupError('usage: npm run backup -- <file>   (e.g. backups/huanjie-2026-11-22.db)');
  const config = loadConfig();
  if (config.MONGODB_URI) throw new BackupError('MONGODB_URI is set: the store is MongoDB, back it up with mongodump (docs/operations.md)');
  const store = join(config.DATA_DIR, 'huanjie.db');
  const s = await backupStore(store, target);
  console.log(`backed up ${store} to ${target}: ${s.records} records, ${s.revisions} revisions, ${Math.ceil(s.bytes / 1024)} KiB`);
} catch (err) {
  if (!(err instanceof BackupError || err instanceof ConfigError)) throw err;
  console.error(`backup failed: ${err.message}`);
  process.exit(1);
}
