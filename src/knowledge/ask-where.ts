// "有人发红包拉票，我该去哪反映": a breach told and where to report it asked — the rule on reporting answers, not the
// list that forbids the breach (the rules rank the list first: its items name the breach twice over).
import { itemAnswer } from './ask-common.js';
import type { KnowledgeIndex } from './index.js';
import type { AskResult } from './types.js';

/** Where a breach told is to be reported (该去哪反映, 找谁举报): the rule on reporting, not the list forbidding it. */
const ASKS_WHERE = /哪里|哪儿|去哪|往哪|上哪|找谁|找哪|哪个部门|什么部门|哪个单位|电话/;

export function whereToReport(index: KnowledgeIndex, answered: AskResult, cleaned: string): AskResult {
  if (answered.kind !== 'item' || answered.topic?.kind !== 'list' || !ASKS_WHERE.test(cleaned)) return answered;
  const terms = index.terms(cleaned);
  if (!terms.includes('举报')) return answered;
  const found = index.rank(terms.filter((t) => t === '举报' || index.breachTerms([t]).length)).find((r) => r.entry.topic.kind !== 'list' && r.entry.itemKeys[r.bestItem]!.has('举报'));
  return found ? itemAnswer(index, found.entry.topic, found.entry.topic.items[found.bestItem]!, answered.confidence, true) : answered;
}
