// The one backoff the bot waits by: delivery retries (bulletins/deliver.ts) and both platforms' reconnects
// (DingTalk Stream, WeCom long connection). Exponential with "equal jitter": half of the capped delay fixed,
// half random — processes that lost the same server spread out, and until the cap no delay is shorter than
// the one before it; at the cap it stays within [maxMs / 2, maxMs].

/** Delay before retry `attempt` (0-based). */
export function backoffDelay(attempt: number, policy: { baseMs: number; maxMs: number }, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(attempt, 30));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
