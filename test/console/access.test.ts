// Who may see the console: token login with an HttpOnly cookie, or loopback only without a token.
// Also: static files cannot be used to walk out of their folder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionValue } from '../../src/http/auth.js';
import { startTestBot, type TestBot } from '../helpers/bot.js';
import { cookieFrom, login, raw, serveAs } from './raw.js';
import { SEED_NOW, seed } from './seed.js';

const TOKEN = 'console-test-token-7f3a9c';

describe('console with ADMIN_TOKEN', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ env: { ADMIN_TOKEN: TOKEN }, now: () => SEED_NOW });
    await seed(t.bot.store);
  });
  afterAll(() => t.close());

  it('sends a visitor without a session to the login form, remembering the page', async () => {
    const res = await raw(t.url, '/township/%E6%B2%B3%E8%A5%BF%E4%B9%A1?date=2026-11-21');
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(`/login?next=${encodeURIComponent('/township/%E6%B2%B3%E8%A5%BF%E4%B9%A1?date=2026-11-21')}`);
    const form = await raw(t.url, '/login?next=%2Fexport');
    expect(form.status).toBe(200);
    expect(form.text).toContain('name="token"');
    // Mustache escapes the slash; the browser reads it back as "/export".
    expect(form.text).toContain('name="next" value="&#x2F;export"');
  });

  it('refuses a wrong token without setting a cookie', async () => {
    const res = await login(t.url, 'not-the-token');
    expect(res.status).toBe(401);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.text).toContain('令牌不正确');
  });

  it('trades the right token for an HttpOnly, SameSite=Strict cookie that holds no secret', async () => {
    const res = await login(t.url, TOKEN, '/export');
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/export');
    const set = String(res.headers['set-cookie']);
    expect(set).toMatch(/^hj_session=[\w-]+;/);
    expect(set.toLowerCase()).toContain('httponly');
    expect(set.toLowerCase()).toContain('samesite=strict');
    expect(set).toContain('path=/');
    expect(set).not.toContain(TOKEN);
    const cookie = cookieFrom(res);
    expect(cookie).toBe(`hj_session=${sessionValue(TOKEN)}`);

    const page = await raw(t.url, '/', { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.text).toContain('马坊乡');
    expect(page.text).not.toContain(TOKEN);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-frame-options']).toBe('DENY');
    // The same cookie opens /api (the pages' scripts and the export links use it).
    const api = await raw(t.url, '/api/export?format=csv', { headers: { cookie } });
    expect(api.status).toBe(200);
  });

  it('never redirects a login to another site', async () => {
    for (const next of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
      const res = await login(t.url, TOKEN, next);
      expect(res.headers.location).toBe('/');
    }
  });

  it('rejects a forged cookie and accepts a Bearer token', async () => {
    const forged = await raw(t.url, '/', { headers: { cookie: `hj_session=${sessionValue('guess')}` } });
    expect(forged.status).toBe(302);
    const bearer = await raw(t.url, '/knowledge', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(bearer.status).toBe(200);
    const noSession = await raw(t.url, '/api/export');
    expect(noSession.status).toBe(401);
  });

  it('logs out by expiring the cookie', async () => {
    const res = await raw(t.url, '/logout', { method: 'POST', headers: { cookie: cookieFrom(await login(t.url, TOKEN)) } });
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/login');
    expect(String(res.headers['set-cookie'])).toMatch(/hj_session=;.*expires=Thu, 01 Jan 1970/);
  });

  it('refuses path tricks on static files and still serves the real ones', async () => {
    const css = await raw(t.url, '/static/console.css');
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const js = await raw(t.url, '/static/console.js');
    expect(js.status).toBe(200);
    const tricks = [
      '/static/../package.json',
      '/static/..%2fpackage.json',
      '/static/..%2F..%2F..%2Fpackage.json',
      '/static/%2e%2e/package.json',
      '/static/%2e%2e%2f%2e%2e%2fpackage.json',
      '/static/%252e%252e%252fpackage.json',
      '/static/..%5c..%5cpackage.json',
      '/static/..\\..\\package.json',
      '/static/%2fetc%2fpasswd',
      '/static//etc/passwd',
      '/static/console.css%00.js',
      '/static/console.css/..%2f..%2f..%2fstatic.ts',
      '/static/static.ts',
      '/static/.env',
      '/static/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f.env',
    ];
    for (const path of tricks) {
      const res = await raw(t.url, path);
      expect(res.status, path).not.toBe(200);
      expect(res.text, path).not.toContain('huanjie-zhushou');
      expect(res.text, path).not.toContain('root:');
      expect(res.text, path).not.toContain('readFileSync');
    }
    // Township names are looked up in the county file, never used as a path.
    const town = await raw(t.url, '/township/..%2F..%2Fpackage.json', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(town.status).toBe(404);
    expect(town.text).not.toContain('huanjie-zhushou');
  });
});

describe('console without ADMIN_TOKEN', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ now: () => SEED_NOW });
  });
  afterAll(() => t.close());

  it('opens for loopback clients with no login and no logout button', async () => {
    const res = await raw(t.url, '/');
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('action="/logout"');
    const loginPage = await raw(t.url, '/login?next=%2Fsimulator');
    expect(loginPage.status).toBe(302);
    expect(loginPage.headers.location).toBe('/simulator');
  });

  it('refuses a client from another machine, pages and API alike', async () => {
    const remote = await serveAs(t.bot.app, '203.0.113.9');
    try {
      const page = await raw(remote.url, '/');
      expect(page.status).toBe(403);
      expect(page.text).toContain('只接受本机访问');
      expect((await raw(remote.url, '/township/%E6%B2%B3%E8%A5%BF%E4%B9%A1')).status).toBe(403);
      expect((await raw(remote.url, '/api/export')).status).toBe(403);
      expect((await raw(remote.url, '/login')).status).toBe(403);
    } finally {
      await remote.close();
    }
  });
});

describe('login throttle', () => {
  it('stops a client that keeps guessing, even when it finally guesses right', async () => {
    const t = await startTestBot({ env: { ADMIN_TOKEN: TOKEN } });
    try {
      for (let i = 0; i < 10; i++) expect((await login(t.url, `guess-${i}`)).status).toBe(401);
      const blocked = await login(t.url, TOKEN);
      expect(blocked.status).toBe(429);
      expect(blocked.headers['set-cookie']).toBeUndefined();
      // Another client is not affected.
      const other = await serveAs(t.bot.app, '198.51.100.7');
      try {
        expect((await login(other.url, TOKEN)).status).toBe(302);
      } finally {
        await other.close();
      }
    } finally {
      await t.close();
    }
  });
});
