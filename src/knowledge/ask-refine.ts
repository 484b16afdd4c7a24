// Which rule answers, once the rules have found one: refinements of the ranking for questions the plain
// score reads wrong — whether an outcome stands (standing), whether someone may stand (eligible, in
// ask-eligible.ts), whether an act is allowed (allowed), a lawful
// step beside the list that forbids its abuse (lawfulStep), the village committee when no body is named
// (villageFirst).
import { lawfulProxy } from './ask-proxy.js';
import { votingNotStanding } from './ask-vote.js';
import { ASKS_ELIGIBLE, eligible, namesBreach, takingPart, WHO_MAY_NOT_STAND } from './ask-eligible.js';
import type { KnowledgeIndex, Ranked } from './index.js';
import { ABOUT_RULE, itemAnswer, itemText, SITUATIONAL } from './ask-common.js';
import type { AskOptions, AskResult } from './types.js';
import { facetItem } from './ask-facet.js';
import { whereToReport } from './ask-where.js';
import { asksRuleOf } from './ask-named.js';

/** How near a lawful step's rule must score to the list that forbids its abuse. */
const STEP_CLOSE = 0.75;
const DISCIPLINE_TITLE = /严禁|不准|纪律/;
/** A list item that forbids an act (十严禁, 十不准), not one that names who may not stand (负面清单). */
const FORBIDS = /^(?:严禁|不准|不得|禁止)/;
/** Words that ask about discipline itself: such a question is for the lists, whatever else it asks. */
const ASKS_DISCIPLINE = /纪律|违纪|违规|违反|违法|犯规|犯哪|哪一条|哪条|处分|查处|拉票|贿选|严禁|不准|不选/;

/**
 * A list of what is forbidden and the rule of a lawful step can explain a question equally well ("能委托
 * 邻居帮着投票不": 十不准 forbids 虚假委托投票, the law says who may be entrusted). A question that tells no
 * breach, names no list, asks nothing about discipline or a rule's meaning, and asks whether it may do
 * something is about the step: the rule that is no list answers it, when both name the step in their titles
 * or keywords and it scores about as high (CLOSE) and explains as much of the question.
 */
export function lawfulStep(index: KnowledgeIndex, ranked: Ranked[], terms: string[], cleaned: string): Ranked | undefined {
  const best = ranked[0];
  if (!best || !asksStepNotList(index, best, terms, cleaned)) return undefined;
  // The step's rule is no discipline rule itself (a history of the lists names their misdeeds too).
  const step = ranked.find((r) => r.entry.topic.kind !== 'list' && !DISCIPLINE_TITLE.test(r.entry.topic.items[r.bestItem]!.title));
  if (!step || step.score < STEP_CLOSE * best.score) return undefined;
  // The same step named in both rules (委托投票, 移交): the list forbids its abuse, the other rule sets it out.
  const keys = (r: Ranked) => terms.filter((t) => !index.common(t) && r.entry.itemKeys[r.bestItem]!.has(t));
  const shared = keys(best).filter((t) => keys(step).includes(t));
  if (!shared.length) return undefined;
  return index.coverage(terms, step.entry.itemFit[step.bestItem]!) >= index.coverage(terms, best.entry.itemFit[best.bestItem]!) ? step : undefined;
}

/**
 * The question asks whether it may take a lawful step, and list r (a prohibition) only forbids the step's
 * abuse: no breach told, no discipline word, no rule's meaning asked, the list not named.
 */
export function asksStepNotList(index: KnowledgeIndex, r: Ranked, terms: string[], cleaned: string): boolean {
  if (r.entry.topic.kind !== 'list' || !FORBIDS.test(r.entry.topic.items[r.bestItem]!.title)) return false;
  if (!SITUATIONAL.test(cleaned) || ABOUT_RULE.test(cleaned)) return false;
  if (ASKS_DISCIPLINE.test(cleaned) || index.misconduct(cleaned).length) return false;
  return !terms.some((t) => r.entry.nameTerms.has(t) && !index.common(t));
}

/** "选上了算数不", "这个委员还算不算": whether an outcome stands, not whether an act is forbidden ("算不算拉票"). */
// "拉票当上了 这个算不算": 算不算 after an outcome told asks whether it stands (not "算不算违纪").
// "这种承诺算数不" asks whether a promise binds, not whether an outcome stands.
// "靠送红包当选了，法律上怎么处理": what becomes of an outcome won so is whether it stands too.
const ASKS_STANDING = /(?<!承诺|许诺|答应)(?:算数|作数)|算不算数|还算不算|还算吗|还算不|有效吗|有效不|还有效|无效|作废|(?:当上|选上|当选|选进)了?[^，。,]{0,6}算不算(?![违犯])|(?:当上|选上|当选|选进)了?(?!的(?:人|不够|名额|票|数))[^，。,]{0,3}[，,]?[^，。,]{0,6}?(?:怎么|咋|如何)(?:处理|办|弄)/;
const STATES_STANDING = /无效|有效|终止|作废/;
/** "那个规定还有效吗" asks whether a rule is in force, not whether an outcome stands. */
const ABOUT_A_RULE = /规定|政策|文件|条例|办法|说法|口径|规矩/;

/**
 * A question whether an outcome stands is answered by a rule that says so (当选无效, 职务自行终止) rather
 * than by the prohibition next to it, when such a rule names the breach or the event the question tells.
 */
function standing(index: KnowledgeIndex, answered: AskResult, cleaned: string): AskResult {
  const { item, topic } = answered;
  // "用送钱送礼的方式当选的，当选还算数吗": after a breach told, the rule on that breach's outcome (贿赂当选无效),
  // not the one on a valid election in general, though both speak of 有效.
  const entry = topic && index.entries.find((e) => e.topic === topic);
  const told = index.misconduct(cleaned).length > 0 || index.meansTold(index.terms(cleaned)).length > 0;
  if (item && STATES_STANDING.test(item.title) && (!told || (entry && namesBreach(index, cleaned, entry, item.n - 1)))) return answered;
  const rule = standingRule(index, cleaned, answered.confidence);
  // "罢免要咋投票才算数": with no breach told, a word the chosen rule (not a list) names and the topic of the rule on
  // outcomes never does (罢免) says whose vote is asked about — the chosen item's own rule says when it passes.
  if (rule?.item && item && entry && !told && rule.topic !== topic && topic?.kind !== 'list') {
    const ruleEntry = index.entries.find((e) => e.topic === rule.topic);
    const own = index.terms(cleaned).filter((t) => !index.common(t) && entry.itemKeys[item.n - 1]!.has(t));
    if (ruleEntry && own.some((t) => ruleEntry.itemKeys.every((keys) => !keys.has(t)))) return answered;
  }
  return rule ?? answered;
}

/**
 * The rule that says whether the outcome a question asks about stands, when it names the breach or the
 * event told — also for a question the rules could not place otherwise ("靠送钱选上去的，当选算数不").
 */
export function standingRule(index: KnowledgeIndex, cleaned: string, confidence: number, alone = false): AskResult | undefined {
  if (!ASKS_STANDING.test(cleaned) || ABOUT_A_RULE.test(cleaned)) return undefined;
  // Alone (no other rule found), it answers only an outcome after a breach the rule itself names, and never a
  // question that also asks about discipline ("这种承诺算数不、违规不" is for the lists).
  if (alone && ASKS_DISCIPLINE.test(cleaned)) return undefined;
  const terms = index.terms(cleaned);
  const told = alone && (index.misconduct(cleaned).length > 0 || index.breachTerms(terms).length > 0);
  // The event told ("判刑"), not a word every election rule has ("当选").
  const own = terms.filter((t) => !index.common(t));
  const ranked = index.rank(terms);
  // The rule sharing most of the question's own words ("判刑", "委员": 职务自行终止), then the best scored.
  const found = ranked
    .filter((r) => r.entry.topic.kind !== 'list')
    .flatMap((r) => r.itemScores.map((score, n) => ({ r, n, score, shared: own.filter((t) => r.entry.itemVocab[n]!.has(t)).length, named: namesBreach(index, cleaned, r.entry, n) })))
    .filter(({ r, n, score, shared, named }) => score > 0 && STATES_STANDING.test(r.entry.topic.items[n]!.title) && (told ? named : shared >= 2 || named))
    // A rule naming the breach told comes before one that only shares more words ("送钱…当选还算数吗": 贿赂当选无效).
    .sort((a, b) => Number(b.named) - Number(a.named) || b.shared - a.shared || b.score - a.score)[0];
  // None: the rule found first stays ("现场临时委托代投算不算数": it is forbidden, so it does not count).
  if (!found) return undefined;
  const { topic } = found.r.entry;
  return itemAnswer(index, topic, topic.items[found.n]!, confidence, true);
}

/** "串联拉票 行不行", "这算违纪不": whether an act is allowed, which the lists of what is forbidden answer. */
const ASKS_ALLOWED = /行不行|中不中|行不|中不|可以吗|可以不|允许吗|允许不|违纪|违规|犯规|犯哪条|管不管/;
/** Told as done before ("搞过", "被查实"): then it is about the person, and the negative list may answer. */
const TOLD_AS_PAST = /过|以前|之前|前几年|前些年|曾经|查实|处理|处分/;

/**
 * Whether an act may be done now ("让他表哥挨家挨户串联拉票 行不行") is answered by the discipline list's
 * prohibition of the act — the county's version first — not by the negative list's item on people who did it
 * before, when the prohibition names the act told.
 */
function allowed(index: KnowledgeIndex, answered: AskResult, cleaned: string, opts: AskOptions): AskResult {
  const { topic: was } = answered;
  if (!was || was.family !== WHO_MAY_NOT_STAND || !ASKS_ALLOWED.test(cleaned) || TOLD_AS_PAST.test(cleaned)) return answered;
  const terms = index.terms(cleaned);
  // The act told in the rule's own words ("串联") or the synonym table's ("拉票" → 贿选).
  // Not a piece of a longer word the question says ("民主" of 民主评议 is no 妨碍民主权利).
  const own = terms.filter((t) => !index.common(t) && !terms.some((u) => u.length > t.length && u.includes(t)));
  const lists = index
    .rank(terms)
    .filter((r) => r.entry.topic.kind === 'list' && r.entry.topic.family !== WHO_MAY_NOT_STAND && (r.itemScores[r.bestItem] ?? 0) > 0)
    .filter((r) => FORBIDS.test(r.entry.topic.items[r.bestItem]!.title) && (namesBreach(index, cleaned, r.entry, r.bestItem) || own.some((t) => r.entry.itemKeys[r.bestItem]!.has(t))));
  const family = lists[0]?.entry.topic.family;
  const found = (family && lists.find((r) => r.entry.topic.family === family && r.entry.topic.variant === opts.variantDefaults?.[family])) ?? lists[0];
  if (!found) return answered;
  const { topic } = found.entry;
  return itemAnswer(index, topic, topic.items[found.bestItem]!, answered.confidence, true);
}

/**
 * An item the rules (or the examples) chose, given way to the rule that answers what the question really
 * asks: whether an outcome stands ("选上了算数不"), or whether someone may stand ("能当候选人不").
 */
export function refined(index: KnowledgeIndex, answered: AskResult, cleaned: string, opts: AskOptions = {}): AskResult {
  let r: AskResult;
  if (ASKS_STANDING.test(cleaned) && !ABOUT_A_RULE.test(cleaned)) r = standing(index, answered, cleaned);
  else r = ASKS_ELIGIBLE.test(cleaned) ? eligible(index, answered, cleaned) : allowed(index, answered, cleaned, opts);
  return laterChecks(index, votingNotStanding(index, takingPart(index, whereToReport(index, r, cleaned), cleaned), cleaned), cleaned, opts);
}

/** Checks any chosen item passes, however it was found (rules or example questions). */
export function laterChecks(index: KnowledgeIndex, answered: AskResult, cleaned: string, opts: AskOptions = {}): AskResult {
  return countyVersion(index, facetItem(index, limitNotList(index, lawfulProxy(index, answered, cleaned), cleaned), cleaned), cleaned, opts);
}

/** "老班子几天之内得交", "多久": a time limit asked. */
const ASKS_DURATION = /(?<![那这前好十])几(?:天|日|个月)|多少天|多久|多长时间|时限|期限|时间要求|时间限制|最迟|最晚/;
const STATES_DURATION = /\d+\s*(?:日|天|个月)|[一二三四五六七八九十]+(?:日|天|个月)/;

/**
 * A time limit asked is not answered by a list that forbids acts and states none ("老主任落选了不交公章 他得
 * 几天内交": 十严禁's 拒不移交 forbids the refusal, the law gives the days): the rule that states a limit and
 * shares the question's words answers, when there is one.
 */
function limitNotList(index: KnowledgeIndex, answered: AskResult, cleaned: string): AskResult {
  const { topic: was, item } = answered;
  if (answered.kind !== 'item' || !was || !item || was.kind !== 'list' || !ASKS_DURATION.test(cleaned)) return answered;
  if (STATES_DURATION.test(item.title + item.body)) return answered;
  // "…不交公章和账本，十严禁哪一条？法律上规定几天交": the list named and asked which of its rules keeps its rule.
  if (asksRuleOf(index, cleaned, was)) return answered;
  return limitRule(index, cleaned, answered.confidence, 1) ?? answered;
}

/**
 * The rule that states the time limit a question asks for ("老班子几天内要把公章账本交了": 十日内移交), found
 * among the rules that are no list. Alone (the rules could not place the question) it must share two of the
 * question's own words with the rule, not one.
 */
export function limitRule(index: KnowledgeIndex, cleaned: string, confidence: number, shared = 2): AskResult | undefined {
  if (!ASKS_DURATION.test(cleaned)) return undefined;
  const terms = index.terms(cleaned);
  const own = terms.filter((t) => !index.common(t));
  const found = index
    .rank(terms)
    .filter((r) => r.entry.topic.kind !== 'list')
    .flatMap((r) => r.itemScores.map((score, n) => ({ r, n, score })))
    .filter(({ r, n, score }) => score > 0 && STATES_DURATION.test(r.entry.topic.items[n]!.title + r.entry.topic.items[n]!.body))
    .filter(({ r, n }) => own.filter((t) => r.entry.itemKeys[n]!.has(t)).length >= shared)
    .sort((a, b) => b.score - a.score)[0];
  if (!found) return undefined;
  const { topic } = found.r.entry;
  return itemAnswer(index, topic, topic.items[found.n]!, confidence, true);
}

/**
 * A list in a version the county does not use by default (十严禁 of 2021), chosen though the question names
 * no version: the county's own version answers when one of its items names the breach told.
 */
function countyVersion(index: KnowledgeIndex, answered: AskResult, cleaned: string, opts: AskOptions): AskResult {
  const { topic: was } = answered;
  const home = was?.family ? opts.variantDefaults?.[was.family] : undefined;
  if (answered.kind !== 'item' || !was || !home || was.variant === home) return answered;
  const terms = index.terms(cleaned);
  const asked = index.entries.find((e) => e.topic === was);
  if (asked && terms.some((t) => asked.markerTerms.has(t))) return answered;
  const own = index.rank(terms).find((r) => r.entry.topic.family === was.family && r.entry.topic.variant === home);
  if (!own) return answered;
  // The rule naming the act told (造谣) before one naming only the verdict asked about (算不算干扰换届).
  const acts = index.misconduct(cleaned);
  const namesAct = (n: number) => {
    const item = own.entry.topic.items[n]!;
    return acts.some((w) => itemText(item).includes(w)) ? 1 : 0;
  };
  const n = own.itemScores
    .map((score, n) => ({ score, n, act: namesAct(n) }))
    .filter(({ score, n }) => score > 0 && namesBreach(index, cleaned, own.entry, n))
    .sort((a, b) => b.act - a.act || b.score - a.score)[0];
  if (!n) return answered;
  return itemAnswer(index, own.entry.topic, own.entry.topic.items[n.n]!, answered.confidence, true);
}
