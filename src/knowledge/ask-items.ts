// Which item of the chosen topic answers: the one item holding the whole question, one clearly ahead of
// the rest, the one of the kind asked (含义, 程序), and not a rule no longer in force unless asked by name.
import type { KnowledgeIndex, Ranked, TopicEntry } from './index.js';

/** An item of the kind asked is preferred when it scores at least this share of the best item. */
const ASPECT_SHARE = 0.5;

/** In a facts topic, the one item whose words contain the whole question ("九严禁" → the 2016 item). */
export function soleItem(entry: Ranked['entry'], terms: string[]): number | undefined {
  const hits = entry.itemVocab.flatMap((v, i) => (terms.every((t) => v.has(t)) ? [i] : []));
  return hits.length === 1 ? hits[0] : undefined;
}

/** One item clearly ahead of the rest (half again the next score), e.g. context words pointing at it. */
export function dominantItem(r: Ranked): number | undefined {
  const sorted = [...r.itemScores].sort((a, b) => b - a);
  return (sorted[0] ?? 0) > 0 && (sorted[0] ?? 0) >= 1.5 * (sorted[1] ?? 0) ? r.bestItem : undefined;
}

/** An item that sets out a rule no longer in force ("老规定（浙江2013年）…", "较早的通用口径…"). */
export const OLD_RULE = /^(?:老规定|较早|原来的|以前的|旧)/;

/**
 * A rule no longer in force answers only a question that names something of its own — a word of its
 * title or keywords that no other item of its topic uses ("浙江", "刑满不满3年", "留党察看"): "判了缓刑能选吗"
 * asks about today's rule, which the same topic states too.
 */
export function superseded(index: KnowledgeIndex, entry: TopicEntry, n: number, terms: string[]): boolean {
  if (!OLD_RULE.test(entry.topic.items[n]!.title)) return false;
  const own = (t: string) => !index.common(t) && !index.bodies([t]).size && entry.itemKeys[n]!.has(t) && !entry.itemVocab.some((v, i) => i !== n && v.has(t));
  return !terms.some(own);
}

/**
 * The item that answers the kind of question asked (lexicon.intents: "什么意思" wants the rule titled
 * 含义, "怎么操作" the one on 程序): among the topic's items whose title shows that aspect, the best
 * scoring one. A question with words beyond the topic's name only takes an item those words match about
 * as well as the best one;
 * one that just names the topic ("一肩挑是什么意思") takes the aspect when one item has it.
 */
export function byAspect(index: KnowledgeIndex, chosen: Ranked, cleaned: string, hasWords: boolean, terms: string[] = []): number | undefined {
  const items = index.aspectItems(cleaned, chosen.entry);
  if (hasWords) {
    const best = chosen.itemScores[chosen.bestItem] ?? 0;
    // "罢免村委会成员需要什么程序": the aspect (程序) picks among the rules on what is asked (罢免), never a
    // rule that shares none of the question's own words with the best one (移交…由选举委员会主持).
    const own = terms.filter((t) => !index.common(t) && chosen.entry.itemKeys[chosen.bestItem]!.has(t) && !chosen.entry.nameTerms.has(t));
    const touched = items.filter((i) => (chosen.itemScores[i] ?? 0) >= ASPECT_SHARE * best && best > 0 && (!own.length || own.some((t) => chosen.entry.itemKeys[i]!.has(t))));
    return touched.length ? touched.reduce((a, b) => (chosen.itemScores[b]! > chosen.itemScores[a]! ? b : a)) : undefined;
  }
  return items.length === 1 ? items[0] : undefined;
}
