// OutboundMessage → the robot message JSON shared by the custom robot webhook and sessionWebhook
// (https://open.dingtalk.com/document/orgapp/custom-robot-access), split by the platforms' one splitter
// (measured as JSON-escaped bytes) so that every request body stays within DingTalk's 20000-byte limit.
import { splitLines, type OutboundMessage } from '../types.js';

export const MAX_BODY_BYTES = 20_000;

export interface RobotMessage {
  msgtype: 'text' | 'markdown';
  text?: { content: string };
  markdown?: { title: string; text: string };
  at?: { atUserIds: string[]; isAtAll: false };
}

/** UTF-8 bytes a string takes inside a JSON string literal (escapes included, quotes not). */
export function jsonBytes(s: string): number {
  return Buffer.byteLength(JSON.stringify(s), 'utf8') - 2;
}

/** DingTalk requires a markdown title (shown in notifications): default to the first line. */
export function titleOf(msg: OutboundMessage): string {
  if (msg.title?.trim()) return msg.title.trim();
  const first = msg.text.split('\n').find((l) => l.replace(/[#>*\-\s]/g, ''));
  return Array.from((first ?? msg.text).replace(/^[#>*\-\s]+/, '').replace(/\*\*/g, '').trim()).slice(0, 32).join('');
}

function envelope(format: 'text' | 'markdown', title: string, content: string, mention: string[]): RobotMessage {
  const body: RobotMessage =
    format === 'markdown' ? { msgtype: 'markdown', markdown: { title, text: content } } : { msgtype: 'text', text: { content } };
  if (mention.length) body.at = { atUserIds: mention, isAtAll: false };
  return body;
}

/**
 * The robot messages for one OutboundMessage, in order. Mentions go on the first part: the ids
 * in at.atUserIds notify, and DingTalk only highlights an @ whose "@userId" is also in the text.
 */
export function robotMessages(msg: OutboundMessage, maxBodyBytes = MAX_BODY_BYTES): RobotMessage[] {
  if (!msg.text.trim()) return [];
  const format = msg.format ?? 'text';
  const mention = [...new Set(msg.mention ?? [])];
  const title = format === 'markdown' ? titleOf(msg) : '';
  const missing = mention.filter((id) => !msg.text.includes(`@${id}`));
  const suffix = missing.length ? `\n${missing.map((id) => `@${id}`).join(' ')}` : '';
  const overhead = Buffer.byteLength(JSON.stringify(envelope(format, title, '', mention)), 'utf8') + jsonBytes(suffix);
  const parts = splitLines(msg.text, maxBodyBytes - overhead, { measure: jsonBytes });
  return parts.map((part, i) => (i === 0 ? envelope(format, title, part + suffix, mention) : envelope(format, title, part, [])));
}

/** Bytes of the request body a robot message becomes. */
export function bodyBytes(m: RobotMessage): number {
  return Buffer.byteLength(JSON.stringify(m), 'utf8');
}
