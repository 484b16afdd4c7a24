// The live knowledge base of one process: load, reload (keeping the old base when a file is broken), ask.
import { performance } from 'node:perf_hooks';
import { ask } from './ask.js';
import { KnowledgeIndex } from './index.js';
import { loadKnowledge } from './load.js';
import type { AskOptions, AskResult, KnowledgeIssue, Topic } from './types.js';

/**
 * A word this many topics use is re-election vocabulary (选票, 村委会); one a single rule mentions in
 * passing (补贴 in "滥发补贴", 快递 in "快递送礼") says nothing about the question's subject.
 */
const SHARED_BY = 3;

export interface ReloadResult {
  ok: boolean;
  /** Errors (when not ok) and warnings, each with file and line. */
  issues: KnowledgeIssue[];
  topics: number;
  items: number;
  /** Build time in milliseconds (parse + tokenise + index). */
  ms: number;
}

export class KnowledgeService {
  private index: KnowledgeIndex | undefined;
  private loaded: Date | undefined;
  private lastIssues: KnowledgeIssue[] = [];

  constructor(
    readonly dir: string,
    private readonly options: () => AskOptions = () => ({}),
  ) {}

  reload(): ReloadResult {
    const started = performance.now();
    const { base, issues } = loadKnowledge(this.dir);
    this.lastIssues = issues;
    if (base) {
      this.index = new KnowledgeIndex(base);
      this.loaded = new Date();
    }
    const topics = this.topics();
    return { ok: !!base, issues, topics: topics.length, items: topics.reduce((n, t) => n + t.items.length, 0), ms: performance.now() - started };
  }

  ask(question: string, opts: AskOptions = this.options()): AskResult {
    if (!this.index) return { kind: 'abstain', confidence: 0, situational: false, others: [], related: [], suggestions: [], citations: [] };
    return ask(this.index, question, opts);
  }

  /**
   * The question's re-election words, in the base's own vocabulary: context words (换届, 候选人 …), words
   * of a topic's names (一肩挑, 负面清单), and words several topics use (SHARED_BY). Empty for
   * "养老金什么时候发" or "种粮补贴什么时候到账"; null when no base is loaded (nothing to tell by).
   */
  domainWords(question: string): string[] | null {
    const index = this.index;
    if (!index) return null;
    // The words said: a body read from the place a question names is no sign the question is about the election.
    const terms = index.terms(index.tokenizer.clean(question), false);
    return terms.filter(
      (t) =>
        index.known(t) &&
        (index.common(t) || index.entries.some((e) => e.names.some((n) => n.size === 1 && n.has(t))) || index.entries.filter((e) => e.vocab.has(t)).length >= SHARED_BY),
    );
  }

  /** The question is about something other than re-election (see domainWords); false when it cannot tell. */
  outOfScope(question: string): boolean {
    return this.domainWords(question)?.length === 0;
  }

  /** The index in use (for the layers after the answerer, e.g. model assist); undefined before a base loads. */
  current(): KnowledgeIndex | undefined {
    return this.index;
  }

  topics(): Topic[] {
    return this.index?.base.topics ?? [];
  }

  /** When the base in use was loaded, and the problems found by the last load attempt. */
  status(): { loadedAt?: Date; issues: KnowledgeIssue[] } {
    return { ...(this.loaded ? { loadedAt: this.loaded } : {}), issues: this.lastIssues };
  }
}
