// GET /api/export: the files' contents, their names, and what a bad request is told.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/bot.js';
import { raw, readXlsx, sheetRows } from './raw.js';
import { SEED, SEED_NOW, seed } from './seed.js';

const TOKEN = 'export-test-token-31c8';
const auth = { authorization: `Bearer ${TOKEN}` };

describe('GET /api/export', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ env: { ADMIN_TOKEN: TOKEN }, now: () => SEED_NOW });
    await seed(t.bot.store);
  });
  afterAll(() => t.close());

  it('writes a CSV with a UTF-8 BOM, Chinese headers and one row per record in the range', async () => {
    const res = await raw(t.url, '/api/export?from=2026-11-21&to=2026-11-22&format=csv', { headers: auth });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="huanjie_2026-11-21_2026-11-22.csv"; filename*=UTF-8''${encodeURIComponent('换届进度_2026-11-21_2026-11-22.csv')}`,
    );
    const lines = res.text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '日期,乡镇(街道),应换届村(社区)数,党组织换届完成,村(居)委会换届完成,村(居)务监督委员会完成,"书记主任""一肩挑""人数",交叉任职人数,35岁以下成员,大专及以上,女性成员,平均年龄,资格联审审查人数,联审不通过/取消资格人数,党组织完成率,村(居)委会完成率,监委会完成率,最后填报人,最后更新时间',
    );
    // 11-21: 河西乡, 柳林乡; 11-22: 城关镇, 河西乡, 马坊乡 — county-file order within a day.
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(' '))).toEqual([
      '2026-11-21 河西乡',
      '2026-11-21 柳林乡',
      '2026-11-22 城关镇',
      '2026-11-22 河西乡',
      '2026-11-22 马坊乡',
    ]);
    // 城关镇 after the admin's correction: 12 党组织, last changed by the admin at 19:15 Beijing time.
    expect(lines[3]).toBe('2026-11-22,城关镇,18,12,8,4,6,,,,,,,,66.7%,44.4%,22.2%,wecom:zzb_liu,2026-11-22 19:15');
    expect(lines[4]).toBe('2026-11-22,河西乡,12,10,9,6,7,,11,,9,42.5,,,83.3%,75.0%,50.0%,wecom:hexi_wang,2026-11-22 17:00');
    expect(res.headers['x-record-count']).toBe('5');
  });

  it('writes an Excel workbook with one sheet per indicator group and a frozen header row', async () => {
    const res = await raw(t.url, '/api/export?from=2026-11-01&to=2026-11-22&format=xlsx', { headers: auth });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('换届进度_2026-11-01_2026-11-22.xlsx'));
    const wb = await readXlsx(res.body);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['换届进度', '班子结构', '资格联审', '当日排名 2026-11-22']);
    for (const ws of wb.worksheets.slice(0, 3)) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).font?.bold).toBe(true);
      expect(ws.rowCount).toBe(SEED.length - 1 + 1); // 8 writes, one of them a correction of the same record; plus the header
    }
    const progress = sheetRows(wb.getWorksheet('换届进度')!);
    expect(progress[0]).toEqual(['日期', '乡镇(街道)', '应换届村(社区)数', '党组织换届完成', '村(居)委会换届完成', '村(居)务监督委员会完成', '党组织完成率', '村(居)委会完成率', '监委会完成率', '最后填报人', '最后更新时间']);
    // Dates are Excel dates (shown yyyy-mm-dd), rates are numbers shown as percentages.
    expect(progress[1]).toEqual([new Date('2026-11-20T00:00:00Z'), '城关镇', 18, 6, 5, 2, 6 / 18, 5 / 18, 2 / 18, 'wecom:chengguan_li', new Date('2026-11-20T19:00:00Z')]);
    const sheet = wb.getWorksheet('换届进度')!;
    expect(sheet.getCell('A2').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('G2').numFmt).toBe('0.0%');
    expect(sheet.getCell('K2').numFmt).toBe('yyyy-mm-dd hh:mm');
    const structure = sheetRows(wb.getWorksheet('班子结构')!);
    expect(structure[0]!.slice(2, 9)).toEqual(['应换届村(社区)数', '书记主任"一肩挑"人数', '交叉任职人数', '35岁以下成员', '大专及以上', '女性成员', '平均年龄']);
    const hexi = structure.find((r) => String(r[0]) === String(new Date('2026-11-22T00:00:00Z')) && r[1] === '河西乡')!;
    expect(hexi.slice(2, 12)).toEqual([12, 7, undefined, 11, undefined, 9, 42.5, 10 / 12, 9 / 12, 6 / 12]);
    // The last day's ranking as the bulletin showed it: ranked rows in order with score and marks, then 未报送.
    const ranking = sheetRows(wb.getWorksheet('当日排名 2026-11-22')!);
    expect(ranking[0]).toEqual(['名次', '乡镇(街道)', '应换届村(社区)数', '综合得分', '党组织换届完成', '党组织完成率', '村(居)委会换届完成', '村(居)委会完成率', '村(居)务监督委员会完成', '监委会完成率', '书记主任"一肩挑"人数', '今日党组织进展', '今日村委会进展', '今日监委会进展', '说明']);
    expect(ranking.slice(1, 4).map((r) => [r[0], r[1], r[3], r[11], r[14]])).toEqual([
      [1, '马坊乡', 100, undefined, '已全部完成、首次报送'],
      [2, '河西乡', 73.3, 3, ''], // .4×10/12 + .4×9/12 + .2×6/12
      [3, '城关镇', 48.9, 6, ''],
    ]);
    expect(ranking[4]!.slice(0, 2)).toEqual([undefined, '河东镇']);
    expect(ranking.find((r) => r[1] === '柳林乡')![14]).toBe('未报送、沿用上次报送数(2026-11-21)');
    // Numbers stay numbers so the office can sum them.
    expect(typeof progress[1]![2]).toBe('number');
  });

  it('filters by township (name or alias) and defaults to the campaign start and today', async () => {
    const res = await raw(t.url, `/api/export?township=${encodeURIComponent('河西')}`, { headers: auth });
    expect(res.status).toBe(200);
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('换届进度_河西乡_2026-11-01_2026-11-22.csv'));
    const rows = res.text.trimEnd().split('\r\n').slice(1);
    expect(rows.map((l) => l.slice(0, 14))).toEqual(['2026-11-20,河西乡', '2026-11-21,河西乡', '2026-11-22,河西乡']);
  });

  it('answers an empty range with the header alone', async () => {
    const res = await raw(t.url, '/api/export?from=2026-10-01&to=2026-10-31', { headers: auth });
    expect(res.status).toBe(200);
    expect(res.text.trimEnd().split('\r\n')).toHaveLength(1);
  });

  it('says what is wrong with a bad request', async () => {
    const cases: [string, string][] = [
      ['from=2026-02-30', 'from: a date is written YYYY-MM-DD'],
      ['from=2026-11-22&to=2026-11-01', 'from must not be after to'],
      ['format=pdf', 'format'],
      ['township=%E5%A4%96%E5%8E%BF', 'no such township'],
      ['from=2024-01-01&to=2026-11-22', 'at most 731 days'],
      ['form=2026-11-01', 'form'],
    ];
    for (const [query, says] of cases) {
      const res = await raw(t.url, `/api/export?${query}`, { headers: auth });
      expect(res.status, query).toBe(400);
      expect(res.text, query).toContain(says);
    }
  });

  it('stays behind the admin guard', async () => {
    expect((await raw(t.url, '/api/export?format=xlsx')).status).toBe(401);
    expect((await raw(t.url, '/api/export', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
  });
});
