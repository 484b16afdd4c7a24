// The example questions written for each item, compared with a question word by word (weighted by how much
// a word says), so the answerer can read a question a second way beside the item texts (ask-examples.ts).
import type { TopicEntry } from './index.js';

export interface Nearest {
  entry: TopicEntry;
  n: number;
  sim: number;
}

export class ExampleIndex {
  private readonly examples: { entry: TopicEntry; n: number; terms: string[] }[] = [];

  /** `weight`: a word's weight when comparing — rare words say most, context words little. */
  constructor(private readonly weight: (term: string) => number) {}

  add(entry: TopicEntry, n: number, terms: string[]): void {
    this.examples.push({ entry, n, terms: [...new Set(terms)] });
  }

  /**
   * The items whose example questions are closest to a question, best first, one entry per item: the
   * similarity is the geometric mean of the share of the question's weight an example shares and the
   * share of the example's weight the question shares, so neither a long story nor a one-word example
   * matches everything.
   */
  nearest(terms: string[]): Nearest[] {
    const q = new Set(terms);
    const qTotal = terms.reduce((sum, t) => sum + this.weight(t), 0);
    if (!qTotal) return [];
    const best = new Map<string, Nearest>();
    for (const ex of this.examples) {
      let shared = 0;
      let total = 0;
      for (const t of ex.terms) {
        const w = this.weight(t);
        total += w;
        if (q.has(t)) shared += w;
      }
      if (!shared) continue;
      const sim = Math.sqrt((shared / qTotal) * (shared / total));
      const key = `${ex.entry.topic.id}#${ex.n}`;
      if ((best.get(key)?.sim ?? 0) < sim) best.set(key, { entry: ex.entry, n: ex.n, sim });
    }
    return [...best.values()].sort((a, b) => b.sim - a.sim);
  }
}
