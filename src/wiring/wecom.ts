// WeCom: the AI bot (callback and/or long connection), the self-built app, and group robot webhooks.
// The platform is added when any of them is configured — a webhook alone is enough for bulletins to post.
import { ConfigError, type Config } from '../config.js';
import { createWecomPlatform, type WecomOptions } from '../platforms/wecom/platform.js';
import type { Wiring } from './types.js';

/** Settings that only work together; a half-filled group is a start-up error, not a silent no-op. */
function incomplete(c: Config): string[] {
  const groups: [string, (string | undefined)[], string[]][] = [
    ['AI bot callback', [c.WECOM_BOT_TOKEN, c.WECOM_BOT_AES_KEY], ['WECOM_BOT_TOKEN', 'WECOM_BOT_AES_KEY']],
    ['AI bot long connection', [c.WECOM_BOT_ID, c.WECOM_BOT_SECRET], ['WECOM_BOT_ID', 'WECOM_BOT_SECRET']],
    ['self-built app callback', [c.WECOM_APP_TOKEN, c.WECOM_APP_AES_KEY, c.WECOM_CORP_ID], ['WECOM_APP_TOKEN', 'WECOM_APP_AES_KEY', 'WECOM_CORP_ID']],
    ['app message API', [c.WECOM_APP_SECRET, c.WECOM_APP_AGENT_ID], ['WECOM_APP_SECRET', 'WECOM_APP_AGENT_ID']],
  ];
  return groups
    .filter(([, values]) => values.some(Boolean) && !values.every(Boolean))
    .map(([what, , names]) => `environment: the WeCom ${what} needs all of ${names.join(', ')}`);
}

export function wecomOptions(w: Wiring): WecomOptions | null {
  const c = w.config;
  const problems = incomplete(c);
  if (c.WECOM_APP_SECRET && !c.WECOM_APP_TOKEN) problems.push('environment: WECOM_APP_SECRET is set but the app callback (WECOM_APP_TOKEN, WECOM_APP_AES_KEY, WECOM_CORP_ID) is not');
  if (problems.length) throw new ConfigError(problems);
  const bot = c.WECOM_BOT_TOKEN && c.WECOM_BOT_AES_KEY ? { token: c.WECOM_BOT_TOKEN, aesKey: c.WECOM_BOT_AES_KEY } : undefined;
  const ws = c.WECOM_BOT_ID && c.WECOM_BOT_SECRET ? { url: c.WECOM_BOT_WS_URL, botId: c.WECOM_BOT_ID, secret: c.WECOM_BOT_SECRET } : undefined;
  const app =
    c.WECOM_APP_TOKEN && c.WECOM_APP_AES_KEY && c.WECOM_CORP_ID
      ? {
          corpId: c.WECOM_CORP_ID,
          token: c.WECOM_APP_TOKEN,
          aesKey: c.WECOM_APP_AES_KEY,
          ...(c.WECOM_APP_SECRET && c.WECOM_APP_AGENT_ID ? { secret: c.WECOM_APP_SECRET, agentId: c.WECOM_APP_AGENT_ID } : {}),
        }
      : undefined;
  const webhooks = Object.keys(c.webhooks.wecom).length > 0;
  if (!bot && !ws && !app && !webhooks) return null;
  return {
    store: w.store,
    handle: w.handle,
    log: w.log.child({ platform: 'wecom' }),
    botName: c.BOT_NAME,
    apiBase: c.WECOM_API_BASE,
    instanceId: c.instanceId,
    now: w.now,
    ...(bot ? { bot } : {}),
    ...(ws ? { ws } : {}),
    ...(app ? { app } : {}),
  };
}

/** Wires the wecom feature into the bot. */
export async function wireWecom(w: Wiring): Promise<void> {
  const options = wecomOptions(w);
  if (!options) return;
  const platform = createWecomPlatform(options);
  w.platforms.push(platform);
  w.log.info(
    { bot: Boolean(options.bot), longConnection: Boolean(options.ws), app: Boolean(options.app), webhooks: Object.keys(w.config.webhooks.wecom) },
    'wecom platform configured',
  );
}
