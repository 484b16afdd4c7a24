// Backup while the bot works: a real bot process takes a burst of reports; `npm run backup` runs in the
// middle of it; `npm run restore` refuses while the bot runs and, once it stopped, brings back every report
// acknowledged before the backup began, with its figures, and none sent after the backup ended.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite.js';
import { embeddedEnv, killAll, spawnBot, tryFetch, type BotProcess } from '../helpers/child.js';

const dir = mkdtempSync(join(tmpdir(), 'hj-backup-'));
afterAll(async () => {
  await killAll();
  rmSync(dir, { recursive: true, force: true });
});

// A county of 100 townships, so the burst outlasts the backup command's own start-up.
const names = ['青', '松', '柏', '桃', '杏', '梅', '竹', '兰', '菊', '枫'].flatMap((a) => ['山', '水', '林', '田', '溪', '岭', '湾', '坪', '塘', '源'].map((b) => `${a}${b}乡`));
const countyFile = join(dir, 'county.yaml');
writeFileSync(countyFile, `county: 测试县\ncampaign:\n  start: 2026-11-01\ntownships:\n${names.map((n) => `  - name: ${n}\n    due: 30\n`).join('')}admins: [wecom:zzb]\n`);
const env = { DATA_DIR: join(dir, 'data'), COUNTY_FILE: countyFile };

interface Report {
  township: string;
  date: string;
  party: number;
}

const day = (d: number) => `2026-11-${String(d).padStart(2, '0')}`;

async function send(bot: BotProcess, r: Report): Promise<boolean> {
  const text = `${r.township}：党组织换届完成${r.party}个，村委会换届完成${Math.floor(r.party / 2)}个`;
  const res = await tryFetch(`${bot.url}/api/simulate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: 'wecom:zzb', text, at: `${r.date}T12:00:00+08:00` }),
  });
  if (res.status !== 200) return false;
  return (JSON.parse(res.text) as { report?: { accepted: boolean } }).report?.accepted === true;
}

function npm(script: string, file: string): Promise<{ code: number | null; out: string }> {
  return new Promise((ok) => {
    const child = spawn('npm', ['run', '--silent', script, '--', file], { env: { ...embeddedEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.once('exit', (code) => ok({ code, out }));
  });
}

describe('npm run backup during a burst of reports, then npm run restore', () => {
  it('keeps everything acknowledged before the backup began', async () => {
    const bot = await spawnBot({ env });
    const queue: Report[] = [];
    for (let d = 1; d <= 25; d++) for (const township of names) queue.push({ township, date: day(d), party: d });
    const acked: { r: Report; at: number }[] = [];
    let backupBegan = Infinity;
    // How many were acknowledged when the backup began: counted, not timed — two acknowledgements can fall in
    // the same millisecond as the backup's start.
    let ackedFirst = 0;
    let backupEnded = Infinity;
    let backup: Promise<{ code: number | null; out: string }> | undefined;
    const file = join(dir, 'backup.db');
    const worker = async () => {
      while (queue.length && Date.now() < backupEnded) {
        const r = queue.shift()!;
        if (await send(bot, r)) acked.push({ r, at: Date.now() });
        if (acked.length === 300 && !backup) {
          backupBegan = Date.now();
          ackedFirst = acked.length;
          backup = npm('backup', file).finally(() => (backupEnded = Date.now()));
        }
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    const backedUp = await backup!;
    expect(backedUp.code, backedUp.out).toBe(0);
    expect(backedUp.out).toMatch(/backed up .* records/);
    const during = acked.filter((a) => a.at > backupBegan && a.at < backupEnded).length;
    expect(during, 'reports acknowledged while the backup ran').toBeGreaterThan(0);

    // After the backup: one more day for some townships; these must be gone after the restore.
    const after = names.slice(0, 10).map((township) => ({ township, date: day(28), party: 30 }));
    for (const r of after) expect(await send(bot, r)).toBe(true);

    const refused = await npm('restore', file);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/is open \(is the bot running\?\)/);
    expect(await bot.stop()).toBe(0);

    const restored = await npm('restore', file);
    expect(restored.code, restored.out).toBe(0);
    const store = new SqliteStore(join(env.DATA_DIR, 'huanjie.db'));
    try {
      const records = await store.listRecords();
      const byKey = new Map(records.map((x) => [`${x.township}|${x.date}`, x.figures]));
      const before = acked.slice(0, ackedFirst);
      expect(before.length).toBe(300);
      const missing = before.filter(({ r }) => byKey.get(`${r.township}|${r.date}`)?.partyDone !== r.party);
      expect(missing.map(({ r }) => `${r.township} ${r.date}`)).toEqual([]);
      expect(records.filter((x) => x.date === day(28))).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
