// Readings proposed by the model and waiting for their sender's 确认, kept in this process's memory.
// Why memory, not the store: a proposal lives ten minutes and is worth nothing after a restart (the sender
// resends); the store port would need a new table in both stores for it. The cost: with several instances
// behind one callback URL (MongoDB), a 确认 that reaches another instance than the proposal finds nothing
// pending and says so — the sender resends, and nothing is stored that was not confirmed.
import type { ProposedRecord } from '../progress/model-reading.js';

/** How long a proposal waits for 确认 (the same window as 撤回). */
export const CONFIRM_WINDOW_MS = 10 * 60_000;

export interface Proposal {
  records: ProposedRecord[];
  /** The message the model read, as typed: kept with the stored revisions. */
  text: string;
  /** The message's send time: the window runs from it. */
  at: Date;
}

export type Taken = { ok: true; proposal: Proposal } | { ok: false; reason: 'nothing' | 'expired'; at?: Date };

export interface PendingProposals {
  put(key: string, proposal: Proposal): void;
  /** The sender's proposal, removed: one 确认 stores it once. */
  take(key: string, at: Date): Taken;
  /** Forget the sender's proposal: they sent another report instead of 确认. */
  drop(key: string): void;
}

/** In memory; an expired proposal is remembered a little longer only to say "too late" rather than "nothing". */
export class MemoryProposals implements PendingProposals {
  private readonly byKey = new Map<string, Proposal>();

  constructor(private readonly windowMs = CONFIRM_WINDOW_MS) {}

  put(key: string, proposal: Proposal): void {
    this.sweep(proposal.at);
    this.byKey.set(key, proposal);
  }

  take(key: string, at: Date): Taken {
    const p = this.byKey.get(key);
    this.byKey.delete(key);
    if (!p || at.getTime() < p.at.getTime()) return { ok: false, reason: 'nothing' };
    if (at.getTime() - p.at.getTime() > this.windowMs) return { ok: false, reason: 'expired', at: p.at };
    return { ok: true, proposal: p };
  }

  drop(key: string): void {
    this.byKey.delete(key);
  }

  get size(): number {
    return this.byKey.size;
  }

  private sweep(now: Date): void {
    for (const [k, p] of this.byKey) if (now.getTime() - p.at.getTime() > 2 * this.windowMs) this.byKey.delete(k);
  }
}

/** One sender in one chat: a 确认 from someone else, or from the same person elsewhere, finds nothing. */
export const proposalKey = (msg: { platform: string; userId: string; chatId?: string }) => `${msg.platform}:${msg.chatId ?? 'direct'}:${msg.userId}`;
