// The layer after the rule-based answerer: a question the rules decline or ask back, and that is about
// re-election at all, goes to the county's model with the closest items; its pick, if allowed, answers.
// Out-of-scope questions (no re-election word, or a matter the base does not cover) never go out.
import { performance } from 'node:perf_hooks';
import { assistedAnswer, candidates, pickAllowed, prompt, readPick } from './assist.js';
import { ModelError, type ModelClient } from './model-client.js';
import type { KnowledgeService } from './service.js';
import type { AskResult } from './types.js';

/** pino-compatible; question texts go only to debug. */
export interface AssistLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
}

export type AssistOutcome = 'picked' | 'none' | 'refused' | 'failed';

export class ModelAssist {
  constructor(
    private readonly service: KnowledgeService,
    private readonly client: ModelClient,
    private readonly log?: AssistLogger,
  ) {}

  /** Not paused by the client's circuit. */
  ready(): boolean {
    return this.client.ready();
  }

  /** The question may be offered to the model: declined or asked back by the rules, and in scope. */
  eligible(question: string, ruled: AskResult): boolean {
    if (ruled.kind !== 'abstain' && ruled.kind !== 'clarify') return false;
    const index = this.service.current();
    if (!index || this.service.outOfScope(question) !== false) return false;
    const cleaned = index.tokenizer.clean(question);
    if (index.outside(cleaned).length) return false;
    // A story of a breach, or a question the rules find closest to a discipline list, stays with the rules
    // (as on the example path): there a neighbouring rule is the worst answer, and a model may well give one.
    return !index.misconduct(cleaned).length && index.rank(index.terms(cleaned))[0]?.entry.topic.kind !== 'list';
  }

  /** The model-assisted answer, or null (not eligible, nothing offered, no pick, a refused pick, a failure). */
  async answer(question: string, ruled: AskResult): Promise<AskResult | null> {
    const index = this.service.current();
    if (!index || !this.eligible(question, ruled)) return null;
    const offered = candidates(index, question);
    if (!offered.length) return null;
    const started = performance.now();
    const done = (outcome: AssistOutcome, extra: object = {}) => {
      this.log?.info({ model: this.client.model, ms: Math.round(performance.now() - started), outcome, offered: offered.length, ...extra }, 'model assist');
      this.log?.debug({ question, offered: offered.map((c) => c.id), ...extra }, 'model assist question');
    };
    let text: string;
    try {
      text = await this.client.complete(prompt(question, offered));
    } catch (err) {
      const kind = err instanceof ModelError ? err.kind : 'network';
      done('failed', { failure: kind });
      return null;
    }
    const pick = readPick(text, offered);
    if (!pick) {
      done('none');
      return null;
    }
    if (!pickAllowed(index, question, pick)) {
      done('refused', { item: pick.id });
      return null;
    }
    done('picked', { item: pick.id });
    return assistedAnswer(index, question, pick);
  }
}
