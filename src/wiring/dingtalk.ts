// DingTalk wiring: registers the platform when any part of it is configured — the HTTP callback
// (DINGTALK_MODE=http + DINGTALK_APP_SECRET), Stream mode, or only custom-robot webhooks (so
// bulletins can post even when nobody talks to the bot in DingTalk).
import { createDingtalk } from '../platforms/dingtalk/platform.js';
import type { Wiring } from './types.js';

export async function wireDingtalk(w: Wiring): Promise<void> {
  const c = w.config;
  const callback = c.DINGTALK_MODE === 'http' && !!c.DINGTALK_APP_SECRET;
  const stream = c.DINGTALK_MODE === 'stream';
  const webhooks = Object.keys(c.webhooks.dingtalk).length > 0;
  if (c.DINGTALK_MODE === 'http' && !c.DINGTALK_APP_SECRET && (c.DINGTALK_CLIENT_ID || webhooks)) {
    w.log.warn('DingTalk callback not mounted: DINGTALK_MODE=http needs DINGTALK_APP_SECRET');
  }
  if (!callback && !stream && !webhooks) return;
  w.platforms.push(
    createDingtalk({
      mode: c.DINGTALK_MODE,
      ...(c.DINGTALK_APP_SECRET ? { appSecret: c.DINGTALK_APP_SECRET } : {}),
      ...(c.DINGTALK_CLIENT_ID ? { clientId: c.DINGTALK_CLIENT_ID } : {}),
      ...(c.DINGTALK_CLIENT_SECRET ? { clientSecret: c.DINGTALK_CLIENT_SECRET } : {}),
      ...(c.DINGTALK_ROBOT_CODE ? { robotCode: c.DINGTALK_ROBOT_CODE } : {}),
      apiBase: c.DINGTALK_API_BASE,
      openApiBase: c.DINGTALK_OPENAPI_BASE,
      // The bot's display name is one name across platforms; the variable predates DingTalk.
      botName: c.BOT_NAME,
      store: w.store,
      handle: w.handle,
      log: w.log.child({ platform: 'dingtalk' }),
      now: w.now,
    }),
  );
}
