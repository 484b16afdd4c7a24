// A reporting day through the real bot (HTTP → router → skill → ledger → SQLite): several liaisons,
// an increment, a correction, an unauthorised sender, a withdrawal, the commands, and the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/bot.js';

let bot: TestBot;
const at = (date: string, hm: string) => `${date}T${hm}:00+08:00`;
const today = (hm: string) => ({ at: at('2026-11-22', hm) });
const text = (res: { replies: { text: string }[] }) => res.replies.map((r) => r.text).join('\n');

beforeAll(async () => {
  bot = await startTestBot({ now: () => new Date(at('2026-11-22', '21:00')) });
});
afterAll(() => bot.close());

describe('a day of reports', () => {
  it('the day before: two liaisons report, one message sent just before midnight arrives late', async () => {
    const a = await bot.say('hexi_wang', '河西乡：党组织换届完成9个，村委会6个，监委会3个', { at: at('2026-11-21', '19:30') });
    expect(a.report).toEqual({
      accepted: true,
      records: [{ township: '河西乡', date: '2026-11-21', figures: { partyDone: 9, committeeDone: 6, supervisionDone: 3 } }],
      errors: [],
      warnings: [],
    });
    const b = await bot.say('manager4021', '城关镇 党组织12个 村委会9个', { at: at('2026-11-21', '23:58'), platform: 'dingtalk' });
    expect(b.report.records).toEqual([{ township: '城关镇', date: '2026-11-21', figures: { partyDone: 12, committeeDone: 9 } }]);
    await bot.say('liulin_zhou', '柳林乡 党组织3个', { at: at('2026-11-21', '20:00') });
  });

  it('an unauthorised sender is refused and told whom to ask; nothing is stored', async () => {
    const res = await bot.say('passerby', '城关镇党组织换届完成15个', today('08:50'));
    expect(res.intent).toBe('report');
    expect(res.report).toMatchObject({ accepted: false, errors: ['not-authorised'], records: [] });
    expect(text(res)).toContain('城关镇');
    expect(text(res)).toContain('管理员');
  });

  it('an increment is added to the last cumulative figure and the reply says so', async () => {
    const res = await bot.say('hexi_wang', '党组织换届新增2个，村委会8个', today('17:30'));
    expect(res.report.records).toEqual([{ township: '河西乡', date: '2026-11-22', figures: { partyDone: 11, committeeDone: 8 } }]);
    const reply = text(res);
    expect(reply).toContain('11/12');
    expect(reply).toMatch(/在9的基础上新增2/);
    expect(reply).toContain('较前日+2');
    expect(reply).toContain('村(居)务监督委员会');
  });

  it('a percentage with a stated due count is turned into a count', async () => {
    const res = await bot.say('hedong_zhao', '河东镇：党组织换届完成率100%（共15个），村委会12个，一肩挑10人', today('17:40'));
    expect(res.report.records).toEqual([{ township: '河东镇', date: '2026-11-22', figures: { partyDone: 15, due: 15, committeeDone: 12, oneShoulder: 10 } }]);
  });

  it('a liaison cannot report for another township', async () => {
    const res = await bot.say('hexi_wang', '河东镇村委会13个', today('17:45'));
    expect(res.report).toMatchObject({ accepted: false, errors: ['not-your-township'] });
    expect(text(res)).toContain('河东镇');
  });

  it('a lower figure is refused without 更正 and accepted with it', async () => {
    await bot.say('manager4021', '城关镇 党组织14个 村委会11个', { ...today('18:00'), platform: 'dingtalk' });
    const lower = await bot.say('manager4021', '村委会10个', { ...today('18:05'), platform: 'dingtalk' });
    expect(lower.report).toMatchObject({ accepted: false, errors: ['decrease'] });
    expect(text(lower)).toContain('更正');
    const fixed = await bot.say('manager4021', '更正：村委会10个', { ...today('18:06'), platform: 'dingtalk' });
    expect(fixed.report.records).toEqual([{ township: '城关镇', date: '2026-11-22', figures: { committeeDone: 10 } }]);
    expect(text(fixed)).toContain('原为11');
  });

  it('a liaison withdraws a report within ten minutes', async () => {
    await bot.say('shiqiao_sun', '石桥镇 党组织换届完成13个', today('18:10'));
    const res = await bot.say('shiqiao_sun', '撤回', today('18:12'));
    expect(res.intent).toBe('command');
    expect(text(res)).toContain('石桥镇');
    expect(text(res)).toContain('18:10');
    const again = await bot.say('shiqiao_sun', '撤回', today('18:13'));
    expect(text(again)).toContain('没有找到');
  });

  it('"无新进展" counts as a report and repeats the last figures', async () => {
    const res = await bot.say('liulin_zhou', '今日无新进展', today('18:15'));
    expect(res.report).toEqual({ accepted: true, records: [{ township: '柳林乡', date: '2026-11-22', figures: {} }], errors: [], warnings: [] });
    expect(text(res)).toContain('无新进展');
    expect(text(res)).toContain('3/9');
  });

  it('questions are not taken for reports, and an image alone is answered', async () => {
    const q = await bot.say('hexi_wang', '村委会几年一届', today('18:20'));
    expect(q.intent).not.toBe('report');
    expect(q.report).toBeUndefined();
    const img = await bot.bot.route({ platform: 'wecom', messageId: 'img-1', userId: 'hexi_wang', chatType: 'group', text: '', at: new Date(at('2026-11-22', '18:21')), hasAttachment: true });
    expect(img.report).toMatchObject({ accepted: false, errors: ['attachment-only'] });
    expect(img.replies[0]?.text).toContain('文字');
  });

  it('未报送 lists exactly the townships without a record today', async () => {
    const res = await bot.say('zzb_liu', '未报送', today('18:30'));
    const reply = text(res);
    expect(reply).toContain('7个');
    for (const name of ['石桥镇', '白沙镇', '马坊乡', '龙泉镇', '杨家岭乡', '新华街道', '东城街道']) expect(reply).toContain(name);
    for (const name of ['河西乡', '河东镇', '城关镇', '柳林乡']) expect(reply).not.toContain(name);
  });

  it('进度 ranks the county, 河西进度 shows one township with its history', async () => {
    const county = text(await bot.say('zzb_liu', '进度', today('18:31')));
    expect(county.indexOf('1. 河东镇')).toBeGreaterThan(-1);
    expect(county.indexOf('2. 河西乡')).toBeGreaterThan(county.indexOf('1. 河东镇'));
    expect(county.indexOf('3. 城关镇')).toBeGreaterThan(county.indexOf('2. 河西乡'));
    expect(county).toContain('4. 柳林乡');
    expect(county).toContain('已报送4/11');
    const one = text(await bot.say('zzb_liu', '河西进度', today('18:32')));
    expect(one).toContain('河西乡（应换届12个）');
    expect(one).toContain('第2名');
    expect(one).toContain('hexi_wang');
  });

  it('GET /api/progress ranks by the default weights, 未报送 last', async () => {
    const res = await bot.get('/api/progress?date=2026-11-22');
    expect(res.status).toBe(200);
    expect(res.body.date).toBe('2026-11-22');
    const rows = res.body.townships as { name: string; reported: boolean; figures: Record<string, number>; score: number; rank: number }[];
    expect(rows.slice(0, 3).map((r) => [r.name, r.rank])).toEqual([['河东镇', 1], ['河西乡', 2], ['城关镇', 3]]);
    // 监委会 never reported: left out of the score, the other weights scaled up to the same total.
    expect(rows[0]!.score).toBeCloseTo(((0.4 * 1 + 0.4 * (12 / 15)) * 1) / 0.8, 6);
    expect(rows[1]).toMatchObject({ reported: true, figures: { partyDone: 11, committeeDone: 8, supervisionDone: 3 } });
    expect(rows[1]!.score).toBeCloseTo(0.4 * (11 / 12) + 0.4 * (8 / 12) + 0.2 * (3 / 12), 6);
    expect(rows[2]).toMatchObject({ figures: { partyDone: 14, committeeDone: 10 } });
    expect(rows[3]).toMatchObject({ name: '柳林乡', reported: true, rank: 4, figures: { partyDone: 3 } });
    expect(rows.slice(4).every((r) => !r.reported && r.rank === 5)).toBe(true);
    expect(rows.find((r) => r.name === '石桥镇')).toMatchObject({ reported: false, figures: {} });
    const yesterday = await bot.get('/api/progress?date=2026-11-21');
    expect(yesterday.body.townships.filter((r: { reported: boolean }) => r.reported).map((r: { name: string }) => r.name)).toEqual(['城关镇', '河西乡', '柳林乡']); // 城关镇 never reported 监委会: scored on the other two
  });

  it('GET /api/progress/history returns the revisions, the withdrawal included', async () => {
    const res = await bot.get(`/api/progress/history?township=${encodeURIComponent('石桥')}`);
    expect(res.status).toBe(200);
    expect(res.body.township).toBe('石桥镇');
    expect(res.body.revisions.map((r: { field: string; old: number | null; new: number | null; kind: string; by: string }) => [r.field, r.old, r.new, r.kind, r.by])).toEqual([
      ['partyDone', null, 13, 'report', 'wecom:shiqiao_sun'],
      ['partyDone', 13, null, 'withdraw', 'wecom:shiqiao_sun'],
    ]);
  });
});
