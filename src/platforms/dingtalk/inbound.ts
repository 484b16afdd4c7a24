// What HTTP mode and Stream mode share once a robot message is trusted: decode, drop
// redeliveries by msgId (through the store, so every process agrees), then answer in the background.
import { describeInbound, retryableFailure, type HandleInbound, type PlatformLogger, type PlatformStore } from '../types.js';
import { decode } from './decode.js';
import type { Replier } from './reply.js';

/** DingTalk redelivers within minutes; a day of memory covers every retry with room to spare. */
export const DEDUPE_TTL_MS = 24 * 60 * 60 * 1000;

export interface InboundOptions {
  store: PlatformStore;
  handle: HandleInbound;
  replier: Replier;
  log: PlatformLogger;
  now: () => Date;
  botName?: string;
}

export type Accepted = { status: 'accepted' | 'duplicate' } | { status: 'invalid'; problem: string };

export class InboundPipeline {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly opts: InboundOptions) {}

  /**
   * Decode and claim now (cheap, and a store failure must reach the caller so DingTalk retries);
   * run the conversation and the reply in the background. With `handled` (HTTP mode) the conversation
   * runs before the answer, so a store outage while a report is written becomes a 5xx that DingTalk
   * retries, with the claim released; Stream mode acknowledges first and only releases the claim.
   */
  async accept(raw: unknown, opts: { handled?: boolean } = {}): Promise<Accepted> {
    const decoded = decode(raw, { now: this.opts.now, ...(this.opts.botName ? { botName: this.opts.botName } : {}) });
    if (!decoded.ok) {
      this.opts.log.warn({ platform: 'dingtalk', problem: decoded.problem }, 'dingtalk message ignored: malformed');
      return { status: 'invalid', problem: decoded.problem };
    }
    const { msg, reply } = decoded;
    const key = `dingtalk:${msg.messageId}`;
    if (!(await this.opts.store.claimMessage(key, DEDUPE_TTL_MS))) {
      this.opts.log.info(describeInbound(msg), 'dingtalk redelivery dropped');
      return { status: 'duplicate' };
    }
    this.opts.log.debug(describeInbound(msg), 'dingtalk message accepted');
    const handling = this.opts.handle(msg).catch(async (err: unknown) => {
      if (!retryableFailure(err)) throw err;
      await this.opts.store.releaseMessage(key).catch((e: unknown) => this.opts.log.error({ err: e, key }, 'dingtalk message claim could not be released'));
      throw err;
    });
    if (opts.handled) {
      try {
        await handling;
      } catch (err) {
        // Not acknowledged: the 5xx makes DingTalk retry. A bug would only repeat: it is logged below instead.
        if (retryableFailure(err)) throw err;
      }
    }
    const job = (async () => {
      try {
        const replies = await handling;
        const parts = await this.opts.replier.send(reply, replies);
        this.opts.log.debug({ ...describeInbound(msg), parts }, 'dingtalk reply sent');
      } catch (err) {
        this.opts.log.error({ ...describeInbound(msg), err }, 'dingtalk message handling failed');
      }
    })();
    this.inFlight.add(job);
    void job.finally(() => this.inFlight.delete(job));
    return { status: 'accepted' };
  }

  /** Wait for background work (graceful shutdown). */
  async drain(): Promise<void> {
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
  }
}
