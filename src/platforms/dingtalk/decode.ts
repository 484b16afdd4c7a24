// Robot message JSON (HTTP callback body = Stream CALLBACK data) → InboundMessage, plus what a
// reply needs. Field reference: https://open.dingtalk.com/document/isvapp/receive-message
import { z } from 'zod';
import type { InboundMessage } from '../types.js';

const id = z.union([z.string(), z.number()]).transform(String);

const robotMessage = z.looseObject({
  msgId: id.pipe(z.string().min(1)),
  msgtype: z.string().default('text'),
  conversationType: z.union([z.literal('1'), z.literal('2'), z.literal(1), z.literal(2)]).transform((v) => (String(v) === '2' ? 'group' : 'direct')),
  conversationId: z.string().optional(),
  senderStaffId: z.string().optional(),
  senderId: z.string().optional(),
  senderNick: z.string().optional(),
  createAt: z.number().optional(),
  sessionWebhook: z.string().optional(),
  sessionWebhookExpiredTime: z.number().optional(),
  robotCode: z.string().optional(),
  text: z.looseObject({ content: z.string().default('') }).optional(),
  content: z.unknown().optional(),
});

/** Where and how to answer one inbound message; stays inside the DingTalk folder. */
export interface ReplyContext {
  messageId: string;
  chatType: 'group' | 'direct';
  conversationId?: string;
  /** staffId of the sender, for one-to-one sends. */
  senderId: string;
  sessionWebhook?: string;
  /** Epoch ms after which sessionWebhook no longer works. */
  sessionWebhookExpiresAt?: number;
  robotCode?: string;
}

export type Decoded = { ok: true; msg: InboundMessage; reply: ReplyContext } | { ok: false; problem: string };

// DingTalk strips the robot's own @ but leaves a leading space; other people's @names and
// full-width or four-per-em spaces (U+3000, U+2005) can remain around the words.
const SPACES = /[\u3000\u2005\u2002\u2003\u00a0\t\r]/g;
const ZERO_WIDTH = /[\u200b-\u200d\ufeff]/g;

/** Fold odd spaces, drop leading/trailing @mentions and the bot's own @name, trim. */
export function cleanText(raw: string, botName?: string): string {
  let s = raw.replace(ZERO_WIDTH, '').replace(SPACES, ' ').replace(/＠/g, '@');
  if (botName) {
    const own = `@${botName}`;
    s = s.trimStart();
    while (s.startsWith(own)) s = s.slice(own.length).trimStart();
  }
  s = s.replace(/^(?:\s*@[^\s@]+\s+)+/, '').replace(/(?:\s+@[^\s@]+)+\s*$/, '');
  s = s.trim();
  if (/^@[^\s@]+$/.test(s)) s = '';
  return s
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .trim();
}

function textOf(m: z.infer<typeof robotMessage>): { text: string; attachment: boolean } {
  if (m.msgtype === 'text') return { text: m.text?.content ?? '', attachment: false };
  const content = (m.content ?? {}) as Record<string, unknown>;
  if (m.msgtype === 'richText' && Array.isArray(content.richText)) {
    const parts = content.richText as Record<string, unknown>[];
    const text = parts.map((p) => (typeof p.text === 'string' ? p.text : '')).join('');
    return { text, attachment: parts.some((p) => typeof p.text !== 'string') };
  }
  // Voice messages carry DingTalk's own speech-to-text, which is worth routing as text.
  if (m.msgtype === 'audio' && typeof content.recognition === 'string') return { text: content.recognition, attachment: true };
  return { text: '', attachment: true };
}

/** Decode a robot message body; a malformed one is reported, never thrown. */
export function decode(raw: unknown, opts: { botName?: string; now: () => Date }): Decoded {
  const parsed = robotMessage.safeParse(raw);
  if (!parsed.success) return { ok: false, problem: parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ') };
  const m = parsed.data;
  const userId = m.senderStaffId ?? m.senderId;
  if (!userId) return { ok: false, problem: 'senderStaffId: missing' };
  const { text, attachment } = textOf(m);
  const group = m.conversationType === 'group' && m.conversationId;
  const msg: InboundMessage = {
    platform: 'dingtalk',
    messageId: m.msgId,
    userId,
    ...(m.senderNick ? { userName: m.senderNick } : {}),
    ...(group ? { chatId: m.conversationId } : {}),
    chatType: group ? 'group' : 'direct',
    text: cleanText(text, opts.botName),
    at: m.createAt ? new Date(m.createAt) : opts.now(),
    ...(attachment ? { hasAttachment: true } : {}),
  };
  const reply: ReplyContext = {
    messageId: m.msgId,
    chatType: msg.chatType,
    senderId: userId,
    ...(m.conversationId ? { conversationId: m.conversationId } : {}),
    ...(m.sessionWebhook ? { sessionWebhook: m.sessionWebhook } : {}),
    ...(m.sessionWebhookExpiredTime ? { sessionWebhookExpiresAt: m.sessionWebhookExpiredTime } : {}),
    ...(m.robotCode ? { robotCode: m.robotCode } : {}),
  };
  return { ok: true, msg, reply };
}
