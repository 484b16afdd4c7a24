// The two review pages in Chromium: a refused report and a declined question sent through the bot show
// up with their reason in words, the counts agree, the range form works and the CSV link downloads.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/bot.js';
import { DESKTOP, launch } from './browser.js';
import { SEED_NOW } from './seed.js';

const TOKEN = 'e2e-feedback-token-90af';
const auth = { authorization: `Bearer ${TOKEN}` };

describe('review pages in Chromium', () => {
  let t: TestBot;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    t = await startTestBot({ env: { ADMIN_TOKEN: TOKEN }, now: () => SEED_NOW });
    const say = async (userId: string, text: string, at: string) => {
      const res = await t.post('/api/simulate', { userId, text, at }, auth);
      expect(res.status).toBe(200);
      return res.body;
    };
    expect((await say('wecom:hexi_wang', '河西乡党组织完成十几个', '2026-11-22T10:00:00+08:00')).report.errors).toEqual(['vague']);
    expect((await say('wecom:hexi_wang', '河西乡：党组织换届完成9个', '2026-11-22T10:05:00+08:00')).report.accepted).toBe(true);
    expect((await say('wecom:someone', '村里的路灯坏了谁来修？', '2026-11-22T11:00:00+08:00')).answer.abstained).toBe(true);
    expect((await say('wecom:other', '村里的路灯坏了谁来修', '2026-11-22T11:30:00+08:00')).answer.abstained).toBe(true);
    browser = await launch();
    context = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true });
    const res = await context.request.post(`${t.url}/login`, { form: { token: TOKEN, next: '/' }, maxRedirects: 0 });
    expect(res.status()).toBe(302);
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shows a refused report with its reason in words, from the navigation', async () => {
    await page.goto(`${t.url}/`);
    await page.click('nav a:text-is("未识别的报送")');
    await page.waitForSelector('#refusals');
    expect(new URL(page.url()).pathname).toBe('/refusals');
    expect(await page.locator('nav a[aria-current="page"]').textContent()).toBe('未识别的报送');
    // Default range: the last 7 days up to today in county time.
    expect(await page.locator('input[name="from"]').inputValue()).toBe('2026-11-16');
    expect(await page.locator('input[name="to"]').inputValue()).toBe('2026-11-22');
    const rows = page.locator('#refusals tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().locator('td.message').textContent()).toBe('河西乡党组织完成十几个');
    expect(await rows.first().locator('.reasons .tag').allTextContents()).toEqual(['数字不确切']);
    expect(await rows.first().locator('td').first().textContent()).toBe('2026-11-22 10:00');
    expect(await rows.first().locator('.who').textContent()).toContain('河西乡');
    expect(await page.locator('#by-reason tbody tr').allTextContents()).toEqual(['数字不确切1']);
  });

  it('downloads the refused reports as CSV from the page, and narrows the range with the form', async () => {
    await page.goto(`${t.url}/refusals`);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#refusals-csv')]);
    expect(csv.suggestedFilename()).toBe('未识别的报送_2026-11-16_2026-11-22.csv');
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).trimEnd().split('\r\n')).toEqual([
      '时间,平台,发送人,所属乡镇(街道),原因,原因代码,原文',
      '2026-11-22 10:00,企业微信,wecom:hexi_wang,河西乡,数字不确切,vague,河西乡党组织完成十几个',
    ]);

    await page.fill('input[name="from"]', '2026-11-20');
    await page.fill('input[name="to"]', '2026-11-21');
    await page.click('#range-form button[type="submit"]');
    await page.waitForURL(/from=2026-11-20/);
    expect(await page.locator('#refusals-total').textContent()).toBe('0');
    expect(await page.locator('#refusals').count()).toBe(0);
    expect(await page.locator('#refusals-csv').getAttribute('href')).toBe('/api/progress/refusals?from=2026-11-20&to=2026-11-21&format=csv');
  });

  it('shows unanswered questions grouped and counted, and downloads them as CSV', async () => {
    await page.goto(`${t.url}/`);
    await page.click('nav a:text-is("未答复的问题")');
    await page.waitForSelector('#groups');
    const group = page.locator('#groups tbody tr');
    expect(await group.count()).toBe(1);
    expect(await group.first().locator('td').nth(0).textContent()).toBe('村里的路灯坏了谁来修');
    expect(await group.first().locator('td').nth(1).textContent()).toBe('2');
    expect(await group.first().locator('.tag').allTextContents()).toEqual(['未作答']);
    expect(await group.first().locator('td').nth(3).textContent()).toBe('2026-11-22 11:30');
    expect(await page.locator('#unanswered-items tbody tr').count()).toBe(2);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#unanswered-csv')]);
    expect(csv.suggestedFilename()).toBe('未答复的问题_2026-11-16_2026-11-22.csv');
    const lines = readFileSync((await csv.path())!, 'utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('时间,平台,发送人,处理方式,原文,问题(归并后),推荐的主题');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 6).join(','))).toEqual([
      '2026-11-22 11:00,企业微信,wecom:someone,未作答,村里的路灯坏了谁来修？,村里的路灯坏了谁来修',
      '2026-11-22 11:30,企业微信,wecom:other,未作答,村里的路灯坏了谁来修,村里的路灯坏了谁来修',
    ]);
  });
});
