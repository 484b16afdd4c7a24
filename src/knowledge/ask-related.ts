// What goes beside an answer: suggestions one per family of lists, and items of other topics that bear on the same
// situation.
import type { KnowledgeIndex, Ranked, TopicEntry } from './index.js';
import type { Item, Topic } from './types.js';

/** One entry per family (its first member), so suggestions do not list three versions of one list. */
export function distinctTopics(ranked: Ranked[], limit: number, skip?: TopicEntry): Topic[] {
  const seen = new Set<string>();
  const out: Topic[] = [];
  for (const r of ranked) {
    const key = r.entry.topic.family ?? r.entry.topic.id;
    if (r.entry === skip || seen.has(key)) continue;
    seen.add(key);
    out.push(r.entry.topic);
    if (out.length === limit) break;
  }
  return out;
}

/** Items from other topics that bear on the same situation (e.g. 十不准 next to 十严禁). */
export function relatedItems(index: KnowledgeIndex, chosen: Ranked, ranked: Ranked[], terms: string[]): { topic: Topic; item: Item }[] {
  const bestItemScore = chosen.itemScores[chosen.bestItem] ?? 0;
  const family = chosen.entry.topic.family;
  return ranked
    .filter((r) => r !== chosen && (!family || r.entry.topic.family !== family) && (r.itemScores[r.bestItem] ?? 0) >= 0.75 * bestItemScore)
    .filter((r) => index.coverage(terms, r.entry.itemVocab[r.bestItem]!, false) >= 0.5)
    .slice(0, 2)
    .map((r) => ({ topic: r.entry.topic, item: r.entry.topic.items[r.bestItem]! }));
}
