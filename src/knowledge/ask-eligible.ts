// Whether someone may stand, however it is asked: the negative list (负面清单) answers for a condition it names in
// its own words — asked outright (能当候选人不), as taking part (能参加村委会选举吗), or after a rule of the review or a
// discipline list was chosen for words it shares with the question. Split from ask-refine.ts, which calls these.
import { VOTE_ASKED } from './ask-vote.js';
import type { KnowledgeIndex, TopicEntry } from './index.js';
import { itemAnswer, itemText } from './ask-common.js';
import type { AskResult } from './types.js';

/** "这种人能当候选人不", "这能让他上吗": whether someone may stand, which the list of who may not (负面清单) answers. */
export const ASKS_ELIGIBLE = /能当候选人|能不能当|让(?:他|她)上|能上(?:吗|不|么)|上得了|(?:能|能不能|让(?:他|她))报名|还能当|能当不|能选不|能不能选|还能选|能参选|能不能参选|有没有资格|有资格|能进两委|能不能进/;
export const WHO_MAY_NOT_STAND = '负面清单';
/** The joint review of who may stand (资格联审). */
const REVIEW_TITLE = /联审/;

/**
 * Whether someone who did a forbidden act may stand is answered by the negative list's item for that act
 * (宗族势力, 贿选), not by the discipline list's prohibition of the act, when the negative list names it.
 */
export function eligible(index: KnowledgeIndex, answered: AskResult, cleaned: string): AskResult {
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

/** Item n of a topic names the breach the question tells, in its own words or the synonym table's. */
export function namesBreach(index: KnowledgeIndex, cleaned: string, entry: TopicEntry, n: number): boolean {
  const item = entry.topic.items[n]!;
  const text = itemText(item);
  if (index.misconduct(cleaned).some((w) => text.includes(w) || entry.itemVocab[n]!.has(w))) return true;
  return index.breachTerms(index.terms(cleaned)).some((t) => entry.itemKeys[n]!.has(t));
}

/** "能参加村委会选举吗", "能不能参与换届": taking part asked, which says neither voting nor standing by itself. */
const TAKES_PART = /(?:能|可以|能不能|可不可以|能否|还能|还可以)(?:再)?(?:参加|参与)[^，,。？?！!]{0,8}?(?:选举|换届|选)/;

/** Taking part asked, and not voting in so many words. */
const takesPart = (cleaned: string) => TAKES_PART.test(cleaned) && !VOTE_ASKED.test(cleaned);
const COUNTED = /^[\d零一二两三四五六七八九十百半几]/;

/**
 * "失信被执行人能参加村委会选举吗": whether a person with a condition may take part in the election, when the
 * condition is one the negative list alone names (失信被执行人), is asked about standing — the list's item answers,
 * not a rule of the law's procedure that shares only the words 参加 and 选举. Voting asked in so many words
 * (投票, 选举权) is left to votingNotStanding; a condition the list does not name (户口不在村里) keeps the law's answer.
 */
export function takingPart(index: KnowledgeIndex, answered: AskResult, cleaned: string): AskResult {
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
