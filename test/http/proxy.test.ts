// Closed by default behind a proxy: a request carrying a proxy header is never a loopback client, and a
// public HOST without ADMIN_TOKEN keeps /api and the console closed to everyone, loopback included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLoopbackHost, PROXY_HEADERS } from '../../src/http/auth.js';
import { startTestBot, type TestBot } from '../helpers/bot.js';

const simulate = { userId: 'u', text: '帮助' };
const proxied: Record<string, string> = {
  'x-forwarded-for': '203.0.113.9',
  forwarded: 'for=203.0.113.9;proto=https',
  'x-real-ip': '203.0.113.9',
};

describe('a loopback request through a proxy, no ADMIN_TOKEN', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(() => t.close());

  it('is answered on /api and the console without proxy headers (the control)', async () => {
    expect((await t.post('/api/simulate', simulate)).status).toBe(200);
    expect((await t.get('/')).status).toBe(200);
  });

  for (const [name, value] of Object.entries(proxied)) {
    it(`is refused on /api and the console when it carries ${name}`, async () => {
      const api = await t.post('/api/simulate', simulate, { [name]: value });
      expect(api.status).toBe(403);
      expect(api.body.error).toMatch(/proxy/);
      expect((await t.get('/api/export?format=csv', { [name]: value })).status).toBe(403);
      expect((await t.get('/', { [name]: value })).status).toBe(403);
    });
  }

  it('still serves /healthz through a proxy', async () => {
    expect((await t.get('/healthz', proxied)).status).toBe(200);
  });

  it('names the three headers the issue lists among those it checks', () => {
    for (const h of Object.keys(proxied)) expect(PROXY_HEADERS).toContain(h);
  });
});

describe('a public HOST without ADMIN_TOKEN', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ env: { HOST: '0.0.0.0' } });
  });
  afterAll(() => t.close());

  it('keeps /api and the console closed even to a loopback client', async () => {
    const api = await t.post('/api/simulate', simulate);
    expect(api.status).toBe(403);
    expect(api.body.error).toMatch(/HOST is not loopback/);
    expect((await t.get('/')).status).toBe(403);
  });

  it('still serves /healthz', async () => {
    expect((await t.get('/healthz')).status).toBe(200);
  });
});

describe('a public HOST with ADMIN_TOKEN', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ env: { HOST: '0.0.0.0', ADMIN_TOKEN: 'proxy-test-token-99' } });
  });
  afterAll(() => t.close());

  it('opens /api to the bearer token, through a proxy too, and to nobody without it', async () => {
    expect((await t.post('/api/simulate', simulate, proxied)).status).toBe(401);
    const ok = await t.post('/api/simulate', simulate, { ...proxied, authorization: 'Bearer proxy-test-token-99' });
    expect(ok.status).toBe(200);
  });
});

describe('isLoopbackHost', () => {
  it('knows which HOST values only this machine reaches', () => {
    expect(['127.0.0.1', '127.0.1.1', '::1', '[::1]', 'localhost', 'LOCALHOST'].map(isLoopbackHost)).toEqual([true, true, true, true, true, true]);
    expect(['0.0.0.0', '::', '', '192.168.1.5', 'bot.example.org', '127.0.0.1.example'].map(isLoopbackHost)).toEqual([false, false, false, false, false, false]);
  });
});
