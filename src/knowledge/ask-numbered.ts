// "十严禁第五条个人说了算": a list's rule asked by its number and its words. The versions of a list number their rules
// differently (严禁个人说了算 is the fifth of 2021, the sixth of 2026): the version whose rule of that number is the
// one the words name is the one asked about — never another version's rule of the same number.
import type { KnowledgeIndex, TopicEntry } from './index.js';
import { beyondNames } from './names.js';

export function numberedVersion(index: KnowledgeIndex, chosen: TopicEntry, n: number, terms: string[]): TopicEntry {
  const family = chosen.topic.family;
  if (!family || n < 1) return chosen;
  const fit = (e: TopicEntry) => {
    const words = beyondNames(index, terms, e);
    return e.topic.items[n - 1] && words.length ? index.coverage(words, e.itemVocab[n - 1]!) : 0;
  };
  const own = fit(chosen);
  const best = index.entries.filter((e) => e.topic.family === family).reduce((a, e) => (fit(e) > fit(a) ? e : a), chosen);
  // Only a clear difference moves off the version chosen: words the rule of that number shares with every version
  // (严禁, 换届) decide nothing.
  return fit(best) >= own + 0.25 ? best : chosen;
}
