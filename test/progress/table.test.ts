// The table reader (src/progress/table.ts): every shape of pasted table it reads, what it sets aside, and
// the tables it must hand back untouched so the line reader refuses them (nothing half-read is stored).
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/conversation/router.js';
import { loadCounty } from '../../src/county.js';
import { buildLexicon, loadLexicon } from '../../src/progress/lexicon.js';
import { parseReport, prepare } from '../../src/progress/parse.js';
import { readTables } from '../../src/progress/table.js';
import { TownshipMatcher } from '../../src/progress/townships.js';
import { ROOT } from './eval-runner.js';

const county = loadCounty(join(ROOT, 'templates', 'county.example.yaml'));
const lexicon = loadLexicon(join(ROOT, 'templates', 'indicators.yaml'));
const ctx = { lexicon, townships: new TownshipMatcher(county.townships), today: '2026-11-22' };

/** As the bot receives it: the router's normalising, then the reader's folding (spacing kept). */
const read = (text: string) => readTables(prepare(normalise(text), lexicon, { cells: true }), ctx);
const parse = (text: string) => parseReport(normalise(text), ctx);
/** Items as "township date key=value" (value: the number, or the spec kind and number). */
function items(text: string): string[] {
  const p = parse(text);
  expect(p.errors).toEqual([]);
  return p.items.map((i) => {
    const v = i.value.kind === 'number' ? String(i.value.n) : i.value.kind === 'percent' ? `${i.value.p}%` : `${i.value.kind}:${'n' in i.value ? i.value.n : ''}`;
    return `${i.township} ${i.date.slice(5)} ${i.key}=${v}`;
  });
}
const codes = (text: string) => [...new Set(parse(text).errors.map((e) => e.code))];

describe('tables the reader rewrites', () => {
  it('rewrites each row as a sentence and leaves the other lines as they were', () => {
    const r = read('截至11月22日18时各乡镇换届进度\n乡镇\t党组织\t村委会\n马坊乡\t8\t7\n柳林乡\t9\t8\n请各乡镇抓紧');
    expect(r?.text).toBe('截至11月22日18时各乡镇换届进度\n马坊乡 党组织换届8,村(居)委会换届7\n柳林乡 党组织换届9,村(居)委会换届8\n请各乡镇抓紧');
  });

  it.each([
    ['tabs', '乡镇\t党组织\t村委会\t监委会\n城关镇\t12\t10\t8\n河西乡\t9\t7\t7'],
    ['commas', '乡镇,党组织,村委会,监委会\n城关镇,12,10,8\n河西乡,9,7,7'],
    ['full-width commas', '乡镇，党组织，村委会，监委会\n城关镇，12，10，8\n河西乡，9，7，7'],
    ['aligned spaces', '乡镇      党组织   村委会   监委会\n城关镇    12       10       8\n河西乡    9        7        7'],
  ])('reads a header of column words and indicators separated by %s', (_, text) => {
    expect(items(text)).toEqual([
      '城关镇 11-22 partyDone=12', '城关镇 11-22 committeeDone=10', '城关镇 11-22 supervisionDone=8',
      '河西乡 11-22 partyDone=9', '河西乡 11-22 committeeDone=7', '河西乡 11-22 supervisionDone=7',
    ]);
  });

  it('reads a single indicator column, under a title that gives the day', () => {
    expect(items('前天的漏了，补一下：\n乡镇\t一肩挑\n河西乡\t6\n柳林乡\t5')).toEqual(['河西乡 11-20 oneShoulder=6', '柳林乡 11-20 oneShoulder=5']);
  });

  it('reads header-less rows under a title naming their one indicator', () => {
    const p = parse('更正11月21日数据（党组织）\n石桥镇\t9\n白沙镇\t11');
    expect(p.correction).toBe(true);
    expect(items('更正11月21日数据（党组织）\n石桥镇\t9\n白沙镇\t11')).toEqual(['石桥镇 11-21 partyDone=9', '白沙镇 11-21 partyDone=11']);
  });

  it('reads header-less rows whose order is given after them', () => {
    expect(items('今日进度\n城关 13 11 9\n河西 10 8 7\n（顺序：党组织 村委 监委）')).toEqual([
      '城关镇 11-22 partyDone=13', '城关镇 11-22 committeeDone=11', '城关镇 11-22 supervisionDone=9',
      '河西乡 11-22 partyDone=10', '河西乡 11-22 committeeDone=8', '河西乡 11-22 supervisionDone=7',
    ]);
    expect(items('城关 十五 十三\n河西 十一 九\n前面是支部 后面是村委')).toEqual([
      '城关镇 11-22 partyDone=15', '城关镇 11-22 committeeDone=13', '河西乡 11-22 partyDone=11', '河西乡 11-22 committeeDone=9',
    ]);
  });

  it('gives each row its own date from a 日期 column', () => {
    expect(items('日期 乡镇 监委会\n11月20日 柳林乡 5\n11月21日 柳林乡 6')).toEqual(['柳林乡 11-20 supervisionDone=5', '柳林乡 11-21 supervisionDone=6']);
  });

  it('reads the title date that 当天 in brackets refers to', () => {
    expect(items('补报11月20日数据（当天漏报）\n乡镇\t监委会\n河东镇\t5\n石桥镇\t7')).toEqual(['河东镇 11-20 supervisionDone=5', '石桥镇 11-20 supervisionDone=7']);
  });

  it.each([
    // A 完成率 column after a count is no aside: written with its count, which it must agree with (R139).
    ['乡镇 应换届 党组织完成 完成率\n龙泉镇 20 16 80%', ['龙泉镇 11-22 due=20', '龙泉镇 11-22 partyDone=16', '龙泉镇 11-22 partyDone=80%'], []],
    ['乡镇\t女性成员\t占比\n龙泉镇\t27\t24.1%', ['龙泉镇 11-22 female=27'], ['龙泉镇 占比 24.1%']],
    ['乡镇 大专及以上 比上届增加\n白沙镇 38 12', ['白沙镇 11-22 college=38'], ['白沙镇 比上届增加 12']],
    ['乡镇 监委会累计 较昨日\n城关镇 11 +2', ['城关镇 11-22 supervisionDone=11'], ['城关镇 较昨日 +2']],
    ['乡镇\t村委会\t备注\n马坊乡\t6\t剩2个村定于25日选举', ['马坊乡 11-22 committeeDone=6'], ['马坊乡 备注 剩2个村定于25日选举']],
    ['乡镇\t40岁以下\t35岁以下\t女性\n龙泉镇\t42\t23\t28', ['龙泉镇 11-22 under35=23', '龙泉镇 11-22 female=28'], ['龙泉镇 40岁以下 42']],
    ['乡镇\t选民登记数\t党组织完成\n城关镇\t23516\t15', ['城关镇 11-22 partyDone=15'], ['城关镇 选民登记数 23516']],
    ['乡镇\t党组织已完成\t未完成\n河东镇\t13\t2', ['河东镇 11-22 partyDone=13'], ['河东镇 未完成 2']],
    ['乡镇\t党组织今日新增\t党组织累计\n城关镇\t2\t14', ['城关镇 11-22 partyDone=14'], ['城关镇 党组织今日新增 2']],
  ])('sets aside the cells of a column that is not an indicator: %s', (text, expected, asides) => {
    expect(items(text)).toEqual(expected);
    expect(parse(text).asides).toEqual(asides);
  });

  it('skips a total row, naming it as set aside', () => {
    const text = '乡镇\t应换届\t党组织\t居委会\n新华街道\t6\t6\t5\n东城街道\t5\t5\t5\n合计\t11\t11\t10';
    expect(items(text)).toHaveLength(6);
    expect(parse(text).asides).toEqual(['合计 11 11 10']);
    expect(items('乡镇\t35岁以下\t平均年龄\n河西乡\t11\t44.2\n全县\t--\t45.1')).toEqual(['河西乡 11-22 under35=11', '河西乡 11-22 avgAge=44.2']);
  });

  it('drops a rank or 序号 column', () => {
    expect(items('排名\t乡镇\t党组织完成\t完成率\n1\t杨家岭乡\t7\t100%\n2\t新华街道\t6\t100%')).toEqual(['杨家岭乡 11-22 partyDone=7', '杨家岭乡 11-22 partyDone=100%', '新华街道 11-22 partyDone=6', '新华街道 11-22 partyDone=100%']);
    expect(items('序号\t乡镇\t应换届村数\t党组织已完成\n1\t石桥镇\t14\t10')).toEqual(['石桥镇 11-22 due=14', '石桥镇 11-22 partyDone=10']);
  });

  it('reports nothing for an empty cell, also when the chat trimmed the last row', () => {
    expect(items('乡镇\t党组织\t村委会\t监委会\n石桥镇\t12\t11\t\n柳林乡\t9\t\t')).toEqual(['石桥镇 11-22 partyDone=12', '石桥镇 11-22 committeeDone=11', '柳林乡 11-22 partyDone=9']);
  });

  it('reads done/due fractions, figures with a rate in brackets, and rates of the due count', () => {
    expect(items('乡镇\t党组织\n城关镇\t16/18')).toEqual(['城关镇 11-22 partyDone=16', '城关镇 11-22 due=18']);
    expect(items('村委会换届完成情况\n城关镇\t12（66.7%）\n石桥镇\t7（50%）')).toEqual(['城关镇 11-22 committeeDone=12', '石桥镇 11-22 committeeDone=7']);
    expect(parse('村委会换届完成情况\n城关镇\t12（66.7%）').asides).toEqual(['城关镇 (66.7%)']);
    expect(items('乡镇\t应换届数\t党组织换届完成率\n河西乡\t12\t75%')).toEqual(['河西乡 11-22 due=12', '河西乡 11-22 partyDone=75%']);
  });

  it('reads a transposed table: indicators as rows, townships as columns', () => {
    expect(items('指标\t城关镇\t河西乡\n党组织\t16\t11\n村委会\t14\t9')).toEqual([
      '城关镇 11-22 partyDone=16', '城关镇 11-22 committeeDone=14', '河西乡 11-22 partyDone=11', '河西乡 11-22 committeeDone=9',
    ]);
  });

  it('reads a correction table: the corrected figure, the original set aside', () => {
    const text = '乡镇\t指标\t原报\t更正为\n河东镇\t监委会\t9\t8\n柳林乡\t女性\t12\t13';
    const p = parse(text);
    expect(p.correction).toBe(true);
    expect(items(text)).toEqual(['河东镇 11-22 supervisionDone=8', '柳林乡 11-22 female=13']);
    expect(p.asides).toEqual(['河东镇 原报 9', '柳林乡 原报 12']);
  });

  it('reads a two-row header of merged cells', () => {
    expect(items('乡镇\t党组织换届\t\t村委会换届\t\n\t应换届\t已完成\t应换届\t已完成\n城关镇\t18\t16\t18\t14')).toEqual([
      '城关镇 11-22 due=18', '城关镇 11-22 partyDone=16', '城关镇 11-22 committeeDone=14',
    ]);
  });

  it('reads a table titled 今日新增 as increments', () => {
    expect(items('今日新增\n乡镇\t党组织\t村委会\n柳林\t1\t2')).toEqual(['柳林乡 11-22 partyDone=increment:1', '柳林乡 11-22 committeeDone=increment:2']);
  });
});

describe('tables handed back to the line reader, which refuses them', () => {
  it.each([
    ['a row with more cells than columns', '乡镇\t党组织\t村委会\n城关镇\t15\t13\t11', 'table-columns'],
    ['a space-separated row short of a cell', '乡镇 党组织 村委会 监委会\n新华 5 4', 'table-columns'],
    ['a tab row short of cells that is not the last', '乡镇\t党组织\t村委会\n城关镇\t15\n河西乡\t9\t8', 'table-columns'],
    ['a word in a figure column', '乡镇\t党组织\t村委会\n城关镇\t十几\t9', 'vague'],
    // The line reader cannot tell the single column's indicator either; either way nothing is stored.
    ['an unknown township', '乡镇\t党组织\n东风镇\t5', 'missing-indicator'],
    ['an unknown township among known ones', '乡镇\t党组织\t村委会\n城关镇\t12\t10\n东风镇\t5\t4', 'unknown-township'],
    ['a header word that names no indicator', '乡镇\t完成数\n城关镇\t15\n河西乡\t10', 'missing-indicator'],
    ['rows with no header at all', '城关 12 10 8\n河西 9 7 7', 'missing-indicator'],
  ])('%s', (_, text, code) => {
    expect(read(text)).toBeNull();
    expect(codes(text)).toContain(code);
  });

  it('leaves an empty template alone: not a report', () => {
    expect(read('模板如下，请照此格式填：\n乡镇\t党组织\t村委会\t监委会\t一肩挑\n（乡镇名）\t\t\t\t')).toBeNull();
    expect(parse('模板如下，请照此格式填：\n乡镇\t党组织\t村委会\t监委会\t一肩挑\n（乡镇名）\t\t\t\t').isReport).toBe(false);
  });

  it('does not guess which of two title dates, or which of a group, a column holds', () => {
    expect(read('11月20日和11月21日数据\n乡镇\t党组织\n城关镇\t12')).toBeNull();
    expect(read('乡镇\t两委\n城关镇\t12')).toBeNull();
    expect(read('今日新增及累计\n乡镇\t党组织\n城关镇\t12')).toBeNull();
  });

  it('leaves one-line messages and prose alone', () => {
    expect(read('城关镇：党组织换届完成9个，村委会6个')).toBeNull();
    expect(read('白沙镇\n党组织\t15\n村委会\t13')).toBeNull();
  });
});

describe('column words', () => {
  it('refuses a word listed under two roles', () => {
    const raw = parseYaml(readFileSync(join(ROOT, 'templates', 'indicators.yaml'), 'utf8')) as { columns: Record<string, string[]> };
    raw.columns.rank = [...raw.columns.rank!, '乡镇'];
    expect(() => buildLexicon(raw, 'indicators.yaml')).toThrow(/"乡镇" is listed under both township and rank/);
  });

  it('keeps the tabs of a pasted table through the router', () => {
    expect(normalise('乡镇\t党组织\n城关镇\t12')).toBe('乡镇\t党组织\n城关镇\t12');
    expect(normalise('进度\t河西乡')).toBe('进度 河西乡');
  });
});

describe("a township's own sheet, copied out", () => {
  it('counts the villages marked done in each body column; a cell that is no mark reads nothing', () => {
    expect(items('社区\t党组织\t居委会\n东关社区\t已完成\t已完成\n西关社区\t已完成\t\n北门社区\t未完成\t未完成')).toEqual(['null 11-22 partyDone=2', 'null 11-22 committeeDone=1']);
    expect(read('村名\t党组织\n东坡村\t√\n西坡村\t明天选')).toBeNull();
  });

  it('reads a row per indicator under kinds of figure, the new ones checked against the total', () => {
    expect(items('项目\t今日新增\t累计完成\n党组织\t2\t11\n村委会\t1\t7')).toEqual(['null 11-22 partyDone=increment:2', 'null 11-22 partyDone=11', 'null 11-22 committeeDone=increment:1', 'null 11-22 committeeDone=7']);
  });

  it('reads one row of figures under the names with no township column, its note set aside', () => {
    const p = parse('党组织\t村委会\t监委会\t备注\n7\t7\t5\t石沟村监委会下周推选');
    expect(p.errors).toEqual([]);
    expect(p.asides).toEqual(['备注 石沟村监委会下周推选']);
    expect(p.items.map((i) => `${i.key}=${i.value.kind === 'number' ? i.value.n : '?'}`)).toEqual(['partyDone=7', 'committeeDone=7', 'supervisionDone=5']);
  });

  it('pairs a line of shorthand names with the line of figures under it, and takes 换届全部完成 over a table for a headline', () => {
    expect(items('党　村　监　一肩　交叉\n２０　１９　１７　１５　２６')).toEqual(['null 11-22 partyDone=20', 'null 11-22 committeeDone=19', 'null 11-22 supervisionDone=17', 'null 11-22 oneShoulder=15', 'null 11-22 crossPost=26']);
    expect(items('马坊乡换届全部完成\n党组织\t村委会\n８\t８')).toEqual(['马坊乡 11-22 partyDone=8', '马坊乡 11-22 committeeDone=8']);
    expect(codes('马坊乡换届全部完成')).toEqual(['missing-indicator']);
  });
});
