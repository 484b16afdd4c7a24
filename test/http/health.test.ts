// /healthz: beyond "the process answers", whether the scheduler runs and each platform is up, with no secret.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { platformHealth } from '../../src/health.js';
import type { PlatformModule } from '../../src/platforms/types.js';
import { startTestBot, type TestBot } from '../helpers/bot.js';

const WEBHOOK = 'http://127.0.0.1:9/cgi-bin/webhook/send?key=health-test-key-123456';

describe('/healthz of a bot with jobs and a platform', () => {
  let t: TestBot;
  beforeAll(async () => {
    // Before the campaign starts, so starting runs no catch-up delivery.
    t = await startTestBot({ env: { JOBS_ENABLED: 'true', WECOM_WEBHOOK_URL: WEBHOOK }, start: true, now: () => new Date('2026-10-01T04:00:00Z') });
  });
  afterAll(() => t.close());

  it('says the scheduler and the platform are up, and when the next job fires', async () => {
    const res = await t.get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, store: 'sqlite', scheduler: { enabled: true, up: true }, platforms: { wecom: { up: true } } });
    expect(res.body.scheduler.jobs).toBeGreaterThan(0);
    expect(Date.parse(res.body.scheduler.next)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('never shows a webhook URL or its key', async () => {
    const text = JSON.stringify((await t.get('/healthz')).body);
    expect(text).not.toContain('health-test-key');
    expect(text).not.toContain('webhook');
  });

  it('says both are down once the bot stops', async () => {
    await t.bot.stop();
    const res = await t.get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body.scheduler).toMatchObject({ enabled: true, up: false, jobs: 0, next: null });
    expect(res.body.platforms.wecom).toEqual({ up: false });
  });
});

describe('/healthz of a bot with jobs switched off and no platform', () => {
  let t: TestBot;
  beforeAll(async () => {
    t = await startTestBot({ start: true });
  });
  afterAll(() => t.close());

  it('says the scheduler is off and lists no platform', async () => {
    expect((await t.get('/healthz')).body).toEqual({ ok: true, store: 'sqlite', scheduler: { enabled: false, up: false, jobs: 0, next: null }, platforms: {} });
  });
});

describe('platformHealth', () => {
  const platform = (extra: object) => ({ name: 'dingtalk', ...extra }) as unknown as PlatformModule;

  it('reports a long connection a platform says is down, even after start', () => {
    expect(platformHealth(platform({ connected: () => false }), true)).toEqual({ up: false, connected: false });
    expect(platformHealth(platform({ connected: () => true }), true)).toEqual({ up: true, connected: true });
    expect(platformHealth(platform({}), true)).toEqual({ up: true });
    expect(platformHealth(platform({ connected: () => true }), false)).toEqual({ up: false, connected: true });
  });
});
