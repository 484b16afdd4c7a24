// The progress commands and API edges, through the real app on a small county.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/bot.js';

const COUNTY = `
county: 小县
timezone: Asia/Shanghai
townships:
  - { name: 甲镇, aliases: [甲], due: 10, liaisons: [wecom:jia] }
  - { name: 乙乡, due: 10, liaisons: [wecom:yi] }
admins: [wecom:boss]
ranking: { partyDone: 0, committeeDone: 1, supervisionDone: 0 }
`;

let bot: TestBot;
const at = (hm: string, date = '2026-11-22') => ({ at: `${date}T${hm}:00+08:00` });
const text = (res: { replies: { text: string }[] }) => res.replies.map((r) => r.text).join('\n');

beforeAll(async () => {
  // 00:30 on the 23rd in the county is still the 22nd in UTC: "today" must follow the county clock.
  bot = await startTestBot({ countyYaml: COUNTY, now: () => new Date('2026-11-22T16:30:00Z') });
  await bot.say('jia', '党组织10个，村委会5个', at('19:00', '2026-11-22'));
  await bot.say('yi', '党组织2个，村委会6个', at('19:00', '2026-11-22'));
  await bot.say('jia', '党组织10个，村委会6个', at('00:20', '2026-11-23'));
});
afterAll(() => bot.close());

describe('progress commands', () => {
  it('进度 takes a date argument and ranks with the county file weights', async () => {
    const res = text(await bot.say('boss', '进度 昨天', at('00:25', '2026-11-23')));
    expect(res).toContain('11月22日（昨天）');
    // Weights 0/1/0: 乙乡 (村委会 6/10) ranks above 甲镇 (5/10) despite fewer 党组织.
    expect(res.indexOf('1. 乙乡')).toBeGreaterThan(-1);
    expect(res.indexOf('2. 甲镇')).toBeGreaterThan(res.indexOf('1. 乙乡'));
  });

  it('进度 answers an unreadable date with what to type', async () => {
    expect(text(await bot.say('boss', '进度 上礼拜', at('00:25', '2026-11-23')))).toContain('上礼拜');
  });

  it('进度 and 未报送 say a date ahead has not come yet', async () => {
    for (const arg of ['11月23日', '11.23', '23日', '明天']) {
      const res = text(await bot.say('boss', `进度 ${arg}`, at('20:00', '2026-11-22')));
      expect(res).toContain('11月23日还没到，只能查询今天或以前的日期，例如“进度 昨天”');
      expect(res).not.toContain('不是可以查询的日期');
    }
    expect(text(await bot.say('boss', '未报送 11月24日', at('20:00', '2026-11-22')))).toContain('11月24日还没到，只能查询今天或以前的日期，例如“未报送 昨天”');
  });

  it('未报送 on a day when everyone reported, and on one when not', async () => {
    expect(text(await bot.say('boss', '未报送 昨天', at('00:26', '2026-11-23')))).toContain('均已报送');
    const today = text(await bot.say('boss', '未报送', at('00:26', '2026-11-23')));
    expect(today).toContain('乙乡');
    expect(today).not.toContain('甲镇');
  });

  it('<乡镇>进度 and 进度 <乡镇> show one township; an unknown one gets a suggestion', async () => {
    const one = text(await bot.say('boss', '甲进度', at('00:27', '2026-11-23')));
    expect(one).toContain('甲镇（应换届10个）');
    expect(one).toContain('村(居)委会换届：6/10个，完成率60%，较前日+1');
    expect(text(await bot.say('boss', '进度 甲镇', at('00:27', '2026-11-23')))).toContain('甲镇（应换届10个）');
    const unknown = text(await bot.say('boss', '丙镇进度', at('00:27', '2026-11-23')));
    expect(unknown).toContain('丙镇');
    expect(unknown).toContain('甲镇、乙乡');
  });

  it('reads one township\'s 进度 the way people ask for it in a group', async () => {
    for (const q of ['查一下甲进度', '甲镇的进度怎么样', '进度甲镇', '帮我看看甲镇进度情况']) {
      expect(text(await bot.say('boss', q, at('00:27', '2026-11-23'))), q).toContain('甲镇（应换届10个）');
    }
    expect(text(await bot.say('boss', '查一下进度', at('00:27', '2026-11-23')))).toContain('全县合计');
    // Not a township after 进度: left to the other skills, not read as one.
    expect(text(await bot.say('boss', '进度条怎么看', at('00:27', '2026-11-23')))).not.toContain('应换届');
  });

  it('shows an indicator a township never reported as —, not 0', async () => {
    const view = text(await bot.say('boss', '进度', at('00:27', '2026-11-23')));
    expect(view).toContain('甲镇：党组织10/10(100%)，村(居)委会6/10(60%)，监委会—');
  });

  it('进度 counts a township silent today with its last reported figures in the county totals', async () => {
    // 乙乡 reported only on the 22nd (党组织2, 村委会6): its figures still count, as in the console and bulletin.
    const view = text(await bot.say('boss', '进度', at('00:27', '2026-11-23')));
    expect(view).toContain('全县合计（未报送乡镇按其最近一次报送计）：党组织12/20(60%)，村(居)委会12/20(60%)');
    expect(view).toContain('未报送（1个）：乙乡');
  });

  it('lists a township\'s recent changes without copied figures, naming the day a change was for', async () => {
    await bot.say('jia', '更正：昨天甲镇村委会4个', at('00:26', '2026-11-23'));
    const view = text(await bot.say('boss', '甲镇进度', at('00:27', '2026-11-23')));
    const recent = view.slice(view.indexOf('最近修改'));
    expect(recent).toContain('11月23日（今天） 00:26 jia：11月22日（昨天）的村(居)委会换届 5 → 4（更正）');
    // The 23rd's first report copied 党组织10 from the 22nd: no change, not listed for that day.
    expect(recent).not.toMatch(/00:20 jia：党组织换届 — → 10/);
    // The 23rd's first report of 村委会 compares with the 22nd's figure at that time.
    expect(recent).toContain('00:20 jia：村(居)委会换届 5 → 6');
    expect(recent).toContain('19:00 jia：党组织换届 新报 10');
  });

  it('撤回 too late says when the report was and how to correct instead', async () => {
    const res = text(await bot.say('yi', '撤回', at('08:00', '2026-11-23')));
    expect(res).toContain('19:00');
    expect(res).toContain('更正');
  });

  it('帮助 lists the progress commands with their descriptions', async () => {
    const help = text(await bot.say('jia', '帮助', at('08:00', '2026-11-23')));
    for (const word of ['进度', '乡镇进度', '未报送', '撤回']) expect(help).toContain(`· ${word}`);
    expect(help).toContain('10分钟');
  });
  it('says so when a backfill leaves the latest day with the old figure, and how to change it too', async () => {
    // 甲镇's 23rd record still says 党组织10, the figure this 更正 of the 22nd replaces.
    const reply = text(await bot.say('jia', '更正：昨天甲镇党组织9个', at('00:29', '2026-11-23')));
    expect(reply).toContain('甲镇11月23日（今天）的记录中党组织换届仍是10个（未随本次改为9个）');
    expect(reply).toContain('“更正：甲镇党组织换届9个”');
  });
  it('says so when a backfill leaves the next day lower, naming that day by its date in the 更正 to send', async () => {
    // 乙乡's 22nd says 党组织2; a late 21st of 3 makes the 22nd a dip.
    const reply = text(await bot.say('yi', '11月21日乙乡党组织3个', at('00:30', '2026-11-23')));
    expect(reply).toContain('如11月22日也应是3个，请再发送“更正：11月22日乙乡党组织换届3个”');
  });
});

describe('progress API', () => {
  it('defaults to today in the county timezone, not the server clock', async () => {
    const res = await bot.get('/api/progress');
    expect(res.status).toBe(200);
    expect(res.body.date).toBe('2026-11-23');
    expect(res.body.townships.map((t: { name: string; reported: boolean; rank: number }) => [t.name, t.reported, t.rank])).toEqual([
      ['甲镇', true, 1],
      ['乙乡', false, 2],
    ]);
  });

  it('carries a township silent that day forward with its last figures and their date', async () => {
    const res = await bot.get('/api/progress?date=2026-11-23');
    const yi = res.body.townships.find((t: { name: string }) => t.name === '乙乡');
    expect(yi).toMatchObject({ reported: false, rank: 2, figures: { partyDone: 2, committeeDone: 6 }, carriedFrom: '2026-11-22' });
  });

  it('rejects a malformed date and a missing or unknown township', async () => {
    expect((await bot.get('/api/progress?date=2026-13-01')).status).toBe(400);
    expect((await bot.get('/api/progress/history')).status).toBe(400);
    const unknown = await bot.get(`/api/progress/history?township=${encodeURIComponent('甲乡')}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.details.suggestions).toContain('甲镇');
  });

  it('filters the history by date, with the message as it was typed', async () => {
    const res = await bot.get(`/api/progress/history?township=${encodeURIComponent('甲')}&date=2026-11-23`);
    expect(res.body.revisions.map((r: { field: string; new: number; text: string }) => [r.field, r.new, r.text])).toEqual([
      ['partyDone', 10, '党组织10个，村委会6个'],
      ['committeeDone', 6, '党组织10个，村委会6个'],
    ]);
  });
});
