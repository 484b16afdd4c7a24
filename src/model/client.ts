// A county's own model behind an OpenAI-compatible chat-completions endpoint (government-cloud DeepSeek or
// Qwen, a local Ollama or vLLM server). Every failure is an answer the caller falls back from, never a
// crash: a timeout, a 4xx/5xx, a body that is not a completion, too many calls at once, or an open circuit.
// API: https://platform.openai.com/docs/api-reference/chat/create
import { z } from 'zod';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export type ModelFailure = 'timeout' | 'http' | 'network' | 'malformed' | 'busy' | 'circuit-open';

export class ModelError extends Error {
  constructor(
    readonly kind: ModelFailure,
    message: string,
  ) {
    super(message);
    this.name = 'ModelError';
  }
}

export interface ModelClientOptions {
  baseUrl: string;
  apiKey?: string | undefined;
  model: string;
  timeoutMs: number;
  /** Calls in flight at once; one more is refused at once (busy) rather than queued behind slow ones. */
  maxConcurrent?: number;
  /** Consecutive failures that open the circuit … */
  failuresToOpen?: number;
  /** … for this long: no call is made meanwhile. */
  openMs?: number;
  now?: () => Date;
  fetch?: typeof fetch;
}

export interface ModelHealth {
  model: string;
  lastSuccess: string | null;
  lastFailure: string | null;
  lastFailureKind: ModelFailure | null;
  /** Until when no call is made after repeated failures. */
  circuitOpenUntil: string | null;
}

const completion = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable() }) })).min(1),
});

/** The URL of the chat-completions call under a base ("https://host/v1" or "https://host/v1/"). */
/**
 * The JSON a model's reply holds, or undefined when it holds none: a reasoning model's <think> block and a
 * code fence around the object are tolerated, nothing else.
 */
export function replyJson(text: string): unknown {
  const bare = text
    .replace(/<think>[\s\S]*?<\/think>/g, '')
    .trim()
    .replace(/^```(?:json)?\s*([\s\S]*?)\s*```$/, '$1')
    .trim();
  try {
    return JSON.parse(bare) as unknown;
  } catch {
    return undefined;
  }
}

export const completionsUrl = (base: string) => `${base.replace(/\/+$/, '')}/chat/completions`;

export class ModelClient {
  private inFlight = 0;
  private failures = 0;
  private openUntil = 0;
  private lastSuccess: Date | null = null;
  private lastFailure: Date | null = null;
  private lastKind: ModelFailure | null = null;
  private readonly now: () => Date;

  constructor(private readonly opts: ModelClientOptions) {
    this.now = opts.now ?? (() => new Date());
  }

  get model(): string {
    return this.opts.model;
  }

  /** The model's reply text; throws ModelError. Temperature 0: the same question gets the same pick. */
  async complete(messages: ChatMessage[], extra: Record<string, unknown> = {}): Promise<string> {
    if (this.now().getTime() < this.openUntil) throw new ModelError('circuit-open', 'model calls paused after repeated failures');
    if (this.inFlight >= (this.opts.maxConcurrent ?? 4)) throw this.fail(new ModelError('busy', 'too many model calls in flight'), false);
    this.inFlight++;
    try {
      const text = await this.call(messages, extra);
      this.failures = 0;
      this.lastSuccess = this.now();
      return text;
    } catch (err) {
      throw this.fail(err instanceof ModelError ? err : new ModelError('network', (err as Error).message));
    } finally {
      this.inFlight--;
    }
  }

  /** Calls are not paused by the circuit: a holding reply ("正在查找…") is worth sending. */
  ready(): boolean {
    return this.now().getTime() >= this.openUntil;
  }

  health(): ModelHealth {
    const iso = (d: Date | null) => d?.toISOString() ?? null;
    return {
      model: this.opts.model,
      lastSuccess: iso(this.lastSuccess),
      lastFailure: iso(this.lastFailure),
      lastFailureKind: this.lastKind,
      circuitOpenUntil: this.openUntil > this.now().getTime() ? new Date(this.openUntil).toISOString() : null,
    };
  }

  private fail(err: ModelError, counts = true): ModelError {
    this.lastFailure = this.now();
    this.lastKind = err.kind;
    // Being busy says nothing about the endpoint's health.
    if (counts && ++this.failures >= (this.opts.failuresToOpen ?? 3)) {
      this.openUntil = this.now().getTime() + (this.opts.openMs ?? 180_000);
      this.failures = 0;
    }
    return err;
  }

  private async call(messages: ChatMessage[], extra: Record<string, unknown>): Promise<string> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.opts.timeoutMs);
    try {
      const res = await (this.opts.fetch ?? fetch)(completionsUrl(this.opts.baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(this.opts.apiKey ? { authorization: `Bearer ${this.opts.apiKey}` } : {}) },
        body: JSON.stringify({ model: this.opts.model, messages, temperature: 0, stream: false, ...extra }),
        signal: controller.signal,
      });
      // The body is read under the same timer: a server that sends headers and then stalls is as slow.
      const text = await res.text();
      if (!res.ok) throw new ModelError('http', `model endpoint answered HTTP ${res.status}`);
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new ModelError('malformed', 'model endpoint answered with something other than JSON');
      }
      const parsed = completion.safeParse(body);
      if (!parsed.success) throw new ModelError('malformed', 'model endpoint answered JSON that is not a chat completion');
      return parsed.data.choices[0]!.message.content ?? '';
    } catch (err) {
      if (controller.signal.aborted) throw new ModelError('timeout', `model did not answer within ${this.opts.timeoutMs} ms`);
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }
}
