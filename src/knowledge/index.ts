// The searchable form of a knowledge base: one BM25 document per topic header and per item,
// plus the word sets used to judge confidence ("how much of the question does this topic explain").
import { Bm25 } from './bm25.js';
import { Tokenizer } from './tokenize.js';
import type { Item, KnowledgeBase, Topic } from './types.js';

export interface TopicEntry {
  topic: Topic;
  /** Words of the topic's names (title, aliases, family, markers). */
  nameTerms: Set<string>;
  /** Token sets of each single name: a question equal to one of them just names the topic. */
  names: Set<string>[];
  markerTerms: Set<string>;
  /** Every word of the topic and its items. */
  vocab: Set<string>;
  /** Each item's own words (title, keywords, body). */
  itemVocab: Set<string>[];
  headerDoc: number;
  itemDocs: number[];
}

/** Context words (synonyms.yaml) count this much in ranking: they say "in scope", not "which topic". */
const CONTEXT_WEIGHT = 0.5;

export interface Ranked {
  entry: TopicEntry;
  score: number;
  itemScores: number[];
  /** Index of the best-scoring item. */
  bestItem: number;
}

function repeat<T>(xs: T[], times: number): T[] {
  return Array.from({ length: times }, () => xs).flat();
}

export class KnowledgeIndex {
  readonly tokenizer: Tokenizer;
  readonly entries: TopicEntry[] = [];
  private readonly bm25: Bm25;
  private readonly context: Set<string>;

  constructor(readonly base: KnowledgeBase) {
    const domain = base.topics.flatMap((t) => [...t.aliases, ...t.markers, ...(t.family ? [t.family] : []), ...t.items.flatMap((i) => i.keywords)]);
    this.tokenizer = new Tokenizer(base.lexicon, domain);
    this.context = new Set(base.lexicon.context.flatMap((w) => this.tokenizer.tokens(w)));
    // Two passes: the first collects the corpus's words so the second can find them inside compounds.
    const corpus = base.topics.flatMap((t) => [t.title, ...t.aliases, ...t.questions, t.intro, ...t.items.flatMap((i) => [i.title, ...i.keywords, i.body])]);
    const cuts = new Map<string, string[]>();
    for (const s of corpus) if (!cuts.has(s)) cuts.set(s, this.tokenizer.cut(s));
    this.tokenizer.learn(corpus.flatMap((s) => this.tokenizer.tokens(s, cuts.get(s))));
    const tok = (s: string) => this.tokenizer.tokens(s, cuts.get(s));
    const docs: string[][] = [];
    for (const topic of base.topics) {
      const nameList = [topic.title, ...topic.aliases, ...(topic.family ? [topic.family] : [])];
      const names = nameList.map((n) => new Set(tok(n))).filter((s) => s.size > 0);
      // A marker counts as a whole word only, and never a context word ("换届" must not pick a version).
      const markerTerms = new Set(topic.markers.flatMap((m) => tok(m).slice(0, 1)).filter((t) => !this.context.has(t)));
      const nameTerms = new Set([...names.flatMap((s) => [...s]), ...markerTerms]);
      const context = [...tok(topic.title), ...tok(topic.aliases.join(' '))];
      const headerDoc = docs.push([...repeat(context, 2), ...tok(topic.questions.join(' ')), ...tok(topic.intro), ...markerTerms]) - 1;
      const itemVocab: Set<string>[] = [];
      const itemDocs = topic.items.map((item: Item) => {
        const own = [...repeat(tok(item.title), 2), ...repeat(tok(item.keywords.join(' ')), 2), ...tok(item.body)];
        itemVocab.push(new Set(own));
        return docs.push([...own, ...context]) - 1;
      });
      const vocab = new Set([...docs[headerDoc]!, ...itemDocs.flatMap((d) => docs[d]!)]);
      this.entries.push({ topic, nameTerms, names, markerTerms, vocab, itemVocab, headerDoc, itemDocs });
    }
    this.bm25 = new Bm25(docs);
  }

  /** Domain context words: they say the question is in scope, not which topic it is about. */
  common(term: string): boolean {
    return this.context.has(term);
  }

  terms(text: string): string[] {
    return this.tokenizer.tokens(text);
  }

  /** Topics by descending score: a topic scores as its best document (header or item). */
  rank(terms: string[]): Ranked[] {
    const scores = this.bm25.score(terms, (t) => (this.common(t) ? CONTEXT_WEIGHT : 1));
    return this.entries
      .map((entry) => {
        const itemScores = entry.itemDocs.map((d) => scores[d]!);
        let bestItem = 0;
        itemScores.forEach((s, i) => {
          if (s > itemScores[bestItem]!) bestItem = i;
        });
        return { entry, itemScores, bestItem, score: Math.max(scores[entry.headerDoc]!, itemScores[bestItem] ?? 0) };
      })
      .sort((a, b) => b.score - a.score);
  }

  /**
   * Share of the question's weight (idf) that a word set explains. Unknown words weigh the most, so a
   * question mostly about something else scores low; domain context words count as explained.
   */
  coverage(terms: string[], vocab: Set<string>, countCommon = true): number {
    let total = 0;
    let found = 0;
    for (const t of new Set(terms)) {
      const w = this.bm25.idf(t);
      total += w;
      if (vocab.has(t) || (countCommon && this.common(t))) found += w;
    }
    return total ? found / total : 0;
  }

  /** Words of the question not accounted for by the names of the topic it spells out ("十严禁" in "十严禁第三条说啥"). */
  beyondNames(terms: string[], entry: TopicEntry): string[] {
    const set = new Set(terms);
    const named = new Set(entry.names.filter((n) => [...n].every((t) => set.has(t))).flatMap((n) => [...n]));
    for (const t of entry.markerTerms) named.add(t);
    return terms.filter((t) => !named.has(t) && !this.common(t));
  }

  /** The question just names the topic ("十严禁", "一肩挑"), with nothing else to match. */
  namesTopic(terms: string[], entry: TopicEntry): boolean {
    const set = new Set(terms);
    if (![...set].every((t) => entry.nameTerms.has(t))) return false;
    return entry.names.some((n) => [...n].every((t) => set.has(t)));
  }
}
