// Encrypted WeCom callbacks through the real bot (startTestBot): AI-bot group @-messages and app messages
// are answered with passive encrypted replies that decrypt to what the router says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../../helpers/bot.js';
import v from '../../fixtures/wecom/vectors.json' with { type: 'json' };
import { appEnvelope, appMessageXml, botMessage, newAesKey, newToken, openAppReply, openBotReply, seal } from './helpers.js';
import { parseXml } from '../../../src/platforms/wecom/xml.js';

const bot = { token: newToken(), aesKey: newAesKey() };
const app = { token: newToken(), aesKey: newAesKey() };
const corpId = 'wwHuanjieTestCorp';

async function postBot(tb: TestBot, payload: object) {
  const s = seal(bot, JSON.stringify(payload), '');
  const res = await fetch(`${tb.url}/wecom/bot?${s.qs}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ encrypt: s.ciphertext }) });
  return { status: res.status, text: await res.text() };
}

async function postApp(tb: TestBot, keys: typeof app, cid: string, xml: string, q?: { signature: string; timestamp: string; nonce: string; ciphertext: string; body?: string }) {
  const s = q ?? seal(keys, xml, cid);
  const qs = `msg_signature=${s.signature}&timestamp=${s.timestamp}&nonce=${s.nonce}`;
  const body = q?.body ?? appEnvelope(cid, s.ciphertext);
  const res = await fetch(`${tb.url}/wecom/app?${qs}`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body });
  return { status: res.status, text: await res.text() };
}

describe('WeCom through the real bot', () => {
  let tb: TestBot;
  beforeAll(async () => {
    tb = await startTestBot({
      env: { WECOM_BOT_TOKEN: bot.token, WECOM_BOT_AES_KEY: bot.aesKey, WECOM_APP_TOKEN: app.token, WECOM_APP_AES_KEY: app.aesKey, WECOM_CORP_ID: corpId },
    });
  });
  afterAll(() => tb.close());

  it('verifies the AI-bot callback URL (receive id "")', async () => {
    const s = seal(bot, '7133749911208431616', '');
    const res = await fetch(`${tb.url}/wecom/bot?${s.qs}&echostr=${encodeURIComponent(s.ciphertext)}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('7133749911208431616');
  });

  it('answers "@换届助手 帮助" in a group with an encrypted stream reply that matches the help text', async () => {
    const res = await postBot(tb, botMessage('@换届助手 帮助'));
    expect(res.status).toBe(200);
    const reply = openBotReply(bot, JSON.parse(res.text));
    expect(reply.msgtype).toBe('stream');
    expect(reply.stream.finish).toBe(true);
    const simulated = await tb.say('hexi_wang', '帮助', { chatId: 'wrkSFfCgAAxxxx' });
    expect(reply.stream.content).toBe(simulated.replies.map((r: { text: string }) => r.text.trim()).join('\n\n'));
    expect(reply.stream.content).toContain('帮助');
  });

  it('answers "@换届助手 十严禁" with a non-empty reply about 严禁 (or routed as a question)', async () => {
    const res = await postBot(tb, botMessage('＠换届助手\u2005十严禁'));
    expect(res.status).toBe(200);
    const reply = openBotReply(bot, JSON.parse(res.text));
    expect(reply.stream.content.trim()).not.toBe('');
    const simulated = await tb.say('hexi_wang', '十严禁', { chatId: 'wrkSFfCgAAxxxx' });
    expect(simulated.intent === 'question' || reply.stream.content.includes('严禁')).toBe(true);
  });

  it('acknowledges an enter_chat event with an empty body', async () => {
    const res = await postBot(tb, botMessage('', { msgtype: 'event', text: undefined, event: { eventtype: 'enter_chat' } }));
    expect(res).toEqual({ status: 200, text: '' });
  });

  it('answers an app XML message with a passive encrypted XML text reply', async () => {
    const res = await postApp(tb, app, corpId, appMessageXml(corpId, 'hexi_wang', '帮助'));
    expect(res.status).toBe(200);
    const reply = parseXml(openAppReply(app, corpId, res.text));
    const simulated = await tb.say('hexi_wang', '帮助');
    expect(reply).toMatchObject({ ToUserName: 'hexi_wang', FromUserName: corpId, MsgType: 'text' });
    expect(reply.Content).toBe(simulated.replies.map((r: { text: string }) => r.text.trim()).join('\n\n'));
  });

  it('refuses a forged AI-bot callback with 401', async () => {
    const s = seal({ token: 'not-the-token', aesKey: bot.aesKey }, JSON.stringify(botMessage('@换届助手 帮助')), '');
    const res = await fetch(`${tb.url}/wecom/bot?${s.qs}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ encrypt: s.ciphertext }) });
    expect(res.status).toBe(401);
  });
});

describe.each([
  ['set 1', v.set1, 'ChenJiaShun', '1456453720'],
  ['set 2', v.set2, 'mycreate', '4561255354251345929'],
] as const)('official vectors through the real app callback, %s', (_name, s, user, msgId) => {
  let tb: TestBot;
  beforeAll(async () => {
    // The vectors are from 2014 and 2016: the bot's clock is set to their time, or the replay window refuses them.
    tb = await startTestBot({ env: { WECOM_APP_TOKEN: s.token, WECOM_APP_AES_KEY: s.aesKey, WECOM_CORP_ID: s.corpId }, now: () => new Date(Number(s.post.timestamp) * 1000) });
  });
  afterAll(() => tb.close());

  it('answers URL verification with the documented echo', async () => {
    const echostr = 'echostrAsSent' in s.verify ? s.verify.echostrAsSent : s.verify.echostr;
    const res = await fetch(`${tb.url}/wecom/app?msg_signature=${s.verify.msg_signature}&timestamp=${s.verify.timestamp}&nonce=${s.verify.nonce}&echostr=${echostr}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(s.verify.echo);
  });

  it('accepts the documented POST, replies to its sender, and records the exact MsgId', async () => {
    const p = s.post;
    // Set 1 documents the literal request body; set 2 only its Encrypt value.
    const q = { signature: p.msg_signature, timestamp: p.timestamp, nonce: p.nonce, ciphertext: p.encrypt, ...('body' in p ? { body: p.body } : {}) };
    const res = await postApp(tb, s, s.corpId, '', q);
    expect(res.status).toBe(200);
    expect(parseXml(openAppReply(s, s.corpId, res.text))).toMatchObject({ ToUserName: user, FromUserName: s.corpId, MsgType: 'text' });
    // The replay is acknowledged but not answered: the id was claimed, digit for digit.
    const again = await postApp(tb, s, s.corpId, '', q);
    expect(again).toEqual({ status: 200, text: '' });
    expect(await tb.bot.store.claimMessage(`wecom:app:${msgId}`, 60_000)).toBe(false);
  });
});
