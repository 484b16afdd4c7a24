// Refused reports and unanswered questions through the real app: sent as chat messages (/api/simulate),
// read back from /api/progress/refusals and /api/knowledge/unanswered, as JSON and as CSV.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/bot.js';
import { cookieFrom, login, raw } from '../console/raw.js';

const TOKEN = 'feedback-test-token-7d2e';
const auth = { authorization: `Bearer ${TOKEN}` };
// 21:00 in Beijing: "today" for the API's default range is 2026-11-22.
const NOW = new Date('2026-11-22T13:00:00Z');

describe('refused reports and unanswered questions', () => {
  let t: TestBot;
  const say = async (userId: string, text: string, at: string) => {
    const res = await t.post('/api/simulate', { userId, text, at }, auth);
    expect(res.status).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    t = await startTestBot({ env: { ADMIN_TOKEN: TOKEN }, now: () => NOW });
    const vague = await say('wecom:hexi_wang', '河西乡党组织完成十几个', '2026-11-22T10:00:00+08:00');
    expect(vague.report).toMatchObject({ accepted: false, errors: ['vague'] });
    expect(vague.replies[0].text).toContain('本条未记录');
    // A stranger names a township: refused, and the sender has no township of their own.
    const stranger = await say('dingtalk:passerby', '河东镇：党组织换届完成3个', '2026-11-21T09:30:00+08:00');
    expect(stranger.report).toMatchObject({ accepted: false, errors: ['not-authorised'] });
    // Accepted reports and answered questions are not kept here.
    expect((await say('wecom:hexi_wang', '河西乡：党组织换届完成9个', '2026-11-22T10:05:00+08:00')).report.accepted).toBe(true);
    expect((await say('wecom:someone', '十严禁是什么', '2026-11-22T10:06:00+08:00')).answer.abstained).toBe(false);
    // Questions: one the bot declines, and one it answers with a question, asked three ways.
    expect((await say('wecom:someone', '村里的路灯坏了谁来修？', '2026-11-22T11:00:00+08:00')).answer.abstained).toBe(true);
    for (const [i, text] of ['任期', '任期？', '\u3000任期！'].entries()) {
      expect((await say(`wecom:cadre${i}`, text, `2026-11-2${i}T12:00:00+08:00`)).answer.abstained).toBe(true);
    }
  });
  afterAll(() => t?.close());

  it('lists the refused reports of the range with their reasons, counted by reason', async () => {
    const res = await t.get('/api/progress/refusals?from=2026-11-21&to=2026-11-22', auth);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ from: '2026-11-21', to: '2026-11-22', total: 2 });
    expect(res.body.byReason).toEqual([
      { code: 'not-authorised', count: 1 },
      { code: 'vague', count: 1 },
    ]);
    expect(res.body.items.map((i: { text: string }) => i.text)).toEqual(['河东镇：党组织换届完成3个', '河西乡党组织完成十几个']);
    expect(res.body.items[1]).toMatchObject({
      at: '2026-11-22T02:00:00.000Z',
      date: '2026-11-22',
      platform: 'wecom',
      sender: 'wecom:hexi_wang',
      townships: ['河西乡'],
      reasons: ['vague'],
    });
    expect(res.body.items[0]).toMatchObject({ platform: 'dingtalk', sender: 'dingtalk:passerby', townships: [], reasons: ['not-authorised'], date: '2026-11-21' });
    expect(res.body.items[1].messageId).toMatch(/^sim-/);
  });

  it('defaults to the last 7 days up to today in the county clock', async () => {
    const res = await t.get('/api/progress/refusals', auth);
    expect(res.body).toMatchObject({ from: '2026-11-16', to: '2026-11-22', total: 2 });
    expect((await t.get('/api/progress/refusals?to=2026-11-21', auth)).body).toMatchObject({ from: '2026-11-15', to: '2026-11-21', total: 1 });
    expect((await t.get('/api/progress/refusals?from=2026-11-23&to=2026-11-30', auth)).body).toMatchObject({ total: 0, byReason: [], items: [] });
  });

  it('gives the refused reports as a CSV with a BOM and the reasons in words', async () => {
    const res = await raw(t.url, '/api/progress/refusals?from=2026-11-22&to=2026-11-22&format=csv', { headers: auth });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="refusals_2026-11-22_2026-11-22.csv"; filename*=UTF-8''${encodeURIComponent('未识别的报送_2026-11-22_2026-11-22.csv')}`,
    );
    expect(res.text.slice(1).split('\r\n')).toEqual([
      '时间,平台,发送人,所属乡镇(街道),原因,原因代码,原文',
      '2026-11-22 10:00,企业微信,wecom:hexi_wang,河西乡,数字不确切,vague,河西乡党组织完成十几个',
      '',
    ]);
    expect(res.headers['x-record-count']).toBe('1');
  });

  it('groups unanswered questions by their normalised text, most asked first', async () => {
    const res = await t.get('/api/knowledge/unanswered?from=2026-11-20&to=2026-11-22', auth);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ from: '2026-11-20', to: '2026-11-22', total: 4 });
    expect(res.body.groups).toEqual([
      { text: '任期', count: 3, kinds: ['clarify'], lastAt: '2026-11-22T04:00:00.000Z' },
      { text: '村里的路灯坏了谁来修', count: 1, kinds: ['abstain'], lastAt: '2026-11-22T03:00:00.000Z' },
    ]);
    const lamp = res.body.items.find((i: { text: string }) => i.text === '村里的路灯坏了谁来修？');
    expect(lamp).toMatchObject({ platform: 'wecom', sender: 'wecom:someone', kind: 'abstain', date: '2026-11-22' });
    // Not a re-election question: the reply offered no topics, so none are kept.
    expect((await t.get(`/api/knowledge/ask?q=${encodeURIComponent('村里的路灯坏了谁来修？')}`, auth)).body.outOfScope).toBe(true);
    expect(lamp.suggestions).toEqual([]);
    // The titles a reply offered are the ones kept.
    const clarified = res.body.items.find((i: { text: string }) => i.text === '任期');
    const reply = (await t.get(`/api/knowledge/ask?q=${encodeURIComponent('任期')}`, auth)).body;
    expect(clarified.suggestions.length).toBeGreaterThan(0);
    expect(clarified.suggestions).toEqual(reply.suggestions.map((s: { title: string }) => s.title));
    expect(res.body.items.map((i: { sender: string }) => i.sender)).toEqual(['wecom:cadre0', 'wecom:cadre1', 'wecom:someone', 'wecom:cadre2']);
  });

  it('gives the unanswered questions as a CSV', async () => {
    const res = await raw(t.url, '/api/knowledge/unanswered?from=2026-11-22&to=2026-11-22&format=csv', { headers: auth });
    expect(res.status).toBe(200);
    expect(res.text.charCodeAt(0)).toBe(0xfeff);
    expect(String(res.headers['content-disposition'])).toContain(encodeURIComponent('未答复的问题_2026-11-22_2026-11-22.csv'));
    const lines = res.text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('时间,平台,发送人,处理方式,原文,问题(归并后),推荐的主题');
    expect(lines).toHaveLength(3);
    expect(lines[1]!.startsWith('2026-11-22 11:00,企业微信,wecom:someone,未作答,村里的路灯坏了谁来修？,村里的路灯坏了谁来修,')).toBe(true);
    // The router already trimmed the edges of "\u3000任期！" (as it does for every message), so that is what is kept.
    expect(lines[2]!.startsWith('2026-11-22 12:00,企业微信,wecom:cadre2,反问澄清,任期,任期,')).toBe(true);
  });

  it('answers a bad range with a 400 that says what to fix', async () => {
    for (const path of ['/api/progress/refusals', '/api/knowledge/unanswered']) {
      const bad = await t.get(`${path}?from=2026-11-31`, auth);
      expect(bad.status).toBe(400);
      expect(bad.body.error).toBe('from must be a date written YYYY-MM-DD, for example 2026-11-22');
      expect((await t.get(`${path}?to=22/11/2026`, auth)).body.error).toMatch(/^to must be a date/);
      expect((await t.get(`${path}?from=2026-11-22&to=2026-11-01`, auth)).body.error).toBe('from must not be after to');
      expect((await t.get(`${path}?from=2020-01-01&to=2026-11-22`, auth)).body.error).toMatch(/at most 731 days/);
      expect((await t.get(`${path}?format=xlsx`, auth)).body.error).toBe('format must be json or csv');
      expect((await t.get(`${path}?township=河西乡`, auth)).status).toBe(400);
    }
  });

  it('shows what a sender typed on the page as text, never as markup', async () => {
    const typed = '<img src=x onerror=alert(1)>完成8个';
    expect((await say('wecom:hexi_wang', typed, '2026-11-22T20:00:00+08:00')).report.accepted).toBe(false);
    const cookie = cookieFrom(await login(t.url, TOKEN));
    const page = await raw(t.url, '/refusals', { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.text).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;完成8个');
    expect(page.text).not.toContain('<img src=x');
    expect((await raw(t.url, '/refusals')).status).toBe(302);
  });

  it('is behind the same guard as the other /api routes', async () => {
    expect((await t.get('/api/progress/refusals')).status).toBe(401);
    expect((await t.get('/api/knowledge/unanswered?format=csv', { authorization: 'Bearer wrong' })).status).toBe(401);
  });
});

describe('a store failure while keeping a refusal or a question', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ now: () => NOW });
  });
  afterAll(() => t?.close());

  it('still gives the sender the normal reply, and logs the failure without the message', async () => {
    const at = '2026-11-22T10:00:00+08:00';
    const normalReport = await t.say('wecom:hexi_wang', '河西乡党组织完成十几个', { at });
    const normalQuestion = await t.say('wecom:someone', '村里的路灯坏了谁来修？', { at });
    // A real SQLite error raised inside the bot's own insert, from another handle (like a broken disk).
    const db = new Database(join(t.config.DATA_DIR, 'huanjie.db'));
    for (const table of ['refusals', 'unanswered']) db.exec(`CREATE TRIGGER fail_${table} BEFORE INSERT ON ${table} BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END;`);
    try {
      const logsBefore = t.logs.length;
      expect(await t.say('wecom:hexi_wang', '河西乡党组织完成十几个', { at })).toEqual(normalReport);
      expect(await t.say('wecom:someone', '村里的路灯坏了谁来修？', { at })).toEqual(normalQuestion);
      const lines = t.logs.slice(logsBefore).join('');
      expect(lines).toContain('could not keep a refused report; the reply is sent anyway');
      expect(lines).toContain('could not keep an unanswered question; the reply is sent anyway');
      expect(lines).toContain('simulated disk failure');
      expect(lines).not.toContain('十几个');
    } finally {
      db.close();
    }
    expect(await t.bot.store.listRefusals()).toHaveLength(1);
    expect(await t.bot.store.listUnanswered()).toHaveLength(1);
  });
});
