// The example questions written for each item, compared with a question word by word (weighted by how much
// a word says), so the answerer can read a question a second way beside the item texts (ask-examples.ts).
import type { TopicEntry } from './index.js';

export interface Nearest {
  entry: TopicEntry;
  n: number;
  sim: number;
}

export class ExampleIndex {
  private readonly examples: { entry: TopicEntry; n: number; terms: string[]; total: number }[] = [];
  /** Word → the examples holding it, so a question visits only the examples sharing a word with it. */
  private readonly postings = new Map<string, number[]>();
  private weighed = false;

  /** `weight`: a word's weight when comparing — rare words say most, context words little. */
  constructor(private readonly weight: (term: string) => number) {}

  add(entry: TopicEntry, n: number, terms: string[]): void {
    const distinct = [...new Set(terms)];
    const at = this.examples.push({ entry, n, terms: distinct, total: 0 }) - 1;
    for (const t of distinct) {
      const list = this.postings.get(t);
      if (list) list.push(at);
      else this.postings.set(t, [at]);
    }
    this.weighed = false;
  }

  /**
   * The items whose example questions are closest to a question, best first, one entry per item: the
   * similarity is the geometric mean of the share of the question's weight an example shares and the
   * share of the example's weight the question shares, so neither a long story nor a one-word example
   * matches everything.
   */
  nearest(terms: string[]): Nearest[] {
    // Word weights are known only once the whole base is indexed: each example's total is summed on first use.
    if (!this.weighed) {
      for (const ex of this.examples) ex.total = ex.terms.reduce((sum, t) => sum + this.weight(t), 0);
      this.weighed = true;
    }
    const q = [...new Set(terms)];
    const qTotal = q.reduce((sum, t) => sum + this.weight(t), 0);
    if (!qTotal) return [];
    const shared = new Map<number, number>();
    for (const t of q) {
      const w = this.weight(t);
      for (const at of this.postings.get(t) ?? []) shared.set(at, (shared.get(at) ?? 0) + w);
    }
    const best = new Map<string, Nearest>();
    for (const [at, s] of shared) {
      const ex = this.examples[at]!;
      if (!s) continue;
      const sim = Math.sqrt((s / qTotal) * (s / ex.total));
      const key = `${ex.entry.topic.id}#${ex.n}`;
      if ((best.get(key)?.sim ?? 0) < sim) best.set(key, { entry: ex.entry, n: ex.n, sim });
    }
    return [...best.values()].sort((a, b) => b.sim - a.sim);
  }
}
