// Plays both chat platforms from the outside: WeCom callbacks encrypted and signed with @wecom/crypto
// (the reference cipher, not src/platforms/wecom), DingTalk callbacks signed by the documented formula,
// and a local HTTP server that stands in for sessionWebhooks and group robot webhooks.
import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encrypt, getSignature } from '@wecom/crypto';

export interface WecomKeys {
  token: string;
  aesKey: string;
}

export const wecomKeys = (): WecomKeys => ({ token: randomBytes(12).toString('hex'), aesKey: randomBytes(32).toString('base64').slice(0, 43) });

export const nowSeconds = () => String(Math.floor(Date.now() / 1000));

export interface SealedCallback {
  /** Path with the signature query, e.g. /wecom/bot?msg_signature=…&timestamp=…&nonce=… */
  path: string;
  body: string;
  ciphertext: string;
  signature: string;
  timestamp: string;
  nonce: string;
}

/** An AI-bot callback (JSON envelope, receive id "") as WeCom posts it. */
export function wecomBotCallback(keys: WecomKeys, plaintext: string, timestamp = nowSeconds(), nonce = randomBytes(4).toString('hex')): SealedCallback {
  const ciphertext = encrypt(keys.aesKey, plaintext, '');
  const signature = getSignature(keys.token, timestamp, nonce, ciphertext);
  return { path: `/wecom/bot?msg_signature=${signature}&timestamp=${timestamp}&nonce=${nonce}`, body: JSON.stringify({ encrypt: ciphertext }), ciphertext, signature, timestamp, nonce };
}

/** A self-built app callback (XML envelope, receive id = CorpID). */
export function wecomAppCallback(keys: WecomKeys, corpId: string, innerXml: string, timestamp = nowSeconds(), nonce = randomBytes(4).toString('hex')): SealedCallback {
  const ciphertext = encrypt(keys.aesKey, innerXml, corpId);
  const signature = getSignature(keys.token, timestamp, nonce, ciphertext);
  const body = `<xml><ToUserName><![CDATA[${corpId}]]></ToUserName><Encrypt><![CDATA[${ciphertext}]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>`;
  return { path: `/wecom/app?msg_signature=${signature}&timestamp=${timestamp}&nonce=${nonce}`, body, ciphertext, signature, timestamp, nonce };
}

/** AI-bot message JSON (https://developer.work.weixin.qq.com/document/path/100719). */
export function wecomBotMessage(userId: string, text: string, msgid = `m${randomBytes(8).toString('hex')}`, responseUrl = 'http://127.0.0.1:9/unused') {
  return { msgid, aibotid: 'AIBOT', chatid: 'wrkGroup01', chattype: 'group', from: { userid: userId }, response_url: responseUrl, msgtype: 'text', text: { content: text } };
}

export function wecomAppMessageXml(corpId: string, userId: string, content: string, msgId = String(7_000_000_000_000_000_000n + BigInt(randomBytes(4).readUInt32BE()))) {
  return (
    `<xml><ToUserName><![CDATA[${corpId}]]></ToUserName><FromUserName><![CDATA[${userId}]]></FromUserName>` +
    `<CreateTime>${nowSeconds()}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content>` +
    `<MsgId>${msgId}</MsgId><AgentID>1000002</AgentID></xml>`
  );
}

/** Headers of a DingTalk HTTP-mode callback: Base64(HmacSHA256(secret, timestamp + "\n" + secret)). */
export function dingtalkHeaders(secret: string, timestamp = String(Date.now())): Record<string, string> {
  const sign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`, 'utf8').digest('base64');
  return { 'content-type': 'application/json', timestamp, sign };
}

/** A robot message body as DingTalk sends it (https://open.dingtalk.com/document/isvapp/receive-message). */
export function dingtalkMessage(staffId: string, text: string, sessionWebhook: string, msgId = `msg${randomBytes(8).toString('hex')}`) {
  const createAt = Date.now();
  return {
    conversationId: 'cidReliability==',
    chatbotUserId: '$:LWCP_v1:$bot',
    msgId,
    senderNick: staffId,
    senderStaffId: staffId,
    senderId: `$:LWCP_v1:$${staffId}`,
    conversationType: '2',
    conversationTitle: '换届工作群',
    isInAtList: true,
    sessionWebhook,
    sessionWebhookExpiredTime: createAt + 90 * 60_000,
    createAt,
    msgtype: 'text',
    text: { content: ` ${text}` },
  };
}

export interface Captured {
  method: string;
  path: string;
  query: URLSearchParams;
  body: string;
  json: any;
}

export interface CaptureServer {
  url: string;
  requests: Captured[];
  /** Answer for the next requests: default 200 {errcode:0}. */
  answer: (req: Captured) => { status: number; body: unknown };
  close(): Promise<void>;
}

/** A local server standing in for sessionWebhooks and group robot webhooks of both platforms. */
export async function captureServer(): Promise<CaptureServer> {
  const requests: Captured[] = [];
  const cap: CaptureServer = {
    url: '',
    requests,
    answer: () => ({ status: 200, body: { errcode: 0, errmsg: 'ok' } }),
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const u = new URL(req.url ?? '/', 'http://x');
      const body = Buffer.concat(chunks).toString('utf8');
      let json: unknown;
      try {
        json = body ? JSON.parse(body) : undefined;
      } catch {
        json = undefined;
      }
      const rec = { method: req.method ?? '', path: u.pathname, query: u.searchParams, body, json };
      requests.push(rec);
      const a = cap.answer(rec);
      res.writeHead(a.status, { 'content-type': 'application/json' }).end(JSON.stringify(a.body));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  cap.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return cap;
}

/** Poll until `check` holds: for background work that has no completion event. */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 25));
  }
}
