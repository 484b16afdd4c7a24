// Shared by every WeCom receive path: drop redeliveries through the store (shared across processes), run
// the core handler, and tell the caller whether the replies were ready before the platform's deadline.
// WeCom retries a callback that is not answered within 5 s
// (https://developer.work.weixin.qq.com/document/path/90930), so the route answers by the deadline either
// way and sends late replies through an API instead.
import { describeInbound, retryableFailure, type HandleInbound, type InboundMessage, type OutboundMessage, type PlatformLogger, type PlatformStore } from '../types.js';

/** AI bot stream content (markdown) and response_url content are limited to 20480 bytes (path/101031, 101138). */

export interface DispatchDeps {
  store: PlatformStore;
  handle: HandleInbound;
  log: PlatformLogger;
  /** How long a message id is remembered. */
  dedupeTtlMs: number;
  /** How long a callback waits for the handler before answering empty. */
  replyDeadlineMs: number;
}

export type Dispatched =
  | { kind: 'duplicate' }
  | { kind: 'failed' }
  | { kind: 'ready'; replies: OutboundMessage[] }
  /** `interim`: the holding reply the handler gave before something slow (InboundMessage.interim), to answer with now. */
  | { kind: 'late'; later: Promise<OutboundMessage[]>; interim?: OutboundMessage[] };

/** Claim the message id; false (and logged) for a redelivery. */
export async function claim(deps: Pick<DispatchDeps, 'store' | 'log' | 'dedupeTtlMs'>, key: string, msg: InboundMessage): Promise<boolean> {
  if (await deps.store.claimMessage(key, deps.dedupeTtlMs)) return true;
  deps.log.info(describeInbound(msg), 'wecom redelivery dropped');
  return false;
}

/** Run the handler; a message lost to a store outage must not stay claimed, or WeCom's retry would be dropped. */
export function handleClaimed(deps: Pick<DispatchDeps, 'store' | 'log' | 'handle'>, key: string, msg: InboundMessage): Promise<OutboundMessage[]> {
  return deps.handle(msg).catch(async (err: unknown) => {
    if (retryableFailure(err)) await deps.store.releaseMessage(key).catch((e: unknown) => deps.log.error({ err: e, key }, 'wecom message claim could not be released'));
    throw err;
  });
}

/** `msg` is the callback's own decoded message: it gets the handler's `interim` hook. */
export async function dispatch(deps: DispatchDeps, key: string, msg: InboundMessage): Promise<Dispatched> {
  if (!(await claim(deps, key, msg))) return { kind: 'duplicate' };
  // The first of three things decides the answer: the replies, the handler's holding reply (it starts
  // something slow, the county's model: the holding reply goes out at once and the final one follows like any
  // late reply), or the deadline. One promise settled once, not a race of three, since this runs per callback.
  return new Promise<Dispatched>((resolve, reject) => {
    let decided = false;
    let held: OutboundMessage[] | undefined;
    // The handler may give its holding reply before it returns, while `work` is still unassigned.
    let work: Promise<OutboundMessage[]> | undefined;
    const late = (why: string) => {
      deps.log.info(describeInbound(msg), why);
      resolve({ kind: 'late', later: work!, ...(held ? { interim: held } : {}) });
    };
    const timer = setTimeout(() => {
      if (decided) return;
      decided = true;
      late('wecom reply not ready by the deadline, will send it later');
    }, deps.replyDeadlineMs);
    // The hook is set on the message itself: each callback decodes a message of its own, and a copy of it with
    // the hook (an object spread) cost about 1 µs per callback.
    msg.interim = (reply) => {
      if (decided) return;
      decided = true;
      clearTimeout(timer);
      held = [reply];
      if (work) late('wecom holding reply sent, the answer follows');
    };
    work = handleClaimed(deps, key, msg);
    if (held) late('wecom holding reply sent, the answer follows');
    work.then(
      (replies) => {
        if (decided) return;
        decided = true;
        clearTimeout(timer);
        resolve({ kind: 'ready', replies });
      },
      (err: unknown) => {
        if (decided) return;
        decided = true;
        clearTimeout(timer);
        // Not acknowledged: the 5xx makes WeCom retry, and the claim is gone.
        if (retryableFailure(err)) return reject(err);
        deps.log.error({ ...describeInbound(msg), err }, 'wecom message handler failed');
        resolve({ kind: 'failed' });
      },
    );
  });
}

/** Replies for the conversation vs. replies meant for the sender alone. */
export function partition(replies: OutboundMessage[]): { shared: OutboundMessage[]; personal: OutboundMessage[] } {
  return { shared: replies.filter((r) => !r.private), personal: replies.filter((r) => r.private) };
}
