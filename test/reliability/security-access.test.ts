// Who may do what: path tricks on the console never reach a file, /api refuses other machines without
// the token (X-Forwarded-For does not help), and a liaison cannot report for another township — not
// through the simulator, not through a real platform callback, not under another platform's id.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/bot.js';
import { dingtalkHeaders, dingtalkMessage, wecomBotCallback, wecomBotMessage, wecomKeys } from '../helpers/callbacks.js';
import { snapshot } from '../helpers/store-file.js';
import { holds } from './arbitraries.js';

const TOKEN = 'access-test-admin-token-5b8e1d';

function raw(base: string, path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<{ status: number; text: string }> {
  const u = new URL(base);
  return new Promise((ok, bad) => {
    const req = request({ host: u.hostname, port: u.port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('latin1') }));
    });
    req.on('error', bad);
    req.end(body);
  });
}

/** Serve an app on a real socket; `as` makes every client look like it comes from that address. */
async function serve(app: Koa, host: string, as?: string): Promise<{ server: Server; port: number }> {
  const handler = app.callback();
  const server = createServer((req, res) => {
    if (as) Object.defineProperty(req.socket, 'remoteAddress', { value: as, configurable: true });
    void handler(req, res);
  });
  await new Promise<void>((ok) => server.listen(0, host, () => ok()));
  return { server, port: (server.address() as AddressInfo).port };
}

const close = (s: Server) => new Promise<void>((ok) => (s.close(() => ok()), s.closeAllConnections()));

/** Ways to reach the app from a non-loopback address: this machine's own LAN address when it has one, and a spoofed peer. */
async function remoteClients(app: Koa): Promise<{ name: string; base: string; server: Server }[]> {
  const out = [];
  const lan = Object.values(networkInterfaces()).flat().find((i) => i && !i.internal && i.family === 'IPv4');
  if (lan) {
    const { server, port } = await serve(app, '0.0.0.0');
    out.push({ name: `from ${lan.address}`, base: `http://${lan.address}:${port}`, server });
  }
  const { server, port } = await serve(app, '127.0.0.1', '203.0.113.9');
  out.push({ name: 'from 203.0.113.9', base: `http://127.0.0.1:${port}`, server });
  return out;
}

const LEAKS = ['root:x:0:0', '"name": "huanjie-zhushou"', 'SQLite format 3', 'envSchema', 'townships:\n  - name:', TOKEN];

describe('console path tricks', { timeout: 60_000 }, () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ env: { LOG_LEVEL: 'warn', ADMIN_TOKEN: TOKEN } });
  });
  afterAll(() => t?.close());

  it('never serves a file outside the console assets, with or without a session', async () => {
    const prefix = fc.constantFrom('/', '/static/', '/township/', '/export/', '/knowledge/', '/api/', '/api/export/', '//', '/static//');
    const step = fc.constantFrom('..', '%2e%2e', '%2E%2E', '.%2e', '..%2f', '..%2F', '%2f', '%5c', '..\\', '.', '%252e%252e%252f', '%00', '/', '//', '..;', '%c0%ae%c0%ae', '%u002e');
    const target = fc.constantFrom('etc/passwd', 'package.json', '.env', 'src/config.ts', 'data/huanjie.db', 'templates/county.example.yaml', 'static.ts', 'proc/self/environ');
    await holds(
      fc.asyncProperty(prefix, fc.array(step, { minLength: 1, maxLength: 8 }), target, fc.boolean(), async (p, steps, file, authed) => {
        const path = `${p}${steps.join('/')}/${file}`;
        const res = await raw(t.url, path, authed ? { authorization: `Bearer ${TOKEN}` } : {});
        expect(res.status, path).toBeLessThan(500);
        for (const leak of LEAKS) expect(res.text, path).not.toContain(leak);
      }),
      300,
    );
    expect((await raw(t.url, '/static/console.css')).status).toBe(200);
  });
});

describe('/api and the console from another machine', { timeout: 30_000 }, () => {
  it('refuses them without ADMIN_TOKEN, whatever X-Forwarded-For says', async () => {
    const t = await startTestBot({ env: { LOG_LEVEL: 'warn' } });
    const before = snapshot(join(t.config.DATA_DIR, 'huanjie.db'));
    const clients = await remoteClients(t.bot.app);
    try {
      for (const c of clients) {
        for (const headers of [{}, { 'x-forwarded-for': '127.0.0.1' }, { 'x-real-ip': '127.0.0.1', forwarded: 'for=127.0.0.1' }] as Record<string, string>[]) {
          const sim = await raw(c.base, '/api/simulate', { 'content-type': 'application/json', ...headers }, 'POST', JSON.stringify({ userId: 'hexi_wang', text: '河西乡：党组织换届完成9个' }));
          expect(sim.status, c.name).toBe(403);
          expect((await raw(c.base, '/api/progress', headers)).status, c.name).toBe(403);
          expect((await raw(c.base, '/api/bulletins/daily?dryRun=1', headers, 'POST')).status, c.name).toBe(403);
          expect((await raw(c.base, '/', headers)).status, c.name).toBe(403);
        }
      }
      expect(snapshot(join(t.config.DATA_DIR, 'huanjie.db'))).toEqual(before);
      expect((await raw(t.url, '/api/progress')).status).toBe(200);
    } finally {
      for (const c of clients) await close(c.server);
      await t.close();
    }
  });

  it('with ADMIN_TOKEN set, needs the exact bearer token from every address, loopback included', async () => {
    const t = await startTestBot({ env: { LOG_LEVEL: 'warn', ADMIN_TOKEN: TOKEN } });
    const clients = await remoteClients(t.bot.app);
    try {
      for (const base of [...clients.map((c) => c.base), t.url]) {
        for (const auth of ['', 'Bearer ', `Bearer ${TOKEN.slice(0, -1)}`, `Bearer ${TOKEN}x`, `Basic ${Buffer.from(`admin:${TOKEN}`).toString('base64')}`, TOKEN]) {
          expect((await raw(base, '/api/progress', auth ? { authorization: auth } : {})).status, `${base} ${auth}`).toBe(401);
        }
        expect((await raw(base, '/api/progress', { authorization: `Bearer ${TOKEN}` })).status).toBe(200);
      }
    } finally {
      for (const c of clients) await close(c.server);
      await t.close();
    }
  });
});

describe('a liaison reporting for another township', { timeout: 30_000 }, () => {
  const bot = wecomKeys();
  const DT = 'access-dingtalk-secret';
  let t: TestBot;
  let file: string;
  beforeAll(async () => {
    t = await startTestBot({ env: { LOG_LEVEL: 'warn', WECOM_BOT_TOKEN: bot.token, WECOM_BOT_AES_KEY: bot.aesKey, DINGTALK_MODE: 'http', DINGTALK_APP_SECRET: DT } });
    file = join(t.config.DATA_DIR, 'huanjie.db');
  });
  afterAll(() => t?.close());

  it('is refused with a reply that says why, and nothing is stored', async () => {
    const before = snapshot(file);
    for (const [user, text, platform] of [
      ['hexi_wang', '河东镇：党组织换届完成3个', 'wecom'],
      ['hexi_wang', '河西乡、河东镇：党组织换届完成6个', 'wecom'],
      ['hexi_wang', '河西乡：党组织换届完成6个', 'dingtalk'],
      ['someone', '河西乡：党组织换届完成6个', 'wecom'],
      ['mafang_zheng', '更正：城关镇党组织换届完成5个', 'dingtalk'],
    ] as const) {
      const res = await t.say(user, text, { platform });
      expect(res.report?.accepted, `${platform}:${user} ${text}`).toBe(false);
      expect(res.report.errors.some((e: string) => e === 'not-authorised' || e === 'not-your-township')).toBe(true);
      expect(res.replies[0].text).toMatch(/不能报送/);
    }
    expect(snapshot(file)).toEqual(before);
  });

  it('is refused through real platform callbacks too (identity comes from the platform, not the text)', async () => {
    const before = snapshot(file, ['records', 'revisions']);
    const cb = wecomBotCallback(bot, JSON.stringify(wecomBotMessage('hexi_wang', '河东镇：党组织换届完成3个')));
    const res = await fetch(t.url + cb.path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: cb.body });
    expect(res.status).toBe(200);
    const msg = dingtalkMessage('hexi_wang', '河西乡：党组织换届完成3个', 'http://127.0.0.1:9/unused');
    const dt = await fetch(`${t.url}/dingtalk/callback`, { method: 'POST', headers: dingtalkHeaders(DT), body: JSON.stringify(msg) });
    expect(dt.status).toBe(200);
    await t.bot.stop();
    expect(snapshot(file, ['records', 'revisions'])).toEqual(before);
  });
});
