// The bulletin for a scripted week (fixtures.ts), composed from a real SQLite store and rendered
// with the real templates. Figures below are worked out by hand from the script.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BulletinData } from '../../src/bulletins/compose.js';
import { composeDaily } from '../../src/bulletins/compose.js';
import { loadDaily } from '../../src/bulletins/load.js';
import { renderBulletin } from '../../src/bulletins/render.js';
import { Templates } from '../../src/templates.js';
import { county, seedWeek, tempStore, type TempStore } from './fixtures.js';

const templates = new Templates(join(import.meta.dirname, '../../templates/messages'));
let db: TempStore;
let day: BulletinData;

beforeAll(async () => {
  db = tempStore();
  await seedWeek(db.store);
  day = await loadDaily(db.store, county(), '2026-11-22');
});
afterAll(() => db.close());

const row = (name: string) => day.ranked.find((r) => r.name === name)!;

describe('the 11-22 bulletin of the scripted week', () => {
  it('ranks by score with every tie-break, and shares a rank on an exact tie', () => {
    expect(day.ranked.map((r) => [r.rank, r.name, r.tied])).toEqual([
      [1, '城关镇', false],
      [2, '龙泉镇', false], // .80, 村委会 100% beats 河西乡's 75%
      [3, '河西乡', false],
      [4, '河东镇', false], // .76, 一肩挑 7/8 beats 柳林乡's 3/4
      [5, '柳林乡', false],
      [6, '石桥镇', true], // same rates, same report time as 白沙镇
      [6, '白沙镇', true],
      [8, '马坊乡', false],
    ]);
    expect(day.missing.map((r) => [r.name, r.rank, r.carriedFrom])).toEqual([['杨家岭乡', 9, '2026-11-20']]);
  });

  it('moves against the 11-21 ranking, and new completions against each township\'s previous record', () => {
    // 11-21 ranking: 柳林 1, 河东 2, 城关 3, 河西 4, 龙泉 5, 白沙 6, 石桥 7 (both .44; 白沙's 村委会 50% beats 40%).
    expect(Object.fromEntries(day.ranked.map((r) => [r.name, r.move]))).toEqual({
      城关镇: 2,
      龙泉镇: 3,
      河西乡: 1,
      河东镇: -2,
      柳林乡: -4,
      石桥镇: 1,
      白沙镇: 0,
      马坊乡: null, // not ranked on 11-21
    });
    // 河西乡's yesterday was corrected from 村委会 6 to 5, so today's 6 is +1.
    expect(row('河西乡').inc).toEqual({ partyDone: 2, committeeDone: 1, supervisionDone: 1, oneShoulder: 1 });
    // 马坊乡 compares with its 11-20 record.
    expect(row('马坊乡').inc).toEqual({ partyDone: 1, committeeDone: 1, supervisionDone: 1, oneShoulder: 0 });
    expect(day.totalsInc).toEqual({ partyDone: 10, committeeDone: 11, supervisionDone: 8, oneShoulder: 8 });
  });

  it('totals include the carried figures of 未报送 townships', () => {
    expect(day.totals).toMatchObject({ due: 69, partyDone: 54, committeeDone: 51, supervisionDone: 27, oneShoulder: 41, reported: 8, townships: 9 });
  });

  it('names the top and last three, the late reporter, the correction and the finished townships', () => {
    expect(day.top.map((r) => r.name)).toEqual(['城关镇', '龙泉镇', '河西乡']);
    expect(day.bottom.map((r) => r.name)).toEqual(['石桥镇', '白沙镇', '马坊乡']);
    expect(day.late.map((r) => [r.name, r.reportedLocal])).toEqual([['马坊乡', { date: '2026-11-22', time: '20:40' }]]);
    expect(day.corrections).toEqual([{ township: '河西乡', date: '2026-11-21', field: 'committeeDone', old: 6, new: 5 }]);
    expect(day.structure?.rows.map((r) => r.name)).toEqual(['城关镇', '龙泉镇']);
    expect(day.structure?.total).toMatchObject({ under35: 20, college: 45, female: 16 });
    expect(day.structure?.total?.avgAge).toBeCloseTo((41.46 + 43.2) / 2);
  });

  it('renders the WeCom bulletin as expected', async () => {
    const text = renderBulletin(templates, day, 'wecom');
    const lines = text.split('\n');
    expect(lines).toContain('**11月22日**　已报送 **8/9** 个乡镇（街道）');
    expect(lines).toContain('> 党组织换届完成：**54** 个，完成率 **78.3%**　今日<font color="info">+10</font>');
    expect(lines).toContain('> 村（居）委会换届完成：**51** 个，完成率 **73.9%**　今日<font color="info">+11</font>');
    expect(lines).toContain('> 书记、主任“一肩挑”：**41** 人，占已完成村（居）委会 **80.4%**');
    expect(lines).toContain(
      '3. **河西乡** 综合80 <font color="info">↑1</font>｜党组织100%<font color="info">+2</font>｜村委会75%<font color="info">+1</font>｜监委会50%<font color="info">+1</font>｜一肩挑5',
    );
    expect(lines).toContain('5. **柳林乡** 综合76 <font color="warning">↓4</font>｜党组织80%｜村委会80%｜监委会60%｜一肩挑3');
    expect(lines.filter((l) => l.includes('（并列）')).map((l) => l.slice(0, 14))).toEqual(['6. **石桥镇**（并列）', '6. **白沙镇**（并列）']);
    expect(lines.find((l) => l.startsWith('8. **马坊乡**'))).toMatch(/迟报/);
    expect(lines).toContain('**【前三名】**城关镇、龙泉镇、河西乡');
    expect(lines).toContain('**【后三名】**石桥镇、白沙镇、马坊乡');
    expect(lines.find((l) => l.startsWith('**【未报送】**'))).toContain('杨家岭乡');
    expect(lines).toContain('**【迟报】**马坊乡（20:40）');
    expect(lines).toContain('**【数据更正】**河西乡11月21日村（居）委会换届完成数 6→5');
    expect(lines).toContain('· 龙泉镇：35岁以下8人　大专及以上20人　女性7人　平均年龄43.2岁');
    expect(lines).toContain('· **合计**：35岁以下20人　大专及以上45人　女性16人　平均年龄42.3岁');
    await expect(text).toMatchFileSnapshot('./__snapshots__/week-2026-11-22.wecom.md');
  });

  it('renders the DingTalk bulletin without tables or colours', async () => {
    const text = renderBulletin(templates, day, 'dingtalk');
    expect(text).not.toMatch(/<font|\|\s*---|^\|/m);
    expect(text.split('\n')).toContain('- 4．**河东镇** 综合76 ↓2｜党组织80%｜村委会80%｜监委会60%（+1）｜一肩挑7');
    expect(text.split('\n')).toContain('- **未报送**：杨家岭乡（1个，排名列后，合计按其上次报送数计）');
    await expect(text).toMatchFileSnapshot('./__snapshots__/week-2026-11-22.dingtalk.md');
  });
});

describe('other days of the week', () => {
  it('11-21 (before the correction was made) counts 河西乡 with 村委会 6', async () => {
    const fresh = tempStore();
    await seedWeek(fresh.store, new Date('2026-11-21T13:00:00Z')); // 21:00 on 11-21
    const d = await loadDaily(fresh.store, county(), '2026-11-21');
    await fresh.close();
    expect(d.ranked.map((r) => r.name)).toEqual(['柳林乡', '河东镇', '城关镇', '河西乡', '龙泉镇', '白沙镇', '石桥镇']);
    expect(d.ranked.find((r) => r.name === '河西乡')!.figures.committeeDone).toBe(6);
    expect(d.missing.map((r) => r.name)).toEqual(['马坊乡', '杨家岭乡']);
    expect(d.corrections).toEqual([]);
    expect(d.structure).toBeNull();
  });

  it('carries a township\'s last figures however long ago it last reported', async () => {
    const fresh = tempStore();
    await fresh.store.writeRecord({ township: '杨家岭乡', date: '2026-10-30', figures: { partyDone: 4, committeeDone: 3 }, by: 'x', at: new Date('2026-10-30T10:00:00Z'), kind: 'report' });
    await fresh.store.writeRecord({ township: '河西乡', date: '2026-11-21', figures: { partyDone: 2 }, by: 'x', at: new Date('2026-11-21T10:00:00Z'), kind: 'report' });
    const d = await loadDaily(fresh.store, county(), '2026-11-22');
    await fresh.close();
    expect(d.missing.find((r) => r.name === '杨家岭乡')).toMatchObject({ carriedFrom: '2026-10-30', figures: { partyDone: 4, committeeDone: 3 } });
    expect(d.totals).toMatchObject({ partyDone: 6, committeeDone: 3, reported: 0 });
  });

  it('a day nobody reported still renders, with everyone 未报送', () => {
    const text = renderBulletin(templates, { ...day, ranked: [], top: [], bottom: [], late: [], missing: day.missing }, 'wecom');
    expect(text).toContain('今日尚无乡镇（街道）报送，不排名。');
    expect(text).not.toContain('【前三名】');
  });

  it('shows a figure that went down (a correction below yesterday) as a drop, not a gain', () => {
    const rec = (date: string, committeeDone: number) => ({
      township: '甲镇',
      date,
      figures: { partyDone: 5, committeeDone },
      firstReportedAt: new Date(`${date}T10:00:00Z`),
      updatedAt: new Date(`${date}T10:00:00Z`),
      updatedBy: 'x',
    });
    const d = composeDaily({
      county: '测试县',
      date: '2026-11-22',
      townships: [{ name: '甲镇', due: 10 }],
      weights: county().ranking,
      today: [rec('2026-11-22', 3)],
      yesterday: [rec('2026-11-21', 4)],
      before: [rec('2026-11-21', 4)],
    });
    expect(d.ranked[0]!.inc?.committeeDone).toBe(-1);
    const wecom = renderBulletin(templates, d, 'wecom');
    expect(wecom).toContain('｜村委会30%<font color="warning">-1</font>｜');
    expect(wecom).toContain('今日<font color="warning">-1</font>');
    expect(renderBulletin(templates, d, 'dingtalk')).toContain('｜村委会30%（-1）｜');
  });

  it('shows an indicator a township never reported as —, not 0', () => {
    const rec = { township: '甲镇', date: '2026-11-22', figures: { partyDone: 10, committeeDone: 10 }, firstReportedAt: new Date('2026-11-22T10:00:00Z'), updatedAt: new Date('2026-11-22T10:00:00Z'), updatedBy: 'x' };
    const d = composeDaily({ county: '测试县', date: '2026-11-22', townships: [{ name: '甲镇', due: 10 }], weights: county().ranking, today: [rec], yesterday: [], before: [] });
    // A first report is not progress, and the unknown 监委会 does not pull the score down to 80.
    expect(renderBulletin(templates, d, 'dingtalk')).toContain('**甲镇** 综合100｜党组织100%｜村委会100%｜监委会—｜一肩挑—｜首次报送');
    expect(renderBulletin(templates, d, 'wecom')).toContain('｜监委会—｜一肩挑—');
  });
});
