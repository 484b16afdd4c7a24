// Outbound translation for WeCom: OutboundMessage → the JSON each WeCom channel takes (stream replies
// of the AI bot, group robot webhook bodies), split to that channel's byte limit by the one splitter.
// https://developer.work.weixin.qq.com/document/path/100719 (stream reply)
// https://developer.work.weixin.qq.com/document/path/91770 (group robot webhook)
import { createHash } from 'node:crypto';
import { splitLines, type OutboundMessage } from '../types.js';
import { randomPart } from './crypto.js';

export const STREAM_LIMIT = 20_480;
export const WEBHOOK_LIMITS = { markdown: 4096, text: 2048 } as const;
/** A group robot picture is at most 2 MB before base64 ("图片（base64编码前）最大不能超过2M，支持JPG,PNG格式"). */
export const WEBHOOK_IMAGE_BYTES = 2 * 1024 * 1024;

/** Several replies to one message become one WeCom message: a passive reply carries exactly one. */
export function joinReplies(replies: OutboundMessage[]): string {
  return replies
    .map((r) => r.text.trim())
    .filter(Boolean)
    .join('\n\n');
}

/**
 * The plaintext of a stream reply; stream content is markdown of at most 20480 bytes. Unfinished (a holding
 * reply on the long connection), a later reply with the same id replaces its content.
 */
export function streamReply(content: string, id = randomPart(8).toString('hex'), finish = true): string {
  // A UTF-16 unit is at most 3 UTF-8 bytes: a short reply (the usual one) needs no measuring.
  const text = content.length * 3 <= STREAM_LIMIT ? content : (splitLines(content, STREAM_LIMIT)[0] ?? content);
  // The same text as JSON.stringify of the object, built by hand so that the content's escaping can be reused.
  return `{"msgtype":"stream","stream":{"id":${JSON.stringify(id)},"finish":${finish},"content":${jsonText(text)}}}`;
}

// The same reply goes out again and again (帮助 is rendered once), and JSON.stringify of a text of a few
// hundred characters cost about 5 µs on Node 20, a tenth of the platform code's share of a callback.
let lastText = '';
let lastJson = '""';
function jsonText(text: string): string {
  if (text !== lastText) {
    lastJson = JSON.stringify(text);
    lastText = text;
  }
  return lastJson;
}

/**
 * The JSON body of an encrypted passive reply, the same text JSON.stringify gives. Built by hand: the ciphertext
 * (base64) and the signature (hex) never need escaping, and JSON.stringify still read the 2 KB ciphertext
 * character by character (about 7 µs a reply on Node 20). Timestamp and nonce come from the request's query
 * and are escaped.
 */
export function passiveReplyJson(sealed: { encrypt: string; signature: string; timestamp: string; nonce: string }): string {
  return `{"encrypt":"${sealed.encrypt}","msgsignature":"${sealed.signature}","timestamp":${JSON.stringify(sealed.timestamp)},"nonce":${JSON.stringify(sealed.nonce)}}`;
}

/** The JSON bodies one message becomes for a group robot webhook, in order. A mention forces text: only text's mentioned_list notifies. */
export function webhookBodies(msg: OutboundMessage): object[] {
  if (msg.image) return [imageBody(msg.image)];
  const mention = (msg.mention ?? []).map((id) => id.replace(/^wecom:/, ''));
  const format = mention.length ? 'text' : (msg.format ?? 'markdown');
  return splitLines(msg.text, WEBHOOK_LIMITS[format]).map((content, i) =>
    format === 'markdown'
      ? { msgtype: 'markdown', markdown: { content } }
      : { msgtype: 'text', text: { content, ...(i === 0 && mention.length ? { mentioned_list: mention } : {}) } },
  );
}

/** A group robot picture: the PNG or JPG itself in base64, with the md5 of its bytes (before base64). */
export function imageBody(image: Buffer): object {
  if (image.length > WEBHOOK_IMAGE_BYTES) throw new RangeError(`a group robot picture is at most ${WEBHOOK_IMAGE_BYTES} bytes; this one has ${image.length}`);
  return { msgtype: 'image', image: { base64: image.toString('base64'), md5: createHash('md5').update(image).digest('hex') } };
}
