// src/wiring/wecom.ts: which configurations add the WeCom platform, and which are refused at start-up.
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config.js';
import { startTestBot } from '../../helpers/bot.js';
import { fakeApi, newAesKey } from './helpers.js';

describe('WeCom wiring', () => {
  it('adds no WeCom platform when nothing WeCom is configured', async () => {
    const tb = await startTestBot();
    try {
      expect(tb.bot.platforms.some((p) => p.name === 'wecom')).toBe(false);
      expect((await tb.get('/wecom/bot')).status).toBe(404);
    } finally {
      await tb.close();
    }
  });

  it('adds the platform for a webhook alone, so bulletins can post, without callback routes', async () => {
    const api = await fakeApi(() => ({ errcode: 0, errmsg: 'ok' }));
    const tb = await startTestBot({ env: { WECOM_WEBHOOK_URL_LEADERS: `${api.url}/cgi-bin/webhook/send?key=L` } });
    try {
      const wecom = tb.bot.platforms.find((p) => p.name === 'wecom');
      expect(wecom).toBeDefined();
      expect(wecom!.limit('markdown')).toBe(4096);
      expect(wecom!.limit('text')).toBe(2048);
      expect(await wecom!.post({ name: 'leaders', platform: 'wecom', url: tb.config.webhooks.wecom.leaders!.url }, { text: '**日通报**', format: 'markdown' })).toBe(1);
      expect(JSON.parse(api.seen[0]!.body)).toEqual({ msgtype: 'markdown', markdown: { content: '**日通报**' } });
      expect((await tb.get('/wecom/bot')).status).toBe(404);
      expect((await tb.get('/wecom/app')).status).toBe(404);
    } finally {
      await tb.close();
      await api.close();
    }
  });

  it.each([
    [{ WECOM_BOT_TOKEN: 'tok' }, /AI bot callback needs all of WECOM_BOT_TOKEN, WECOM_BOT_AES_KEY/],
    [{ WECOM_BOT_ID: 'b' }, /long connection needs all of WECOM_BOT_ID, WECOM_BOT_SECRET/],
    [{ WECOM_APP_TOKEN: 't', WECOM_APP_AES_KEY: newAesKey() }, /app callback needs all of .*WECOM_CORP_ID/],
    [{ WECOM_APP_TOKEN: 't', WECOM_APP_AES_KEY: newAesKey(), WECOM_CORP_ID: 'ww1', WECOM_APP_SECRET: 's' }, /message API needs all of WECOM_APP_SECRET, WECOM_APP_AGENT_ID/],
  ])('refuses a half-filled configuration %j', async (env, message) => {
    const err = await startTestBot({ env }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(message);
  });

  it('refuses an EncodingAESKey that is 43 characters but not valid base64 of 32 bytes', async () => {
    const err = await startTestBot({ env: { WECOM_BOT_TOKEN: 't', WECOM_BOT_AES_KEY: '!'.repeat(43) } }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/32 bytes/);
  });
});
