// Plays the WeCom side in tests: encrypts and signs callbacks with @wecom/crypto (the reference cipher,
// independent of src/platforms/wecom), decrypts and checks replies, and runs the platform module inside
// the real Koa app on 127.0.0.1 with a spy handler and a real SQLite store.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { decrypt, encrypt, getSignature } from '@wecom/crypto';
import { createApp } from '../../../src/http/app.js';
import { createLogger } from '../../../src/log.js';
import type { InboundMessage, OutboundMessage } from '../../../src/platforms/types.js';
import { createWecomPlatform, type WecomOptions, type WecomPlatform } from '../../../src/platforms/wecom/platform.js';
import { SqliteStore } from '../../../src/store/sqlite.js';

export const newAesKey = () => randomBytes(32).toString('base64').slice(0, 43);
export const newToken = () => randomBytes(12).toString('hex');

export interface Keys {
  token: string;
  aesKey: string;
}

/** Query string and ciphertext of a callback, as WeCom would send it. */
export function seal(keys: Keys, plaintext: string, receiveId: string, timestamp = String(Math.floor(Date.now() / 1000)), nonce = randomBytes(4).toString('hex')) {
  const ciphertext = encrypt(keys.aesKey, plaintext, receiveId);
  const signature = getSignature(keys.token, timestamp, nonce, ciphertext);
  const qs = `msg_signature=${signature}&timestamp=${timestamp}&nonce=${nonce}`;
  return { ciphertext, signature, timestamp, nonce, qs };
}

export function botMessage(text: string, extra: Record<string, unknown> = {}) {
  return {
    msgid: `msg-${randomBytes(6).toString('hex')}`,
    aibotid: 'AIBOTID',
    chatid: 'wrkSFfCgAAxxxx',
    chattype: 'group',
    from: { userid: 'hexi_wang' },
    response_url: 'http://127.0.0.1:9/unused',
    msgtype: 'text',
    text: { content: text },
    ...extra,
  };
}

export function appMessageXml(corpId: string, fromUser: string, content: string, msgId = String(4561255354251345929n + BigInt(randomBytes(4).readUInt32BE()))) {
  return (
    `<xml><ToUserName><![CDATA[${corpId}]]></ToUserName><FromUserName><![CDATA[${fromUser}]]></FromUserName>` +
    `<CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content>` +
    `<MsgId>${msgId}</MsgId><AgentID>1000002</AgentID></xml>`
  );
}

export const appEnvelope = (corpId: string, ciphertext: string) =>
  `<xml><ToUserName><![CDATA[${corpId}]]></ToUserName><Encrypt><![CDATA[${ciphertext}]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>`;

/** Check the passive AI-bot reply's signature and decrypt it (receive id ""). */
export function openBotReply(keys: Keys, body: { encrypt: string; msgsignature: string; timestamp: string; nonce: string }) {
  if (getSignature(keys.token, body.timestamp, body.nonce, body.encrypt) !== body.msgsignature) throw new Error('reply signature does not verify');
  const plain = decrypt(keys.aesKey, body.encrypt);
  if (plain.id !== '') throw new Error(`reply receive id ${plain.id}`);
  return JSON.parse(plain.message) as { msgtype: string; stream: { id: string; finish: boolean; content: string } };
}

/** Check the passive app reply's signature and decrypt it; returns the plaintext XML. */
export function openAppReply(keys: Keys, corpId: string, xml: string): string {
  const field = (name: string) => new RegExp(`<${name}>(?:<!\\[CDATA\\[)?([^<\\]]*)`).exec(xml)?.[1] ?? '';
  const [enc, sig, ts, nonce] = ['Encrypt', 'MsgSignature', 'TimeStamp', 'Nonce'].map(field) as [string, string, string, string];
  if (getSignature(keys.token, ts, nonce, enc) !== sig) throw new Error('reply signature does not verify');
  const plain = decrypt(keys.aesKey, enc);
  if (plain.id !== corpId) throw new Error(`reply receive id ${plain.id}`);
  return plain.message;
}

export interface Harness {
  url: string;
  store: SqliteStore;
  /** The SQLite file, so a second harness can share the store like a second process. */
  storeFile: string;
  platform: WecomPlatform;
  calls: InboundMessage[];
  logs: string[];
  close(): Promise<void>;
}

/** The platform module inside the real app (error funnel, body parser), a spy handler and a temp SQLite store. */
export async function startHarness(
  opts: Partial<WecomOptions> & { reply?: (m: InboundMessage) => Promise<OutboundMessage[]>; storeFile?: string; bodyLimitKb?: number },
): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'hj-wecom-'));
  const storeFile = opts.storeFile ?? join(dir, 'huanjie.db');
  const store = new SqliteStore(storeFile);
  const calls: InboundMessage[] = [];
  const logs: string[] = [];
  const log = createLogger('debug', [], new Writable({ write: (c, _e, cb) => (logs.push(String(c)), cb()) }));
  const { reply, storeFile: _f, bodyLimitKb = 256, ...rest } = opts;
  const platform = createWecomPlatform({
    store,
    log,
    botName: '换届助手',
    apiBase: 'http://127.0.0.1:9',
    instanceId: 'test-1',
    handle: async (m) => {
      calls.push(m);
      return reply ? reply(m) : [{ text: `echo ${m.text}` }];
    },
    ...rest,
  });
  const app = createApp({ log, storeKind: 'sqlite', bodyLimitKb, route: async () => ({ intent: 'unknown', replies: [] }), platforms: [platform] });
  const server = await listen(app.callback());
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    store,
    storeFile,
    platform,
    calls,
    logs,
    async close() {
      await platform.stop();
      await closeServer(server);
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function listen(handler: Parameters<typeof createServer>[1]): Promise<Server> {
  return new Promise((ok) => {
    const s = createServer(handler);
    s.listen(0, '127.0.0.1', () => ok(s));
  });
}

export function closeServer(s: Server): Promise<void> {
  return new Promise((ok) => {
    s.close(() => ok());
    s.closeAllConnections();
  });
}

export const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });

/** A fake WeCom HTTP API: records requests and answers with whatever `answer` returns. */
export async function fakeApi(answer: (req: { method: string; path: string; query: URLSearchParams; body: string }) => object | Promise<object>) {
  const seen: { method: string; path: string; query: URLSearchParams; body: string }[] = [];
  const server = await listen(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const r = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, body: await readBody(req) };
    seen.push(r);
    const out = await answer(r);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(out));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, close: () => closeServer(server) };
}

/** Wait until `check` is true, polling; for background work (late replies, reconnects) with no completion event. */
export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 20));
  }
}
