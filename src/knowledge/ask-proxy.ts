// "十不准 临时委托 不准 那正常委托呢", "委托投票能委托给邻居不": a proxy asked about as lawful — whether, to whom, how — is
// answered by the law's rule on proxies (written, to a close relative, names published); the lists forbid only false
// or on-the-spot ones, and are named beside it. A proxy told as false or made on the spot stays the list's.
import { cite, result } from './ask-common.js';
import type { KnowledgeIndex } from './index.js';
import type { AskResult } from './types.js';

const PROXY = /委托/;
/** Asked as lawful: what an ordinary proxy may be. */
const LAWFUL_ASKED = /正常|能不能|可不可以|可以吗|可以不|行不行|行不|中不中|行吗|给谁|委托给|邻居|亲戚|口头|怎么委托|咋委托|手续|委托书|几个人|几份/;
/** Said of the law, or of an ordinary proxy outright: lawful whatever else is told. */
const LAWFUL_SAID = /正常|合法|平常|组织法|法律上|书面委托|近亲属/;
/** A proxy told as one the lists forbid. */
const FORBIDDEN_TOLD = /虚假|假委托|临时|现场|冒名|冒充|伪造|代签|逼|强迫|一沓|一摞|好几份|买/;

export function lawfulProxy(index: KnowledgeIndex, answered: AskResult, cleaned: string): AskResult {
  const { topic, item } = answered;
  if (answered.kind !== 'item' || topic?.kind !== 'list' || !item || !PROXY.test(item.title) || !PROXY.test(cleaned)) return answered;
  if (!LAWFUL_SAID.test(cleaned) && (FORBIDDEN_TOLD.test(cleaned) || !LAWFUL_ASKED.test(cleaned))) return answered;
  const rules = index.entries.filter((e) => e.topic.kind !== 'list').flatMap((e) => e.topic.items.filter((i) => PROXY.test(i.title)).map((i) => ({ topic: e.topic, item: i })));
  if (rules.length !== 1) return answered;
  const [law] = rules as [(typeof rules)[number]];
  return result({ ...answered, topic: law.topic, item: law.item, others: [], related: [{ topic, item }, ...answered.related], citations: [cite(law.topic, law.item), cite(topic, item)] });
}
