// Commands in the words people use (templates/intents.yaml), through the real router: a short message
// that is only fillers + a command's core words + an argument runs the command; a question that merely
// contains 进度/排名/未报送 still goes to policy Q&A (or a report to the report skill).
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIntents, loadIntents, matchIntent } from '../../src/conversation/intents.js';
import { startTestBot, type TestBot } from '../helpers/bot.js';
import { SHIPPED } from '../knowledge/helpers.js';

const ADMIN = 'zzb_liu';
const at = { at: '2026-11-22T19:00:00+08:00' };
const text = (res: { replies: { text: string }[] }) => res.replies.map((r) => r.text).join('\n');

/** What each command's reply looks like (templates/messages). */
const looks = {
  county: /换届进度 11月22日（今天）（已报送/,
  chengguan: /^📋 城关镇（应换届18个）/,
  hexi: /^📋 河西乡（应换届12个）/,
  hedong: /^📋 河东镇（应换届15个）/,
  missing: /11月22日（今天）还有\d+个乡镇（街道）未报送进度/,
  missingYesterday: /11月21日（昨天）(还有\d+个乡镇（街道）未报送进度|各乡镇（街道）均已报送进度)/,
  ranking: /换届工作日通报[\s\S]*11月22日/,
  rankingYesterday: /换届工作日通报[\s\S]*11月21日/,
  countyOn21: /换届进度 11月21日（昨天）（已报送/,
  runs: /最近的通报和提醒|还没有发过通报或提醒/,
  adminOnly: /“通报记录”仅限/,
};

const reach: [string, keyof typeof looks, string?][] = [
  ['今天排名咋样了', 'ranking'],
  ['查一下未报送的', 'missing'],
  ['看下进度', 'county'],
  ['哪些乡镇还没报', 'missing'],
  ['今天谁没报', 'missing'],
  ['发一下今天的排名', 'ranking'],
  ['排名情况', 'ranking'],
  ['进度咋样了', 'county'],
  ['城关镇今天报了没', 'chengguan'],
  ['帮我看看河西的进度', 'hexi'],
  ['通报发了没', 'runs', ADMIN],
  ['通报发了没？', 'adminOnly'],
  ['今日通报发出去了吗', 'runs', ADMIN],
  ['今天的进度怎么样了', 'county'],
  ['现在进度如何？', 'county'],
  ['全县进度咋样', 'county'],
  ['昨天的排名', 'rankingYesterday'],
  ['昨天谁没报', 'missingYesterday'],
  ['11月21日的进度', 'countyOn21'],
  ['排名呢', 'ranking'],
  ['有没有未报送的', 'missing'],
  ['还有哪些没报送', 'missing'],
  ['河东镇报了吗', 'hedong'],
  ['河东 报了没有', 'hedong'],
  ['城关进度情况', 'chengguan'],
  ['麻烦发下排名', 'ranking'],
  ['看看排行榜', 'ranking'],
  ['未报送名单', 'missing'],
  ['河西乡的进度咋样了', 'hexi'],
  ['帮忙查下今天没报的', 'missing'],
  ['城关镇进度呢', 'chengguan'],
  ['今天的进度情况，发一下', 'county'],
  ['谁还没报进度', 'missing'],
  ['进展怎么样了', 'county'],
];

const notCommands = [
  '进度报送有啥要求',
  '排名是怎么算的',
  '未报送的要通报批评吗',
  '进度怎么报',
  '今天的进度怎么报',
  '排名靠后怎么办',
  '没报送会怎么样',
  '进度报送的格式是什么',
  '通报批评是什么处分',
  '排名按什么指标排',
  '报送进度要附照片吗',
  '没报的乡镇会被通报吗',
  '进度条怎么看',
  '城关镇报了没报的事谁负责',
];

describe('commands in the words people use, through the real router', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ now: () => new Date('2026-11-22T11:00:00Z') });
    await bot.say('chengguan_li', '城关镇：党组织换届完成9个，村委会6个', at);
  });
  afterAll(() => bot.close());

  it.each(reach)('"%s" runs the command (%s)', async (said, look, user = 'someone') => {
    const res = await bot.say(user, said, at);
    expect(res.intent, said).toBe('command');
    expect(text(res), said).toMatch(looks[look]);
  });

  it.each(notCommands)('"%s" is not a command', async (said) => {
    const res = await bot.say('someone', said, at);
    expect(res.intent, `${said}: ${text(res)}`).not.toBe('command');
  });

  it('leaves a report with the report skill', async () => {
    const res = await bot.say('hexi_wang', '河西乡今天党组织换届完成5个', at);
    expect(res.intent).toBe('report');
  });

  it('keeps the exact names and their arguments working', async () => {
    expect(text(await bot.say('someone', '进度 城关镇', at))).toMatch(looks.chengguan);
    expect(text(await bot.say('someone', '未报送', at))).toMatch(looks.missing);
    expect(text(await bot.say('someone', '排名 昨天', at))).toMatch(looks.rankingYesterday);
  });
});

describe('the intent table', () => {
  const table = loadIntents(join(SHIPPED, 'intents.yaml'));
  const readers = { township: (t: string) => ({ 城关镇: '城关镇', 城关: '城关镇' })[t] ?? null, date: (t: string) => t === '昨天' };

  it('reads only fillers, the core words in order and one argument', () => {
    expect(matchIntent(table, '帮我看看城关的进度', readers)).toEqual({ command: '进度', arg: '城关镇' });
    expect(matchIntent(table, '昨天谁没报', readers)).toEqual({ command: '未报送', arg: '昨天' });
    // Two arguments, or a word left over, is no command.
    expect(matchIntent(table, '城关镇昨天的进度', readers)).toBeNull();
    expect(matchIntent(table, '进度报送有啥要求', readers)).toBeNull();
    // A required township missing: "报了没" alone asks about no one.
    expect(matchIntent(table, '今天报了没', readers)).toBeNull();
  });

  it('prefers the reading with more core words', () => {
    expect(matchIntent(table, '通报发了吗', readers)?.command).toBe('通报记录');
    expect(matchIntent(table, '发一下通报', readers)?.command).toBe('排名');
  });

  it('ignores long messages', () => {
    expect(matchIntent(table, `进度${'呢'.repeat(table.maxLength)}`, readers)).toBeNull();
  });

  it('refuses a broken file with where it is broken', () => {
    expect(() => buildIntents({ intents: [{ command: '进度', core: [] }] }, 'intents.yaml')).toThrow(/intents\.yaml: intents\.0\.core/);
    expect(() => buildIntents({ intents: [{ command: '进度', core: [['进度']], requires: 'township' }] }, 'intents.yaml')).toThrow(/requires township/);
  });
});
