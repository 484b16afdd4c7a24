// Fan-out: every target gets its parts in order, in its own try/catch, so one failing group never
// stops the others. This is the one retry policy of delivery: senders try once, and rate limits and
// server errors are retried here with backoff (a rate limit's own wait as the least); every part's
// outcome is recorded in the store, where admins see failures (API, console, 通报记录).
import pRetry from 'p-retry';
import { backoffDelay, DeliveryError, type GroupTarget, type OutboundMessage, type PlatformModule, type PlatformName } from '../platforms/types.js';
import type { Store } from '../store/types.js';

export interface Outgoing {
  target: GroupTarget;
  parts: OutboundMessage[];
}

export interface RetryPolicy {
  /** Tries per part, the first included. */
  attempts: number;
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseMs: 2_000, maxMs: 60_000 };

export interface DeliverLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface DeliverDeps {
  platform(name: PlatformName): PlatformModule | undefined;
  store: Pick<Store, 'recordDelivery'>;
  log: DeliverLog;
  retry?: RetryPolicy;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
  /** Aborted on shutdown: a pending retry gives up at once and the failure is recorded. */
  signal?: AbortSignal;
  /**
   * Asked before each part is posted; false stops this target's delivery without posting or recording
   * anything more (a job whose claim another process took over: that process posts the rest).
   */
  beforePart?: () => Promise<boolean>;
  /** Masks secrets in platform error text before it is stored, returned or shown (platforms may echo URLs with keys). */
  redact?: (text: string) => string;
}

export interface TargetResult {
  platform: PlatformName;
  target: string;
  parts: number;
  /** Parts sent now plus parts an earlier attempt had already delivered. */
  delivered: number;
  error?: string;
}

export interface DeliveryReport {
  delivered: TargetResult[];
  failed: TargetResult[];
}

export const partKey = (platform: string, target: string, part: number) => `${platform}|${target}#${part}`;

export function isRetryable(err: unknown): boolean {
  if (err instanceof DeliveryError) return err.retryable;
  const status = (err as { status?: unknown; statusCode?: unknown } | null)?.status ?? (err as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 500;
}

/** The wait before retry `attempt` (1-based, as p-retry counts): the bot's one backoff (platforms/types.ts). */
export function backoff(policy: RetryPolicy, attempt: number, random = Math.random): number {
  return backoffDelay(attempt - 1, policy, random);
}

function sleepUnlessAborted(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((ok) => {
    const onAbort = () => (clearTimeout(timer), ok());
    const timer = setTimeout(() => (signal?.removeEventListener('abort', onAbort), ok()), ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** An error's message with every configured secret masked: it is stored and shown by 通报记录. */
export const messageOf = (err: unknown, deps?: Pick<DeliverDeps, 'redact'>) => {
  const text = err instanceof Error ? err.message : String(err);
  return deps?.redact ? deps.redact(text) : text;
};

function postWithRetry(deps: DeliverDeps, mod: PlatformModule, target: GroupTarget, msg: OutboundMessage): Promise<void> {
  const policy = deps.retry ?? DEFAULT_RETRY;
  return pRetry(() => mod.post(target, msg).then(() => undefined), {
    retries: policy.attempts - 1,
    // The wait is taken in shouldRetry, not by p-retry: its backoff cannot take a rate limit's own wait as the least.
    minTimeout: 0,
    shouldRetry: async ({ error, attemptNumber }) => {
      if (!isRetryable(error) || deps.signal?.aborted) return false;
      // A rate limit says how long to wait; the policy's ceiling still holds.
      const wait = Math.min(policy.maxMs, Math.max(backoff(policy, attemptNumber), error instanceof DeliveryError ? (error.retryAfterMs ?? 0) : 0));
      deps.log.warn({ target: target.name, platform: target.platform, attempt: attemptNumber, waitMs: wait, reason: messageOf(error, deps) }, 'delivery retry');
      await (deps.sleep ? deps.sleep(wait) : sleepUnlessAborted(wait, deps.signal));
      return !deps.signal?.aborted;
    },
  });
}

async function deliverOne(run: { job: string; key: string }, out: Outgoing, deps: DeliverDeps, already: Set<string>): Promise<TargetResult> {
  const { target } = out;
  const now = deps.now ?? (() => new Date());
  const record = async (part: number, ok: boolean, error?: string) => {
    try {
      await deps.store.recordDelivery({ ...run, platform: target.platform, target: target.name, part, ok, at: now(), ...(error ? { error } : {}) });
    } catch (err) {
      deps.log.error({ target: target.name, part, err: messageOf(err, deps) }, 'could not record a delivery');
    }
  };
  const result: TargetResult = { platform: target.platform, target: target.name, parts: out.parts.length, delivered: 0 };
  const mod = deps.platform(target.platform);
  for (let i = 0; i < out.parts.length; i++) {
    const part = i + 1;
    if (already.has(partKey(target.platform, target.name, part))) {
      result.delivered++;
      continue;
    }
    if (deps.beforePart && !(await deps.beforePart())) {
      result.error = 'stopped: the run belongs to another process now';
      break;
    }
    try {
      if (!mod) throw new DeliveryError(target.name, `platform ${target.platform} is not enabled in this process`);
      await postWithRetry(deps, mod, target, out.parts[i]!);
      result.delivered++;
      await record(part, true);
    } catch (err) {
      result.error = messageOf(err, deps);
      await record(part, false, result.error);
      // Later parts are held back: a bulletin must read in order, so they wait for the next attempt.
      for (let j = part + 1; j <= out.parts.length; j++) await record(j, false, `not sent: part ${part} failed`);
      deps.log.error({ job: run.job, key: run.key, target: target.name, platform: target.platform, part, reason: result.error }, 'delivery failed');
      break;
    }
  }
  return result;
}

/**
 * Send every target its parts. Parts listed in `already` (partKey) were delivered by an earlier
 * attempt of the same run and are skipped, so a retried run never posts a part twice.
 */
export async function deliver(run: { job: string; key: string }, outgoing: Outgoing[], deps: DeliverDeps, already = new Set<string>()): Promise<DeliveryReport> {
  const results = await Promise.all(
    outgoing.map((out) =>
      deliverOne(run, out, deps, already).catch(
        (err): TargetResult => ({ platform: out.target.platform, target: out.target.name, parts: out.parts.length, delivered: 0, error: messageOf(err, deps) }),
      ),
    ),
  );
  return { delivered: results.filter((r) => !r.error), failed: results.filter((r) => r.error) };
}
