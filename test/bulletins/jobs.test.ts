import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bulletinJob, catchUp, cronOf, declareJobs, isSkipped, owedRun, reminderJob, type JobDeps, type JobName } from '../../src/bulletins/jobs.js';
import { parseCounty, type County } from '../../src/county.js';
import type { GroupTarget } from '../../src/platforms/types.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { Templates } from '../../src/templates.js';
import { COUNTY_YAML, county, localAt, seedWeek, tempStore, type TempStore } from './fixtures.js';
import { RecordingPlatform, silentLog } from './recording.js';

const templates = new Templates(join(import.meta.dirname, '../../templates/messages'));
const TARGETS: GroupTarget[] = [
  { name: '县换届工作群', platform: 'wecom', url: 'http://127.0.0.1:1/w' },
  { name: '钉钉工作群', platform: 'dingtalk', url: 'http://127.0.0.1:1/d' },
];

let db: TempStore;
let wecom: RecordingPlatform;
let dingtalk: RecordingPlatform;

function jobDeps(over: Partial<JobDeps> = {}, c: County = county()): JobDeps {
  return {
    store: db.store,
    county: c,
    templates,
    log: silentLog,
    owner: 'proc-a',
    platform: (name) => (name === 'wecom' ? wecom : dingtalk),
    targets: (_job: JobName) => TARGETS,
    retry: { attempts: 3, baseMs: 1, maxMs: 2 },
    sleep: async () => {},
    ...over,
  };
}

beforeEach(async () => {
  db = tempStore();
  wecom = new RecordingPlatform('wecom');
  dingtalk = new RecordingPlatform('dingtalk');
  await seedWeek(db.store);
});
afterEach(() => db.close());

const at2100 = localAt('2026-11-22', '21:00');

describe('declared jobs', () => {
  it('come from the county schedule as cron expressions', () => {
    expect(declareJobs(county()).map((j) => [j.name, j.time, j.cron])).toEqual([
      ['reminder', '18:00', '0 18 * * *'],
      ['bulletin', '21:00', '0 21 * * *'],
    ]);
    expect(cronOf('07:05')).toBe('5 7 * * *');
  });

  it('skip listed dates and weekdays', () => {
    const c = parseCounty(COUNTY_YAML.replace('catchUpMinutes: 120', 'catchUpMinutes: 120, skipDates: ["2026-11-22"], skipWeekdays: [6]'));
    expect(isSkipped(c, '2026-11-22')).toBe(true); // listed date (a Sunday)
    expect(isSkipped(c, '2026-11-21')).toBe(true); // Saturday
    expect(isSkipped(c, '2026-11-20')).toBe(false);
  });

  it('skip the days before the campaign starts and after it ends, and post on both end days', () => {
    const c = parseCounty(`${COUNTY_YAML}\ncampaign: { start: 2026-11-01, end: 2027-01-31 }\n`);
    expect(['2026-10-31', '2026-11-01', '2026-12-15', '2027-01-31', '2027-02-01'].map((d) => isSkipped(c, d))).toEqual([true, false, false, false, true]);
    const open = parseCounty(`${COUNTY_YAML}\ncampaign: { start: 2026-11-01 }\n`);
    expect(isSkipped(open, '2030-01-01')).toBe(false);
  });
});

describe('the bulletin job', () => {
  it('posts each group its bulletin once, however many processes run it at the same moment', async () => {
    const other = new SqliteStore(db.file); // a second process's connection to the same file
    try {
      const results = await Promise.all([
        bulletinJob(county()).run(jobDeps(), at2100),
        bulletinJob(county()).run(jobDeps({ store: other, owner: 'proc-b' }), at2100),
        bulletinJob(county()).run(jobDeps({ owner: 'proc-c' }), at2100),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['done', 'not-claimed', 'not-claimed']);
      expect(wecom.posted).toHaveLength(1);
      expect(dingtalk.posted).toHaveLength(1);
      expect(wecom.posted[0]!.msg).toMatchObject({ format: 'markdown', title: '青山县换届工作日通报（11月22日）' });
      expect(wecom.posted[0]!.msg.text).toContain('**【前三名】**城关镇、龙泉镇、河西乡');
      expect(dingtalk.posted[0]!.msg.text).toContain('- **前三名**：城关镇、龙泉镇、河西乡');
      const runs = await other.listJobRuns('bulletin');
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ key: '2026-11-22', status: 'done' });
    } finally {
      await other.close();
    }
  });

  it('does nothing on a skipped day', async () => {
    const c = parseCounty(COUNTY_YAML.replace('catchUpMinutes: 120', 'catchUpMinutes: 120, skipWeekdays: [0]'));
    const result = await bulletinJob(c).run(jobDeps({}, c), at2100);
    expect(result.status).toBe('skipped');
    expect(wecom.attempts).toHaveLength(0);
    expect(await db.store.listJobRuns()).toEqual([]);
  });

  it('posts nothing and owes nothing once the campaign is over', async () => {
    const c = parseCounty(`${COUNTY_YAML}\ncampaign: { end: 2026-11-21 }\n`);
    expect((await bulletinJob(c).run(jobDeps({}, c), at2100)).status).toBe('skipped');
    expect(owedRun(bulletinJob(c), c, new Date(at2100.getTime() + 60_000))).toBeNull();
    expect(wecom.attempts).toHaveLength(0);
    expect(await db.store.listJobRuns()).toEqual([]);
  });

  it('splits to the platform limit, in order, with 续 markers', async () => {
    wecom = new RecordingPlatform('wecom', { markdown: 900, text: 2048 });
    await bulletinJob(county()).run(jobDeps(), at2100);
    expect(wecom.posted.length).toBeGreaterThan(2);
    wecom.posted.forEach((p, i) => {
      expect(Buffer.byteLength(p.msg.text)).toBeLessThanOrEqual(900);
      if (i > 0) expect(p.msg.text.split('\n')[0]).toBe(`**（续${i + 1}/${wecom.posted.length}）青山县换届工作日通报（11月22日）**`);
    });
    expect(dingtalk.posted).toHaveLength(1);
  });

  it('a failed run is claimed again and sends only what did not arrive', async () => {
    dingtalk.on('钉钉工作群', 'refused');
    const first = await bulletinJob(county()).run(jobDeps(), at2100);
    expect(first.status).toBe('failed');
    expect(first.detail).toMatch(/dingtalk:钉钉工作群 0\/1 \(钉钉工作群: errcode 93000/);
    expect((await db.store.listJobRuns('bulletin'))[0]).toMatchObject({ status: 'failed' });

    dingtalk.on('钉钉工作群', 'ok');
    const second = await bulletinJob(county()).run(jobDeps({ owner: 'proc-b' }), at2100);
    expect(second.status).toBe('done');
    expect(wecom.posted).toHaveLength(1); // not again
    expect(dingtalk.posted).toHaveLength(1);
    const third = await bulletinJob(county()).run(jobDeps(), at2100);
    expect(third.status).toBe('not-claimed');
  });
});

describe('the reminder job', () => {
  it('names the townships without a report today and @-mentions their liaisons on each platform', async () => {
    // At 18:00 on 11-22 only 城关镇 has reported.
    const fresh = tempStore();
    try {
      await seedWeek(fresh.store, localAt('2026-11-22', '18:00'));
      const result = await reminderJob(county()).run(jobDeps({ store: fresh.store }), localAt('2026-11-22', '18:00'));
      expect(result.status).toBe('done');
      const [w] = wecom.posted;
      expect(w!.msg.format).toBe('text');
      expect(w!.msg.mention).toEqual(['lq_feng', 'hx_wang', 'hd_zhao', 'sq_sun', 'bs_wu', 'yjl_chen']);
      expect(w!.msg.text).toContain('还有8个乡镇（街道）未报送');
      expect(w!.msg.text).toContain('请联络员于20:00前在群内报送');
      expect(w!.msg.text.split('\n')).toContain('· 柳林乡'); // listed, though its liaison is on DingTalk only
      const [d] = dingtalk.posted;
      expect(d!.msg.mention).toEqual(['ll_zhou', 'bs_wu', 'mf_zheng', 'yjl_chen']);
      expect(d!.msg.text.split('\n')).toContain('· 马坊乡 @mf_zheng');
    } finally {
      await fresh.close();
    }
  });

  it('does not remind a township that has finished all three elections', async () => {
    const fresh = tempStore();
    try {
      await seedWeek(fresh.store, localAt('2026-11-22', '18:00'));
      // 马坊乡 (due 4) finished on the 21st and has nothing more to report.
      await fresh.store.writeRecord({ township: '马坊乡', date: '2026-11-21', figures: { partyDone: 4, committeeDone: 4, supervisionDone: 4 }, by: 'x', at: localAt('2026-11-21', '17:00'), kind: 'report' });
      await reminderJob(county()).run(jobDeps({ store: fresh.store }), localAt('2026-11-22', '18:00'));
      const [d] = dingtalk.posted;
      expect(d!.msg.text).toContain('还有7个乡镇（街道）未报送');
      expect(d!.msg.text).not.toContain('马坊乡');
      expect(d!.msg.mention).toEqual(['ll_zhou', 'bs_wu', 'yjl_chen']);
    } finally {
      await fresh.close();
    }
  });

  it('sends nothing when everyone has reported', async () => {
    await db.store.writeRecord({ township: '杨家岭乡', date: '2026-11-22', figures: { partyDone: 3 }, by: 'x', at: localAt('2026-11-22', '17:00'), kind: 'report' });
    const result = await reminderJob(county()).run(jobDeps(), localAt('2026-11-22', '18:00'));
    expect(result.status).toBe('nothing-to-send');
    expect(wecom.attempts).toHaveLength(0);
  });

  it('splits a long list so each part mentions only the liaisons it names', async () => {
    const many = parseCounty(
      `county: 大县\ntownships:\n${Array.from({ length: 40 }, (_, i) => `  - { name: 第${i + 1}乡, due: 5, liaisons: [wecom:u${i + 1}] }`).join('\n')}\n`,
    );
    wecom = new RecordingPlatform('wecom', { markdown: 4096, text: 400 });
    await reminderJob(many).run(jobDeps({}, many), localAt('2026-11-22', '18:00'));
    expect(wecom.posted.length).toBeGreaterThan(2);
    for (const p of wecom.posted) {
      expect(Buffer.byteLength(p.msg.text)).toBeLessThanOrEqual(400);
      const named = [...p.msg.text.matchAll(/· 第(\d+)乡/g)].map((m) => `u${m[1]}`);
      expect(p.msg.mention).toEqual(named);
    }
    expect(wecom.posted.flatMap((p) => p.msg.mention)).toHaveLength(40);
  });
});

describe('catch-up on start', () => {
  const c = county();
  const bulletin = bulletinJob(c);
  const reminder = reminderJob(c);

  it('owes the latest run within the window, and nothing outside it', () => {
    expect(owedRun(bulletin, c, localAt('2026-11-22', '20:59'))).toBeNull();
    expect(owedRun(bulletin, c, localAt('2026-11-22', '21:00'))).toEqual(at2100);
    expect(owedRun(bulletin, c, localAt('2026-11-22', '22:30'))).toEqual(at2100);
    expect(owedRun(bulletin, c, localAt('2026-11-22', '23:01'))).toBeNull();
    // A reminder is not owed once the deadline it names has passed.
    expect(owedRun(reminder, c, localAt('2026-11-22', '19:59'))).toEqual(localAt('2026-11-22', '18:00'));
    expect(owedRun(reminder, c, localAt('2026-11-22', '20:00'))).toBeNull();
  });

  it('looks back across midnight to the previous day', () => {
    const late = parseCounty(COUNTY_YAML.replace('bulletin: "21:00"', 'bulletin: "23:30"'));
    expect(owedRun(bulletinJob(late), late, localAt('2026-11-23', '00:45'))).toEqual(localAt('2026-11-22', '23:30'));
  });

  it('runs what is owed once, however often the process restarts', async () => {
    const now = localAt('2026-11-22', '22:10');
    const first = await catchUp(jobDeps(), [reminder, bulletin], now);
    expect(first.map((r) => [r.job, r.date, r.status])).toEqual([['bulletin', '2026-11-22', 'done']]);
    const again = await catchUp(jobDeps({ owner: 'proc-restarted' }), [reminder, bulletin], localAt('2026-11-22', '22:40'));
    expect(again.map((r) => r.status)).toEqual(['not-claimed']);
    expect(wecom.posted).toHaveLength(1);
  });
});
