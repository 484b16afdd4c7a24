import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConfigError, envSchema, loadConfig, secretValues } from '../src/config.js';
import { createLogger } from '../src/log.js';

const load = (env: Record<string, string>) => loadConfig(env, { dotenv: false });

describe('config', () => {
  it('has sensible defaults', () => {
    const c = load({});
    expect(c).toMatchObject({ HOST: '127.0.0.1', PORT: 3000, DATA_DIR: './data', COUNTY_FILE: 'templates/county.example.yaml', LOG_LEVEL: 'info', JOBS_ENABLED: true });
    expect(c.MONGODB_URI).toBeUndefined();
  });

  it('lists every bad value at once', () => {
    try {
      load({ PORT: 'eighty', LOG_LEVEL: 'loud', WECOM_API_BASE: 'not a url', JOBS_ENABLED: 'maybe' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const text = (err as ConfigError).problems.join('\n');
      for (const key of ['PORT', 'LOG_LEVEL', 'WECOM_API_BASE', 'JOBS_ENABLED']) expect(text).toContain(key);
    }
  });

  it('checks combinations: stream mode needs its credentials; AES keys are 43 characters', () => {
    expect(() => load({ DINGTALK_MODE: 'stream' })).toThrow(/DINGTALK_CLIENT_ID and DINGTALK_CLIENT_SECRET/);
    expect(() => load({ WECOM_BOT_AES_KEY: 'short' })).toThrow(/WECOM_BOT_AES_KEY: must be 43/);
  });

  it('collects named group webhooks and their secrets', () => {
    const c = load({
      WECOM_WEBHOOK_URL: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc',
      WECOM_WEBHOOK_URL_LEADERS: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=lead',
      DINGTALK_WEBHOOK_URL_LEADERS: 'https://oapi.dingtalk.com/robot/send?access_token=t',
      DINGTALK_WEBHOOK_SECRET_LEADERS: 'SECabcdef',
    });
    expect(c.webhooks.wecom).toEqual({
      default: { url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc' },
      leaders: { url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=lead' },
    });
    expect(c.webhooks.dingtalk.leaders).toEqual({ url: 'https://oapi.dingtalk.com/robot/send?access_token=t', secret: 'SECabcdef' });
    expect(() => load({ DINGTALK_WEBHOOK_SECRET_X: 'SECabc' })).toThrow(/webhook "x" has a secret but no URL/);
  });

  it('describes every variable, and marks the secrets', () => {
    for (const [key, schema] of Object.entries(envSchema.shape)) expect(schema.description, key).toBeTruthy();
    const c = load({ ADMIN_TOKEN: 'tok-123456', WECOM_BOT_SECRET: 'botsecret99', WECOM_WEBHOOK_URL_X: 'https://h/?key=k123456' });
    expect(c.secretKeys).toEqual(expect.arrayContaining(['ADMIN_TOKEN', 'MONGODB_URI', 'WECOM_BOT_SECRET', 'WECOM_WEBHOOK_URL_X']));
    expect(secretValues(c)).toEqual(expect.arrayContaining(['tok-123456', 'botsecret99', 'https://h/?key=k123456']));
  });

  it('masks secret values in every log line', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _e, cb) => (lines.push(String(chunk)), cb()) });
    const log = createLogger('info', ['tok-123456', 'https://h/?key=k123456'], sink);
    log.info({ url: 'https://h/?key=k123456&x=1' }, 'posting with tok-123456');
    log.error({ err: new Error('bad token tok-123456') }, 'failed');
    const all = lines.join('');
    expect(all).not.toContain('tok-123456');
    expect(all).not.toContain('key=k123456');
    expect(all.match(/\[secret\]/g)?.length).toBeGreaterThanOrEqual(3);
  });
});

describe('docs/configuration.md', () => {
  it('documents every variable in its configuration table', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync('docs/configuration.md', 'utf8');
    for (const key of Object.keys(envSchema.shape)) expect(text, key).toContain(`| \`${key}\` |`);
  });
});

describe('.env.example', () => {
  it('lists every variable of the schema', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync('.env.example', 'utf8');
    for (const key of Object.keys(envSchema.shape)) expect(text, key).toMatch(new RegExp(`^#?\\s*${key}=`, 'm'));
  });
});
