// POST /api/simulate — talk to the bot without a chat platform (tests, console, operators).
import { randomUUID } from 'node:crypto';
import type Router from '@koa/router';
import { z } from 'zod';
import type { Outcome } from '../conversation/types.js';
import type { InboundMessage } from '../platforms/types.js';
import { HttpError } from './errors.js';

export const simulateBody = z.strictObject({
  platform: z.enum(['wecom', 'dingtalk']).optional(),
  userId: z.string().trim().min(1).max(128),
  userName: z.string().max(128).optional(),
  chatId: z.string().max(128).optional(),
  text: z.string().max(4000),
  at: z.iso.datetime({ offset: true }).optional(),
});

export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new HttpError(400, 'invalid request body', parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`));
  }
  return parsed.data;
}

export function simulateRoute(router: Router, route: (msg: InboundMessage) => Promise<Outcome>, now: () => Date) {
  router.post('/api/simulate', async (ctx) => {
    const body = parseOrThrow(simulateBody, ctx.request.body);
    // "wecom:zhangsan" is how the county file writes ids; accept it here too.
    const prefixed = /^(wecom|dingtalk):(.+)$/.exec(body.userId);
    if (prefixed && body.platform && body.platform !== prefixed[1]) {
      throw new HttpError(400, 'invalid request body', [`userId: says ${prefixed[1]} but platform is ${body.platform}`]);
    }
    const platform = (prefixed?.[1] ?? body.platform ?? 'wecom') as 'wecom' | 'dingtalk';
    const outcome = await route({
      platform,
      messageId: `sim-${randomUUID()}`,
      userId: prefixed?.[2] ?? body.userId,
      ...(body.userName ? { userName: body.userName } : {}),
      ...(body.chatId ? { chatId: body.chatId } : {}),
      chatType: body.chatId ? 'group' : 'direct',
      text: body.text,
      at: body.at ? new Date(body.at) : now(),
    });
    ctx.body = {
      intent: outcome.intent,
      replies: outcome.replies.map((r) => ({ text: r.text, ...(r.mention?.length ? { mention: r.mention } : {}), ...(r.private ? { private: true } : {}) })),
      ...(outcome.answer ? { answer: outcome.answer } : {}),
      ...(outcome.report ? { report: outcome.report } : {}),
    };
  });
}
