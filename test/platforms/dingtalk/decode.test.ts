import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText, decode } from '../../../src/platforms/dingtalk/decode.js';

const fixture = (name: string) => JSON.parse(readFileSync(`test/fixtures/dingtalk/${name}.json`, 'utf8')) as Record<string, unknown>;
const now = () => new Date('2026-03-01T12:00:00Z');

describe('decode robot messages', () => {
  it('turns a group text message into an InboundMessage without DingTalk field names', () => {
    const d = decode(fixture('group-text'), { now });
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.msg).toEqual({
      platform: 'dingtalk',
      messageId: 'msgFAKE0001grouptext',
      userId: 'manager4021',
      userName: '李主任',
      chatId: 'cidQ1ngShanXian==',
      chatType: 'group',
      text: '河西乡：党组织换届完成9个，村委会6个',
      at: new Date(1613630252678),
    });
    expect(d.reply).toMatchObject({
      chatType: 'group',
      conversationId: 'cidQ1ngShanXian==',
      senderId: 'manager4021',
      sessionWebhook: 'https://oapi.dingtalk.com/robot/sendBySession?session=xxxxx',
      sessionWebhookExpiresAt: 1613635652738,
    });
  });

  it('marks conversationType "1" as a direct chat with no chatId, and keeps robotCode for replies', () => {
    const d = decode(fixture('direct-text'), { now });
    if (!d.ok) throw new Error(d.problem);
    expect(d.msg.chatType).toBe('direct');
    expect(d.msg.chatId).toBeUndefined();
    expect(d.msg.text).toBe('十严禁有哪些');
    expect(d.reply.robotCode).toBe('dingrobot0001');
  });

  it('reports a picture as a message with an attachment and no text', () => {
    const d = decode(fixture('picture'), { now });
    if (!d.ok) throw new Error(d.problem);
    expect(d.msg.hasAttachment).toBe(true);
    expect(d.msg.text).toBe('');
  });

  it('keeps the text parts of a rich-text message and flags its picture', () => {
    const d = decode(fixture('richtext'), { now });
    if (!d.ok) throw new Error(d.problem);
    expect(d.msg.text).toBe('城关镇进度见图：\n党组织换届完成12个');
    expect(d.msg.hasAttachment).toBe(true);
  });

  it('routes a voice message by DingTalk’s own recognition text', () => {
    const d = decode({ ...fixture('picture'), msgtype: 'audio', content: { recognition: '十不准有哪些', duration: 3 } }, { now });
    if (!d.ok) throw new Error(d.problem);
    expect(d.msg.text).toBe('十不准有哪些');
    expect(d.msg.hasAttachment).toBe(true);
  });

  it('accepts a numeric conversationType and msgId and falls back to now without createAt', () => {
    const raw = { ...fixture('group-text'), conversationType: 2, msgId: 12345 } as Record<string, unknown>;
    delete raw.createAt;
    const d = decode(raw, { now });
    if (!d.ok) throw new Error(d.problem);
    expect(d.msg.messageId).toBe('12345');
    expect(d.msg.chatType).toBe('group');
    expect(d.msg.at).toEqual(now());
  });

  it('reports malformed bodies instead of throwing', () => {
    const noId = { ...fixture('group-text') } as Record<string, unknown>;
    delete noId.msgId;
    const noSender = { ...fixture('group-text') } as Record<string, unknown>;
    delete noSender.senderStaffId;
    delete noSender.senderId;
    for (const raw of [noId, noSender, { ...fixture('group-text'), conversationType: '3' }, 'text', null, []]) {
      const d = decode(raw, { now });
      expect(d.ok, JSON.stringify(raw)?.slice(0, 40)).toBe(false);
      if (!d.ok) expect(d.problem.length).toBeGreaterThan(0);
    }
  });
});

describe('cleanText', () => {
  it.each([
    [' 你好', '你好'],
    ['@换届助手 帮助', '帮助'],
    ['＠换届助手\u2005帮助', '帮助'],
    ['@张三 @李四 排名', '排名'],
    ['十不准有哪些 @王五', '十不准有哪些'],
    ['\u3000河西乡：\u3000党组织  完成9个\u00a0', '河西乡： 党组织 完成9个'],
    ['城关镇\n  党组织 12 \n村委会 10', '城关镇\n党组织 12\n村委会 10'],
    ['@换届助手', ''],
    ['给@张三 发通知', '给@张三 发通知'],
    ['\u200b帮助', '帮助'],
  ])('%j → %j', (raw, clean) => {
    expect(cleanText(raw)).toBe(clean);
  });

  it('strips the bot’s own @name even when no space follows it', () => {
    expect(cleanText('@换届助手帮助', '换届助手')).toBe('帮助');
    expect(cleanText(' @换届助手 @换届助手 排名', '换届助手')).toBe('排名');
    expect(cleanText('@换届助手帮助')).toBe('');
  });
});
