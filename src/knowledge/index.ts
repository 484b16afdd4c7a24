// The searchable form of a knowledge base: one BM25 document per topic header and per item,
// plus the word sets used to judge confidence ("how much of the question does this topic explain").
import { Bm25 } from './bm25.js';
import { ExampleIndex, type Nearest } from './example-index.js';
import { boughtWith } from './bought.js';
import { Tokenizer } from './tokenize.js';
import { placeAsked } from './places.js';
import type { Ranked, TopicEntry } from './index-types.js';
import type { Item, KnowledgeBase } from './types.js';

export type { Ranked, TopicEntry } from './index-types.js';

/** Where a message splits into clauses. */
const CLAUSE = /[，,。！!？?；;：:\n]+/;
/** Context words (synonyms.yaml) count this much in ranking: they say "in scope", not "which topic". */
const CONTEXT_WEIGHT = 0.5;
/** How strongly a document's score is scaled by the share of the question it explains. */
const FIT_POWER = 2;
/** Score factor for a topic whose own name the question spells out. */
const NAMED_BOOST = 1.5;
/** Score share left to a rule that names only bodies other than the one the question names. */
const OTHER_BODY = 0.25;
/**
 * A word no topic contains weighs this share of its (maximal) idf when judging confidence: colloquial
 * filler ("挨家挨户", "这算啥性质") must not sink an answer, while a question mostly about something else
 * ("党费交多少") still finds nothing it explains.
 */
const UNKNOWN_WEIGHT = 0.6;
const UNKNOWN_POWER = 0.5;

/** A question's words with their weights, computed once per question. */
interface Weighed {
  known: { term: string; weight: number; common: boolean }[];
  /** Sum of all weights, unknown words included. */
  total: number;
}

function repeat<T>(xs: T[], times: number): T[] {
  return Array.from({ length: times }, () => xs).flat();
}

export class KnowledgeIndex {
  readonly tokenizer: Tokenizer;
  readonly entries: TopicEntry[] = [];
  private readonly bm25: Bm25;
  private readonly context: Set<string>;
  /** One-word topic names ("一肩挑", "负面清单"): a question naming one is about that subject. */
  private readonly subjectTerms = new Set<string>();
  /** Each body word's index in lexicon.bodies. */
  readonly bodyOf = new Map<string, number>();
  /** lexicon.outside words that no topic text contains (a topic that uses one is asked about legitimately). */
  private readonly outsideWords: string[];
  /** The base's own longer words that hold an outside word (刚入党 holds 入党). */
  private readonly within = new Map<string, string[]>();
  /** The idf of a word no document contains. */
  private readonly unknownIdf: number;
  /** lexicon.misconduct words that head a synonym group ("虚报" for 多报, 谎报). */
  private readonly misconductForms: Set<string>;
  /** Heads of the synonym groups holding a misconduct word (贿选 for 买票, 送礼 for 红包): words that tell a breach. */
  private readonly breachForms: Set<string>;
  /** Every example question's words, with the item it was written for. */
  private readonly examples = new ExampleIndex((t) => this.weight(t));

  constructor(readonly base: KnowledgeBase) {
    const domain = base.topics.flatMap((t) => [...t.aliases, ...t.markers, ...(t.family ? [t.family] : []), ...t.items.flatMap((i) => i.keywords)]);
    this.tokenizer = new Tokenizer(base.lexicon, domain);
    // Only a group headed by a misconduct word itself: 虚报 (多报, 谎报) is a breach, while 贿选 heads words
    // a question uses to ask about the rule too ("举报贿选要实名吗").
    const listed = new Set(base.lexicon.misconduct.map((w) => w.toLowerCase()));
    this.misconductForms = new Set(base.lexicon.groups.map((g) => g[0]!.toLowerCase()).filter((head) => listed.has(head)));
    this.breachForms = new Set(base.lexicon.groups.filter((g) => g.some((w) => listed.has(w.toLowerCase()))).map((g) => g[0]!.toLowerCase()));
    this.context = new Set(base.lexicon.context.flatMap((w) => this.tokenizer.tokens(w)));
    base.lexicon.bodies.forEach((words, i) => {
      for (const t of words.flatMap((w) => this.tokenizer.tokens(w))) this.bodyOf.set(t, i);
    });
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
      const add = (doc: string[]) => docs.push(doc) - 1;
      const headerDoc = add([...repeat(context, 2), ...tok(topic.questions.join(' ')), ...tok(topic.intro), ...markerTerms]);
      const itemVocab: Set<string>[] = [];
      const itemKeys = topic.items.map((item) => new Set([...tok(item.title), ...tok(item.keywords.join(' '))]));
      const topicBodies = this.bodies(nameList.flatMap(tok));
      const itemBodies = itemKeys.map((keys) => new Set([...topicBodies, ...this.bodies(keys)]));
      const itemDocs = topic.items.map((item: Item) => {
        const own = [...repeat(tok(item.title), 2), ...repeat(tok(item.keywords.join(' ')), 2), ...tok(item.body)];
        itemVocab.push(new Set(own));
        return add([...own, ...context]);
      });
      const vocab = new Set([...docs[headerDoc]!, ...itemDocs.flatMap((d) => docs[d]!)]);
      const itemFit = itemVocab.map((v) => new Set([...v, ...nameTerms]));
      this.entries.push({ topic, nameTerms, names, markerTerms, vocab, itemVocab, itemFit, itemKeys, nameChars: new Set(topic.title + topic.aliases.join('')), boostNames: names.map((n) => [...n]).filter((n) => n.some((t) => !this.context.has(t) && !this.bodyOf.has(t))), topicBodies, itemBodies, headerDoc, itemDocs, required: new Set(topic.requires.flatMap(tok)) });
    }
    this.bm25 = new Bm25(docs);
    for (const e of this.entries) for (const n of e.names) if (n.size === 1) this.subjectTerms.add([...n][0]!);
    for (const t of this.subjectTerms) if (this.context.has(t) || this.bodyOf.has(t)) this.subjectTerms.delete(t);
    const text = corpus.join('\n').toLowerCase();
    this.outsideWords = base.lexicon.outside.map((w) => w.toLowerCase()).filter((w) => !text.includes(w));
    this.unknownIdf = this.bm25.idf('');
    for (const entry of this.entries) {
      entry.topic.items.forEach((item, n) => {
        for (const q of item.examples) this.examples.add(entry, n, tok(q));
      });
    }
  }

  /** A word's weight when comparing a question with an example: rare words say most, context words little. */
  private weight(term: string): number {
    if (!this.bm25.has(term)) return this.unknownIdf * UNKNOWN_WEIGHT;
    return this.bm25.idf(term) * (this.common(term) ? CONTEXT_WEIGHT : 1);
  }

  /** The items whose example questions are closest to a question, best first (see ExampleIndex). */
  nearestExamples(terms: string[]): Nearest[] {
    const set = new Set(terms);
    return this.examples.nearest(terms).filter((r) => this.admits(r.entry, set));
  }

  /** Whether a question (its words) may be answered by the topic at all: it holds one of the words the topic requires. */
  admits(entry: TopicEntry, terms: Set<string>): boolean {
    return !entry.required.size || [...entry.required].some((t) => terms.has(t));
  }

  /** Items of a topic whose title shows the aspect a question asks for (lexicon.intents). */
  aspectItems(cleaned: string, entry: TopicEntry): number[] {
    const wanted = this.base.lexicon.intents.filter((i) => i.ask.some((w) => cleaned.includes(w))).flatMap((i) => i.answer);
    if (!wanted.length) return [];
    return entry.topic.items.flatMap((item, n) => (wanted.some((w) => item.title.includes(w)) ? [n] : []));
  }

  /**
   * lexicon.misconduct words in the (cleaned) question: it tells of a breach, not of a lawful step. A breach
   * told in a word the synonym table folds to one of them counts too ("多报了几票" is 虚报, "托人打招呼" is
   * 说情): the folded form is returned.
   */
  misconduct(cleaned: string): string[] {
    const direct = this.base.lexicon.misconduct.filter((w) => cleaned.includes(w.toLowerCase()));
    const folded = this.terms(cleaned).filter((t) => this.misconductForms.has(t) && !direct.includes(t));
    return [...direct, ...folded];
  }

  /** The question's words (see terms()) that tell a breach, in the synonym table's form ("红包" → 送礼; a meal, 宴请, told as a means), and the breach each is a means of (贿选). */
  breachTerms(terms: string[]): string[] {
    const told = terms.filter((t) => this.breachForms.has(t) || this.base.lexicon.means[t] !== undefined);
    const served = told.map((t) => this.base.lexicon.means[t]?.toLowerCase()).filter((t): t is string => !!t && !told.includes(t));
    return [...told, ...served];
  }

  /** The question's words that tell a breach by its means (送礼, 宴请: lexicon.means), in the synonym table's form. */
  meansTold(terms: string[]): string[] {
    return terms.filter((t) => this.base.lexicon.means[t] !== undefined);
  }

  /** Words of the (cleaned) question that name a matter outside the base. */
  /** The question tells a person's condition no list names (被拘过): see Lexicon.unlisted. */
  unlisted(cleaned: string): boolean {
    return (this.base.lexicon.unlisted ?? []).some((w) => this.says(cleaned, w.toLowerCase()));
  }

  outside(cleaned: string): string[] {
    return this.outsideWords.filter((w) => this.says(cleaned, w));
  }

  /** The question says an outside word — not only inside a longer word of the base's own ("刚入党" is no 入党). */
  says(cleaned: string, word: string): boolean {
    if (!cleaned.includes(word) || boughtWith(cleaned, word)) return false;
    let inside = this.within.get(word);
    if (!inside) this.within.set(word, (inside = this.base.lexicon.groups.flat().map((g) => g.toLowerCase()).filter((g) => g !== word && g.includes(word))));
    return inside.reduce((t, g) => t.split(g).join(' '), cleaned).includes(word);
  }

  /** The bodies (村委会, 居委会, 党组织 …) that words name. */
  bodies(words: Iterable<string>): Set<number> {
    const out = new Set<number>();
    for (const w of words) {
      const b = this.bodyOf.get(w);
      if (b !== undefined) out.add(b);
    }
    return out;
  }

  /** A word some document of the base contains. */
  known(term: string): boolean {
    return this.bm25.has(term);
  }

  /** Subjects the question names that neither the topic's names nor item n's own words mention. */
  missingSubjects(terms: string[], entry: TopicEntry, n: number): string[] {
    return terms.filter((t) => this.subjectTerms.has(t) && !entry.nameTerms.has(t) && !entry.itemVocab[n]!.has(t));
  }

  /** Domain context words: they say the question is in scope, not which topic it is about. */
  common(term: string): boolean {
    return this.context.has(term);
  }

  /**
   * The distinct words of a question already passed through tokenizer.clean(), in order. In a long,
   * rambling message a clause that shares no word with the base ("领导好", "我们村情况比较复杂") is
   * courtesy or story, not the question, and is left out.
   */
  terms(cleaned: string, place = true): string[] {
    const clauses = cleaned
      .split(CLAUSE)
      .filter((c) => c.trim())
      .map((c) => this.tokenizer.tokens(c, this.tokenizer.cut(c, true), true));
    const telling = clauses.filter((words) => words.some((w) => this.bm25.has(w)));
    const terms = [...new Set((telling.length ? telling : clauses).flat())];
    const placed = place && !this.bodies(terms).size ? placeAsked(this.base.lexicon.places, cleaned) : undefined;
    return placed ? [...terms, placed] : terms;
  }

  /**
   * Topics by descending score: a topic scores as its best document (header or item), and a document's
   * BM25 score is scaled by the share of the question it explains, so "村委会任期几年" prefers the item
   * that has both words over a short item that repeats only "任期".
   */
  /** A rule about other bodies only than the one the question names ("居委会任期" for "村委会任期"). */
  aboutOtherBody(asked: Set<number>, about: Set<number>): boolean {
    if (!asked.size || !about.size) return false;
    for (const b of about) if (asked.has(b)) return false;
    return true;
  }

  rank(terms: string[]): Ranked[] {
    const scores = this.bm25.score(terms, (t) => (this.common(t) ? CONTEXT_WEIGHT : 1));
    const asked = this.bodies(terms);
    const other = (about: Set<number>) => this.aboutOtherBody(asked, about);
    const weighed = this.weigh(terms);
    const fit = (s: number, vocab: Set<string>, about: Set<number>) =>
      s > 0 ? s * this.share(weighed, vocab) ** FIT_POWER * (other(about) ? OTHER_BODY : 1) : 0;
    const set = new Set(terms);
    return this.entries
      .map((entry) => {
        // The question spells out one of the topic's own names ("一肩挑要走什么程序"): prefer it over a
        // topic that merely mentions the name somewhere.
        const named = entry.boostNames.some((n) => n.every((t) => set.has(t)));
        const boost = !this.admits(entry, set) ? 0 : named ? NAMED_BOOST : 1;
        const itemScores = entry.itemDocs.map((d, i) => boost * fit(scores[d]!, entry.itemFit[i]!, entry.itemBodies[i]!));
        let bestItem = 0;
        itemScores.forEach((s, i) => {
          if (s > itemScores[bestItem]!) bestItem = i;
        });
        return { entry, itemScores, bestItem, score: Math.max(boost * fit(scores[entry.headerDoc]!, entry.vocab, entry.topicBodies), itemScores[bestItem] ?? 0) };
      })
      .sort((a, b) => b.score - a.score);
  }

  /**
   * Share of the question's weight (idf) that a word set explains; `terms` are distinct (see terms()).
   * Words the base never uses count against it (see UNKNOWN_WEIGHT), so a question mostly about something
   * else scores low; domain context words count as explained unless `countCommon` is false.
   */
  coverage(terms: string[], vocab: Set<string>, countCommon = true): number {
    return this.share(this.weigh(terms), vocab, countCommon);
  }

  /** Each known word's weight (idf) once per question, so scoring 130 documents does not redo it. */
  private weigh(terms: string[]): Weighed {
    const known: { term: string; weight: number; common: boolean }[] = [];
    let unknown = 0;
    for (const term of terms) {
      if (this.bm25.has(term)) known.push({ term, weight: this.bm25.idf(term), common: this.common(term) });
      else unknown++;
    }
    // Words the base never uses count with diminishing weight: the first says "maybe something else",
    // the fifth in a long story ("昨天晚上…饭店…视频") adds little more doubt.
    const total = known.reduce((sum, k) => sum + k.weight, 0) + this.unknownIdf * UNKNOWN_WEIGHT * unknown ** UNKNOWN_POWER;
    return { known, total };
  }

  private share(q: Weighed, vocab: Set<string>, countCommon = true): number {
    let found = 0;
    for (const k of q.known) if (vocab.has(k.term) || (countCommon && k.common)) found += k.weight;
    return q.total ? found / q.total : 0;
  }
}
