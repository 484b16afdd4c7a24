// Decide how to answer a question: one item, a whole list, a topic overview, a clarifying question,
// or an honest abstention. Wrong answers about election discipline are worse than none, so every
// path that is not clearly supported by the question's words ends in 'clarify' or 'abstain'.
import type { KnowledgeIndex, Ranked, TopicEntry } from './index.js';
import { findOrdinal } from './numerals.js';
import { citeTopic } from './parse.js';
import type { AskOptions, AskResult, Item, Topic } from './types.js';

/** Below this share of the question explained by the best topic, abstain. */
export const MIN_CONFIDENCE = 0.55;
/** Below this share of the question explained by the chosen item (with its topic's header), abstain. */
const MIN_ITEM_FIT = 0.55;
/** For an item of a numbered list, the share of the question's known (non-context) words it must explain. */
const MIN_LIST_KNOWN = 0.66;
/** The question asks when or how long; the rule must then state a time or a period. */
const ASKS_TIME = /多久|多长时间|什么时候|啥时候|何时|几天|几年|几个月|哪天|多少天|多少年/;
/** "几年一届": a number of years, not any time ("审计结果在选举之前公布" is no term of office). */
const ASKS_YEARS = /几年|多少年|任期多长|一届多长/;
const STATES_YEARS = /[0-9一二两三四五六七八九十]+\s*年|任期相同|届满/;
const STATES_TIME = /[0-9一二两三四五六七八九十百]+\s*(?:年|日|天|个月|月|周)|期限|时限|期满|期内|影响期|届满|之前|以前|以内|之日起|当日|当天|期间|时止|每季度|每月|每年|每周/;
/** The question asks for a fact (who, where, how much, when, whether there is …), not about a situation. */
const INFO_QUESTION = /谁|哪里|哪儿|哪个部门|哪个电话|什么电话|电话多少|电话是多少|多少|几[个天年条次]|什么时候|啥时候|有没有|怎么(?!办|处理|定性|弄|算|整)|咋(?!办|整|弄|处理)|如何/;
/** The question is about a rule itself: what it means, which item or version says something. */
const ABOUT_RULE = /什么意思|啥意思|是什么|是啥|说的啥|讲的什么|指什么|含义|是指|哪条|哪一条|第几条|哪个版本|哪一版/;
/** An item of the kind asked is preferred when it scores at least this share of the best item. */
const ASPECT_SHARE = 0.5;
/** A short question whose two best topics score this close is ambiguous. */
const CLOSE = 0.85;
const LIST_WORDS = /有哪些|哪些|有啥|都啥|包括|包含|内容|全文|全部|是什么|是啥|啥意思|指什么|哪几条|哪十条|(?<!第)几条|列出|列一下|发一下|原文|清单/;
const SITUATIONAL = /能.{0,10}[吗不]|(?<!谁)能(?:参选|当|进|选|投|提名|报名|担任|干)|可以.{0,10}吗|算不算|算不|算.{0,6}吗|能不能|能否|可不可以|可以吗|可以不|行不行|行吗|还能|会不会|是否|属不属于|属于|违不违|违反|违纪吗|允许|让不让|合不合|有没有问题|怎么办|咋办|怎么处理|咋处理|要不要|该不该|得不得/;

function result(partial: Partial<AskResult> & Pick<AskResult, 'kind' | 'confidence'>): AskResult {
  return { situational: false, others: [], related: [], suggestions: [], citations: [], ...partial };
}

function cite(topic: Topic, item?: Item): string {
  return item ? item.source : citeTopic(topic);
}

/** One entry per family (its first member), so suggestions do not list three versions of one list. */
function distinctTopics(ranked: Ranked[], limit: number, skip?: TopicEntry): Topic[] {
  const seen = new Set<string>();
  const out: Topic[] = [];
  for (const r of ranked) {
    const key = r.entry.topic.family ?? r.entry.topic.id;
    if (r.entry === skip || seen.has(key)) continue;
    seen.add(key);
    out.push(r.entry.topic);
    if (out.length === limit) break;
  }
  return out;
}

/**
 * Pick the version of a list family: the one a marker names ("2021年"), else the one whose items
 * explain the rest of the question best ("带病提拔" is only in the 2026 list), else the county default,
 * else the newest.
 */
function chooseVariant(index: KnowledgeIndex, best: Ranked, ranked: Ranked[], terms: string[], opts: AskOptions): Ranked {
  const family = best.entry.topic.family;
  if (!family) return best;
  const siblings = ranked.filter((r) => r.entry.topic.family === family);
  const hits = siblings.map((r) => terms.filter((t) => r.entry.markerTerms.has(t)).length);
  const top = Math.max(...hits);
  let candidates = top > 0 ? siblings.filter((_, i) => hits[i] === top) : siblings;
  // Words that name none of the versions ("带病提拔") decide between them by what their items say.
  const familyNames = new Set(siblings.flatMap((r) => [...r.entry.nameTerms]));
  const beyond = terms.filter((t) => !familyNames.has(t) && !index.common(t));
  const fit = candidates.map((r) => (beyond.length ? index.coverage(beyond, r.entry.itemVocab[r.bestItem]!, false) : 0));
  const bestFit = Math.max(...fit);
  candidates = candidates.filter((_, i) => fit[i]! >= bestFit - 1e-9);
  const byDefault = candidates.find((r) => r.entry.topic.variant === opts.variantDefaults?.[family]);
  if (byDefault) return byDefault;
  return [...candidates].sort((a, b) => b.entry.topic.source.date.localeCompare(a.entry.topic.source.date))[0] ?? best;
}

/** In a facts topic, the one item whose words contain the whole question ("九严禁" → the 2016 item). */
function soleItem(entry: Ranked['entry'], terms: string[]): number | undefined {
  const hits = entry.itemVocab.flatMap((v, i) => (terms.every((t) => v.has(t)) ? [i] : []));
  return hits.length === 1 ? hits[0] : undefined;
}

/** One item clearly ahead of the rest (half again the next score), e.g. context words pointing at it. */
function dominantItem(r: Ranked): number | undefined {
  const sorted = [...r.itemScores].sort((a, b) => b - a);
  return (sorted[0] ?? 0) > 0 && (sorted[0] ?? 0) >= 1.5 * (sorted[1] ?? 0) ? r.bestItem : undefined;
}

function siblingsOf(index: KnowledgeIndex, topic: Topic): Topic[] {
  return topic.family ? index.entries.map((e) => e.topic).filter((t) => t.family === topic.family && t !== topic) : [];
}

/** Items from other topics that bear on the same situation (e.g. 十不准 next to 十严禁). */
function relatedItems(index: KnowledgeIndex, chosen: Ranked, ranked: Ranked[], terms: string[]): { topic: Topic; item: Item }[] {
  const bestItemScore = chosen.itemScores[chosen.bestItem] ?? 0;
  const family = chosen.entry.topic.family;
  return ranked
    .filter((r) => r !== chosen && (!family || r.entry.topic.family !== family) && (r.itemScores[r.bestItem] ?? 0) >= 0.75 * bestItemScore)
    .filter((r) => index.coverage(terms, r.entry.itemVocab[r.bestItem]!, false) >= 0.5)
    .slice(0, 2)
    .map((r) => ({ topic: r.entry.topic, item: r.entry.topic.items[r.bestItem]! }));
}

/**
 * Whether item n really answers the question, beyond ranking first: it is about something the question
 * names (an anchor), it explains most of the question, and a "多久/什么时候" question gets a rule that
 * states a time ("村务公开栏多久更新" is not answered by who supervises 村务公开). Numbered lists (十严禁,
 * 十不准, 负面清单) are where a wrong item does most harm: there, domain context words ("换届", "村干部")
 * are left out of the judgement, the question must be about a rule (see inside), and the item must explain
 * most of the words the base knows
 * ("贿选当上的能宣布无效吗" shares 宣布无效 with 严禁违规用人, but not 贿选 or 当选).
 */
function supports(index: KnowledgeIndex, entry: TopicEntry, n: number, terms: string[], cleaned: string, situational: boolean): boolean {
  const vocab = entry.itemFit[n]!;
  const item = entry.topic.items[n]!;
  const list = entry.topic.kind === 'list';
  // A numbered list is a list of what is forbidden: it answers a situation told or asked about ("有人送米
  // 送油", "算不算", "怎么处理"), what an item means, or which item says so — not a question after some
  // other fact that merely shares an object with an item ("选票谁来印" is not 严禁伪造选票).
  const asksOtherFact = INFO_QUESTION.test(cleaned) && !situational && !ABOUT_RULE.test(cleaned);
  if (list && asksOtherFact && !index.namesTopic(terms.filter((t) => entry.nameTerms.has(t)), entry)) return false;
  const content = list ? terms.filter((t) => !index.common(t)) : terms;
  if (!index.anchored(terms, entry, n) || index.coverage(content, vocab) < MIN_ITEM_FIT) return false;
  // Naming the list is no anchor for one of its items: "这个违反换届纪律不" about 放鞭炮 must share a
  // word with the rule itself (its title or keywords), or no rule of the list is said to cover it.
  if (list && !index.anchoredInItem(terms, entry, n)) return false;
  // Ranked lower, a rule about another body can still come first; it never answers ("预备党员能当村委会
  // 主任候选人吗" is not answered by who may stand for the party committee).
  if (index.aboutOtherBody(index.bodies(terms), entry.itemBodies[n]!)) return false;
  if (!index.namesLink(terms, entry)) return false;
  // A story of a breach ("冒名顶替他弟弟来投票") is not answered by the lawful procedure it abuses (委托投票):
  // only a list of what is forbidden, or a rule that names the breach itself, speaks to it.
  const breach = index.misconduct(cleaned);
  if (!list && breach.length && !breach.some((w) => (item.title + item.body + item.keywords.join(' ')).includes(w) || entry.itemVocab[n]!.has(w))) return false;
  // "一肩挑比例" is not answered by the rule on 交叉任职 ratios, however well 比例 matches. Only words
  // written in the question count: a synonym added for recall ("刑事处罚" → 负面清单) names no subject.
  if (index.missingSubjects(terms.filter((t) => cleaned.includes(t)), entry, n).length) return false;
  if (ASKS_TIME.test(cleaned) && !STATES_TIME.test(item.title + item.body)) return false;
  if (ASKS_YEARS.test(cleaned) && !STATES_YEARS.test(item.title + item.body)) return false;
  if (superseded(index, entry, n, terms)) return false;
  return !list || index.coverage(content.filter((t) => index.known(t)), vocab) >= MIN_LIST_KNOWN;
}

/** An item that sets out a rule no longer in force ("老规定（浙江2013年）…", "较早的通用口径…"). */
const OLD_RULE = /^(?:老规定|较早|原来的|以前的|旧)/;

/**
 * A rule no longer in force answers only a question that names something of its own — a word of its
 * title or keywords that no other item of its topic uses ("浙江", "刑满不满3年", "留党察看"): "判了缓刑能选吗"
 * asks about today's rule, which the same topic states too.
 */
function superseded(index: KnowledgeIndex, entry: TopicEntry, n: number, terms: string[]): boolean {
  if (!OLD_RULE.test(entry.topic.items[n]!.title)) return false;
  const own = (t: string) => !index.common(t) && !index.bodies([t]).size && entry.itemKeys[n]!.has(t) && !entry.itemVocab.some((v, i) => i !== n && v.has(t));
  return !terms.some(own);
}

/**
 * The item that answers the kind of question asked (lexicon.intents: "什么意思" wants the rule titled
 * 含义, "怎么操作" the one on 程序): among the topic's items whose title shows that aspect, the best
 * scoring one. A question with words beyond the topic's name only takes an item those words match about
 * as well as the best one;
 * one that just names the topic ("一肩挑是什么意思") takes the aspect when one item has it.
 */
function byAspect(index: KnowledgeIndex, chosen: Ranked, cleaned: string, hasWords: boolean): number | undefined {
  const items = index.aspectItems(cleaned, chosen.entry);
  if (hasWords) {
    const best = chosen.itemScores[chosen.bestItem] ?? 0;
    const touched = items.filter((i) => (chosen.itemScores[i] ?? 0) >= ASPECT_SHARE * best && best > 0);
    return touched.length ? touched.reduce((a, b) => (chosen.itemScores[b]! > chosen.itemScores[a]! ? b : a)) : undefined;
  }
  return items.length === 1 ? items[0] : undefined;
}

/** "十严禁最后一条": the last rule of the list named (an ordinal whose number is the list's length). */
const LAST = /最后(?:一|那)?[条项]/;
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
function lawfulStep(index: KnowledgeIndex, ranked: Ranked[], terms: string[], cleaned: string): Ranked | undefined {
  const best = ranked[0];
  if (!best || best.entry.topic.kind !== 'list' || !FORBIDS.test(best.entry.topic.items[best.bestItem]!.title)) return undefined;
  if (!SITUATIONAL.test(cleaned) || ABOUT_RULE.test(cleaned)) return undefined;
  if (ASKS_DISCIPLINE.test(cleaned) || index.misconduct(cleaned).length) return undefined;
  if (terms.some((t) => best.entry.nameTerms.has(t) && !index.common(t))) return undefined;
  const step = ranked.find((r) => r.entry.topic.kind !== 'list');
  if (!step || step.score < CLOSE * best.score) return undefined;
  // The same step named in both rules (委托投票, 移交): the list forbids its abuse, the other rule sets it out.
  const keys = (r: Ranked) => terms.filter((t) => !index.common(t) && r.entry.itemKeys[r.bestItem]!.has(t));
  const shared = keys(best).filter((t) => keys(step).includes(t));
  if (!shared.length) return undefined;
  return index.coverage(terms, step.entry.itemFit[step.bestItem]!) >= index.coverage(terms, best.entry.itemFit[best.bestItem]!) ? step : undefined;
}

/** An example question at least this close answers with its item, when the rules found no answer. */
const EXAMPLE_SIM = 0.6;
/** The closest example must lead the closest one written for another item by this much. */
const EXAMPLE_MARGIN = 0.1;

/**
 * The rules first; when they abstain, the example questions (templates/knowledge/questions/) written
 * for each item: a question close to one item's examples, and clearly closer than to any other item's,
 * is answered with that item — under the same guards as any answer (another body, a time not stated).
 */
export function ask(index: KnowledgeIndex, question: string, opts: AskOptions = {}): AskResult {
  const ruled = askByRules(index, question, opts);
  const cleaned = index.tokenizer.clean(question);
  if (ruled.kind === 'item') {
    const answered = overruled(index, ruled, cleaned) ?? ruled;
    if (ASKS_STANDING.test(cleaned) && !ABOUT_A_RULE.test(cleaned)) return standing(index, answered, cleaned);
    return ASKS_ELIGIBLE.test(cleaned) ? eligible(index, answered, cleaned) : answered;
  }
  // A question the rules found to fit several topics ("任期") is asked back, unless one item's example
  // questions settle it between those topics ("村委会一共几个人": the size of the villagers' committee).
  if (ruled.kind === 'clarify') return settled(index, ruled, question, cleaned) ?? ruled;
  if (ruled.kind !== 'abstain') return ruled;
  if (findOrdinal(cleaned) || index.outside(cleaned).length) return ruled;
  const terms = index.terms(cleaned);
  const ranked = index.rank(terms);
  // Examples of a topic the question does not name the link of ("一肩挑") are no reading of it, nor those
  // of a rule about only the body the question compares with ("村支部一届几年，跟村委会一样不": 村支部).
  const subject = subjectBodies(index, cleaned, terms);
  const near = index.nearestExamples(terms).filter((r) => index.namesLink(terms, r.entry) && !index.aboutOtherBody(subject, r.entry.itemBodies[r.n]!));
  const best = near[0];
  if (!best) return ruled;
  // Two readings agree: the rule text ranks first the very item whose example questions are closest.
  const agreed = agreement(index, ranked, near, terms, cleaned);
  if (agreed) return agreed;
  // A story of a breach, or a question the rules find closest to a discipline list, stays with the rules:
  // a neighbouring rule is the worst answer there.
  // A rule that names the breach itself ("以贿赂等手段当选的，当选无效") may answer it when its examples are close.
  const breachNamed = index.misconduct(cleaned).length > 0 && best.entry.topic.kind !== 'list' && namesBreach(index, cleaned, best.entry, best.n);
  if (!breachNamed && (index.misconduct(cleaned).length || ranked[0]?.entry.topic.kind === 'list')) return ruled;
  const family = best.entry.topic.family;
  const rival = near.find((r) => r !== best && !(family && r.entry.topic.family === family && r.n === best.n));
  // A discipline list is answered by the rules alone: there a neighbouring rule does most harm.
  if (best.entry.topic.kind === 'list') return ruled;
  if (best.sim < EXAMPLE_SIM || (rival && best.sim - rival.sim < EXAMPLE_MARGIN)) return ruled;
  // A version of a list: the county's default when its own item is about as close.
  const chosen = family ? (near.find((r) => r.entry.topic.family === family && r.n === best.n && r.entry.topic.variant === opts.variantDefaults?.[family] && r.sim >= best.sim - EXAMPLE_MARGIN) ?? best) : best;
  const { topic } = chosen.entry;
  const item = topic.items[chosen.n]!;
  // The question must name something of the item itself (its title, keywords or topic), not only share
  // filler with an example ("他这种情况能选不" names nobody's rule).
  if (!index.anchored(terms, chosen.entry, chosen.n)) return ruled;
  if (index.aboutOtherBody(index.bodies(terms), chosen.entry.itemBodies[chosen.n]!)) return ruled;
  if (!index.namesLink(terms, chosen.entry)) return ruled;
  if (ASKS_TIME.test(cleaned) && !STATES_TIME.test(item.title + item.body)) return ruled;
  return result({ kind: 'item', confidence: chosen.sim, situational: SITUATIONAL.test(cleaned), others: siblingsOf(index, topic), topic, item, citations: [cite(topic, item)] });
}

/** Example questions this close, and this far ahead of any other item's, settle a question asked back. */
const SETTLE_SIM = 0.7;
const SETTLE_MARGIN = 0.15;

function settled(index: KnowledgeIndex, ruled: AskResult, question: string, cleaned: string): AskResult | undefined {
  if (findOrdinal(cleaned) || index.outside(cleaned).length || index.misconduct(cleaned).length) return undefined;
  const terms = index.terms(cleaned);
  const near = index.nearestExamples(terms);
  const best = near[0];
  if (!best || best.entry.topic.kind === 'list' || best.sim < SETTLE_SIM) return undefined;
  if (!ruled.suggestions.includes(best.entry.topic)) return undefined;
  const rival = near.find((r) => r.entry !== best.entry || r.n !== best.n);
  if (rival && best.sim - rival.sim < SETTLE_MARGIN) return undefined;
  const { topic } = best.entry;
  if (!index.anchored(terms, best.entry, best.n) || !index.namesLink(terms, best.entry)) return undefined;
  if (index.aboutOtherBody(subjectBodies(index, cleaned, terms), best.entry.itemBodies[best.n]!)) return undefined;
  const item = topic.items[best.n]!;
  if (ASKS_TIME.test(cleaned) && !STATES_TIME.test(item.title + item.body)) return undefined;
  return result({ kind: 'item', confidence: best.sim, situational: SITUATIONAL.test(cleaned), others: siblingsOf(index, topic), topic, item, citations: [cite(topic, item)] });
}

/** "跟村委会一样不", "和居委会比": the body named here is compared with, not asked about. */
const COMPARED = /(?:跟|和|与|同|比)([^，,。？?！!\s]{1,8}?)(?:一样|相同|一致|比|差不多|有啥不同|有什么不同|区别)/g;

/** The bodies a question asks about: those it names, less one it only compares with when it names another. */
function subjectBodies(index: KnowledgeIndex, cleaned: string, terms: string[]): Set<number> {
  const asked = index.bodies(terms);
  if (asked.size < 2) return asked;
  const compared = new Set<number>();
  for (const m of cleaned.matchAll(COMPARED)) for (const b of index.bodies(index.terms(m[1]!))) compared.add(b);
  const rest = new Set([...asked].filter((b) => !compared.has(b)));
  return rest.size ? rest : asked;
}

/** Closest examples this near answer with their item when the rules' ranking puts that same item first. */
const AGREE_SIM = 0.4;
const AGREE_LIST_SIM = 0.5;
const AGREE_COVER = 0.5;
const AGREE_MARGIN = 0.05;
/** A question of fewer words of its own ("过半数", "几年一届") is asked back or declined, however the readings agree. */
const AGREE_MIN_WORDS = 3;

/**
 * The rules' ranking (the item texts) and the example questions are two readings of a question: when the
 * item ranked first is also the one whose examples are closest, clearly ahead of any other item's, the
 * question is answered with it, even below the thresholds either reading needs alone.
 */
function agreement(index: KnowledgeIndex, ranked: Ranked[], near: ReturnType<KnowledgeIndex['nearestExamples']>, terms: string[], cleaned: string): AskResult | undefined {
  const top = ranked[0];
  const best = near[0];
  if (!top || !best || top.entry !== best.entry || top.bestItem !== best.n) return undefined;
  const { topic } = best.entry;
  if (terms.filter((t) => !index.common(t)).length < AGREE_MIN_WORDS) return undefined;
  if (index.coverage(terms, top.entry.vocab) < AGREE_COVER) return undefined;
  if (best.sim < (topic.kind === 'list' ? AGREE_LIST_SIM : AGREE_SIM)) return undefined;
  const rival = near.find((r) => r !== best);
  if (rival && best.sim - rival.sim < AGREE_MARGIN) return undefined;
  const item = topic.items[best.n]!;
  const list = topic.kind === 'list';
  if (!(list ? index.anchoredInItem(terms, best.entry, best.n) : index.anchored(terms, best.entry, best.n))) return undefined;
  if (index.aboutOtherBody(index.bodies(terms), best.entry.itemBodies[best.n]!)) return undefined;
  if (!index.namesLink(terms, best.entry)) return undefined;
  // A story of a breach is answered only by a list of what is forbidden or a rule naming the breach itself.
  const breach = index.misconduct(cleaned);
  if (!list && breach.length && !breach.some((w) => (item.title + item.body + item.keywords.join(' ')).includes(w) || best.entry.itemVocab[best.n]!.has(w))) return undefined;
  if (ASKS_TIME.test(cleaned) && !STATES_TIME.test(item.title + item.body)) return undefined;
  if (ASKS_YEARS.test(cleaned) && !STATES_YEARS.test(item.title + item.body)) return undefined;
  return result({ kind: 'item', confidence: best.sim, situational: SITUATIONAL.test(cleaned), others: siblingsOf(index, topic), topic, item, citations: [cite(topic, item)] });
}

/** An example question at least this close to another item overrules the rules' item (never a list's, either way) … */
const OVER_SIM = 0.6;
/** … when it is this much closer than the examples written for the rules' own item. */
const OVER_MARGIN = 0.15;

/**
 * The rules answered with an item whose example questions are far from the question, while another
 * item's examples are close ("投票的人不到登记选民一半，这选举算不算": the rules find 过半数 in the recall
 * vote, the examples the rule on a valid election): the examples' item answers, under the same guards.
 * Discipline lists are neither overruled nor given this way.
 */
function overruled(index: KnowledgeIndex, ruled: AskResult, cleaned: string): AskResult | undefined {
  if (!ruled.topic || !ruled.item || findOrdinal(cleaned)) return undefined;
  if (ruled.topic.kind === 'list') return undefined;
  const terms = index.terms(cleaned);
  const near = index.nearestExamples(terms);
  const best = near[0];
  if (!best || best.sim < OVER_SIM || best.entry.topic.kind === 'list') return undefined;
  if (best.entry.topic === ruled.topic && best.n === ruled.item.n - 1) return undefined;
  const own = near.find((r) => r.entry.topic === ruled.topic && r.n === ruled.item!.n - 1)?.sim ?? 0;
  const rival = near.find((r) => r !== best);
  if (best.sim - own < OVER_MARGIN || (rival && best.sim - rival.sim < EXAMPLE_MARGIN / 2)) return undefined;
  const { topic } = best.entry;
  const item = topic.items[best.n]!;
  if (!index.anchored(terms, best.entry, best.n)) return undefined;
  if (index.aboutOtherBody(index.bodies(terms), best.entry.itemBodies[best.n]!)) return undefined;
  if (!index.namesLink(terms, best.entry)) return undefined;
  const breach = index.misconduct(cleaned);
  if (breach.length && !breach.some((w) => (item.title + item.body + item.keywords.join(' ')).includes(w) || best.entry.itemVocab[best.n]!.has(w))) return undefined;
  if (ASKS_TIME.test(cleaned) && !STATES_TIME.test(item.title + item.body)) return undefined;
  if (ASKS_YEARS.test(cleaned) && !STATES_YEARS.test(item.title + item.body)) return undefined;
  return result({ kind: 'item', confidence: best.sim, situational: SITUATIONAL.test(cleaned), others: siblingsOf(index, topic), topic, item, citations: [cite(topic, item)] });
}

/** "选上了算数不", "这个委员还算不算": whether an outcome stands, not whether an act is forbidden ("算不算拉票"). */
const ASKS_STANDING = /算数|作数|算不算数|还算不算|还算吗|还算不|有效吗|有效不|还有效|无效|作废/;
const STATES_STANDING = /无效|有效|终止|作废/;
/** "那个规定还有效吗" asks whether a rule is in force, not whether an outcome stands. */
const ABOUT_A_RULE = /规定|政策|文件|条例|办法|说法|口径|规矩/;

/**
 * A question whether an outcome stands is answered by a rule that says so (当选无效, 职务自行终止) rather
 * than by the prohibition next to it, when such a rule names the breach or the event the question tells.
 */
function standing(index: KnowledgeIndex, answered: AskResult, cleaned: string): AskResult {
  const { item } = answered;
  if (item && STATES_STANDING.test(item.title)) return answered;
  const terms = index.terms(cleaned);
  // The event told ("判刑"), not a word every election rule has ("当选").
  const own = terms.filter((t) => !index.common(t));
  const ranked = index.rank(terms);
  // The rule sharing most of the question's own words ("判刑", "委员": 职务自行终止), then the best scored.
  const found = ranked
    .filter((r) => r.entry.topic.kind !== 'list')
    .flatMap((r) => r.itemScores.map((score, n) => ({ r, n, score, shared: own.filter((t) => r.entry.itemVocab[n]!.has(t)).length })))
    .filter(({ r, n, score, shared }) => score > 0 && STATES_STANDING.test(r.entry.topic.items[n]!.title) && (shared >= 2 || namesBreach(index, cleaned, r.entry, n)))
    .sort((a, b) => b.shared - a.shared || b.score - a.score)[0];
  // None: the rule found first stays ("现场临时委托代投算不算数": it is forbidden, so it does not count).
  if (!found) return answered;
  const { topic } = found.r.entry;
  const chosen = topic.items[found.n]!;
  return result({ kind: 'item', confidence: answered.confidence, situational: true, others: siblingsOf(index, topic), topic, item: chosen, citations: [cite(topic, chosen)] });
}

/** "这种人能当候选人不": whether someone may stand, which the list of who may not (负面清单) answers. */
const ASKS_ELIGIBLE = /能当候选人|能不能当|还能当|能当不|能选不|能不能选|还能选|能参选|能不能参选|有没有资格|有资格|能进两委|能不能进/;
const WHO_MAY_NOT_STAND = '负面清单';

/**
 * Whether someone who did a forbidden act may stand is answered by the negative list's item for that act
 * (宗族势力, 贿选), not by the discipline list's prohibition of the act, when the negative list names it.
 */
function eligible(index: KnowledgeIndex, answered: AskResult, cleaned: string): AskResult {
  const { topic: was } = answered;
  if (!was || was.kind !== 'list' || was.family === WHO_MAY_NOT_STAND) return answered;
  const terms = index.terms(cleaned);
  const entry = index.rank(terms).find((r) => r.entry.topic.family === WHO_MAY_NOT_STAND);
  if (!entry) return answered;
  // The list's own best item for the question, when it names the act told ("宗族", "贿选").
  const n = entry.bestItem;
  const own = terms.filter((t) => !index.common(t));
  const names = (entry.itemScores[n] ?? 0) > 0 && (namesBreach(index, cleaned, entry.entry, n) || own.some((t) => entry.entry.itemKeys[n]!.has(t)));
  const best = names ? { n } : undefined;
  if (!best) return answered;
  const { topic } = entry.entry;
  const item = topic.items[best.n]!;
  return result({ kind: 'item', confidence: answered.confidence, situational: true, others: siblingsOf(index, topic), topic, item, citations: [cite(topic, item)] });
}

/** Item n of a topic names the breach the question tells, in its own words or the synonym table's. */
function namesBreach(index: KnowledgeIndex, cleaned: string, entry: TopicEntry, n: number): boolean {
  const item = entry.topic.items[n]!;
  const text = item.title + item.body + item.keywords.join(' ');
  if (index.misconduct(cleaned).some((w) => text.includes(w) || entry.itemVocab[n]!.has(w))) return true;
  return index.breachTerms(index.terms(cleaned)).some((t) => entry.itemKeys[n]!.has(t));
}

/** Share of the best score a village-committee rule needs to come first when the question names no body. */
const VILLAGE_SHARE = 0.6;

/**
 * A question that names no body ("另行选举咋算当选，还得过半不") asks about the village committee, the
 * first of lexicon.bodies and the base's main subject: a rule about another body only (the party
 * branch's 到会人数和当选票数) gives way to the village rule ranked next when that scores within reach.
 * Discipline lists are left where they rank.
 */
function villageFirst(index: KnowledgeIndex, ranked: Ranked[], terms: string[]): Ranked[] {
  const best = ranked[0];
  if (!best || best.entry.topic.kind === 'list' || index.bodies(terms).size) return ranked;
  const about = best.entry.itemBodies[best.bestItem]!;
  if (!about.size || about.has(0)) return ranked;
  const village = ranked.find((r) => r.entry.topic.kind !== 'list' && r.entry.itemBodies[r.bestItem]!.has(0));
  if (!village || village.score < VILLAGE_SHARE * best.score) return ranked;
  return [village, ...ranked.filter((r) => r !== village)];
}

/** The rule-based answer alone (exported for the tests that compare it with the example path). */
export function askByRules(index: KnowledgeIndex, question: string, opts: AskOptions = {}): AskResult {
  const cleaned = index.tokenizer.clean(question);
  const last = LAST.exec(cleaned);
  const ordinal = findOrdinal(cleaned) ?? (last ? { n: 0, rest: cleaned.slice(0, last.index) + ' ' + cleaned.slice(last.index + last[0].length) } : undefined);
  const terms = index.terms(ordinal ? ordinal.rest : cleaned);
  const termSet = new Set(terms);
  const situational = SITUATIONAL.test(cleaned);
  const ranked = villageFirst(index, index.rank(terms), terms);
  // A list spelled out by one of its names, with a number ("十严禁第一条说的啥来着，俺明天开会要给党员念念"):
  // the name and the number say which rule, whatever else the message tells.
  const namedList = ordinal ? ranked.find((r) => r.entry.topic.kind === 'list' && r.entry.names.some((n) => [...n].some((t) => !index.common(t)) && [...n].every((t) => termSet.has(t)))) : undefined;
  const best = namedList ?? lawfulStep(index, ranked, terms, cleaned) ?? ranked[0];
  const lists = () => index.entries.filter((e) => e.topic.kind === 'list').map((e) => e.topic);
  // Nothing matched at all: still offer three starting points, the topics sharing most characters.
  const closest = () => {
    const found = distinctTopics(ranked.filter((r) => r.score > 0), 3);
    const chars = new Set(cleaned);
    const rest = index.entries
      .filter((e) => !found.includes(e.topic) && !found.some((f) => f.family && f.family === e.topic.family))
      .map((e) => ({ topic: e.topic, overlap: [...e.nameChars].filter((c) => chars.has(c)).length }))
      .sort((a, b) => b.overlap - a.overlap)
      .map((r) => r.topic);
    return [...found, ...rest].filter((t, i, all) => !t.family || all.findIndex((x) => x.family === t.family) === i).slice(0, 3);
  };
  if (!terms.length || !best || best.score <= 0 || index.outside(cleaned).length) {
    if (ordinal) return result({ kind: 'clarify', confidence: 0, ...(ordinal.n ? { asked: ordinal.n } : {}), suggestions: lists() });
    return result({ kind: 'abstain', confidence: 0, suggestions: closest() });
  }
  const confidence = namedList ? 1 : index.coverage(terms, best.entry.vocab);
  if (confidence < MIN_CONFIDENCE) return result({ kind: 'abstain', confidence, suggestions: closest() });

  // One or two words that several topics explain equally well ("任期", "换届"): ask back.
  const rival = ranked.find((r) => r.entry !== best.entry && (!best.entry.topic.family || r.entry.topic.family !== best.entry.topic.family));
  const vague = !situational && !ordinal && termSet.size <= 2 && !index.namesTopic(terms, best.entry);
  if (vague && rival && rival.score >= CLOSE * best.score && index.coverage(terms, rival.entry.vocab) >= MIN_CONFIDENCE) {
    // Topics with a rule of the kind asked ("谁能投票": 选举权) come first among the suggestions.
    const fits = (r: Ranked) => (index.aspectItems(cleaned, r.entry).length ? 0 : 1);
    return result({ kind: 'clarify', confidence, suggestions: distinctTopics([...ranked].sort((a, b) => fits(a) - fits(b)), 3) });
  }

  const chosen = chooseVariant(index, best, ranked, terms, opts);
  const { topic } = chosen.entry;
  const base = { confidence, situational, others: siblingsOf(index, topic) };

  if (ordinal) {
    // A version named by its markers ("中央2021版第二条") names its list too; one marker ("村里") is not enough.
    const markers = [...chosen.entry.markerTerms].filter((t) => termSet.has(t)).length;
    const named = markers >= 2 || chosen.entry.names.some((n) => [...n].every((t) => termSet.has(t)));
    if (topic.kind === 'list') {
      if (!named) return result({ kind: 'clarify', confidence, ...(ordinal.n ? { asked: ordinal.n } : {}), suggestions: lists() });
      const item = topic.items[(ordinal.n || topic.items.length) - 1];
      if (!item) return result({ ...base, kind: 'missing-item', topic, asked: ordinal.n, citations: [cite(topic)] });
      return result({ ...base, kind: 'item', topic, item, citations: [cite(topic, item)] });
    }
    if (!ordinal.n) return result({ kind: 'clarify', confidence, suggestions: lists() });
    const articles = ranked
      .filter((r) => r.score > 0)
      .flatMap((r) => r.entry.topic.items.filter((i) => i.article === ordinal.n).map((item) => ({ topic: r.entry.topic, item })));
    const first = articles[0];
    if (!first) return result({ kind: 'clarify', confidence, ...(ordinal.n ? { asked: ordinal.n } : {}), suggestions: lists() });
    return result({ ...base, kind: 'item', topic: first.topic, item: first.item, related: articles.slice(1, 4), citations: articles.slice(0, 4).map((a) => cite(a.topic, a.item)) });
  }

  const beyond = index.beyondNames(terms, chosen.entry);
  const itemCoverage = beyond.length ? index.coverage(beyond, chosen.entry.itemVocab[chosen.bestItem]!) : 0;
  if (topic.kind === 'list' && (!beyond.length || (LIST_WORDS.test(cleaned) && itemCoverage < 0.5))) {
    return result({ ...base, kind: 'list', topic, citations: [cite(topic)] });
  }
  const sole = beyond.length ? undefined : (soleItem(chosen.entry, terms) ?? dominantItem(chosen));
  const sameList = (t: Topic) => t === topic || (!!topic.family && t.family === topic.family);
  const unsure = () => result({ kind: 'abstain', confidence, suggestions: [topic, ...closest().filter((t) => !sameList(t))].slice(0, 3) });
  const aspect = byAspect(index, chosen, cleaned, beyond.length > 0);
  if (sole === undefined && aspect === undefined && (!beyond.length || itemCoverage < 0.34)) {
    // Words beyond the topic's name that no item explains ask for something the base does not say.
    if (beyond.length || !index.anchored(terms, chosen.entry)) return unsure();
    return result({ ...base, kind: 'overview', topic, citations: [cite(topic)] });
  }
  let n = aspect ?? sole ?? chosen.bestItem;
  // A rule no longer in force that the question does not ask about by name gives way to the topic's best
  // rule in force ("判了个缓刑能选吗": 现行口径, not 浙江2013年).
  if (superseded(index, chosen.entry, n, terms)) {
    const current = chosen.itemScores.map((s, i) => ({ s, i })).filter(({ s, i }) => s > 0 && !OLD_RULE.test(topic.items[i]!.title));
    if (current.length) n = current.reduce((a, b) => (b.s > a.s ? b : a)).i;
  }
  if (!supports(index, chosen.entry, n, terms, cleaned, situational)) return unsure();
  const item = topic.items[n]!;
  const related = situational ? relatedItems(index, chosen, ranked, terms) : [];
  return result({ ...base, kind: 'item', topic, item, related, citations: [cite(topic, item), ...related.map((r) => cite(r.topic, r.item))] });
}
