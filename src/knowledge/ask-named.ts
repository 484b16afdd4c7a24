// "有人冲进会场把票箱抢了 算十不准第几条": a question that names a numbered list is answered from that list or
// not at all. An item of another list (十严禁第六条 for a 十不准 question) is the neighbouring rule the product
// must never give for discipline; whichever path found it, the answer becomes an honest decline that offers
// the list named.
import type { KnowledgeIndex, Ranked } from './index.js';
import { result } from './ask-common.js';
import type { AskResult, Topic } from './types.js';
import { namedLists } from './names.js';

/** The question asks which rule of a list covers it ("属于十严禁哪一条", "十严禁里有管这个的吗"). */
/** Rules added, dropped or changed between versions of a list. */
const CHANGED = /多了|少了|新增了?哪|新加|加了|删了|去掉了|变成|改成|改为/;
const EARLIER = /以前|原来|过去|老版|旧版|上一版|上届/;
const WHICH_RULE = /哪一?条|第几条|哪几条|哪一项|有(?:没有)?管|里(?:面)?有没有|里头有没有/;

export function keepNamedList(index: KnowledgeIndex, question: string, answered: AskResult): AskResult {
  const topic = answered.topic;
  if (!topic || (answered.kind !== 'item' && answered.kind !== 'list' && answered.kind !== 'missing-item')) return answered;
  const cleaned = index.tokenizer.clean(question);
  // Another rule than a list's answers a question naming a list only when it does not ask which of the list's
  // rules covers it ("十严禁里有管这个的吗" is not answered with the law's 十日内移交).
  // Nor when it asks which rules changed since an earlier version ("以前是九严禁现在是十严禁，多了哪条"): the
  // history answers. (What the new notice added, with no earlier version named, is the new list's.)
  if (topic.kind !== 'list' && (!WHICH_RULE.test(cleaned) || (CHANGED.test(cleaned) && EARLIER.test(cleaned)))) return answered;
  const named = namedLists(index, index.terms(cleaned));
  const same = (t: typeof topic) => t === topic || (!!topic.family && t.family === topic.family);
  if (!named.length || named.some((e) => same(e.topic))) return answered;
  const offered = [...new Map(named.map((e) => [e.topic.family ?? e.topic.id, e.topic])).values()];
  return result({ kind: 'abstain', confidence: answered.confidence, suggestions: [...offered, topic].slice(0, 3) });
}

/**
 * "要牢记十严禁十不准，十不准都哪十条": of two or more lists named, the clause that asks after a list's rules (哪十条,
 * 第几条, 有哪些) when it names one list only and the answer is another's — that clause is the question.
 */
export function listClause(index: KnowledgeIndex, question: string, answered: AskResult): string | undefined {
  const topic = answered.topic;
  if (!topic || (answered.kind !== 'item' && answered.kind !== 'list')) return undefined;
  // The cheap tests first: most questions name no list's rules asked after.
  if (!WHICH_RULE.test(question) && !WHOLE_ASKED.test(question)) return undefined;
  const cleaned = index.tokenizer.clean(question);
  const clauses = cleaned.split(/[，,。;；？?！!\s]+/).filter((c) => WHICH_RULE.test(c) || WHOLE_ASKED.test(c));
  if (clauses.length !== 1) return undefined;
  const family = (t: Topic) => t.family ?? t.id;
  if (new Set(namedLists(index, index.terms(cleaned)).map((e) => family(e.topic))).size < 2) return undefined;
  const there = new Set(namedLists(index, index.terms(clauses[0]!)).map((e) => family(e.topic)));
  return there.size === 1 && !there.has(family(topic)) ? clauses[0] : undefined;
}

/** The whole list asked for ("换届纪律十不准具体是哪十条"): the list named comes first too. */
const WHOLE_ASKED = /哪[十九八几]条|都有哪些|有哪些|都是啥|都有啥|全文|原文/;

/**
 * "散布小道消息属于十严禁哪一条": a question asking which rule of a list it names is that list's or nobody's
 * (keepNamedList), so the named list's rules come first when they score at all — a neighbouring list ranked higher
 * would only be declined.
 */
export function namedFirst(index: KnowledgeIndex, ranked: Ranked[], terms: string[], cleaned: string): Ranked[] {
  if (!WHICH_RULE.test(cleaned) && !WHOLE_ASKED.test(cleaned)) return ranked;
  const named = namedLists(index, terms);
  if (!named.length) return ranked;
  const isNamed = (r: Ranked) => named.some((e) => e === r.entry || (!!e.topic.family && e.topic.family === r.entry.topic.family));
  const first = ranked.filter((r) => r.score > 0 && isNamed(r));
  return first.length ? [...first, ...ranked.filter((r) => !first.includes(r))] : ranked;
}

/** "十严禁哪一条": the question asks which rule of the list it names, and `topic` is that list (or its family). */
export function asksRuleOf(index: KnowledgeIndex, cleaned: string, topic: Topic): boolean {
  if (!WHICH_RULE.test(cleaned)) return false;
  return namedLists(index, index.terms(cleaned)).some((e) => e.topic === topic || (!!topic.family && e.topic.family === topic.family));
}
