// A PlatformModule that records what it is asked to post, for unit tests of fan-out logic. Behaviour
// per target is scripted: a list of outcomes consumed one per post (then "ok" forever).
import { DeliveryError, type GroupTarget, type OutboundMessage, type PlatformModule, type PlatformName } from '../../src/platforms/types.js';

export type Outcome = 'ok' | 'rate-limited' | 'server-error' | 'refused';

export interface Posted {
  target: string;
  msg: OutboundMessage;
}

export class RecordingPlatform implements PlatformModule {
  readonly posted: Posted[] = [];
  readonly attempts: Posted[] = [];
  private readonly script = new Map<string, Outcome[]>();

  constructor(
    readonly name: PlatformName,
    private readonly limits = { markdown: 4096, text: 2048 },
  ) {}

  /** Outcomes for the next posts to a target; 'refused' as the last entry repeats forever. */
  on(target: string, ...outcomes: Outcome[]): this {
    this.script.set(target, outcomes);
    return this;
  }

  mount(): void {}
  async start(): Promise<void> {}
  async stop(): Promise<void> {}
  limit(format: 'text' | 'markdown'): number {
    return this.limits[format];
  }

  async post(target: GroupTarget, msg: OutboundMessage): Promise<number> {
    this.attempts.push({ target: target.name, msg });
    const queue = this.script.get(target.name) ?? [];
    const outcome = queue.length > 1 || queue[0] !== 'refused' ? (queue.shift() ?? 'ok') : 'refused';
    if (outcome === 'rate-limited') throw new DeliveryError(target.name, 'errcode 45009: api freq out of limit', true);
    if (outcome === 'server-error') throw Object.assign(new Error('HTTP 502'), { status: 502 });
    if (outcome === 'refused') throw new DeliveryError(target.name, 'errcode 93000: invalid webhook url');
    this.posted.push({ target: target.name, msg });
    return 1;
  }
}

export const silentLog = { info() {}, warn() {}, error() {}, debug() {} };
