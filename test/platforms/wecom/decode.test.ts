// Raw WeCom messages → InboundMessage: mentions stripped, ids exact, non-messages ignored; hardened XML.
import { describe, expect, it } from 'vitest';
import { CallbackError } from '../../../src/platforms/wecom/crypto.js';
import { decodeAppMessage, decodeBotMessage, stripMentions } from '../../../src/platforms/wecom/decode.js';
import { cdata, parseXml, passiveTextXml } from '../../../src/platforms/wecom/xml.js';
import v from '../../fixtures/wecom/vectors.json' with { type: 'json' };

const at = new Date('2026-05-01T12:00:00Z');

describe('stripMentions', () => {
  it.each([
    ['@换届助手 帮助', '帮助'],
    ['＠换届助手 帮助', '帮助'],
    ['@换届助手\u2005十严禁', '十严禁'],
    ['@换届助手\u3000十严禁', '十严禁'],
    ['@换届助手帮助', '帮助'],
    ['@换届助手 @换届助手 帮助', '帮助'],
    ['@张三\u2005@换届助手\u2005河西乡 党组织9个', '河西乡 党组织9个'],
    ['十严禁有哪些 @换届助手', '十严禁有哪些'],
    ['@RobotA hello robot', 'hello robot'],
    ['  帮助  ', '帮助'],
    ['邮箱 a@b.cn 怎么填', '邮箱 a@b.cn 怎么填'],
    ['@换届助手', ''],
  ])('%j → %j', (input, expected) => {
    expect(stripMentions(input, '换届助手')).toBe(expected);
  });

  it('treats regex characters in the bot name literally', () => {
    expect(stripMentions('@bot.v2 帮助', 'bot.v2')).toBe('帮助');
    expect(stripMentions('@botXv2帮助', 'bot.v2')).toBe('@botXv2帮助');
  });
});

describe('decodeBotMessage', () => {
  const base = { msgid: 'CAIQ16HMjQYY', aibotid: 'B', chatid: 'CHAT1', chattype: 'group', from: { userid: 'hexi_wang' }, response_url: 'https://x/r', msgtype: 'text', text: { content: '@换届助手 帮助' } };

  it('decodes a group text message', () => {
    expect(decodeBotMessage(base, '换届助手', at)).toEqual({
      msg: { platform: 'wecom', messageId: 'CAIQ16HMjQYY', userId: 'hexi_wang', chatType: 'group', chatId: 'CHAT1', text: '帮助', at },
      responseUrl: 'https://x/r',
    });
  });

  it('decodes a single chat without chatId', () => {
    const got = decodeBotMessage({ ...base, chattype: 'single', chatid: undefined }, '换届助手', at);
    expect(got?.msg.chatType).toBe('direct');
    expect(got?.msg.chatId).toBeUndefined();
  });

  it('joins the text items of a mixed message and flags the image', () => {
    const mixed = { ...base, msgtype: 'mixed', text: undefined, mixed: { msg_item: [{ msgtype: 'text', text: { content: '@换届助手 看图' } }, { msgtype: 'image', image: { url: 'u' } }] } };
    expect(decodeBotMessage(mixed, '换届助手', at)?.msg).toMatchObject({ text: '看图', hasAttachment: true });
  });

  it('uses the voice transcript as text', () => {
    expect(decodeBotMessage({ ...base, msgtype: 'voice', voice: { content: '十严禁' } }, '换届助手', at)?.msg.text).toBe('十严禁');
  });

  it('keeps a numeric msgid exact by reading it from the raw JSON', () => {
    const raw = '{"msgid":4561255354251345929,"chattype":"single","from":{"userid":"u"},"msgtype":"text","text":{"content":"hi"}}';
    expect(decodeBotMessage(JSON.parse(raw), '换届助手', at, raw)?.msg.messageId).toBe('4561255354251345929');
  });

  it('ignores events, stream refreshes and malformed bodies', () => {
    expect(decodeBotMessage({ ...base, msgtype: 'event', event: { eventtype: 'enter_chat' } }, 'x', at)).toBeNull();
    expect(decodeBotMessage({ ...base, msgtype: 'stream', stream: { id: 's' } }, 'x', at)).toBeNull();
    expect(decodeBotMessage({ ...base, from: undefined }, 'x', at)).toBeNull();
    expect(decodeBotMessage([1, 2], 'x', at)).toBeNull();
    expect(decodeBotMessage(null, 'x', at)).toBeNull();
  });
});

describe('decodeAppMessage', () => {
  it('decodes the official set-2 message with its 64-bit MsgId as an exact string', () => {
    const msg = decodeAppMessage(parseXml(v.set2.post.plain), '换届助手', at);
    expect(msg).toEqual({ platform: 'wecom', messageId: '4561255354251345929', userId: 'mycreate', chatType: 'direct', text: 'hello', at: new Date(1409659813000) });
  });

  it('decodes the official set-1 message (no CDATA)', () => {
    expect(decodeAppMessage(parseXml(v.set1.post.plain), '换届助手', at)).toMatchObject({ messageId: '1456453720', userId: 'ChenJiaShun', text: '你好' });
  });

  it('ignores events and flags attachments', () => {
    expect(decodeAppMessage({ MsgType: 'event', FromUserName: 'u', Event: 'enter_agent' }, 'x', at)).toBeNull();
    expect(decodeAppMessage({ MsgType: 'image', FromUserName: 'u', MsgId: '1', CreateTime: '1' }, 'x', at)).toMatchObject({ text: '', hasAttachment: true });
  });
});

describe('parseXml (hardened)', () => {
  it('keeps CDATA verbatim and decodes the predefined entities only outside CDATA', () => {
    expect(parseXml('<xml><A><![CDATA[a &amp; <b>]]></A><B>x &lt;&#x4e2d;&#25991;&gt;</B></xml>')).toEqual({ A: 'a &amp; <b>', B: 'x <中文>' });
  });

  it.each([
    ['entity bomb', '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><xml><Encrypt>&lol2;</Encrypt></xml>'],
    ['external entity', '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xml><Encrypt>&xxe;</Encrypt></xml>'],
    ['lower-case doctype', '<!doctype xml><xml><Encrypt>a</Encrypt></xml>'],
    ['not well-formed', '<xml><Encrypt>a</xml>'],
    ['another root', '<root><Encrypt>a</Encrypt></root>'],
    ['not XML', '{"encrypt":"a"}'],
    ['nesting deeper than the parser allows', `<xml>${'<a>'.repeat(2000)}${'</a>'.repeat(2000)}</xml>`],
    ['a prototype-polluting element name', '<xml><__proto__>1</__proto__><constructor>2</constructor></xml>'],
  ])('refuses %s with 400', (_name, xml) => {
    let err: unknown;
    try {
      parseXml(xml);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CallbackError);
    expect((err as CallbackError).status).toBe(400);
  });

  it('keeps lone surrogate and NUL character references undecoded', () => {
    expect(parseXml('<xml><A>&#xD800;&#0;&#x1F600;</A></xml>')).toEqual({ A: '&#xD800;&#0;😀' });
  });

  it('builds a passive reply whose CDATA survives "]]>" in the text', () => {
    const xml = passiveTextXml('u1', 'wwcorp', 1700000000, 'a]]>b');
    expect(parseXml(xml)).toEqual({ ToUserName: 'u1', FromUserName: 'wwcorp', CreateTime: '1700000000', MsgType: 'text', Content: 'a]]>b' });
    expect(cdata('x')).toBe('<![CDATA[x]]>');
  });
});
