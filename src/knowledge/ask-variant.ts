// Which version of a list family (十严禁 2021, 2026, the village one) answers a question.
import type { KnowledgeIndex, Ranked } from './index.js';
import type { AskOptions } from './types.js';

/**
 * Pick the version of a list family: the one a marker names ("2021年"), else the one whose items
 * explain the rest of the question best ("带病提拔" is only in the 2026 list), else the county default,
 * else the newest.
 */
export function chooseVariant(index: KnowledgeIndex, best: Ranked, ranked: Ranked[], terms: string[], opts: AskOptions, wholeList = false): Ranked {
  const family = best.entry.topic.family;
  if (!family) return best;
  const siblings = ranked.filter((r) => r.entry.topic.family === family);
  const hits = siblings.map((r) => terms.filter((t) => r.entry.markerTerms.has(t)).length);
  const top = Math.max(...hits);
  let candidates = top > 0 ? siblings.filter((_, i) => hits[i] === top) : siblings;
  // Words that name none of the versions ("带病提拔") decide between them by what their items say — when the whole
  // list is asked for, only if they are mostly explained by one item ("新出的十严禁…加了一条不准带病提拔的,列一下"):
  // a word or two shared by chance ("今年又发了严肃换届纪律的通知，都有哪几条": 通知) leaves the newest.
  const familyNames = new Set(siblings.flatMap((r) => [...r.entry.nameTerms]));
  const beyond = terms.filter((t) => !familyNames.has(t) && !index.common(t));
  const fit = candidates.map((r) => (beyond.length ? index.coverage(beyond, r.entry.itemVocab[r.bestItem]!, false) : 0));
  const bestFit = Math.max(...fit);
  if (!wholeList || bestFit >= 0.5) candidates = candidates.filter((_, i) => fit[i]! >= bestFit - 1e-9);
  const byDefault = candidates.find((r) => r.entry.topic.variant === opts.variantDefaults?.[family]);
  if (byDefault) return byDefault;
  return [...candidates].sort((a, b) => b.entry.topic.source.date.localeCompare(a.entry.topic.source.date))[0] ?? best;
}
