// The console in a real browser: log in, read the ranking of a seeded day, open a township's history,
// download both export files from the page, and talk to the bot in the simulator.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/bot.js';
import { DESKTOP, launch, OUTPUT, PHONE } from './browser.js';
import { readXlsx, sheetRows } from './raw.js';
import { SEED_NOW, seed } from './seed.js';

const TOKEN = 'e2e-console-token-5be1';

describe('console in Chromium', () => {
  let t: TestBot;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // A webhook so the county file's WeCom group is a bulletin target (previews never send).
    t = await startTestBot({ env: { ADMIN_TOKEN: TOKEN, WECOM_WEBHOOK_URL: 'http://127.0.0.1:9/cgi-bin/webhook/send?key=e2e' }, now: () => SEED_NOW });
    await seed(t.bot.store);
    browser = await launch();
    context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true });
    // Each test can run alone: this context holds a session from the start (the first test uses the form).
    const res = await context.request.post(`${t.url}/login`, { form: { token: TOKEN, next: '/' }, maxRedirects: 0 });
    expect(res.status()).toBe(302);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('logs in through the form and lands on the page it asked for', async () => {
    const fresh = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN' });
    try {
      const p = await fresh.newPage();
      await p.goto(`${t.url}/export`);
      expect(new URL(p.url()).pathname).toBe('/login');
      await p.fill('#token', 'wrong-token');
      await p.click('form[action="/login"] button');
      await p.waitForSelector('.error');
      expect(await p.locator('.error').textContent()).toContain('令牌不正确');
      await p.fill('#token', TOKEN);
      await p.click('form[action="/login"] button');
      await p.waitForSelector('#export-csv');
      expect(new URL(p.url()).pathname).toBe('/export');
      const session = (await fresh.cookies()).find((c) => c.name === 'hj_session')!;
      expect(session.httpOnly).toBe(true);
      expect(session.sameSite).toBe('Strict');
      // Scripts in the page cannot read the session.
      expect(await p.evaluate(() => document.cookie)).toBe('');
      await p.click('form[action="/logout"] button');
      await p.waitForSelector('#token');
      await p.goto(`${t.url}/`);
      expect(new URL(p.url()).pathname).toBe('/login');
    } finally {
      await fresh.close();
    }
  });

  it('shows the seeded day: ranking, 未报送 townships, totals and the chart; saves screenshots', async () => {
    await page.goto(`${t.url}/`);
    const names = await page.locator('#ranking tbody tr td:nth-child(2) a').allTextContents();
    expect(names.slice(0, 3)).toEqual(['马坊乡', '河西乡', '城关镇']);
    expect(await page.locator('#ranking tbody tr.unreported').count()).toBe(8);
    expect(await page.locator('#missing li').allTextContents()).toContain('柳林乡');
    expect(await page.locator('#reported-count .v').textContent()).toBe('3/11');
    expect(await page.locator('svg.bar-chart g.bar-row').count()).toBe(11);
    await page.screenshot({ path: join(OUTPUT, 'console-dashboard-desktop.png'), fullPage: true });

    await page.setViewportSize(PHONE);
    // On a phone the page itself never scrolls sideways; wide tables scroll inside their own box.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const chartWidth = await page.locator('svg.bar-chart').evaluate((el) => el.getBoundingClientRect().width);
    expect(chartWidth).toBeLessThanOrEqual(PHONE.width);
    // The ranking fits the phone: no sideways scrolling inside its box, every score on screen, and no
    // column squeezed to two characters a line.
    const ranking = await page.locator('#ranking').evaluate((table) => {
      const wrap = table.parentElement!;
      const cols = [...table.querySelectorAll('thead th')].filter((th) => (th as HTMLElement).offsetParent !== null);
      return {
        hiddenScroll: wrap.scrollWidth - wrap.clientWidth,
        headers: cols.map((th) => th.textContent),
        narrowest: Math.min(...cols.map((th) => th.getBoundingClientRect().width)),
        scoreRight: Math.max(...[...table.querySelectorAll('td.score')].map((td) => td.getBoundingClientRect().right)),
        nameLines: Math.max(...[...table.querySelectorAll('td.name a')].map((a) => a.getClientRects().length)),
      };
    });
    expect(ranking.hiddenScroll).toBeLessThanOrEqual(0);
    expect(ranking.headers).toEqual(['名次', '乡镇(街道)', '得分', '党组织', '村(居)委会', '监委会']);
    expect(ranking.narrowest).toBeGreaterThanOrEqual(30);
    expect(ranking.scoreRight).toBeLessThanOrEqual(PHONE.width);
    expect(ranking.nameLines).toBe(1);
    await page.screenshot({ path: join(OUTPUT, 'console-dashboard-phone.png'), fullPage: true });
    await page.setViewportSize(DESKTOP);
  });

  it('shows unknown figures as — and a finished township apart, on the ranking and the chart', async () => {
    await page.goto(`${t.url}/`);
    // 马坊乡 reported 8/8/8 of 8: 已全部完成. 河东镇 never reported: dashes, not 0 and 0%.
    expect(await page.locator('#ranking tr[data-township="马坊乡"] .tag.done').textContent()).toBe('已全部完成');
    const silent = page.locator('#ranking tr[data-township="河东镇"]');
    expect(await silent.locator('td.score').textContent()).toBe('—');
    expect(await silent.locator('td').nth(4).textContent()).toBe('—');
    expect(await page.locator('svg.bar-chart g.bar-row[data-label="河东镇"] rect').count()).toBe(0);
  });

  it('keeps a township page, its history and the feedback pages readable on a phone; saves screenshots', async () => {
    for (const [name, path] of [
      ['township', `/township/${encodeURIComponent('城关镇')}`],
      ['refusals', '/refusals'],
      ['unanswered', '/unanswered'],
    ] as const) {
      await page.setViewportSize(DESKTOP);
      await page.goto(`${t.url}${path}`);
      await page.screenshot({ path: join(OUTPUT, `console-${name}-desktop.png`), fullPage: true });
      await page.setViewportSize(PHONE);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), name).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(OUTPUT, `console-${name}-phone.png`), fullPage: true });
    }
    await page.goto(`${t.url}/township/${encodeURIComponent('城关镇')}`);
    // History rows stack as cards on a phone: the message gets the whole width, nothing scrolls sideways.
    const history = await page.locator('#history').evaluate((table) => ({
      hiddenScroll: table.parentElement!.scrollWidth - table.parentElement!.clientWidth,
      display: getComputedStyle(table.querySelector('td')!).display,
      message: table.querySelector('td.message')!.getBoundingClientRect().width,
    }));
    expect(history.hiddenScroll).toBeLessThanOrEqual(0);
    expect(history.display).toBe('block');
    expect(history.message).toBeGreaterThan(300);
    // The trend starts at the first report (11-20), not the campaign's first day.
    expect(await page.locator('.card h2', { hasText: '各项指标走势' }).textContent()).toContain('2026-11-20 至 2026-11-22');
    // The latest card's 应换届 agrees with the header.
    expect(await page.locator('.figures tr', { hasText: '应换届' }).locator('td').textContent()).toBe(await page.locator('.facts dd').first().textContent());
    await page.setViewportSize(DESKTOP);
  });

  it('opens an earlier day from the date picker', async () => {
    await page.goto(`${t.url}/`);
    await page.fill('#date', '2026-11-21');
    await page.waitForURL(/date=2026-11-21/);
    const names = await page.locator('#ranking tbody tr td:nth-child(2) a').allTextContents();
    expect(names.slice(0, 2)).toEqual(['河西乡', '柳林乡']);
  });

  it('opens a township and reads its history: who changed what, when, from which message', async () => {
    await page.goto(`${t.url}/`);
    await page.click('#ranking a:text-is("城关镇")');
    await page.waitForSelector('#history');
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe('/township/城关镇');
    const first = page.locator('#history tbody tr').first();
    expect(await first.locator('td').nth(0).textContent()).toBe('2026-11-22 19:15');
    expect(await first.locator('.tag').textContent()).toBe('更正');
    // People are named as the county file names them, beside their ids.
    expect(await first.locator('.who').textContent()).toContain('刘组长');
    expect(await first.locator('.who').textContent()).toContain('wecom:zzb_liu');
    expect(await page.locator('.facts dd').nth(2).textContent()).toContain('李建国');
    expect(await first.locator('.changes').textContent()).toBe('党组织换届完成:9 → 12');
    expect(await first.locator('td.message').textContent()).toBe('更正：城关镇今天党组织换届完成12个msg-fix-1');
    expect(await first.locator('td.message .mono').textContent()).toBe('msg-fix-1');
    expect(await page.locator('#history tbody tr').count()).toBe(3);
    expect(await page.locator('figure.trend').count()).toBe(5);
  });

  it('downloads the CSV and the Excel file from the export page', async () => {
    await page.goto(`${t.url}/export`);
    await page.fill('input[name="from"]', '2026-11-21');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    expect(csv.suggestedFilename()).toBe('换届进度_2026-11-21_2026-11-22.csv');
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]!.startsWith('日期,乡镇(街道),应换届村(社区)数,党组织换届完成')).toBe(true);
    expect(lines).toHaveLength(6);
    expect(lines).toContain('2026-11-22,城关镇,18,12,8,4,6,,,,,,,,66.7%,44.4%,22.2%,wecom:zzb_liu,2026-11-22 19:15');

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('#export-xlsx')]);
    expect(xlsx.suggestedFilename()).toBe('换届进度_2026-11-21_2026-11-22.xlsx');
    const wb = await readXlsx(readFileSync((await xlsx.path())!));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['换届进度', '班子结构', '资格联审', '当日排名 2026-11-22']);
    expect(wb.worksheets[0]!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const rows = sheetRows(wb.getWorksheet('换届进度')!);
    expect(rows).toHaveLength(6);
    expect(rows.find((r) => String(r[0]) === String(new Date('2026-11-22T00:00:00Z')) && r[1] === '马坊乡')!.slice(2, 9)).toEqual([8, 8, 8, 8, 1, 1, 1]);
  });

  it('asks the bot a question in the simulator and shows the reply it would post', async () => {
    const question = '十严禁是什么';
    // What the bot answers, straight from the API, for the same sender and text.
    const expected = await t.post('/api/simulate', { platform: 'wecom', userId: 'hexi_wang', text: question, chatId: 'console-simulator' }, { authorization: `Bearer ${TOKEN}` });
    expect(expected.status).toBe(200);
    await page.goto(`${t.url}/simulator`);
    await page.selectOption('#sim-persona', 'wecom:hexi_wang');
    await page.fill('#sim-text', question);
    await page.click('#sim-send');
    const reply = page.locator('.msg.bot .bubble').first();
    await reply.waitFor();
    expect(await page.locator('.msg.me .bubble').textContent()).toBe(question);
    expect(await page.locator('.msg.me .who').textContent()).toContain('河西乡联络员');
    expect(await reply.textContent()).toBe(expected.body.replies[0].text);
    expect(await page.locator('#sim-text').inputValue()).toBe('');
  });

  it('previews tonight\'s bulletin without sending it', async () => {
    const api = await t.post('/api/bulletins/daily?date=2026-11-22&dryRun=1', undefined, { authorization: `Bearer ${TOKEN}` });
    expect(api.status).toBe(200);
    expect(api.body.messages.length).toBeGreaterThan(0);
    await page.goto(`${t.url}/simulator`);
    await page.click('#bulletin-form button');
    await page.locator('#bulletin .bulletin').first().waitFor();
    // The raw markdown as sent, and beside it the rendering: no markup characters left, colours as classes.
    const sent = await page.locator('#bulletin .bulletin pre').allTextContents();
    expect(sent).toEqual(api.body.messages.map((m: { text: string }) => m.text));
    const rendered = await page.locator('#bulletin .bulletin .md').first();
    const text = (await rendered.textContent())!;
    expect(text).toContain('马坊乡');
    expect(text).not.toContain('**');
    expect(text).not.toContain('<font');
    // The WeCom bulletin marks 未报送 townships in warning colour and headings in bold.
    expect(sent[0]).toContain('<font color="warning">');
    expect(await rendered.locator('.font-warning', { hasText: '河东镇' }).count()).toBe(1);
    expect(await rendered.locator('b').count()).toBeGreaterThan(0);
    expect(await page.locator('#bulletin .bulletin h3').first().textContent()).toBe('企业微信 → 县换届工作群');
    // The DingTalk group has no webhook here: previewed all the same, saying which variable it needs.
    expect(await page.locator('#bulletin .bulletin').count()).toBe(2);
    expect(await page.locator('#bulletin .bulletin').first().locator('.missing-webhook').count()).toBe(0);
    expect(await page.locator('#bulletin .bulletin').nth(1).locator('.missing-webhook code').textContent()).toBe('DINGTALK_WEBHOOK_URL');
    expect(await t.bot.store.listDeliveries()).toEqual([]);
  });

  it('records a report typed in the simulator, and the dashboard shows it', async () => {
    await page.goto(`${t.url}/simulator`);
    await page.selectOption('#sim-persona', 'wecom:hexi_wang');
    await page.fill('#sim-text', '河西乡 党组织完成11个,村委会完成10个');
    await page.click('#sim-send');
    const reply = page.locator('.msg.bot .bubble').first();
    await reply.waitFor();
    expect(await page.locator('.msg.bot .tag').first().textContent()).toBe('进度报送');
    expect(await reply.textContent()).toContain('11/12');
    await page.goto(`${t.url}/`);
    const row = page.locator('#ranking tr[data-township="河西乡"]');
    expect(await row.locator('td').nth(4).textContent()).toBe('1191.7%');
    expect(await row.locator('td').nth(5).textContent()).toBe('1083.3%');
  });

  it('browses the knowledge base and shows how the bot answers a test question', async () => {
    const topics = await t.get('/api/knowledge/topics', { authorization: `Bearer ${TOKEN}` });
    const question = '受过刑事处罚的人能当村委会候选人吗';
    const answer = await t.get(`/api/knowledge/ask?q=${encodeURIComponent(question)}`, { authorization: `Bearer ${TOKEN}` });
    expect(answer.body.abstained).toBe(false);
    await page.goto(`${t.url}/knowledge`);
    await page.locator('#topics details.topic').first().waitFor();
    expect(await page.locator('#topics details.topic').count()).toBe(topics.body.topics.length);
    const first = topics.body.topics[0];
    const topic = page.locator('#topics details.topic').first();
    await topic.locator('summary').click();
    expect(await topic.locator('summary b').textContent()).toBe(first.title);
    expect(await topic.locator('.src').first().textContent()).toBe(`出处:${first.citation}`);
    expect(await topic.locator('li.item').count()).toBe(first.items.length);
    expect(await topic.locator('li.item').first().textContent()).toContain(first.items[0].source);

    await page.fill('#ask-q', question);
    await page.click('#ask-form button');
    const result = page.locator('#ask-result .answer');
    await result.waitFor();
    const title = topics.body.topics.find((x: { id: string }) => x.id === answer.body.topic).title;
    expect(await result.locator('dd').nth(0).textContent()).toBe(`${title} (${answer.body.topic})`);
    expect(await result.locator('dd').nth(1).textContent()).toContain(`第${answer.body.item}条`);
    expect(await result.locator('dd').nth(2).textContent()).toBe(answer.body.confidence.toFixed(2));
    expect(await result.locator('dd').nth(3).textContent()).toBe('作答');
    expect(await result.locator('.citations li').allTextContents()).toEqual(answer.body.citations);
    expect(await result.locator('pre').textContent()).toBe(answer.body.reply.text);
    await page.screenshot({ path: join(OUTPUT, 'console-knowledge-desktop.png'), fullPage: false });
  });
});
