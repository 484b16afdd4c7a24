// How a question names what an answer is about: the topic's names, an item's own words, the bodies a
// two-body topic links. Judgements ask.ts and the example paths make about one question and one entry.
import type { KnowledgeIndex, TopicEntry } from './index.js';

/** Words of the question not accounted for by the names of the topic it spells out ("十严禁" in "十严禁第三条说啥"). */
export function beyondNames(index: KnowledgeIndex, terms: string[], entry: TopicEntry): string[] {
  const set = new Set(terms);
  const named = new Set(entry.names.filter((n) => [...n].every((t) => set.has(t))).flatMap((n) => [...n]));
  for (const t of entry.markerTerms) named.add(t);
  return terms.filter((t) => !named.has(t) && !index.common(t));
}

/**
 * The question names something the answer is about: a word of the item's title or keywords, or of the
 * topic's names — not just a word that happens to occur in a body text ("今天", "办公").
 */
export function anchored(index: KnowledgeIndex, terms: string[], entry: TopicEntry, item?: number): boolean {
  const keys = item === undefined ? undefined : entry.itemKeys[item];
  return terms.some((t) => !index.common(t) && (entry.nameTerms.has(t) || !!keys?.has(t)));
}

/** The question names something of item n itself (its title or keywords), beyond the topic's names. */
export function anchoredInItem(index: KnowledgeIndex, terms: string[], entry: TopicEntry, n: number): boolean {
  return terms.some((t) => !index.common(t) && entry.itemKeys[n]!.has(t));
}

/**
 * A topic about two bodies at once ("一肩挑": the party secretary who is also the village director) is
 * asked about only when the question names both bodies or one of the topic's own names whole ("一肩挑",
 * "书记兼主任"): "俺表哥想当主任，得拿多少票" is about the village election, not the joint office.
 */
export function namesLink(index: KnowledgeIndex, terms: string[], entry: TopicEntry): boolean {
  if (entry.topicBodies.size < 2) return true;
  // A body is named by one of its words or a short form of one ("主任" of 村委会主任, "书记" of 党组织书记).
  const asked = index.bodies(terms);
  for (const t of terms) {
    if (t.length < 2 || index.common(t)) continue;
    for (const [w, b] of index.bodyOf) if (w !== t && w.endsWith(t)) asked.add(b);
  }
  if ([...entry.topicBodies].filter((b) => asked.has(b)).length >= 2) return true;
  const set = new Set(terms);
  return entry.names.some((n) => [...n].some((t) => !index.common(t) && !index.bodyOf.has(t)) && [...n].every((t) => set.has(t)));
}

/** The question just names the topic ("十严禁", "一肩挑"), with nothing else to match. */
export function namesTopic(terms: string[], entry: TopicEntry): boolean {
  const set = new Set(terms);
  if (![...set].every((t) => entry.nameTerms.has(t))) return false;
  return entry.names.some((n) => [...n].every((t) => set.has(t)));
}

/**
 * The numbered lists (十严禁, 十不准, 负面清单) a question names by one of their names. A list named by its family's own
 * name (十不准) is the one asked, beside an alias another family has (换届纪律 is 十严禁's): "换届纪律十不准具体是哪十条".
 */
export function namedLists(index: KnowledgeIndex, terms: Iterable<string>): TopicEntry[] {
  const set = new Set(terms);
  const found = index.entries.filter((e) => e.topic.kind === 'list' && e.names.some((n) => n.size > 0 && [...n].every((t) => set.has(t))));
  const byFamily = found.filter((e) => !!e.topic.family && set.has(e.topic.family));
  return byFamily.length && byFamily.length < found.length ? byFamily : found;
}
