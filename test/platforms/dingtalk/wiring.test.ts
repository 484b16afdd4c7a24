// When the bot registers the DingTalk platform, and what it mounts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../../helpers/bot.js';
import { startFakeDingtalk, type FakeDingtalk } from './fake-dingtalk.js';

let fake: FakeDingtalk;
let t: TestBot | undefined;
beforeEach(async () => {
  fake = await startFakeDingtalk();
});
afterEach(async () => {
  await t?.close();
  t = undefined;
  await fake.close();
});

const dingtalk = (bot: TestBot) => bot.bot.platforms.find((p) => p.name === 'dingtalk');

describe('DingTalk wiring', () => {
  it('registers nothing when DingTalk is off or nothing is configured', async () => {
    t = await startTestBot({ env: { DINGTALK_MODE: 'off', DINGTALK_APP_SECRET: 'x-secret-123' } });
    expect(dingtalk(t)).toBeUndefined();
    await t.close();
    t = await startTestBot({ env: {} });
    expect(dingtalk(t)).toBeUndefined();
    expect((await t.post('/dingtalk/callback', {})).status).toBe(404);
  });

  it('mounts the HTTP callback when DINGTALK_MODE=http has its app secret', async () => {
    t = await startTestBot({ env: { DINGTALK_APP_SECRET: 'x-secret-123', DINGTALK_API_BASE: fake.url } });
    expect(dingtalk(t)).toBeDefined();
    expect((await t.post('/dingtalk/callback', {})).status).toBe(401);
  });

  it('registers for webhooks alone, so bulletins can post to default and named groups', async () => {
    t = await startTestBot({
      env: {
        DINGTALK_WEBHOOK_URL: `${fake.url}/robot/send?access_token=default-token`,
        DINGTALK_WEBHOOK_SECRET: 'SECdefault0001',
        DINGTALK_WEBHOOK_URL_LEADERS: `${fake.url}/robot/send?access_token=leaders-token`,
      },
    });
    const p = dingtalk(t)!;
    expect(p).toBeDefined();
    expect((await t.post('/dingtalk/callback', {})).status).toBe(404);
    expect(t.logs.some((l) => l.includes('DINGTALK_APP_SECRET'))).toBe(true);
    const hooks = t.config.webhooks.dingtalk;
    expect(await p.post({ name: '默认群', platform: 'dingtalk', ...hooks.default! }, { text: '# 日通报', format: 'markdown', title: '日通报' })).toBe(1);
    expect(await p.post({ name: '领导群', platform: 'dingtalk', ...hooks.leaders! }, { text: '日通报' })).toBe(1);
    const [a, b] = fake.requests;
    expect(a!.query.get('access_token')).toBe('default-token');
    expect(a!.query.get('sign')).toBeTruthy();
    expect(a!.json.markdown).toEqual({ title: '日通报', text: '# 日通报' });
    expect(b!.query.get('access_token')).toBe('leaders-token');
    expect(b!.query.has('sign')).toBe(false);
    expect(p.limit('markdown')).toBeLessThan(20_000);
  });
});
