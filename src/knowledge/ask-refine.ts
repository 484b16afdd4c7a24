// Which rule answers, once the rules have found one: refinements of the ranking for questions the plain
// score reads wrong — whether an outcome stands (standing), whether someone may stand (eligible), whether an
// act is allowed (allowed), a lawful
// step beside the list that forbids its abuse (lawfulStep), the village committee when no body is named
// (villageFirst).
import { lawfulProxy } from './ask-proxy.js';
import { VOTE_ASKED, votingNotStanding } from './ask-vote.js';
import type { KnowledgeIndex, Ranked, TopicEntry } from './index.js';
import { ABOUT_RULE, itemAnswer, itemText, SITUATIONAL } from './ask-common.js';
import type { AskOptions, AskResult } from './types.js';
import { facetItem } from './ask-facet.js';
import { whereToReport } from './ask-where.js';

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

/** "这种人能当候选人不", "这能让他上吗": whether someone may stand, which the list of who may not (负面清单) answers. */
const ASKS_ELIGIBLE = /能当候选人|能不能当|让(?:他|她)上|能上(?:吗|不|么)|上得了|(?:能|能不能|让(?:他|她))报名|还能当|能当不|能选不|能不能选|还能选|能参选|能不能参选|有没有资格|有资格|能进两委|能不能进/;
export const WHO_MAY_NOT_STAND = '负面清单';
/** The joint review of who may stand (资格联审). */
const REVIEW_TITLE = /联审/;

/**
 * Whether someone who did a forbidden act may stand is answered by the negative list's item for that act
 * (宗族势力, 贿选), not by the discipline list's prohibition of the act, when the negative list names it.
 */
function eligible(index: KnowledgeIndex, answered: AskResult, cleaned: string): AskResult {
  const { topic: was } = answered;
  // Also a rule of the review itself (资格联审: 不列入候选人) chosen for words it shares with the question (列入), when
  // it does not name the condition told (失信被执行人) and the negative list does.
  const review = !!was && was.kind !== 'list' && !!answered.item && REVIEW_TITLE.test(was.title);
  if (!was || (was.kind !== 'list' && !review) || was.family === WHO_MAY_NOT_STAND) return answered;
  const terms = index.terms(cleaned);
  const entry = index.rank(terms).find((r) => r.entry.topic.family === WHO_MAY_NOT_STAND);
  if (!entry) return answered;
  // The list's own best item for the question, when it names the act told ("宗族", "贿选").
  const n = entry.bestItem;
  const own = terms.filter((t) => !index.common(t));
  const names = (entry.itemScores[n] ?? 0) > 0 && (namesBreach(index, cleaned, entry.entry, n) || own.some((t) => entry.entry.itemKeys[n]!.has(t)));
  if (!names) return answered;
  if (review) {
    const item = entry.entry.topic.items[n]!;
    const told = own.filter((t) => !COUNTED.test(t) && (item.title + item.body).includes(t));
    if (!told.length || told.some((t) => itemText(answered.item!).includes(t))) return answered;
  }
  const { topic } = entry.entry;
  return itemAnswer(index, topic, topic.items[n]!, answered.confidence, true);
}

/** "他也想竞选主任，中不中", "这回能报候选人不": whether a person told of may stand, in any of the usual forms. */
export const ASKS_STAND = /(能|可以|能不能|可不可以|还能|还可以)再?(当(?!选)|选(?![上举])|参选|报|提名|竞选|进|干(?![啥什么好嘛点])|作为|成为|列为)|想(竞选|参选|出来选|回来选|回来当|连任|当|选(?![上举]))|(?:能|可以|能不能|还能|还可以)(?:先|继续)?(?:连任|留任|报名)|想继续(?:干|当)|有资格|资格不|有资个|有没有资格|(?:审查|联审|资格)?(?:能过|过得了|过不了|通不过|卡掉|卡不卡|要卡|会被卡|刷掉|刷下来)/;
/** Words that ask about an act's discipline; 十不选 and 违法用地 belong to the negative list itself. */
const ASKS_ACT_BREACH = /纪律|违纪|违规|违反|犯规|犯哪|处分|查处|拉票|贿选|严禁|不准/;
const SUPPOSED = /如果|要是|假如|万一|假设/;
/** The breach told as the person's past: dealt with, found out, or at an earlier election. */
const PERSONS_PAST = /处理过|处分过|查实过|被查实|查处过|被查过|受过|给了个|以前|前几年|前些年|去年|前年|上届|上次|曾经/;
/** Whether an act breaks the rules, asked in words of breaking alone (no breach named): the example path's guard. */
export const ASKS_BREACH = /违纪|违规|违反|违法|犯规|犯哪|处分|查处/;
/** A number asked ("得多少票才算选上") is a rule of the vote, not of who may stand. */
const ASKS_NUMBER = /多少|几票|过半|票数|得票|几个|[\d零一二两三四五六七八九十百]+票|能干几年|干几年/;
/** The condition told of a relative ("他儿子是老赖，老子能不能参选"), or denied ("他没判过刑"): no item is the person's. */
const NOT_THE_PERSONS = /(他|她|其)的?(儿子|闺女|女儿|爹|爸|妈|娘|老婆|媳妇|对象|家属|亲戚|父亲|母亲|配偶|子女|老子|家里人)|(没|没有|不是|从没|从来没|并没|并不是)(判|坐|犯|被|受|进|有|前科|案底|村霸|老赖|吸毒|赌)/;

/** Two of one family in the bodies at once (两口子能不能同时进村两委): kinship is the matter, not a condition of the list. */
const KIN_TOGETHER = /(?:两口子|夫妻|父子|母子|母女|父女|兄弟|姐妹|一家子|一家人)[^,，。？?]{0,12}(?:同时|一起|一块|都)/;

/**
 * A question the rules could not place that asks whether someone may stand and tells a condition the
 * negative list names in its own words or the synonym table's ("外号叫村霸", "上了失信名单"): that item
 * answers. Nothing else is rescued — a condition the list does not name stays declined.
 */
export function eligibleRule(index: KnowledgeIndex, cleaned: string, confidence: number, asked = ASKS_STAND.test(cleaned) || takesPart(cleaned)): AskResult | undefined {
  // "被行政拘留过，能不能提名": a condition no list names is not answered with a neighbouring item of the list.
  // An act's words (贿选, 处分) ask about the act, unless it is told as the person's past (贿选被查实过的人下一届还能选吗).
  // A condition supposed (如果以后他被判了刑) is the law's on office ending, not the list's on who may stand.
  if (!asked || SUPPOSED.test(cleaned) || index.unlisted(cleaned) || (ASKS_ACT_BREACH.test(cleaned) && !PERSONS_PAST.test(cleaned)) || ASKS_NUMBER.test(cleaned) || NOT_THE_PERSONS.test(cleaned) || KIN_TOGETHER.test(cleaned)) return undefined;
  const entry = index.rank(index.terms(cleaned)).find((r) => r.entry.topic.family === WHO_MAY_NOT_STAND);
  if (!entry) return undefined;
  // The condition is a word of the question's own (not one every rule has) that one item alone of the list holds.
  const own = index.terms(cleaned).filter((t) => !index.common(t));
  const keys = entry.entry.itemKeys;
  const only = (t: string, n: number) => keys[n]!.has(t) && keys.every((k, m) => m === n || !k.has(t));
  const named = entry.itemScores.map((score, n) => ({ score, n })).filter(({ score, n }) => score > 0 && (namesBreach(index, cleaned, entry.entry, n) || own.some((t) => only(t, n))));
  // One item names the condition told, or one far ahead of the others (a word like 作为 that one other item
  // happens to use); two of a kind (判刑 and 村霸 both) leave the question to a person.
  named.sort((a, b) => b.score - a.score);
  if (!named.length || (named.length > 1 && named[0]!.score < 2 * named[1]!.score)) return undefined;
  const { topic } = entry.entry;
  return itemAnswer(index, topic, topic.items[named[0]!.n]!, confidence, true);
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

/** Item n of a topic names the breach the question tells, in its own words or the synonym table's. */
export function namesBreach(index: KnowledgeIndex, cleaned: string, entry: TopicEntry, n: number): boolean {
  const item = entry.topic.items[n]!;
  const text = itemText(item);
  if (index.misconduct(cleaned).some((w) => text.includes(w) || entry.itemVocab[n]!.has(w))) return true;
  return index.breachTerms(index.terms(cleaned)).some((t) => entry.itemKeys[n]!.has(t));
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

/** "能参加村委会选举吗", "能不能参与换届": taking part asked, which says neither voting nor standing by itself. */
const TAKES_PART = /(?:能|可以|能不能|可不可以|能否|还能|还可以)(?:再)?(?:参加|参与)[^，,。？?！!]{0,8}?(?:选举|换届|选)/;

/**
 * "失信被执行人能参加村委会选举吗": whether a person with a condition may take part in the election, when the
 * condition is one the negative list alone names (失信被执行人), is asked about standing — the list's item answers,
 * not a rule of the law's procedure that shares only the words 参加 and 选举. Voting asked in so many words
 * (投票, 选举权) is left to votingNotStanding; a condition the list does not name (户口不在村里) keeps the law's answer.
 */
/** Taking part asked, and not voting in so many words. */
const takesPart = (cleaned: string) => TAKES_PART.test(cleaned) && !VOTE_ASKED.test(cleaned);
const COUNTED = /^[\d零一二两三四五六七八九十百半几]/;

function takingPart(index: KnowledgeIndex, answered: AskResult, cleaned: string): AskResult {
  const { topic: was } = answered;
  if (answered.kind !== 'item' || !was || !answered.item || was.kind === 'list' || !TAKES_PART.test(cleaned)) return answered;
  const found = eligibleRule(index, cleaned, answered.confidence, takesPart(cleaned));
  if (!found?.item) return answered;
  // "被剥夺政治权利的人能参加补选吗": the law's rule that names the condition told itself (政治权利) still answers.
  const entry = index.entries.find((e) => e.topic === was)!;
  const n = was.items.indexOf(answered.item);
  const text = itemText(answered.item);
  // (A span of time, 三年, is no condition: 近三年 of one rule is not 住了三年.)
  const told = index.terms(cleaned).filter((t) => !index.common(t) && !COUNTED.test(t) && (found.item!.title + found.item!.body).includes(t));
  // The condition must be in the list's own words: a word its example questions share (户口, 外出) is no condition of it.
  // Nor when the law's rule holds another word of the question's own (户籍: whose registration it is), bodies apart.
  const taking = TAKES_PART.exec(cleaned)![0];
  const own = index.terms(cleaned).filter((t) => !index.common(t) && !COUNTED.test(t) && !taking.includes(t) && !index.bodies([t]).size && !told.includes(t));
  return !told.length || [...told, ...own].some((t) => text.includes(t) || entry.itemKeys[n]!.has(t)) ? answered : found;
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
