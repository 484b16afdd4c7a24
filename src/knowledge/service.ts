// The live knowledge base of one process: load, reload (keeping the old base when a file is broken), ask.
import { performance } from 'node:perf_hooks';
import { ask } from './ask.js';
import { KnowledgeIndex } from './index.js';
import { loadKnowledge } from './load.js';
import type { AskOptions, AskResult, KnowledgeIssue, Topic } from './types.js';

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

  topics(): Topic[] {
    return this.index?.base.topics ?? [];
  }

  /** When the base in use was loaded, and the problems found by the last load attempt. */
  status(): { loadedAt?: Date; issues: KnowledgeIssue[] } {
    return { ...(this.loaded ? { loadedAt: this.loaded } : {}), issues: this.lastIssues };
  }
}
