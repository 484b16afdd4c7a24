// Fuzzing the WeCom callbacks through the real bot's HTTP app: random requests, valid callbacks with one
// thing changed, and correctly signed callbacks carrying junk. Never a 5xx; a refused request leaves the
// store exactly as it was (not even a claimed message id), read through the port: with MONGODB_URI set the
// same cases run on a MongoDB database.
import { encrypt, getSignature } from '@wecom/crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot } from '../helpers/bot.js';
import { wecomAppCallback, wecomAppMessageXml, wecomBotCallback, wecomBotMessage, wecomKeys, type SealedCallback } from '../helpers/callbacks.js';
import { storeState } from '../helpers/store-state.js';
import { holds, jsonWithKeys, mutateChar, mutatedObject, nasty, xmlish } from './arbitraries.js';

const bot = wecomKeys();
const app = wecomKeys();
const CORP = 'wwReliabilityCorp';
const RUNS = 60;
let t: TestBot;

beforeAll(async () => {
  t = await startTestBot({
    store: 'env',
    env: { LOG_LEVEL: 'warn', WECOM_BOT_TOKEN: bot.token, WECOM_BOT_AES_KEY: bot.aesKey, WECOM_APP_TOKEN: app.token, WECOM_APP_AES_KEY: app.aesKey, WECOM_CORP_ID: CORP },
  });
});
afterAll(() => t?.close());

async function send(method: string, path: string, body?: string, type = 'application/json') {
  const res = await fetch(t.url + path, { method, headers: { 'content-type': type }, ...(body !== undefined ? { body } : {}) });
  return { status: res.status, text: await res.text() };
}

/** Send, and check: no 5xx; a refusal changed nothing. Returns the status for further checks. */
async function sendChecked(method: string, path: string, body?: string, type?: string): Promise<number> {
  const before = await storeState(t);
  const res = await send(method, path, body, type);
  expect(res.status, res.text).toBeLessThan(500);
  if (res.status >= 400) expect(await storeState(t)).toEqual(before);
  return res.status;
}

const HEX = '0123456789abcdef';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const report = (userId: string) => JSON.stringify(wecomBotMessage(userId, '河西乡：党组织换届完成7个'));

type Mutation = (cb: SealedCallback, i: number, pick: number) => { path: string; body: string };
const q = (sig: string, ts: string, nonce: string) => `msg_signature=${encodeURIComponent(sig)}&timestamp=${encodeURIComponent(ts)}&nonce=${encodeURIComponent(nonce)}`;
const botMutations: Record<string, Mutation> = {
  signature: (cb, i, p) => ({ path: `/wecom/bot?${q(mutateChar(cb.signature, i, p, HEX), cb.timestamp, cb.nonce)}`, body: cb.body }),
  // Never a zero shift: ±(1…1000) s, which the signature (over the timestamp) must refuse.
  timestamp: (cb, i, p) => ({ path: `/wecom/bot?${q(cb.signature, String(Number(cb.timestamp) + (1 + (i % 1000)) * (p % 2 ? 1 : -1)), cb.nonce)}`, body: cb.body }),
  nonce: (cb, i, p) => ({ path: `/wecom/bot?${q(cb.signature, cb.timestamp, mutateChar(cb.nonce, i, p, HEX))}`, body: cb.body }),
  ciphertext: (cb, i, p) => ({ path: cb.path, body: JSON.stringify({ encrypt: mutateChar(cb.ciphertext, i, p, B64) }) }),
  truncated: (cb, i) => ({ path: cb.path, body: JSON.stringify({ encrypt: cb.ciphertext.slice(0, i % cb.ciphertext.length) }) }),
  envelope: (cb, i) => ({ path: cb.path, body: [`{"Encrypt":"${cb.ciphertext}"}`, `["${cb.ciphertext}"]`, `{"encrypt":${i}}`, cb.ciphertext, `{"encrypt":"${cb.ciphertext}"`][i % 5]! }),
  missing: (cb, i) => ({ path: ['/wecom/bot', `/wecom/bot?timestamp=${cb.timestamp}&nonce=${cb.nonce}`, `/wecom/bot?msg_signature=${cb.signature}&nonce=${cb.nonce}`, `/wecom/bot?msg_signature=${cb.signature}&timestamp=${cb.timestamp}`][i % 4]!, body: cb.body }),
  wrongToken: (cb) => {
    const sig = getSignature(wecomKeys().token, cb.timestamp, cb.nonce, cb.ciphertext);
    return { path: `/wecom/bot?${q(sig, cb.timestamp, cb.nonce)}`, body: cb.body };
  },
  wrongKey: (cb) => {
    const ct = encrypt(wecomKeys().aesKey, report('hexi_wang'), '');
    return { path: `/wecom/bot?${q(getSignature(bot.token, cb.timestamp, cb.nonce, ct), cb.timestamp, cb.nonce)}`, body: JSON.stringify({ encrypt: ct }) };
  },
  wrongReceiveId: (cb) => {
    const ct = encrypt(bot.aesKey, report('hexi_wang'), CORP);
    return { path: `/wecom/bot?${q(getSignature(bot.token, cb.timestamp, cb.nonce, ct), cb.timestamp, cb.nonce)}`, body: JSON.stringify({ encrypt: ct }) };
  },
};

describe('WeCom callback fuzzing', { timeout: 60_000 }, () => {
  it('refuses random requests to /wecom/bot and /wecom/app with a 4xx and no stored change', async () => {
    const query = fc.array(fc.tuple(fc.constantFrom('msg_signature', 'timestamp', 'nonce', 'echostr', 'x', ''), nasty), { maxLength: 5 });
    await holds(
      fc.asyncProperty(
        fc.constantFrom('/wecom/bot', '/wecom/app'),
        fc.constantFrom('GET', 'POST'),
        query,
        fc.oneof(nasty, fc.json(), xmlish, jsonWithKeys(['encrypt', 'Encrypt']).map((v) => JSON.stringify(v) ?? '')),
        fc.constantFrom('application/json', 'text/xml', 'text/plain', 'application/x-www-form-urlencoded', 'application/octet-stream'),
        async (route, method, params, body, type) => {
          const qs = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
          const status = await sendChecked(method, `${route}?${qs}`, method === 'POST' ? body : undefined, type);
          expect(status).toBeGreaterThanOrEqual(400);
        },
      ),
      RUNS * 2,
    );
  });

  it('refuses a valid AI-bot callback with one part changed (signature, timestamp, nonce, ciphertext, keys, envelope)', async () => {
    await holds(
      fc.asyncProperty(fc.constantFrom(...Object.keys(botMutations)), fc.nat(), fc.nat(), async (kind, i, pick) => {
        const cb = wecomBotCallback(bot, report('hexi_wang'));
        const m = botMutations[kind]!(cb, i, pick);
        const status = await sendChecked('POST', m.path, m.body);
        expect([400, 401, 413]).toContain(status);
      }),
      RUNS * 2,
    );
    // The same callback unchanged is accepted: the refusals above were the mutations' doing.
    const ok = wecomBotCallback(bot, report('hexi_wang'));
    expect((await send('POST', ok.path, ok.body)).status).toBe(200);
  });

  it('handles correctly signed AI-bot callbacks carrying junk messages without a 5xx', async () => {
    const base = wecomBotMessage('hexi_wang', '河西乡：党组织换届完成8个');
    const plaintext = fc.oneof(nasty, fc.json(), mutatedObject(base).map((o) => JSON.stringify(o)), jsonWithKeys(Object.keys(base)).map((v) => JSON.stringify(v) ?? 'null'));
    await holds(
      fc.asyncProperty(plaintext, async (p) => {
        const cb = wecomBotCallback(bot, p);
        await sendChecked('POST', cb.path, cb.body);
      }),
      RUNS * 2,
    );
  });

  it('handles correctly signed app callbacks carrying junk or hostile XML without a 5xx', async () => {
    const inner = fc.oneof(xmlish, fc.tuple(nasty, nasty).map(([user, text]) => wecomAppMessageXml(CORP, user, text)));
    await holds(
      fc.asyncProperty(inner, async (xml) => {
        const cb = wecomAppCallback(app, CORP, xml);
        await sendChecked('POST', cb.path, cb.body, 'text/xml');
      }),
      RUNS * 2,
    );
  });

  it('refuses hostile XML envelopes on the app route before any decryption', async () => {
    await holds(
      fc.asyncProperty(xmlish, async (xml) => {
        const cb = wecomAppCallback(app, CORP, wecomAppMessageXml(CORP, 'hexi_wang', '河西乡：党组织换届完成9个'));
        const status = await sendChecked('POST', cb.path, xml, 'text/xml');
        expect(status).toBeGreaterThanOrEqual(400);
      }),
      RUNS,
    );
  });
});
