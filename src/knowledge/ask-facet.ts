// What kind of fact a question asks for — who does it, from what age, when — and whether an item's title
// states that kind. A rule chosen for the subject but silent on the kind asked ("监委会是谁选出来的" answered
// with when it is chosen) gives way to the item of the same topic that states it.
import type { KnowledgeIndex } from './index.js';
import { itemAnswer } from './ask-common.js';
import type { AskResult } from './types.js';

interface Facet {
  asks: RegExp;
  states: RegExp;
}

const FACETS: Facet[] = [
  // "谁来选", "由谁推选", "谁同意": an agent, said as 由…推选, 经…同意, …主持.
  // Not "委托给谁", "投谁" (whom), nor "谁能投票" (who may: the rule of rights answers).
  { asks: /(?<![给投选托])谁(?!能|可以|有|不能|没有|的半|的票|的数)|哪个部门|哪个单位|哪一级|哪级/, states: /[由经][^，；。]{1,20}(?:推选|选举|提名|主持|批准|同意|决定|负责|审|补选|产生|牵头)|主持|批准|牵头/ },
  // "举报电话是多少", "打哪个号码": a number to call.
  { asks: /电话|号码|热线|打哪个/, states: /\d{5}/ },
  // "多大岁数", "几岁能投票": an age.
  { asks: /多大|岁数|几岁|多少岁|年龄/, states: /周岁|岁/ },
  // "啥时候公布", "哪天": a time or a time limit; "补选的任期到啥时候": an end (到本届届满为止).
  { asks: /什么时候|啥时候|何时|哪天|几号/, states: /[\d一二三四五六七八九十]+\s*(?:日|天|个?月)|上旬|中旬|下旬|月底|之日|当场|前|后进行|以内|内完成|届满|为止/ },
];

/** The question asks what something is or means. */
const DEFINE = /什么是|是什么(?!时候)|啥是|是啥|什么叫|啥叫|何为|指啥|指什么|什么意思|啥意思|甚意思|是个啥|咋回事/;
/** An item's title that says what the topic means. */
const MEANING = /^(?:含义|定义|是指|什么是)/;

/**
 * The item of the chosen topic that states the kind of fact asked, when the chosen item does not and that
 * item shares one of the question's own words (or scores at least as high): same topic, never a list.
 */
export function facetItem(index: KnowledgeIndex, answered: AskResult, cleaned: string): AskResult {
  const { topic: was, item } = answered;
  // "监委会成员是谁选的": a topic's overview for a question that asks one kind of fact — the item stating it, if one does.
  const overview = answered.kind === 'overview';
  if ((answered.kind !== 'item' && !overview) || !was || (!item && !overview) || was.kind === 'list') return answered;
  const facet = FACETS.find((f) => f.asks.test(cleaned));
  // "什么是一肩挑", "资格联审是个啥": what the topic is — its item that says what it means, else its first.
  if (overview && !facet && DEFINE.test(cleaned)) return itemAnswer(index, was, was.items.find((i) => MEANING.test(i.title)) ?? was.items[0]!, answered.confidence, true);
  if (!facet || (item && facet.states.test(item.title))) return answered;
  const terms = index.terms(cleaned);
  const entry = index.rank(terms).find((r) => r.entry.topic === was);
  if (!entry) return answered;
  const own = terms.filter((t) => !index.common(t));
  const chosen = item ? was.items.indexOf(item) : -1;
  const fits = entry.itemScores
    .map((score, n) => ({ score, n, shared: own.filter((t) => entry.entry.itemKeys[n]!.has(t)).length }))
    .filter(({ score, n, shared }) => n !== chosen && score > 0 && facet.states.test(was.items[n]!.title) && (shared > 0 || score >= (entry.itemScores[chosen] ?? 0)))
    .sort((a, b) => b.shared - a.shared || b.score - a.score);
  const found = fits[0];
  // From an overview only one item that plainly fits: the topic's name alone chose no item.
  if (!found || (overview && (found.shared === 0 || fits[1]?.shared === found.shared))) return answered;
  return itemAnswer(index, was, was.items[found.n]!, answered.confidence, true);
}
