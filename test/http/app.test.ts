import { networkInterfaces } from 'node:os';
import type { Context } from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLoopback, requireAdmin } from '../../src/http/auth.js';
import { startTestBot, type TestBot } from '../helpers/bot.js';

describe('HTTP app without ADMIN_TOKEN', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ env: { BODY_LIMIT_KB: '4' } });
  });
  afterAll(() => t.close());

  it('reports health and the store in use', async () => {
    expect(await t.get('/healthz')).toMatchObject({ status: 200, body: { ok: true, store: 'sqlite' } });
  });

  it('answers 帮助 through /api/simulate with the command list', async () => {
    const res = await t.say('wecom:someone', '帮助');
    expect(res.intent).toBe('command');
    expect(res.replies).toHaveLength(1);
    expect(res.replies[0].text).toContain('帮助');
    expect(res.replies[0].text).toContain('查看我能做什么');
  });

  it('treats full-width spaces and punctuation around a command as noise', async () => {
    const res = await t.say('wecom:someone', '\u3000帮助！');
    expect(res.intent).toBe('command');
  });

  it('lists the zod problems of a malformed simulate body', async () => {
    const res = await t.post('/api/simulate', { platform: 'qq', text: 5 });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid request body');
    expect(res.body.details.join('\n')).toMatch(/platform/);
    expect(res.body.details.join('\n')).toMatch(/userId/);
    expect(res.body.details.join('\n')).toMatch(/text/);
  });

  it('answers 400 for broken JSON and 413 for an oversize body', async () => {
    expect((await t.post('/api/simulate', '{"userId":', { 'content-type': 'application/json' })).status).toBe(400);
    const big = await t.post('/api/simulate', { userId: 'u', text: '长'.repeat(3000) });
    expect(big.status).toBe(413);
  });

  it('answers 404 as JSON for unknown API routes', async () => {
    const res = await t.get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error).toMatch(/no such API route/);
  });

  it('refuses /api from a non-loopback address when no token is set', async () => {
    const external = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
    if (!external) {
      // No second interface on this machine: check the guard directly with a foreign socket address.
      const ctx = { req: { socket: { remoteAddress: '10.1.2.3' } }, get: () => '', cookies: { get: () => undefined } } as unknown as Context;
      await expect(requireAdmin(undefined)(ctx, async () => undefined)).rejects.toMatchObject({ status: 403 });
      return;
    }
    const { createServer } = await import('node:http');
    const server = createServer(t.bot.app.callback());
    await new Promise<void>((ok) => server.listen(0, external, ok));
    const port = (server.address() as { port: number }).port;
    const res = await fetch(`http://${external}:${port}/api/simulate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"userId":"u","text":"帮助"}' });
    expect(res.status).toBe(403);
    expect((await fetch(`http://${external}:${port}/healthz`)).status).toBe(200);
    server.close();
  });

  it('recognises loopback addresses only', () => {
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1'].map(isLoopback)).toEqual([true, true, true]);
    expect(['10.0.0.1', '::ffff:192.168.1.2', undefined, '1127.0.0.1'].map(isLoopback)).toEqual([false, false, false, false]);
  });
});

describe('HTTP app with ADMIN_TOKEN', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ env: { ADMIN_TOKEN: 'test-admin-token-42' } });
  });
  afterAll(() => t.close());

  it('requires the bearer token even from loopback', async () => {
    expect((await t.post('/api/simulate', { userId: 'u', text: '帮助' })).status).toBe(401);
    expect((await t.post('/api/simulate', { userId: 'u', text: '帮助' }, { authorization: 'Bearer wrong' })).status).toBe(401);
    const ok = await t.post('/api/simulate', { userId: 'u', text: '帮助' }, { authorization: 'Bearer test-admin-token-42' });
    expect(ok.status).toBe(200);
    expect(ok.body.intent).toBe('command');
  });

  it('never writes the token into a log line', () => {
    expect(t.logs.join('')).not.toContain('test-admin-token-42');
  });
});

describe('simulated senders', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot();
  });
  afterAll(() => t.close());

  it('matches a county-file style id (platform:userid) like a platform message', async () => {
    const byPrefix = await t.say('wecom:hexi_wang', '河西乡：党组织换届完成3个', { at: '2026-11-22T10:00:00+08:00' });
    expect(byPrefix.report.accepted).toBe(true);
    const byField = await t.say('hexi_wang', '河西乡：党组织换届完成4个', { platform: 'wecom', at: '2026-11-22T11:00:00+08:00' });
    expect(byField.report.accepted).toBe(true);
    // The same user id on the other platform is not the bound liaison.
    const wrongPlatform = await t.say('hexi_wang', '河西乡：党组织换届完成5个', { platform: 'dingtalk', at: '2026-11-22T12:00:00+08:00' });
    expect(wrongPlatform.report.accepted).toBe(false);
    const conflict = await t.post('/api/simulate', { userId: 'wecom:hexi_wang', platform: 'dingtalk', text: '帮助' });
    expect(conflict.status).toBe(400);
  });
});

describe('a simulated message without a time', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ now: () => new Date('2026-11-20T12:00:00Z') });
  });
  afterAll(() => t.close());

  it('is stamped with the bot clock, so it lands on the day the bot thinks it is', async () => {
    const res = await t.say('wecom:hexi_wang', '河西乡：党组织换届完成3个');
    expect(res.report.accepted).toBe(true);
    const records = await t.bot.store.listRecords({ township: '河西乡' });
    expect(records.map((r) => r.date)).toEqual(['2026-11-20']);
  });
});
