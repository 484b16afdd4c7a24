// Five evenings of the scenario (scenario.ts), told through the real bot in chat, each bulletin checked
// figure by figure against the table below, worked out by hand, on both platforms' renderings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BulletinService } from '../../src/bulletins/service.js';
import { startTestBot, type TestBot } from '../helpers/bot.js';
import { DAYS, SCENARIO_COUNTY } from './scenario.js';

/** A cell: rate, then "+2"/"-1" (progress since the last known figure), "*" (首次报送) or nothing. */
type Row = [rank: number, name: string, score: string, move: string, party: string, committee: string, supervision: string, oneShoulder: string, flags?: string];
/** [done, rate, 今日, 首次报送] of one indicator; '' for a part not shown. */
type Head = [done: string, rate: string, today: string, first: string];
interface Day {
  reported: string;
  finishedSilent: string;
  party: Head;
  committee: Head;
  supervision: Head;
  oneShoulder: [count: string, share: string];
  firstReporters: string;
  rows: Row[];
  top: string;
  bottom: string;
  missing: string;
  finished: string;
  late: string;
  corrections: string;
  structure: string[];
}

// Due: 城关10 河西8 河东10 石桥5 柳林6 白沙10 马坊4 龙泉10 杨家岭5 新华4 = 72. Score = .4 党 + .4 村 + .2 监 (×100),
// an indicator never reported left out and the other weights scaled to 1 (河东 12-01: (.4×.5 + .4×.3)/.8 = 40).
const TABLE: Record<string, Day> = {
  '2026-12-01': {
    reported: '5/10',
    finishedSilent: '',
    // Everything is a first report: no 今日 at all.
    party: ['19', '26.4', '', '19'],
    committee: ['16', '22.2', '', '16'],
    supervision: ['8', '11.1', '', '8'],
    oneShoulder: ['9', '56.3'], // 9/16
    firstReporters: '马坊乡、河西乡、河东镇、石桥镇、城关镇',
    rows: [
      [1, '马坊乡', '100', '', '100%', '100%', '100%', '3', 'done first'],
      [2, '河西乡', '45', '', '50%', '50%', '25%', '3', 'first'],
      [3, '河东镇', '40', '', '50%', '30%', '—', '—', 'first'],
      [4, '石桥镇', '36', '', '40%', '40%', '20%', '1', 'first late'],
      [5, '城关镇', '30', '', '40%', '30%', '10%', '2', 'first'],
    ],
    top: '马坊乡、河西乡、河东镇',
    bottom: '', // five ranked: one list only
    missing: '柳林乡、白沙镇、龙泉镇、杨家岭乡、新华街道（5个',
    finished: '',
    late: '石桥镇（20:30）',
    corrections: '',
    structure: [],
  },
  '2026-12-02': {
    reported: '5/10',
    finishedSilent: '1',
    // 党 29 = 城6 河西4 河东7 石桥2(12-01) 柳林3 白沙3 马坊4; 今日 = 城+2 河东+2; 首次 = 柳林3 白沙3.
    party: ['29', '40.3', '+4', '6'],
    committee: ['25', '34.7', '+4', '5'],
    // 河东's 监委会 2 is its first: 首次 2+1+1 = 4, 今日 only 城关 +1.
    supervision: ['13', '18.1', '+1', '4'],
    oneShoulder: ['15', '60'],
    firstReporters: '柳林乡、白沙镇',
    rows: [
      [1, '马坊乡', '100', '→', '100%', '100%', '100%', '3', 'done'], // silent, finished: ranked, not 未报送
      [2, '河东镇', '52', '↑1', '70%+2', '50%+2', '20%*', '—'],
      [3, '城关镇', '48', '↑2', '60%+2', '50%+2', '20%+1', '4'],
      [4, '河西乡', '45', '↓2', '50%', '50%', '25%', '3'], // 无新进展: no change shown
      [5, '柳林乡', '36.7', '', '50%', '33.3%', '16.7%', '2', 'first'],
      [6, '白沙镇', '26', '', '30%', '30%', '10%', '2', 'first'],
    ],
    top: '马坊乡、河东镇、城关镇',
    bottom: '',
    missing: '石桥镇、龙泉镇、杨家岭乡、新华街道（4个',
    finished: '马坊乡',
    late: '',
    corrections: '',
    structure: [],
  },
  '2026-12-03': {
    reported: '5/10',
    finishedSilent: '1',
    // 党 46 = 城8 河西5 河东9 石桥4 柳林3 白沙3(12-02; today's was withdrawn) 马坊4 龙泉10.
    // 今日 党 = 城+2 河西+1 河东+2 石桥+2 (against its 12-01 figure) = 7; 龙泉 10 is a first report.
    party: ['46', '63.9', '+7', '10'],
    // 河西's 12-02 (无新进展) followed the 09:00 更正 of 12-01 to 村委会 5, so today's 6 is +1, not +2.
    committee: ['43', '59.7', '+7', '10'],
    supervision: ['27', '37.5', '+4', '10'],
    oneShoulder: ['32', '74.4'], // 32/43
    firstReporters: '龙泉镇',
    rows: [
      [1, '龙泉镇', '100', '', '100%', '100%', '100%', '8', 'done first late'],
      [2, '马坊乡', '100', '↓1', '100%', '100%', '100%', '3', 'done'], // 一肩挑 3/4 < 龙泉 8/10
      [3, '河东镇', '74', '↓1', '90%+2', '80%+3', '30%+1', '6'], // 一肩挑 6 is its first: no mark on a known township's 一肩挑
      [4, '城关镇', '68', '→', '80%+2', '70%+2', '40%+2', '6'],
      [5, '石桥镇', '64', '', '80%+2', '60%+1', '40%+1', '2'],
      // Moves compare with 12-02 as corrected: 河西 3rd there (村委会 5: 50 > 城关 48), 6th now.
      [6, '河西乡', '60', '↓3', '62.5%+1', '75%+1', '25%', '3'],
    ],
    top: '龙泉镇、马坊乡、河东镇',
    bottom: '',
    missing: '柳林乡、白沙镇、杨家岭乡、新华街道（4个',
    finished: '马坊乡',
    late: '龙泉镇（20:10）',
    corrections: '河西乡12月1日村（居）委会换届完成数 4→5',
    structure: [],
  },
  '2026-12-04': {
    // Nobody reported: nobody is ranked, the totals still carry every last figure.
    reported: '0/10',
    finishedSilent: '2',
    party: ['46', '63.9', '', ''],
    committee: ['43', '59.7', '', ''],
    supervision: ['27', '37.5', '', ''],
    oneShoulder: ['32', '74.4'],
    firstReporters: '',
    rows: [],
    top: '',
    bottom: '',
    missing: '城关镇、河西乡、河东镇、石桥镇、柳林乡、白沙镇、杨家岭乡、新华街道（8个',
    finished: '马坊乡、龙泉镇',
    late: '',
    corrections: '',
    structure: [],
  },
  '2026-12-05': {
    reported: '7/10',
    finishedSilent: '2',
    // 今日 党 = 石桥+1 城+2 河西+1 河东 0 (无新进展) 柳林+1 (against 12-02) 白沙+1 (against 12-02) = 6; 杨家岭 1 first.
    party: ['53', '73.6', '+6', '1'],
    committee: ['52', '72.2', '+8', '1'],
    supervision: ['39', '54.2', '+12', ''],
    oneShoulder: ['38', '73.1'], // 38/52
    firstReporters: '杨家岭乡',
    rows: [
      // Four at 100 with 一肩挑 shares .8 .8 .8 .75: reported ones by report time, then 龙泉 (silent), then 马坊.
      // No moves: nobody was ranked on 12-04.
      [1, '石桥镇', '100', '', '100%+1', '100%+2', '100%+3', '4', 'done'],
      [2, '城关镇', '100', '', '100%+2', '100%+3', '100%+6', '8', 'done'],
      [3, '龙泉镇', '100', '', '100%', '100%', '100%', '8', 'done'],
      [4, '马坊乡', '100', '', '100%', '100%', '100%', '3', 'done'],
      [5, '河东镇', '74', '', '90%', '80%', '30%', '6'],
      [6, '河西乡', '67.5', '', '75%+1', '75%', '37.5%+1', '3'],
      [7, '柳林乡', '60', '', '66.7%+1', '66.7%+2', '33.3%+1', '3'],
      [8, '白沙镇', '36', '', '40%+1', '40%+1', '20%+1', '3', 'late'],
      [9, '杨家岭乡', '20', '', '20%', '20%', '—', '—', 'first'],
    ],
    top: '石桥镇、城关镇、龙泉镇',
    bottom: '柳林乡、白沙镇、杨家岭乡',
    missing: '新华街道（1个',
    finished: '龙泉镇、马坊乡',
    late: '白沙镇（20:20）',
    corrections: '',
    // One township: no 合计 row.
    structure: ['石桥镇：35岁以下3人　女性2人'],
  },
};

type Platform = 'wecom' | 'dingtalk';
const inc = (p: Platform, change: string) =>
  change === '*' ? '（首次报送）' : !change ? '' : p === 'dingtalk' ? `（${change}）` : `<font color="${change.startsWith('-') ? 'warning' : 'info'}">${change}</font>`;
const cell = (p: Platform, c: string) => {
  const m = /^(—|[\d.]+%)(.*)$/.exec(c)!;
  return m[1]! + inc(p, m[2]!);
};
const moveOf = (p: Platform, move: string) =>
  !move ? '' : move === '→' ? ' →' : p === 'dingtalk' ? ` ${move}` : ` <font color="${move.startsWith('↑') ? 'info' : 'warning'}">${move}</font>`;

function rowLine(p: Platform, [rank, name, score, move, party, committee, supervision, oneShoulder, flags = '']: Row): string {
  const f = flags.split(' ');
  const tail =
    (f.includes('done') ? (p === 'wecom' ? '｜<font color="info">已全部完成</font>' : '｜已全部完成') : '') +
    (f.includes('first') ? '｜首次报送' : '') +
    (f.includes('late') ? (p === 'wecom' ? '｜<font color="comment">迟报</font>' : '｜迟报') : '');
  const body = `**${name}** 综合${score}${moveOf(p, move)}｜党组织${cell(p, party)}｜村委会${cell(p, committee)}｜监委会${cell(p, supervision)}｜一肩挑${oneShoulder}${tail}`;
  return p === 'dingtalk' ? `- ${rank}．${body}` : `${rank}. ${body}`;
}

function headLine(p: Platform, label: string, [done, rate, today, first]: Head): string {
  const t = today ? (p === 'dingtalk' ? `，今日 ${today}` : `　今日<font color="info">${today}</font>`) : '';
  const f = first ? (p === 'dingtalk' ? `，首次报送 ${first}` : `　首次报送 ${first}`) : '';
  return `${p === 'dingtalk' ? '-' : '>'} ${label}：**${done}** 个，完成率 **${rate}%**${t}${f}`;
}

const section = (p: Platform, name: string, body: string) => (p === 'dingtalk' ? `- **${name}**：${body}` : `**【${name}】**${body}`);

let t: TestBot;
const bulletins: Record<string, Record<Platform, string>> = {};
const replies: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestBot({ countyYaml: SCENARIO_COUNTY, now: () => new Date('2026-12-05T14:00:00Z') });
  const service = t.bot.services.bulletins as BulletinService;
  for (const day of DAYS) {
    for (const m of day.messages) {
      const res = await t.say(m.who, m.text, { at: `${day.date}T${m.at}:00+08:00` });
      if (m.text !== '撤回') expect(res.report?.accepted, `${m.who} ${m.text}`).toBe(true);
    }
    // The evening's bulletin, as it would be composed at 21:00 that day.
    bulletins[day.date] = { wecom: await service.text(day.date, 'wecom'), dingtalk: await service.text(day.date, 'dingtalk') };
    replies[day.date] = (await t.say('wecom:boss', '进度', { at: `${day.date}T21:05:00+08:00` })).replies[0].text;
  }
}, 60_000);
afterAll(() => t.close());

describe.each(Object.keys(TABLE))('the bulletin of %s', (date) => {
  const want = TABLE[date]!;
  describe.each(['wecom', 'dingtalk'] as const)('on %s', (p) => {
    const lines = () => bulletins[date]![p].split('\n');

    it('heads with the reporters, the totals, 今日 progress and first reports apart', () => {
      const head = lines()[1]!;
      expect(head).toContain(`已报送 **${want.reported}** 个乡镇（街道）${want.finishedSilent ? `，另${want.finishedSilent}个已全部完成` : ''}`);
      if (!want.finishedSilent) expect(head).not.toContain('已全部完成');
      expect(lines()).toContain(`${p === 'dingtalk' ? '-' : '>'} 应换届村（社区）：**72** 个`);
      expect(lines()).toContain(headLine(p, '党组织换届完成', want.party));
      expect(lines()).toContain(headLine(p, '村（居）委会换届完成', want.committee));
      expect(lines()).toContain(headLine(p, '村（居）务监督委员会完成', want.supervision));
      expect(lines()).toContain(`${p === 'dingtalk' ? '-' : '>'} 书记、主任“一肩挑”：**${want.oneShoulder[0]}** 人，占已完成村（居）委会 **${want.oneShoulder[1]}%**`);
      const first = lines().filter((l) => l.includes('首次报送：'));
      expect(first).toEqual(want.firstReporters ? [`${p === 'dingtalk' ? '-' : '>'} 首次报送：${want.firstReporters}（计入累计，不计入“今日”）`] : []);
    });

    it('ranks every township with its score, move, rates, progress and marks', () => {
      const ranked = lines().filter((l) => /^(- )?\d+(．|\. )\*\*/.test(l));
      expect(ranked).toEqual(want.rows.map((r) => rowLine(p, r)));
      if (!want.rows.length) expect(lines()).toContain(`${p === 'dingtalk' ? '- ' : ''}今日尚无乡镇（街道）报送，不排名。`);
    });

    it('lists the ends, 未报送, 已全部完成, 迟报 and corrections, never repeating a township', () => {
      const find = (name: string) => lines().filter((l) => l.startsWith(section(p, name, '')));
      const expectSection = (name: string, body: string) => expect(find(name)).toEqual(body ? [section(p, name, body)] : []);
      expectSection('前三名', want.top);
      expectSection('后三名', want.bottom);
      expectSection('迟报', want.late);
      expectSection('数据更正', want.corrections);
      expect(find('未报送')[0]!.replace(/<\/?font[^>]*>/g, '')).toContain(want.missing);
      expect(lines().filter((l) => l.includes('已全部完成**') || l.includes('已全部完成】'))).toHaveLength(want.finished ? 1 : 0);
      if (want.finished) expect(bulletins[date]![p]).toContain(`（今日未报，按已完成数计）${p === 'dingtalk' ? '：' : ''}${want.finished}`);
      const top = new Set(want.top.split('、'));
      expect(want.bottom.split('、').filter((n) => n && top.has(n))).toEqual([]);
      expect(bulletins[date]![p]).not.toContain('逾期');
    });

    it('prints 班子结构 only for finished townships, without a 合计 for one', () => {
      const text = bulletins[date]![p];
      expect(text.includes('【班子结构】')).toBe(want.structure.length > 0);
      for (const s of want.structure) expect(lines()).toContain(`${p === 'dingtalk' ? '- ' : '· '}${s}`);
      expect(text).not.toContain('合计**');
    });
  });

  it('进度 ranks the same townships in the same order, unknown as —, finished apart', () => {
    const reply = replies[date]!;
    const ranked = [...reply.matchAll(/^(\d+)\. (\S+?)：/gm)].map((m) => [Number(m[1]), m[2]]);
    expect(ranked).toEqual(want.rows.map((r) => [r[0], r[1]]));
    if (!want.rows.length) expect(reply).toContain('尚无乡镇（街道）报送，不排名');
    if (want.finished) expect(reply).toContain(`已全部完成（未报送，按已完成计）：${want.finished}`);
  });
});

describe('history and the 未报送 command after the five days', () => {
  it('白沙镇: 撤回 says what the day shows again; a first figure is 新报, a later one reads from the last known', async () => {
    const reply = (await t.say('wecom:boss', '白沙镇进度', { at: '2026-12-05T21:30:00+08:00' })).replies[0].text as string;
    expect(reply).toContain('12月3日 18:05 bs：恢复为12月2日数据：党组织换届3、村(居)委会换届3、村(居)务监督委员会1、书记主任"一肩挑"2（撤回）');
    expect(reply).toContain('12月2日 18:00 bs：党组织换届 新报 3，');
    expect(reply).toContain('20:20 bs：党组织换届 3 → 4，');
    expect(reply).not.toMatch(/→ —/);
  });

  it('河西乡: 无新进展 is listed as such, and a report credits only the figures it stated', async () => {
    const reply = (await t.say('dingtalk:mf', '河西乡进度', { at: '2026-12-05T21:30:00+08:00' })).replies[0].text as string;
    expect(reply).toContain('12月2日 17:10 hx：无新进展（同12月1日数据）');
    // 12-03 stated 党组织 and 村委会; 监委会 2 and 一肩挑 3 were copied and are not credited to it.
    expect(reply).toContain('12月3日 17:10 hx：党组织换届 4 → 5，村(居)委会换届 4 → 6');
    expect(reply).not.toMatch(/12月3日 17:10 hx：[^\n]*监督/);
  });

  it('未报送 leaves out the townships that have finished', async () => {
    const reply = (await t.say('wecom:boss', '未报送 12月4日', { at: '2026-12-05T21:30:00+08:00' })).replies[0].text as string;
    expect(reply).toContain('还有8个乡镇（街道）未报送');
    expect(reply).not.toContain('马坊乡');
    expect(reply).not.toContain('龙泉镇');
  });

  it('排名 in chat is the bulletin text on each platform', async () => {
    const wecom = (await t.say('wecom:boss', '排名 12月3日', { at: '2026-12-05T21:30:00+08:00' })).replies[0].text;
    const dingtalk = (await t.say('dingtalk:mf', '排名 12月3日', { at: '2026-12-05T21:30:00+08:00' })).replies[0].text;
    // 12-03 as it reads now: the same figures as that evening (nothing about 12-03 changed since).
    expect(wecom).toBe(bulletins['2026-12-03']!.wecom);
    expect(dingtalk).toBe(bulletins['2026-12-03']!.dingtalk);
  });
});
