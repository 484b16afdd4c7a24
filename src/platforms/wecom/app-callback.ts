// Self-built app (自建应用) callback: GET /wecom/app verifies the URL, POST /wecom/app receives encrypted
// XML (one-to-one messages to the app; receive id = CorpID). A reply ready by the deadline goes back as a
// passive encrypted XML text; a late or over-long one through the app message API.
// Callback: https://developer.work.weixin.qq.com/document/path/90930
// Passive reply (text ≤ 2048 bytes): https://developer.work.weixin.qq.com/document/path/96469
import type Router from '@koa/router';
import { utf8Bytes, type PlatformLogger } from '../types.js';
import type { AppApi } from './api.js';
import { answer, EMPTY, query, rawBody, XML_TYPE } from './body.js';
import { CallbackError, checkFresh, type WecomCipher } from './crypto.js';
import { decodeAppMessage } from './decode.js';
import { dispatch, type DispatchDeps } from './dispatch.js';
import { joinReplies } from './encode.js';
import { envelopeXml, parseXml, passiveTextXml } from './xml.js';

/** Text messages to members are limited to 2048 bytes (message/send, path/90236). */
const TEXT_LIMIT = 2048;

export interface AppCallbackDeps {
  cipher: WecomCipher;
  corpId: string;
  botName: string;
  dispatch: DispatchDeps;
  log: PlatformLogger;
  now: () => Date;
  maxBodyBytes: number;
  /** Messages timestamped further than this from now are refused (replays). */
  replayWindowMs: number;
  /** The message API; absent when WECOM_APP_SECRET / WECOM_APP_AGENT_ID are not set. */
  api?: AppApi;
}

export function mountAppCallback(router: Router, deps: AppCallbackDeps): void {
  const { cipher, log, api } = deps;

  router.get('/wecom/app', (ctx) => {
    const q = query(ctx);
    ctx.type = 'text/plain';
    ctx.body = cipher.open(q, q.echostr);
  });

  router.post('/wecom/app', async (ctx) => {
    const q = query(ctx);
    checkFresh(q.timestamp, deps.now(), deps.replayWindowMs);
    const envelope = parseXml(await rawBody(ctx, deps.maxBodyBytes));
    if (!envelope.Encrypt) throw new CallbackError(400, 'callback XML has no Encrypt element');
    const inner = parseXml(cipher.open(q, envelope.Encrypt));
    answer(ctx, EMPTY);
    const msg = decodeAppMessage(inner, deps.botName, deps.now());
    if (!msg) return;
    const result = await dispatch(deps.dispatch, `wecom:app:${msg.messageId}`, msg);

    const sendLater = (content: string) => {
      if (!api) throw new Error('reply needs the app message API, but WECOM_APP_SECRET / WECOM_APP_AGENT_ID are not set');
      return api.sendText(msg.userId, content);
    };
    if (result.kind === 'ready') {
      const content = joinReplies(result.replies);
      if (!content) return;
      if (utf8Bytes(content) > TEXT_LIMIT && api) {
        void sendLater(content).catch((err: unknown) => log.error({ messageId: msg.messageId, err }, 'wecom app message API failed'));
        return;
      }
      const plain = passiveTextXml(msg.userId, deps.corpId, Math.floor(deps.now().getTime() / 1000), content);
      answer(ctx, XML_TYPE, envelopeXml(cipher.seal(plain, q.timestamp, q.nonce)));
    } else if (result.kind === 'late') {
      // A holding reply ("正在查找…") answers the callback now; the final reply follows through the API.
      const holding = joinReplies(result.interim ?? []);
      if (holding) {
        const plain = passiveTextXml(msg.userId, deps.corpId, Math.floor(deps.now().getTime() / 1000), holding);
        answer(ctx, XML_TYPE, envelopeXml(cipher.seal(plain, q.timestamp, q.nonce)));
      }
      void result.later
        .then(async (replies) => {
          const content = joinReplies(replies);
          if (content) await sendLater(content);
        })
        .catch((err: unknown) => log.error({ messageId: msg.messageId, err }, 'wecom late app reply failed'));
    }
  });
}
