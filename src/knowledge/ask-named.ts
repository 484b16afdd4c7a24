// "有人冲进会场把票箱抢了 算十不准第几条": a question that names a numbered list is answered from that list or
// not at all. An item of another list (十严禁第六条 for a 十不准 question) is the neighbouring rule the product
// must never give for discipline; whichever path found it, the answer becomes an honest decline that offers
// the list named.
import type { KnowledgeIndex } from './index.js';
import { result } from './ask-common.js';
import type { AskResult } from './types.js';
import { namedLists } from './names.js';

export function keepNamedList(index: KnowledgeIndex, question: string, answered: AskResult): AskResult {
  const topic = answered.topic;
  if (!topic || topic.kind !== 'list' || (answered.kind !== 'item' && answered.kind !== 'list' && answered.kind !== 'missing-item')) return answered;
  const named = namedLists(index, index.terms(index.tokenizer.clean(question)));
  const same = (t: typeof topic) => t === topic || (!!topic.family && t.family === topic.family);
  if (!named.length || named.some((e) => same(e.topic))) return answered;
  const offered = [...new Map(named.map((e) => [e.topic.family ?? e.topic.id, e.topic])).values()];
  return result({ kind: 'abstain', confidence: answered.confidence, suggestions: [...offered, topic].slice(0, 3) });
}
