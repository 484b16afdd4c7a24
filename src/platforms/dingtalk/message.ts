// OutboundMessage → the robot message JSON shared by the custom robot webhook and sessionWebhook
// (https://open.dingtalk.com/document/orgapp/custom-robot-access), split so that every request
// body stays within DingTalk's 20000-byte limit.
import { cutLine, type OutboundMessage } from '../types.js';

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

const NEWLINE_BYTES = jsonBytes('\n');


/**
 * Split text into parts whose JSON-escaped size is at most `budget` bytes. Cuts fall on line
 * boundaries (the newline between two parts is dropped); only a single line longer than the
 * budget is cut inside, between characters.
 */
export function splitText(text: string, budget: number): string[] {
  if (budget < 8) throw new RangeError(`split budget of ${budget} bytes is too small`);
  const parts: string[] = [];
  let cur: string | null = null;
  let curBytes = 0;
  for (const line of text.split('\n')) {
    const lb = jsonBytes(line);
    if (lb > budget) {
      if (cur !== null) parts.push(cur);
      const pieces = cutLine(line, budget, jsonBytes);
      parts.push(...pieces.slice(0, -1));
      cur = pieces[pieces.length - 1]!;
      curBytes = jsonBytes(cur);
    } else if (cur === null) {
      cur = line;
      curBytes = lb;
    } else if (curBytes + NEWLINE_BYTES + lb <= budget) {
      cur += `\n${line}`;
      curBytes += NEWLINE_BYTES + lb;
    } else {
      parts.push(cur);
      cur = line;
      curBytes = lb;
    }
  }
  if (cur !== null) parts.push(cur);
  return parts;
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
  const parts = splitText(msg.text, maxBodyBytes - overhead);
  return parts.map((part, i) => (i === 0 ? envelope(format, title, part + suffix, mention) : envelope(format, title, part, [])));
}

/** Bytes of the request body a robot message becomes. */
export function bodyBytes(m: RobotMessage): number {
  return Buffer.byteLength(JSON.stringify(m), 'utf8');
}
