// The real bot, in-process, on real SQLite, posting through its real platform senders to a local
// webhook server: exactly once across two processes, catch-up on start, commands and the API.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BulletinService } from '../../src/bulletins/service.js';
import { startTestBot, type TestBot } from '../helpers/bot.js';
import { COUNTY_YAML, localAt, seedWeek } from './fixtures.js';
import { contentOf, DINGTALK_PATH, startWebhookServer, WECOM_PATH, type WebhookServer } from './webhook-server.js';

let server: WebhookServer;
let dataDir: string;
const bots: TestBot[] = [];

async function bot(now: Date, env: Record<string, string> = {}, start = true): Promise<TestBot> {
  const b = await startTestBot({
    dataDir,
    countyYaml: COUNTY_YAML,
    now: () => now,
    start,
    env: {
      JOBS_ENABLED: 'true',
      DINGTALK_MODE: 'off',
      WECOM_WEBHOOK_URL: `${server.url}${WECOM_PATH}?key=k`,
      DINGTALK_WEBHOOK_URL: `${server.url}${DINGTALK_PATH}?access_token=t`,
      ...env,
    },
  });
  bots.push(b);
  return b;
}
const service = (b: TestBot) => b.bot.services.bulletins as BulletinService;

beforeEach(async () => {
  server = await startWebhookServer();
  dataDir = mkdtempSync(join(tmpdir(), 'hj-bulletins-bot-'));
});
afterEach(async () => {
  for (const b of bots.splice(0)) await b.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const at = (hhmm: string, date = '2026-11-22') => localAt(date, hhmm);

describe('scheduled bulletin across processes', () => {
  it('two bots on one SQLite file firing the same minute: exactly one bulletin reaches each group', async () => {
    const a = await bot(at('20:30'), { INSTANCE_ID: 'bot-a' });
    const b = await bot(at('20:30'), { INSTANCE_ID: 'bot-b' });
    await seedWeek(a.bot.store);
    const results = await Promise.all([service(a).runJob('bulletin', at('21:00')), service(b).runJob('bulletin', at('21:00'))]);
    expect(results.map((r) => r.status).sort()).toEqual(['done', 'not-claimed']);
    expect(server.accepted(WECOM_PATH)).toHaveLength(1);
    expect(server.accepted(DINGTALK_PATH)).toHaveLength(1);
    expect(contentOf(server.accepted(WECOM_PATH)[0]!.body)).toContain('**【前三名】**城关镇、龙泉镇、河西乡');
    // Either process starting later within the window finds the run done.
    expect((await service(b).catchUp(at('22:00'))).map((r) => r.status)).toEqual(['not-claimed']);
    expect(server.hits).toHaveLength(2);
    const runs = await b.bot.store.listJobRuns('bulletin');
    expect(runs.map((r) => [r.key, r.status])).toEqual([['2026-11-22', 'done']]);
    expect(['bot-a', 'bot-b']).toContain(runs[0]!.owner);
  });

  it('a bot started after the bulletin time posts once within the catch-up window, never twice', async () => {
    const first = await bot(at('22:10'), {}, false);
    await seedWeek(first.bot.store);
    await first.bot.start();
    await service(first).settled();
    expect(server.accepted(WECOM_PATH)).toHaveLength(1);
    expect(server.accepted(DINGTALK_PATH)).toHaveLength(1);
    await first.close();
    bots.length = 0;

    const restarted = await bot(at('22:40'));
    await service(restarted).settled();
    expect(server.hits).toHaveLength(2);
  });

  it('a bot started after the catch-up window does not post', async () => {
    const late = await bot(at('23:05'), {}, false);
    await seedWeek(late.bot.store);
    await late.bot.start();
    await service(late).settled();
    expect(server.hits).toHaveLength(0);
  });

  it('a bot started between reminder and deadline sends the reminder, @-mentioning liaisons', async () => {
    const b = await bot(at('18:20'), {}, false);
    await seedWeek(b.bot.store, at('18:00'));
    await b.bot.start();
    await service(b).settled();
    const [w] = server.accepted(WECOM_PATH);
    expect(w!.body.msgtype).toBe('text');
    expect(w!.body.text.mentioned_list).toEqual(['lq_feng', 'hx_wang', 'hd_zhao', 'sq_sun', 'bs_wu', 'yjl_chen']);
    const [d] = server.accepted(DINGTALK_PATH);
    expect(d!.body.at.atUserIds).toEqual(['ll_zhou', 'bs_wu', 'mf_zheng', 'yjl_chen']);
    expect(d!.body.text.content).toContain('· 马坊乡 @mf_zheng');
  });

  it('a group that keeps failing is recorded and shown to admins; the other group still receives', async () => {
    server.script(WECOM_PATH, [93000], true);
    const b = await bot(at('20:30'));
    await seedWeek(b.bot.store);
    const result = await service(b).runJob('bulletin', at('21:00'));
    expect(result.status).toBe('failed');
    expect(server.accepted(DINGTALK_PATH)).toHaveLength(1);

    const api = await b.get('/api/bulletins/deliveries?ok=0');
    expect(api.status).toBe(200);
    expect(api.body.deliveries).toHaveLength(1);
    expect(api.body.deliveries[0]).toMatchObject({ job: 'bulletin', key: '2026-11-22', platform: 'wecom', target: '县换届工作群', part: 1, ok: false });
    expect(api.body.deliveries[0].error).toMatch(/93000/);
    expect(api.body.runs[0]).toMatchObject({ job: 'bulletin', status: 'failed' });

    const status = await b.say('zzb_liu', '通报记录', { at: at('21:05').toISOString() });
    expect(status.replies[0].text).toContain('11月22日 日通报：有失败');
    expect(status.replies[0].text).toMatch(/11月22日 日通报 → 县换届工作群 第1条：.*93000/);
    expect(b.logs.join('')).not.toContain('key=k');
  });
});

describe('commands', () => {
  let b: TestBot;
  beforeEach(async () => {
    b = await bot(at('20:30'));
    await seedWeek(b.bot.store);
  });
  const say = (user: string, text: string, hhmm = '20:30', platform = 'wecom') => b.say(user, text, { at: at(hhmm).toISOString(), platform });

  it('排名 / 通报 shows today\'s ranking as of now, to anyone', async () => {
    const r = await say('someone', '排名');
    expect(r.intent).toBe('command');
    expect(r.replies[0].text).toContain('**11月22日**（实时排名，截至20:30）');
    expect(r.replies[0].text).toContain('1. **城关镇** 综合100');
    const d = await say('someone', '通报', '20:31', 'dingtalk');
    expect(d.replies[0].text).toContain('- 1．**城关镇** 综合100');
    expect((await say('someone', '排名 昨天')).replies[0].text).toContain('**11月21日**　已报送');
    expect(server.hits).toHaveLength(0);
  });

  it('a liaison\'s report in chat shows up in the ranking at once', async () => {
    const before = await say('someone', '排名', '20:40');
    expect(before.replies[0].text).toContain('**【未报送】**<font color="warning">杨家岭乡</font>');
    const report = await say('yjl_chen', '杨家岭乡：党组织换届完成7个，村委会7个，监委会7个，一肩挑6人', '20:45');
    expect(report.intent).toBe('report');
    expect(report.report.accepted).toBe(true);
    const after = await say('someone', '排名', '20:50');
    expect(after.replies[0].text).toContain('2. **杨家岭乡** 综合100'); // 城关镇's 一肩挑 9/10 beats 6/7
    expect(after.replies[0].text).toContain('**【未报送】**无');
    expect(after.replies[0].text).toContain('**【迟报】**马坊乡（20:40）、杨家岭乡（20:45）');
  });

  it('帮助 lists the bulletin commands, the admin ones only to admins', async () => {
    const anyone = (await say('someone', '帮助')).replies[0].text;
    expect(anyone).toContain('· 排名（也可说：通报、今日排名、今日通报、今天排名） — 查看今天各乡镇（街道）的实时排名');
    expect(anyone).not.toContain('补发通报');
    const admin = (await say('zzb_liu', '帮助')).replies[0].text;
    expect(admin).toContain('· 补发通报（也可说：重发通报） — 把某天的日通报重新发到各工作群');
  });

  it('预览通报 shows an admin the bulletin as groups receive it, privately', async () => {
    const refused = await say('hx_wang', '预览通报');
    expect(refused.replies[0].text).toContain('仅限县委组织部管理员使用');
    const r = await say('zzb_liu', '预览通报');
    expect(r.replies.every((m: { private?: boolean }) => m.private)).toBe(true);
    expect(r.replies[0].text).toContain('以下是11月22日通报的预览，共1条，仅您可见。');
    expect(r.replies[0].text).toContain('每天21:00定时发送到：县换届工作群、钉钉工作群。');
    expect(r.replies[1].text).toContain('## 青山县村（社区）“两委”换届工作日通报');
    expect(r.replies[1].text).not.toContain('实时排名');
    expect(server.hits).toHaveLength(0);
  });

  it('补发通报 <date> posts that day\'s bulletin to every group and says where it went', async () => {
    const r = await say('zzb_liu', '补发通报 11月21日');
    expect(r.replies[0].text).toContain('11月21日通报补发结果：');
    expect(r.replies[0].text).toContain('· 县换届工作群：已送达1条');
    expect(server.accepted(WECOM_PATH)).toHaveLength(1);
    expect(contentOf(server.accepted(WECOM_PATH)[0]!.body)).toContain('**11月21日**　已报送 **7/9**');
    const audit = await b.bot.store.listAudit();
    expect(audit.some((e) => e.action === 'bulletin.send' && e.actor === 'wecom:zzb_liu')).toBe(true);
    // An admin sees that it happened, as for a scheduled run.
    expect((await say('zzb_liu', '通报记录')).replies[0].text).toMatch(/11月21日.*补发通报.*已完成/);
  });

  it('refuses a year-less date just ahead as not yet come, and 补发通报 posts nothing for it', async () => {
    for (const arg of ['11月23日', '11.23', '11/23', '23日', '12月25日']) {
      const month = arg === '12月25日' ? 12 : 11;
      const day = arg === '12月25日' ? 25 : 23;
      expect((await say('zzb_liu', `补发通报 ${arg}`)).replies[0].text).toContain(`${month}月${day}日还没到，不能补发通报`);
    }
    expect((await say('zzb_liu', '预览通报 11.23')).replies[0].text).toContain('11月23日还没到，不能预览通报');
    expect((await say('someone', '排名 11月23日')).replies[0].text).toContain('11月23日还没到，不能排名');
    expect((await say('someone', '排名 23日')).replies[0].text).toContain('11月23日还没到，不能排名');
    expect(server.hits).toHaveLength(0);
    expect(await service(b).deliveries()).toEqual([]);
    expect((await b.bot.store.listAudit()).filter((e) => e.action === 'bulletin.send')).toEqual([]);
    // A past date without a year is still this year's, and is posted.
    expect((await say('zzb_liu', '补发通报 11.21')).replies[0].text).toContain('11月21日通报补发结果：');
    expect(contentOf(server.accepted(WECOM_PATH)[0]!.body)).toContain('**11月21日**　已报送 **7/9**');
  });

  it('explains a date it cannot use instead of failing', async () => {
    expect((await say('zzb_liu', '补发通报 上个月')).replies[0].text).toContain('没看懂日期“上个月”');
    expect((await say('zzb_liu', '补发通报 2026-11-30')).replies[0].text).toContain('11月30日还没到，不能补发通报');
    expect(server.hits).toHaveLength(0);
  });
});

describe('API', () => {
  it('dry-runs, sends and validates the date', async () => {
    const b = await bot(at('21:30'), {}, false);
    await seedWeek(b.bot.store);
    const dry = await b.post('/api/bulletins/daily?date=2026-11-22&dryRun=1', {});
    expect(dry.status).toBe(200);
    expect(dry.body.messages.map((m: { platform: string; target: string }) => [m.platform, m.target])).toEqual([
      ['wecom', '县换届工作群'],
      ['dingtalk', '钉钉工作群'],
    ]);
    expect(dry.body.messages[0].text).toContain('**【未报送】**<font color="warning">杨家岭乡</font>');
    expect(server.hits).toHaveLength(0);

    const sent = await b.post('/api/bulletins/daily?date=2026-11-22', {});
    expect(sent.status).toBe(200);
    expect(sent.body.delivered.map((d: { target: string }) => d.target)).toEqual(['县换届工作群', '钉钉工作群']);
    expect(sent.body.failed).toEqual([]);
    expect(server.accepted(WECOM_PATH).map((h) => contentOf(h.body))).toEqual([dry.body.messages[0].text]);

    expect((await b.post('/api/bulletins/daily?date=2026-13-01&dryRun=1', {})).status).toBe(400);
    expect((await b.post('/api/bulletins/daily?date=2026-11-23&dryRun=1', {})).body.error).toBe('date is in the future');
    const all = await b.get('/api/bulletins/deliveries?job=bulletin-manual');
    expect(all.body.deliveries).toHaveLength(2);
    expect(all.body.runs.map((r: { job: string; key: string; status: string }) => [r.job, r.key, r.status])).toContainEqual(['bulletin-manual', '2026-11-22', 'done']);
  });
});
