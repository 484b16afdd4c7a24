// "有人发红包拉票，我该去哪反映": a breach told and where to report it asked — the rule on reporting answers, not the
// list that forbids the breach (the rules rank the list first: its items name the breach twice over).
import { itemAnswer } from './ask-common.js';
import type { KnowledgeIndex } from './index.js';
import type { AskResult } from './types.js';

/** Where a breach told is to be reported (该去哪反映, 找谁举报): the rule on reporting, not the list forbidding it. */
const ASKS_WHERE = /哪里|哪儿|去哪|往哪|上哪|找谁|找哪|哪个部门|什么部门|哪个单位|电话/;

/** Where to report, asked as such: the place word next to the word of reporting (往哪举报, 举报电话, 找谁反映). */
const REPORT_WHERE = /(?:哪里|哪儿|去哪|往哪|上哪|找谁|找哪|向哪|哪个部门|什么部门|哪些单位|哪些机关)[^,，。?？]{0,4}?(?:举报|反映|告|投诉|检举)|(?:举报|反映)[^,，。?？]{0,3}?(?:电话|找谁|去哪|往哪|上哪|向哪|哪里|哪儿)/;
/** One's own qualification refused and not accepted (资格…不服): an appeal, not a report of a breach. */
const OWN_APPEAL = /资格[^。?？]{0,10}不服|不服[^。?？]{0,10}资格/;

/**
 * "对面候选人往我家塞了钱让我们投他，咋处理" (read as 往我家 送礼): money or gifts pressed on the asker, and what to do
 * asked — the one asking received it; the rule against giving is a neighbouring rule, the rule on reporting is what answers.
 */
const RECEIVED_ASKS = /(?:往|给|塞给|送给|送到|到)(?:我|俺|我们|俺们|咱|咱们)(?:家|们家|家里|手里|兜里)?\s*(?:(?:塞|送|给|发|拿|递)了?[^。？?]{0,6}?(?:钱|红包|礼|烟|酒|东西|油|米|面)|送礼)[^。？?]{0,16}?(?:咋处理|怎么处理|怎么办|咋办|咋整|该咋|我该|我们该|俺该)/;

export function whereToReport(index: KnowledgeIndex, answered: AskResult, cleaned: string): AskResult {
  if (answered.kind !== 'item' || answered.topic?.kind !== 'list') return answered;
  if (RECEIVED_ASKS.test(cleaned)) return reportRule(index, cleaned, answered.confidence, true) ?? answered;
  if (!ASKS_WHERE.test(cleaned)) return answered;
  return reportRule(index, cleaned, answered.confidence) ?? answered;
}

/**
 * "贿选这事俺去哪举报，村里谁都不敢管": declined for the words around it, the question still asks where to report —
 * answered by the rule on reporting that ranks first among those naming 举报, never by a list.
 */
export function reportRule(index: KnowledgeIndex, cleaned: string, confidence: number, received = false): AskResult | undefined {
  if (!(received || REPORT_WHERE.test(cleaned)) || OWN_APPEAL.test(cleaned) || index.outside(cleaned).length) return undefined;
  // The one who received it asks what to do: the rule on reporting answers even where 举报 is not said.
  const terms = received ? [...new Set([...index.terms(cleaned), '举报'])] : index.terms(cleaned);
  if (!terms.includes('举报')) return undefined;
  const found = index.rank(terms.filter((t) => t === '举报' || t === '选举' || index.breachTerms([t]).length)).find((r) => r.entry.topic.kind !== 'list' && r.entry.itemKeys[r.bestItem]!.has('举报'));
  return found ? itemAnswer(index, found.entry.topic, found.entry.topic.items[found.bestItem]!, confidence, true) : undefined;
}
