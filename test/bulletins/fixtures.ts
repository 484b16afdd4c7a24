// A small county and a scripted week of reports (2026-11-16 … 2026-11-22), written through the store
// port exactly as the progress feature writes them. Expected values are worked out in week.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCounty } from '../../src/county.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import type { Figures, RevisionKind, Store } from '../../src/store/types.js';
import { zonedInstant } from '../../src/time.js';

export const TZ = 'Asia/Shanghai';

export const COUNTY_YAML = `
county: 青山县
timezone: Asia/Shanghai
townships:
  - { name: 城关镇, due: 10, liaisons: [wecom:cg_li, dingtalk:cg_ding] }
  - { name: 龙泉镇, due: 10, liaisons: [wecom:lq_feng] }
  - { name: 河西乡, due: 8, liaisons: [wecom:hx_wang] }
  - { name: 河东镇, due: 10, liaisons: [wecom:hd_zhao] }
  - { name: 柳林乡, due: 5, liaisons: [dingtalk:ll_zhou] }
  - { name: 石桥镇, due: 5, liaisons: [wecom:sq_sun] }
  - { name: 白沙镇, due: 10, liaisons: [wecom:bs_wu, dingtalk:bs_wu] }
  - { name: 马坊乡, due: 4, liaisons: [dingtalk:mf_zheng] }
  - { name: 杨家岭乡, due: 7, liaisons: [yjl_chen] }
admins: [wecom:zzb_liu, dingtalk:zzb_liu]
groups:
  - { name: 县换届工作群, platform: wecom }
  - { name: 钉钉工作群, platform: dingtalk }
schedule: { reminder: "18:00", deadline: "20:00", bulletin: "21:00", catchUpMinutes: 120 }
`;

export const county = () => parseCounty(COUNTY_YAML, 'test county');

interface Event {
  date: string;
  township: string;
  /** Local HH:MM, optionally on another day ("2026-11-22 09:00"). */
  at: string;
  figures: Figures;
  kind?: RevisionKind;
}

const f = (partyDone: number, committeeDone: number, supervisionDone: number, oneShoulder: number, extra: Figures = {}): Figures => ({
  partyDone,
  committeeDone,
  supervisionDone,
  oneShoulder,
  ...extra,
});

export const WEEK: Event[] = [
  { date: '2026-11-16', township: '城关镇', at: '17:00', figures: f(2, 1, 0, 1) },
  { date: '2026-11-16', township: '河东镇', at: '18:00', figures: f(3, 2, 0, 2) },
  { date: '2026-11-17', township: '城关镇', at: '17:00', figures: f(4, 3, 1, 2) },
  { date: '2026-11-17', township: '柳林乡', at: '18:10', figures: f(2, 2, 1, 1) },
  { date: '2026-11-18', township: '河西乡', at: '19:00', figures: f(4, 3, 1, 2) },
  { date: '2026-11-18', township: '龙泉镇', at: '19:20', figures: f(3, 3, 0, 2) },
  { date: '2026-11-19', township: '白沙镇', at: '18:00', figures: f(3, 3, 1, 2) },
  { date: '2026-11-19', township: '石桥镇', at: '18:30', figures: f(2, 1, 0, 1) },
  { date: '2026-11-20', township: '城关镇', at: '17:00', figures: f(6, 5, 3, 4) },
  { date: '2026-11-20', township: '马坊乡', at: '18:00', figures: f(1, 1, 0, 1) },
  { date: '2026-11-20', township: '杨家岭乡', at: '18:20', figures: f(3, 2, 0, 2) },
  // 11-21: everyone but 马坊乡 and 杨家岭乡.
  { date: '2026-11-21', township: '柳林乡', at: '17:30', figures: f(4, 4, 3, 3) },
  { date: '2026-11-21', township: '河东镇', at: '17:40', figures: f(8, 8, 5, 7) },
  { date: '2026-11-21', township: '城关镇', at: '17:50', figures: f(8, 7, 5, 6) },
  { date: '2026-11-21', township: '河西乡', at: '17:55', figures: f(6, 6, 3, 4) },
  { date: '2026-11-21', township: '石桥镇', at: '18:00', figures: f(3, 2, 1, 2) },
  { date: '2026-11-21', township: '龙泉镇', at: '18:30', figures: f(6, 6, 0, 5) },
  { date: '2026-11-21', township: '白沙镇', at: '19:00', figures: f(5, 5, 2, 3) },
  // 11-22 morning: 河西乡 corrects yesterday's 村委会 figure 6 → 5.
  { date: '2026-11-21', township: '河西乡', at: '2026-11-22 09:00', figures: f(6, 5, 3, 4), kind: 'correction' },
  // 11-22: 杨家岭乡 does not report; 马坊乡 reports after the 20:00 deadline.
  { date: '2026-11-22', township: '城关镇', at: '17:05', figures: f(10, 10, 10, 9) },
  { date: '2026-11-22', township: '河西乡', at: '18:30', figures: f(8, 6, 4, 5) },
  { date: '2026-11-22', township: '河东镇', at: '19:00', figures: f(8, 8, 6, 7) },
  { date: '2026-11-22', township: '柳林乡', at: '19:10', figures: f(4, 4, 3, 3) },
  { date: '2026-11-22', township: '龙泉镇', at: '19:15', figures: f(10, 10, 0, 8, { under35: 8, college: 20, female: 7, avgAge: 43.2 }) },
  { date: '2026-11-22', township: '石桥镇', at: '19:30', figures: f(3, 3, 1, 2) },
  { date: '2026-11-22', township: '白沙镇', at: '19:30', figures: f(6, 6, 2, 4) },
  // 城关镇 adds its structure figures in a second report the same day (first report time stays 17:05).
  { date: '2026-11-22', township: '城关镇', at: '19:50', figures: f(10, 10, 10, 9, { under35: 12, college: 25, female: 9, avgAge: 41.46 }) },
  { date: '2026-11-22', township: '马坊乡', at: '20:40', figures: f(2, 2, 1, 1) },
];

export function localAt(date: string, at: string): Date {
  const [d, t] = at.includes(' ') ? at.split(' ') : [date, at];
  return zonedInstant(d!, t!, TZ);
}

/** Write the events up to and including `until` (by report time) into a store. */
export async function seedWeek(store: Store, until?: Date): Promise<void> {
  for (const e of WEEK) {
    const at = localAt(e.date, e.at);
    if (until && at > until) continue;
    await store.writeRecord({ township: e.township, date: e.date, figures: e.figures, by: 'wecom:seed', at, kind: e.kind ?? 'report' });
  }
}

export interface TempStore {
  store: SqliteStore;
  dir: string;
  file: string;
  close(): Promise<void>;
}

export function tempStore(dir = mkdtempSync(join(tmpdir(), 'hj-bulletins-'))): TempStore {
  const file = join(dir, 'huanjie.db');
  const store = new SqliteStore(file);
  return {
    store,
    dir,
    file,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
