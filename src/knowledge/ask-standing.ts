// "去年因为拉票被处理过 今年还让不让选": a breach told as past, with whether the person may stand now asked, is a
// question of who may be chosen — the list of who may not (人选负面清单) answers it, not the discipline list that
// forbids the act (十严禁's 拉票 rule says the act is forbidden, not who may stand after it). When that list has no
// rule for the breach told, the question is declined, offering both.
import type { KnowledgeIndex } from './index.js';
import { itemAnswer, result, SITUATIONAL } from './ask-common.js';
import type { AskResult } from './types.js';

/** Whether the person may stand (now, again): 能不能当候选人, 还让不让选, 还能参选吗 — asked, not 候选人 as who acted. */
const STANDING = /(?:能不能|让不让|可不可以|能否|还能|还让|再能|能|可以)(?:他|她)?(?:再)?(?:参选|当候选人|报名|进名单|进两委|选(?![票民举])|当(?:村|主任|委员|书记|干部|两委))/;
/** The breach is told as past: dealt with already, or done at an earlier election — not what may yet be done to him (会被查). */
const PAST = /处理过|处分过|查处过|查过|抓过|通报过|被处理了|被处分了|上次|上届|去年|前年|以前|曾经|那年/;
/** The list of who may not be chosen: a list whose title says it is about the people chosen. */
const ABOUT_PEOPLE = /人选/;

export function standingAfterBreach(index: KnowledgeIndex, question: string, answered: AskResult): AskResult {
  const topic = answered.topic;
  if (!topic || topic.kind !== 'list' || ABOUT_PEOPLE.test(topic.title) || (answered.kind !== 'item' && answered.kind !== 'list')) return answered;
  const cleaned = index.tokenizer.clean(question);
  if (!STANDING.test(cleaned) || !PAST.test(cleaned)) return answered;
  const terms = index.terms(cleaned);
  const own = index.rank(terms).find((r) => r.entry.topic.kind === 'list' && ABOUT_PEOPLE.test(r.entry.topic.title));
  const n = own ? own.itemScores.findIndex((s, i, all) => s > 0 && s === Math.max(...all)) : -1;
  if (!own || n < 0) return result({ kind: 'abstain', confidence: answered.confidence, suggestions: [...index.entries.filter((e) => e.topic.kind === 'list' && ABOUT_PEOPLE.test(e.topic.title)).map((e) => e.topic), topic].slice(0, 3) });
  return itemAnswer(index, own.entry.topic, own.entry.topic.items[n]!, answered.confidence, SITUATIONAL.test(cleaned));
}
