// Raw WeCom messages → InboundMessage. No WeCom field name leaves this file.
// AI bot message JSON: https://developer.work.weixin.qq.com/document/path/100719
// App message XML:     https://developer.work.weixin.qq.com/document/path/96467
import type { InboundMessage } from '../types.js';

const SPACE = '[\\s\\u00a0\\u2005\\u3000]';
const AT = '[@＠]';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const LEADING = new RegExp(`^${SPACE}*${AT}[^\\s\\u00a0\\u2005\\u3000@＠]+${SPACE}+`);
// Built once per name: building it for every message showed in the callback profile.
const mentions = new Map<string, RegExp>();
function mentionOf(botName: string): RegExp {
  let re = mentions.get(botName);
  if (!re) mentions.set(botName, (re = new RegExp(`${AT}${escape(botName)}${SPACE}*`, 'g')));
  return re;
}

/**
 * Remove the @-mentions WeCom leaves in the text: every mention of the bot's own name (first, last or
 * repeated), then any other leading "@someone " mentions. WeCom separates a mention with U+2005; people
 * type ASCII or full-width spaces and the full-width ＠.
 */
export function stripMentions(text: string, botName: string): string {
  let out = text;
  if (botName) out = out.replace(mentionOf(botName), ' ');
  for (let m = LEADING.exec(out); m; m = LEADING.exec(out)) out = out.slice(m[0].length);
  return out
    .replace(/[\u00a0\u2005\u3000]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** What the AI bot adapter needs besides the InboundMessage: where a late reply may go. */
export interface BotInbound {
  msg: InboundMessage;
  /** One-shot reply URL (1 h, once); absent in long-connection frames. */
  responseUrl?: string;
}

interface BotItem {
  msgtype?: unknown;
  text?: { content?: unknown };
  voice?: { content?: unknown };
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'bigint' ? String(v) : undefined;
}

/** Text and attachment flag of an AI-bot message body (text, voice transcript, mixed items). */
function botContent(body: Record<string, unknown>): { text: string; attachment: boolean } | null {
  const type = body.msgtype;
  const item = body as BotItem;
  if (type === 'text') return { text: str(item.text?.content) ?? '', attachment: false };
  if (type === 'voice') return { text: str(item.voice?.content) ?? '', attachment: false };
  if (type === 'mixed') {
    const items = (body.mixed as { msg_item?: BotItem[] } | undefined)?.msg_item ?? [];
    const parts = items.filter((i) => i.msgtype === 'text').map((i) => str(i.text?.content) ?? '');
    return { text: parts.join('\n'), attachment: items.some((i) => i.msgtype !== 'text') };
  }
  if (type === 'image' || type === 'file' || type === 'video') return { text: '', attachment: true };
  return null;
}

/**
 * Decode an AI-bot message (callback plaintext or long-connection frame body). Returns null for what is not
 * a user message (events such as enter_chat, stream refreshes): those are acknowledged and not handled.
 * `raw` is the JSON text, used to keep a numeric msgid exact.
 */
export function decodeBotMessage(body: unknown, botName: string, receivedAt: Date, raw?: string): BotInbound | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const b = body as Record<string, unknown>;
  const content = botContent(b);
  if (!content) return null;
  let messageId = str(b.msgid);
  if (typeof b.msgid === 'number' && raw) messageId = /"msgid"\s*:\s*(\d+)/.exec(raw)?.[1] ?? messageId;
  const userId = str((b.from as { userid?: unknown } | undefined)?.userid);
  if (!messageId || !userId) return null;
  const chatId = str(b.chatid);
  const group = b.chattype === 'group';
  const text = stripMentions(content.text, botName);
  // Optional fields are left out when absent, in the same order as before; built without spreading
  // temporary objects, since this runs for every message.
  const msg: InboundMessage =
    group && chatId
      ? { platform: 'wecom', messageId, userId, chatType: 'group', chatId, text, at: receivedAt }
      : { platform: 'wecom', messageId, userId, chatType: group ? 'group' : 'direct', text, at: receivedAt };
  if (content.attachment) msg.hasAttachment = true;
  const responseUrl = str(b.response_url);
  return responseUrl ? { msg, responseUrl } : { msg };
}

/** Decode a decrypted app message (flat XML map). Returns null for events and other non-messages. */
export function decodeAppMessage(x: Record<string, string>, botName: string, receivedAt: Date): InboundMessage | null {
  const type = x.MsgType;
  const userId = x.FromUserName;
  if (!userId || !type || type === 'event') return null;
  const attachment = ['image', 'voice', 'video', 'file', 'location', 'link'].includes(type);
  if (type !== 'text' && !attachment) return null;
  const messageId = x.MsgId ?? `${userId}:${x.CreateTime ?? ''}`;
  const seconds = Number(x.CreateTime);
  return {
    platform: 'wecom',
    messageId,
    userId,
    chatType: 'direct',
    text: type === 'text' ? stripMentions(x.Content ?? '', botName) : '',
    at: Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : receivedAt,
    ...(attachment ? { hasAttachment: true } : {}),
  };
}
