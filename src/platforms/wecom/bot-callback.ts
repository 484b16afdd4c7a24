// AI bot (智能机器人) in callback (short-connection) mode: GET /wecom/bot verifies the URL, POST /wecom/bot
// receives encrypted JSON. A reply ready by the deadline goes back passively as an encrypted `stream`
// message with finish:true; a later one through the message's one-shot response_url.
// Receive:  https://developer.work.weixin.qq.com/document/path/100719
// Passive:  https://developer.work.weixin.qq.com/document/path/101031
// Crypto:   https://developer.work.weixin.qq.com/document/path/101033
import type Router from '@koa/router';
import type { OutboundMessage, PlatformLogger } from '../types.js';
import { postResponseUrl } from './api.js';
import { answer, EMPTY, JSON_TYPE, jsonEnvelope, query, rawBody } from './body.js';
import { CallbackError, checkFresh, type WecomCipher } from './crypto.js';
import { decodeBotMessage } from './decode.js';
import { dispatch, partition, type DispatchDeps } from './dispatch.js';
import { joinReplies, passiveReplyJson, streamReply } from './encode.js';

export interface BotCallbackDeps {
  cipher: WecomCipher;
  botName: string;
  dispatch: DispatchDeps;
  log: PlatformLogger;
  now: () => Date;
  maxBodyBytes: number;
  /** Messages timestamped further than this from now are refused (replays). */
  replayWindowMs: number;
  /** Delivers replies marked private to the sender alone (through the app, when configured); never rejects. */
  sendPersonal: (userId: string, replies: OutboundMessage[]) => Promise<void>;
}

export function mountBotCallback(router: Router, deps: BotCallbackDeps): void {
  const { cipher, log } = deps;

  router.get('/wecom/bot', (ctx) => {
    const q = query(ctx);
    ctx.type = 'text/plain';
    ctx.body = cipher.open(q, q.echostr);
  });

  // Delivers the shared replies' text and hands the private ones to sendPersonal: built once, not per request.
  const deliver = (userId: string, replies: OutboundMessage[]): string => {
    // The usual answer, one reply for the conversation, needs no partition: the text joinReplies would give.
    if (replies.length === 1 && !replies[0]!.private) return replies[0]!.text.trim();
    const { shared, personal } = partition(replies);
    if (personal.length) void deps.sendPersonal(userId, personal);
    return joinReplies(shared);
  };

  router.post('/wecom/bot', async (ctx) => {
    const q = query(ctx);
    const now = deps.now();
    checkFresh(q.timestamp, now, deps.replayWindowMs);
    const plaintext = cipher.open(q, jsonEnvelope(await rawBody(ctx, deps.maxBodyBytes)));
    let body: unknown;
    try {
      body = JSON.parse(plaintext);
    } catch {
      throw new CallbackError(400, 'decrypted message is not JSON');
    }
    const decoded = decodeBotMessage(body, deps.botName, now, plaintext);
    if (!decoded) return answer(ctx, EMPTY);
    const { msg, responseUrl } = decoded;
    const result = await dispatch(deps.dispatch, `wecom:${msg.messageId}`, msg);

    // A holding reply ("正在查找…") answers the callback now; the final reply follows through response_url.
    const content = deliver(msg.userId, result.kind === 'ready' ? result.replies : result.kind === 'late' ? (result.interim ?? []) : []);
    if (content) {
      const sealed = cipher.seal(streamReply(content), q.timestamp, q.nonce);
      answer(ctx, JSON_TYPE, passiveReplyJson(sealed));
    } else answer(ctx, EMPTY);
    if (result.kind === 'late') {
      void result.later
        .then(async (replies) => {
          const content = deliver(msg.userId, replies);
          if (!content) return;
          if (!responseUrl) throw new Error('late reply but the message carried no response_url');
          await postResponseUrl(responseUrl, content);
          log.info({ messageId: msg.messageId }, 'wecom late reply sent through response_url');
        })
        .catch((err: unknown) => log.error({ messageId: msg.messageId, err }, 'wecom late reply failed'));
    }
  });
}
