// The server-rendered pages over plain HTTP: what the dashboard and township view say for seeded data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/bot.js';
import { raw } from './raw.js';
import { SEED_NOW, seed } from './seed.js';

const TOKEN = 'pages-test-token-c0ffee';
const auth = { authorization: `Bearer ${TOKEN}` };

/** Township names of the ranking table rows, in order, with their rank. */
function rankingRows(html: string): string[] {
  const body = html.slice(html.indexOf('id="ranking"'));
  return [...body.matchAll(/<tr class="([^"]*)" data-township="([^"]+)">\s*<td class="num rank">([^<]+)<\/td>/g)].map(
    (m) => `${m[3]} ${m[2]}${m[1]!.includes('unreported') ? ' 未报送' : ''}`,
  );
}

describe('console pages', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ env: { ADMIN_TOKEN: TOKEN }, now: () => SEED_NOW });
    await seed(t.bot.store);
  });
  afterAll(() => t.close());

  it('ranks today by the weighted score, unreported townships last, with county totals', async () => {
    const res = await raw(t.url, '/', { headers: auth });
    expect(res.status).toBe(200);
    const rows = rankingRows(res.text);
    expect(rows.slice(0, 4)).toEqual(['1 马坊乡', '2 河西乡', '3 城关镇', '4 河东镇 未报送']);
    expect(rows).toHaveLength(11);
    expect(res.text).toContain('value="2026-11-22"');
    expect(res.text).toMatch(/已报送乡镇<\/span><span class="v">3\/11</);
    // Totals carry 柳林乡's figures of 11-21: 8 + 10 + 12 + 2 = 32 党组织 of 130.
    expect(res.text).toMatch(/党组织完成<\/span><span class="v">32<\/span><span class="r">24\.6%</);
    expect(res.text).toContain('沿用 2026-11-21 数据');
    const missing = res.text.slice(res.text.indexOf('id="missing"'), res.text.indexOf('各乡镇完成率'));
    expect(missing).toContain('柳林乡');
    expect(missing).not.toContain('河西乡');
    // The chart: one bar group per township, 马坊乡 at 100%.
    expect(res.text.match(/<g class="bar-row/g)).toHaveLength(11);
    expect(res.text).toMatch(/<g class="bar-row" data-label="马坊乡">.*?data-value="1\.0000"/);
  });

  it('shows any past day from the date picker', async () => {
    const res = await raw(t.url, '/?date=2026-11-21', { headers: auth });
    expect(rankingRows(res.text).slice(0, 3)).toEqual(['1 河西乡', '2 柳林乡', '3 城关镇 未报送']);
    expect(res.text).toContain('href="/?date=2026-11-22"');
    expect(res.text).not.toContain('<span class="badge">今天</span>');
  });

  it('explains a bad date and shows today instead', async () => {
    for (const bad of ['2026-13-40', '2030-01-01', '%3Cscript%3E']) {
      const res = await raw(t.url, `/?date=${bad}`, { headers: auth });
      expect(res.status).toBe(200);
      expect(res.text).toContain('无效或晚于今天');
      expect(res.text).not.toContain('<script>');
      expect(rankingRows(res.text)[0]).toBe('1 马坊乡');
    }
  });

  it('shows a township’s trend per indicator and its revision history with who, when and which message', async () => {
    const res = await raw(t.url, `/township/${encodeURIComponent('城关镇')}`, { headers: auth });
    expect(res.status).toBe(200);
    for (const key of ['due', 'partyDone', 'committeeDone', 'supervisionDone', 'oneShoulder']) expect(res.text).toContain(`data-key="${key}"`);
    expect(res.text).not.toContain('data-key="avgAge"');
    const party = res.text.slice(res.text.indexOf('data-key="partyDone"'));
    expect([...party.slice(0, party.indexOf('</figure>')).matchAll(/data-date="([\d-]+)" data-value="(\d+)"/g)].map((m) => `${m[1]}=${m[2]}`)).toEqual([
      '2026-11-20=6',
      '2026-11-22=12',
    ]);
    const history = res.text.slice(res.text.indexOf('id="history"'));
    const rows = history.split('<tr class="kind-').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('correction');
    expect(rows[0]).toContain('2026-11-22 19:15');
    expect(rows[0]).toContain('wecom:zzb_liu');
    expect(rows[0]).toContain('管理员');
    expect(rows[0]).toContain('党组织换届完成:9 → <b>12</b>');
    expect(rows[0]).toContain('msg-fix-1');
    expect(rows[0]).toContain('更正：城关镇今天党组织换届完成12个');
    expect(rows[1]).toContain('msg-cg-22');
    expect(rows[1]).toContain('联络员');
    expect(rows[2]).toContain('2026-11-20 19:00');
  });

  it('finds a township by alias and answers an unknown one with a 404 page', async () => {
    const alias = await raw(t.url, `/township/${encodeURIComponent('河西')}`, { headers: auth });
    expect(alias.status).toBe(200);
    expect(alias.text).toContain('<h1>河西乡</h1>');
    const unknown = await raw(t.url, `/township/${encodeURIComponent('<img src=x>')}`, { headers: auth });
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('&lt;img src&#x3D;x&gt;');
    expect(unknown.text).not.toContain('<img src=x>');
  });

  it('escapes what chat users typed (a user id) wherever it is shown', async () => {
    await t.bot.store.writeRecord({
      township: '东城街道',
      date: '2026-11-22',
      figures: { partyDone: 1 },
      by: '<img src=x onerror=alert(1)>',
      at: new Date('2026-11-22T12:00:00Z'),
      kind: 'report',
      messageId: '"><script>alert(2)</script>',
      text: '东城街道<script>alert(3)</script>党组织1个',
    });
    for (const path of ['/', `/township/${encodeURIComponent('东城街道')}`]) {
      const res = await raw(t.url, path, { headers: auth });
      expect(res.text, path).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
      expect(res.text, path).not.toContain('<img src=x');
      expect(res.text, path).not.toContain('<script>alert');
    }
    const township = await raw(t.url, `/township/${encodeURIComponent('东城街道')}`, { headers: auth });
    expect(township.text).toContain('东城街道&lt;script&gt;alert(3)&lt;&#x2F;script&gt;党组织1个');
  });

  it('lists every liaison and admin of the county file in the simulator', async () => {
    const res = await raw(t.url, '/simulator', { headers: auth });
    expect(res.text).toContain('<option value="wecom:hexi_wang">河西乡联络员 王海 · wecom:hexi_wang</option>');
    expect(res.text).toContain('<option value="dingtalk:mafang_zheng">');
    expect(res.text).toContain('<option value="dingtalk:zzb_liu">管理员 · dingtalk:zzb_liu</option>');
    expect(res.text).toContain('data-offset="+08:00"');
  });

  it('offers the export form with the campaign as the default range', async () => {
    const res = await raw(t.url, '/export', { headers: auth });
    expect(res.text).toContain('name="from" value="2026-11-01"');
    expect(res.text).toContain('name="to" value="2026-11-22"');
    expect(res.text).toContain('<option value="马坊乡">');
  });
});
