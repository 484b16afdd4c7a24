// Decide how to answer a question: one item, a whole list, a topic overview, a clarifying question,
// or an honest abstention. Wrong answers about election discipline are worse than none, so every
// path that is not clearly supported by the question's words ends in 'clarify' or 'abstain'.
// The example-question paths are in ask-examples.ts, the refinements of which rule answers in
// ask-refine.ts, which item of a chosen topic in ask-items.ts, whether an item really answers in
// ask-supports.ts, and what they share in ask-common.ts.
import { actRule } from './ask-acts.js';
import { INFO_QUESTION, supports } from './ask-supports.js';
import { addedAsked, chooseVariant, versionAsked } from './ask-variant.js';
import type { KnowledgeIndex, Ranked, TopicEntry } from './index.js';
import { ABOUT_ASSISTANT, ABOUT_RULE, cite, itemText, CLOSE, COMPARED, DRAFT_ASKED, outsideOf, result, siblingsOf, SITUATIONAL, termValueDropped, withoutComplaintFrame, withoutOutsideAsides, withoutRecollection, withoutSourceFrame, withoutStakes } from './ask-common.js';
import { byExamples, overruled, settled } from './ask-examples.js';
import { facetItem } from './ask-facet.js';
import { byAspect, dominantItem, OLD_RULE, soleItem, superseded } from './ask-items.js';
import { keepNamedList, listClause, namedFirst } from './ask-named.js';
import { standingAfterBreach } from './ask-standing.js';
import { byParts } from './ask-parts.js';
import { reportRule, whereToReport } from './ask-where.js';
import { asksStepNotList, laterChecks, lawfulStep, limitRule, refined, standingRule } from './ask-refine.js';
import { eligibleRule } from './ask-eligible.js';
import { villageFirst, villageOverOther } from './ask-village.js';
import { findOrdinal } from './numerals.js';
import { distinctTopics, relatedItems } from './ask-related.js';
import { countsOtherThan, listAskedWhole, withoutNames } from './ask-whole.js';
import type { AskOptions, AskResult, Topic } from './types.js';
import { numberedVersion } from './ask-numbered.js';
import { anchored, beyondNames, namesLink, namesTopic } from './names.js';

/** "开村民会议得多少人到场？跟党员大会一样吗": the villagers' or residents' own meeting says whose rule is asked. */
const OWN_MEETING = /村民|居民/;
/** Below this share of the question explained by the best topic, abstain. */
export const MIN_CONFIDENCE = 0.55;
/** The story is about winning votes: a gift or a meal told with it is a means of buying them. */
export const VOTES_SOUGHT = /[投选](?:他|她|我|俺)|拉票|威胁|选票|一票|候选人|竞选|当选|选上|参选|贿选|选民|支持|选举|换届纪律/;
/** A feast or gift the custom of the place calls for (a funeral, a wedding), or thanks after the vote: the base does not say when it is a bribe. */
export const CUSTOMARY = /丧事|白事|红白|喜事|婚礼|结婚|吊唁|满月|寿宴|升学宴|随礼|随份子|感谢|答谢|谢谢/;
/** A term that is only a value: a count, a fraction or a share (三分之二, 三分, 之二). */
const BARE_VALUE = /^(?:(?:\d{1,3}|[零一二两三四五六七八九十百千]+)(?:分之[\d零一二两三四五六七八九十]+|分|成|%)?|之[\d零一二两三四五六七八九十]+|百分之[\d零一二两三四五六七八九十]+)$/;
/** Words that ask for the whole list, whatever rule the question also names. */
const WHOLE_LIST = /有哪些|哪些|都啥|包括|包含|全文|全部|哪几条|哪十条|(?<!第)几条|列出|列一下|发一下|清单/;
/** Words that ask what a list says: the whole-list words, and those that may ask after one rule of it. */
const LIST_WORDS = new RegExp(`${WHOLE_LIST.source}|有啥|内容|是什么|是啥|啥意思|指什么|原文`);

const LIST_WORDS_OF = new WeakMap<KnowledgeIndex, Set<string>>();
/** The words the lists of what is forbidden use (十严禁, 十不准, 负面清单). */
function listWords(index: KnowledgeIndex): Set<string> {
  let words = LIST_WORDS_OF.get(index);
  if (!words) LIST_WORDS_OF.set(index, (words = new Set(index.entries.filter((e) => e.topic.kind === 'list').flatMap((e) => [...e.vocab]))));
  return words;
}

/**
 * Whether another topic makes a short question ambiguous enough to ask back. Not: a list that only forbids
 * the abuse of the lawful step asked about ("委托邻居代投中不中"); a list, for a question after a fact it does not state ("交接都交啥");
 * and a topic whose link the question does not name ("一肩挑" for "得多少票才算当选").
 */
function rivals(index: KnowledgeIndex, best: Ranked, r: Ranked, terms: string[], cleaned: string, stepChosen: boolean): boolean {
  if (villageOverOther(index, best, r, terms)) return false;
  if (r.entry.topic.kind === 'list' && (stepChosen || (best.entry.topic.kind !== 'list' && asksStepNotList(index, r, terms, cleaned)) || (INFO_QUESTION.test(cleaned) && !ABOUT_RULE.test(cleaned) && !namesTopic(terms.filter((t) => r.entry.nameTerms.has(t)), r.entry)))) return false;
  return namesLink(index, terms, r.entry);
}

const POINTS_AT = /^(?:那|这)(?:个|种)(?!人)|^他(?:这|那)种/;
// "按上面那个办法搞行不行", "我跟你说的那个": what was said before in the chat, which the bot does not have.
const POINTS_BACK = /上回|上次|刚才说|之前说|前面说|那种情况|那个事|那件事|后来呢|来着|上面(?:那个|这个|说的|讲的|那种)|刚才那个|跟你说的|我说的那个/;
// "那居委会也一样吗": the same as what was said before.
const SAME_AS_SAID = /也(?:是)?(?:这样|一样|这么|那样|那么|按这个|照这个)|(?:跟|和)(?:这|上面|刚才)(?:个|条)?一样/;

const OWN_DAY = /(?:我们|俺们|咱们?|本)(?:乡|镇|村|县|街道|社区)[^,，。;；?？!！]{0,14}(?:哪天|几号|几月几[号日]?|具体(?:时间|日子|日期))/;
const LAW_CITED = /组织法|条例|法律|法规|法第/;

/** "十严禁最后一条": the last rule of the list named (an ordinal whose number is the list's length). */
const LAST = /最后(?:一|那)?[条项]/;

/**
 * The rules first; when they abstain, the example questions (templates/knowledge/questions/) written
 * for each item: a question close to one item's examples, and clearly closer than to any other item's,
 * is answered with that item — under the same guards as any answer (another body, a time not stated).
 */
export function ask(index: KnowledgeIndex, question: string, opts: AskOptions = {}, parts = true): AskResult {
  const answered = standingAfterBreach(index, question, keepNamedList(index, question, answer(index, question, opts, parts)));
  const clause = listClause(index, question, answered);
  return clause === undefined ? answered : keepNamedList(index, clause, answer(index, clause, opts, false));
}

function answer(index: KnowledgeIndex, question: string, opts: AskOptions, parts: boolean): AskResult {
  if (DRAFT_ASKED.test(question) || ABOUT_ASSISTANT.test(question)) return result({ kind: 'abstain', confidence: 0 });
  const ruled = askByRules(index, question, opts);
  const cleaned = index.tokenizer.clean(question);
  if (ruled.kind === 'item') return refined(index, overruled(index, ruled, cleaned) ?? ruled, cleaned, opts);
  // A question the rules found to fit several topics ("任期") is asked back, unless one item's example
  // questions settle it between those topics ("村委会一共几个人": the size of the villagers' committee).
  // Not one that points back to what was said before (上回说的那个举报): no example knows what that was.
  if (ruled.kind === 'clarify') return (POINTS_BACK.test(cleaned) ? undefined : settled(index, ruled, cleaned)) ?? ruled;
  if (ruled.kind === 'overview') return facetItem(index, ruled, cleaned);
  // One's own timetable is declined by the rules, and no example of a general rule of when may answer it.
  if (ruled.kind !== 'abstain' || OWN_DAY.test(cleaned)) return ruled;
  const example = byExamples(index, cleaned, opts);
  // A list's item found by example questions still gives way to the reporting rule when where to report is asked.
  if (example) return laterChecks(index, whereToReport(index, example, cleaned), cleaned, opts);
  const reported = reportRule(index, cleaned, ruled.confidence);
  const checked = reported && laterChecks(index, reported, cleaned, opts);
  const rescued = (checked?.kind === 'item' ? checked : undefined) ?? standingRule(index, cleaned, ruled.confidence, true) ?? eligibleRule(index, cleaned, ruled.confidence) ?? limitRule(index, cleaned, ruled.confidence) ?? actRule(index, cleaned, ruled.confidence, opts, question);
  if (rescued) return rescued;
  const sourceless = sourceAside(index, cleaned, opts, withoutSourceFrame) ?? alternativeAside(index, cleaned, opts) ?? sourceAside(index, cleaned, opts, withoutRecollection);
  if (sourceless) return sourceless;
  // Parts are asked by the rules alone, without splitting again: a part is one question, and the example
  // path for every part doubled the answer's p99 (1.0 → 2.0 ms) for one more answered question in 1,452.
  return (parts ? byParts(index, cleaned, (q) => askByRules(index, q, opts)) : undefined) ?? ruled;
}

/**
 * "亲属回避是国家法律规定的还是省里定的": declined with the question of whose rule it is, the rule itself is asked —
 * its answer names its source (withoutSourceFrame); so too without what the asker remembers (withoutRecollection).
 * Only an item's answer is taken: the topic's overview says nothing of a source.
 */
function sourceAside(index: KnowledgeIndex, cleaned: string, opts: AskOptions, aside: (cleaned: string) => string): AskResult | undefined {
  const rest = aside(cleaned);
  if (rest === cleaned) return undefined;
  const ruled = askByRules(index, rest, opts);
  return ruled.kind === 'item' ? refined(index, overruled(index, ruled, rest) ?? ruled, rest, opts) : undefined;
}

/** The second of two choices, ending the question: 是上面任命的还是选的, 是任命还是选举呢. */
const OTHER_CHOICE = /还是[^，,。;；？?！!\s]{1,8}[呢啊呀]?[？?]*\s*$/;

/**
 * "村委会主任是上面任命的还是选的": which of two it is, the rule that settles it answers either — asked with the first
 * choice alone, the whole way (rules, then example questions). Only an item's answer outside the discipline lists: a
 * list's rule is never chosen on half the words.
 */
function alternativeAside(index: KnowledgeIndex, cleaned: string, opts: AskOptions): AskResult | undefined {
  // Asked as a yes-or-no question of the first choice: 是上面任命的吗.
  const rest = cleaned.replace(OTHER_CHOICE, '吗');
  if (rest === cleaned || rest === '吗') return undefined;
  const answered = answer(index, rest, opts, false);
  if (answered.kind !== 'item' || answered.topic?.kind === 'list' || !answered.item) return undefined;
  // The rule must speak to the other choice too (选的: 由村民直接选举产生), or it does not settle which: "另行选举是当天
  // 接着选还是要另外定日子" is not answered by the rule that there is one.
  const other = index.terms(OTHER_CHOICE.exec(cleaned)![0].slice(2));
  const entry = index.entries.find((e) => e.topic === answered.topic);
  const vocab = entry?.itemFit[entry.topic.items.indexOf(answered.item)];
  const text = itemText(answered.item);
  return other.some((t) => vocab?.has(t) || text.includes(t)) ? answered : undefined;
}

/** The rule-based answer alone (exported for the tests that compare it with the example path). */
export function askByRules(index: KnowledgeIndex, question: string, opts: AskOptions = {}): AskResult {
  const asked = withoutOutsideAsides(index, withoutStakes(index, withoutComplaintFrame(index.tokenizer.clean(question))));
  // "村支部一届几年 跟村委会一样不": the body compared with is not what is asked; its words would only dilute.
  // Only a body is taken out: "人数跟要选的名额一样多" compares a number, which is what is asked.
  const compared = asked.replace(COMPARED, (m, what: string) => (index.bodies(index.terms(what)).size ? ' ' : m));
  // What is left must still say whose rule is asked: a body, or the villagers' (residents') own meeting.
  const cleaned = compared !== asked && (index.bodies(index.terms(compared)).size || OWN_MEETING.test(compared)) ? compared : asked;
  const last = LAST.exec(cleaned);
  const ordinal = findOrdinal(cleaned) ?? (last ? { n: 0, rest: cleaned.slice(0, last.index) + ' ' + cleaned.slice(last.index + last[0].length) } : undefined);
  const terms = termValueDropped(index.terms(ordinal ? ordinal.rest : cleaned));
  const termSet = new Set(terms);
  const situational = SITUATIONAL.test(cleaned);
  const ranked = namedFirst(index, villageFirst(index, index.rank(terms), terms), terms, cleaned);
  // A list spelled out by one of its names, with a number ("十严禁第一条说的啥来着，俺明天开会要给党员念念"):
  // the name and the number say which rule, whatever else the message tells.
  const spelled = ranked.find((r) => r.entry.topic.kind === 'list' && r.entry.names.some((n) => [...n].some((t) => !index.common(t)) && [...n].every((t) => termSet.has(t))));
  // "村委会选举的十不准都有哪些": a list spelled out by its name and asked for whole (ask-whole.ts).
  const wholeAsked = !ordinal && spelled && listAskedWhole(index, spelled.entry, terms, cleaned) ? spelled : undefined;
  const namedList = ordinal ? spelled : wholeAsked;
  const step = namedList ? undefined : lawfulStep(index, ranked, terms, cleaned);
  const version = namedList || step ? undefined : versionAsked(index, ranked, termSet, cleaned);
  const best = namedList ?? step ?? version ?? ranked[0];
  const stepChosen = !!step && step !== ranked[0];
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
  // "我们乡监委会推选具体定在哪天": the day one's own township or village has set is its own timetable, which
  // the base never holds — not the rule of when, which a general "监委会啥时候推选" asks.
  if (OWN_DAY.test(cleaned)) return result({ kind: 'abstain', confidence: 0, suggestions: closest() });
  // "上回说那个事还算数不", "他那种情况能不能选": a question that points back to something said before and
  // names at most one thing of its own is asked back — the bot does not know what was said before.
  if (POINTS_BACK.test(cleaned) && !ordinal && terms.filter((t) => !index.common(t)).length <= 1) return result({ kind: 'clarify', confidence: 0, suggestions: closest() });
  // "那居委会也一样吗", "那党组织选举也是这么算的": a body and "the same as that" — what that was, said before in the
  // chat, the bot does not have; with nothing else of its own the question is asked back, never the body's overview.
  // (A term that is a body's name, holds one or is part of one: 党组织选举, 组织.)
  const bodyish = (t: string) => index.bodies([t]).size > 0 || terms.some((u) => u !== t && index.bodies([u]).size > 0 && (u.includes(t) || t.includes(u)));
  if (SAME_AS_SAID.test(cleaned) && !ordinal && terms.every((t) => index.common(t) || bodyish(t))) return result({ kind: 'clarify', confidence: 0, suggestions: closest() });
  // "这种情况算有效不", "那个要提前几天啊": a question that starts by pointing at something ("这种…", "那个…") and
  // names at most one thing of its own, which is no topic's name, is asked back too.
  if (POINTS_AT.test(cleaned) && !ordinal && terms.filter((t) => !index.common(t)).length <= 1 && !index.entries.some((e) => namesTopic(terms, e))) return result({ kind: 'clarify', confidence: 0, suggestions: closest() });
  // "是不是三分之二": a value offered with nothing it is the value of is asked back.
  if (terms.length && terms.every((t) => BARE_VALUE.test(t)) && !ordinal) return result({ kind: 'clarify', confidence: 0, suggestions: closest() });
  const added = ordinal ? undefined : addedAsked(index, termSet, cleaned);
  if (added && !index.outside(cleaned).length) {
    const [item, ...more] = added.items;
    const related = more.map((i) => ({ topic: added.topic, item: i }));
    return result({ kind: 'item', confidence: 1, situational, others: siblingsOf(index, added.topic), topic: added.topic, item: item!, related, citations: added.items.map((i) => cite(added.topic, i)) });
  }
  if (!terms.length || !best || best.score <= 0 || index.outside(cleaned).length) {
    if (ordinal) return result({ kind: 'clarify', confidence: 0, ...(ordinal.n ? { asked: ordinal.n } : {}), suggestions: lists() });
    return result({ kind: 'abstain', confidence: 0, suggestions: closest() });
  }
  // "候选人在小卖部门口见人就发烟 算不算违纪": a breach told by its means and asked about is judged on the
  // words the lists know; the scene it happened in (小卖部, 微信, 群里, 全村老少爷们) is no other matter asked.
  // A bare story with no question word ("有人往选民家里送了几条烟") asks the same.
  const scene = (situational || !INFO_QUESTION.test(cleaned)) && VOTES_SOUGHT.test(cleaned) && !CUSTOMARY.test(cleaned) && index.meansTold(terms).some((t) => best.entry.vocab.has(t));
  const weighed = scene ? terms.filter((t) => index.known(t) && listWords(index).has(t)) : terms;
  // "组织法第六条是不是说村委会由3到7人组成": an article of a law named, which a rule paraphrases, is decisive however
  // many other words the question has.
  const cited = !!ordinal?.n && LAW_CITED.test(cleaned) && ranked.some((r) => r.score > 0 && r.entry.topic.items.some((i) => i.article === ordinal.n));
  const confidence = namedList ? 1 : cited ? Math.max(MIN_CONFIDENCE, index.coverage(weighed, best.entry.vocab)) : index.coverage(weighed, best.entry.vocab);
  if (confidence < MIN_CONFIDENCE) return result({ kind: 'abstain', confidence, suggestions: closest() });

  // One or two words that several topics explain equally well ("任期", "换届"): ask back.
  const rival = ranked.find((r) => r.entry !== best.entry && (!best.entry.topic.family || r.entry.topic.family !== best.entry.topic.family) && rivals(index, best, r, terms, cleaned, stepChosen));
  const vague = !situational && !ordinal && termSet.size <= 2 && !namesTopic(terms, best.entry);
  if (vague && rival && rival.score >= CLOSE * best.score && index.coverage(terms, rival.entry.vocab) >= MIN_CONFIDENCE) {
    // Topics with a rule of the kind asked ("谁能投票": 选举权) come first among the suggestions.
    const fits = (r: Ranked) => (index.aspectItems(cleaned, r.entry).length ? 0 : 1);
    return result({ kind: 'clarify', confidence, suggestions: distinctTopics([...ranked].sort((a, b) => fits(a) - fits(b)), 3) });
  }

  const chosen = version ?? chooseVariant(index, best, ranked, terms, opts, WHOLE_LIST.test(cleaned));
  const { topic } = chosen.entry;
  // "内蒙古那个十不准第三条是什么": a list asked for as another place's is not the one the base holds.
  if (topic.kind === 'list' && outsideOf(index, cleaned, topic)) return result({ kind: 'abstain', confidence, suggestions: closest() });
  const base = { confidence, situational, others: siblingsOf(index, topic) };

  if (ordinal) {
    // A version named by its markers ("中央2021版第二条") names its list too; one marker ("村里") is not enough.
    const markers = [...chosen.entry.markerTerms].filter((t) => termSet.has(t)).length;
    const named = markers >= 2 || chosen.entry.names.some((n) => [...n].every((t) => termSet.has(t)));
    if (topic.kind === 'list') {
      if (!named) return result({ kind: 'clarify', confidence, ...(ordinal.n ? { asked: ordinal.n } : {}), suggestions: lists() });
      // "省里负面清单16条，第12条是啥": a list of another count is another document.
      if (countsOtherThan(cleaned, topic.items.length)) return result({ kind: 'abstain', confidence, suggestions: [topic, ...closest().filter((t) => t !== topic)].slice(0, 3) });
      const numbered = version ? topic : numberedVersion(index, chosen.entry, ordinal.n, terms).topic;
      const item = numbered.items[(ordinal.n || numbered.items.length) - 1];
      if (!item) return result({ ...base, kind: 'missing-item', topic, asked: ordinal.n, citations: [cite(topic)] });
      return result({ ...base, others: siblingsOf(index, numbered), kind: 'item', topic: numbered, item, citations: [cite(numbered, item)] });
    }
    if (!ordinal.n) return result({ kind: 'clarify', confidence, suggestions: lists() });
    // An article paraphrased by several rules (第十五条: nomination, the vote, the ballot, proxies): the one whose
    // words the question shares most comes first within its topic ("第十五条 当选需要得票多少" is the vote's rule), else
    // the first; topics keep their rank.
    const articles = ranked
      .filter((r) => r.score > 0)
      .flatMap((r) =>
        r.entry.topic.items
          .flatMap((item, n) => (item.article === ordinal.n ? [{ topic: r.entry.topic, item, fit: index.coverage(terms, r.entry.itemVocab[n]!) }] : []))
          .sort((a, b) => b.fit - a.fit),
      );
    const first = articles[0];
    if (!first) return result({ kind: 'clarify', confidence, ...(ordinal.n ? { asked: ordinal.n } : {}), suggestions: lists() });
    return result({ ...base, kind: 'item', topic: first.topic, item: first.item, related: articles.slice(1, 4), citations: articles.slice(0, 4).map((a) => cite(a.topic, a.item)) });
  }

  const beyond = beyondNames(index, weighed, chosen.entry);
  const itemCoverage = beyond.length ? index.coverage(beyond, chosen.entry.itemVocab[chosen.bestItem]!) : 0;
  // The list's own name is no request for the list ("负面清单是法律规定的吗" says 清单 only in naming it).
  const unnamed = withoutNames(topic, cleaned);
  // "十不准里讲委托投票的是第几条，原话是什么意思": a word that asks what a list says, beside a rule's own
  // keyword, asks after that rule — only words that ask for the whole (有哪些, 全文, 列一下) still get the list.
  const keyed = topic.kind === 'list' ? topic.items.flatMap((_, i) => (beyond.some((t) => chosen.entry.itemKeys[i]!.has(t)) ? [i] : [])) : [];
  const askedWhole = WHOLE_LIST.test(unnamed) || keyed.length !== 1;
  // The list with nothing beyond its name only when named as typed or asked whole (not 不能选 inside 这个人能不能选).
  const named = unnamed !== cleaned || WHOLE_LIST.test(cleaned);
  // A version asked for ("今年新发的十严禁") is the whole list — unless one of its rules is named (加了带病提名那条).
  const versionWhole = !!version && (keyed.length !== 1 || WHOLE_LIST.test(unnamed));
  if (topic.kind === 'list' && ((!beyond.length && named) || versionWhole || wholeAsked || (LIST_WORDS.test(unnamed) && itemCoverage < 0.5 && askedWhole))) {
    return result({ ...base, kind: 'list', topic, citations: [cite(topic)] });
  }
  const sole = beyond.length ? undefined : (soleItem(chosen.entry, terms) ?? dominantItem(chosen));
  const sameList = (t: Topic) => t === topic || (!!topic.family && t.family === topic.family);
  const unsure = () => result({ kind: 'abstain', confidence, suggestions: [topic, ...closest().filter((t) => !sameList(t))].slice(0, 3) });
  const aspect = byAspect(index, chosen, cleaned, beyond.length > 0, terms);
  if (sole === undefined && aspect === undefined && (!beyond.length || itemCoverage < 0.34)) {
    // Words beyond the topic's name that no item explains ask for something the base does not say.
    if (beyond.length || !anchored(index, terms, chosen.entry) || (topic.kind === 'list' && !named)) return unsure();
    return result({ ...base, kind: 'overview', topic, citations: [cite(topic)] });
  }
  let n = aspect ?? sole ?? chosen.bestItem;
  // A rule no longer in force that the question does not ask about by name gives way to the topic's best
  // rule in force ("判了个缓刑能选吗": 现行口径, not 浙江2013年).
  if (superseded(index, chosen.entry, n, terms)) {
    const current = chosen.itemScores.map((s, i) => ({ s, i })).filter(({ s, i }) => s > 0 && !OLD_RULE.test(topic.items[i]!.title));
    if (current.length) n = current.reduce((a, b) => (b.s > a.s ? b : a)).i;
  }
  if (!supports(index, chosen.entry, n, weighed, cleaned, situational, scene)) return unsure();
  const item = topic.items[n]!;
  const otherBody = ranked.find((r) => r.entry !== chosen.entry && r.score >= CLOSE * chosen.score && villageOverOther(index, chosen, r, terms));
  const related = [...(otherBody ? [{ topic: otherBody.entry.topic, item: otherBody.entry.topic.items[otherBody.bestItem]! }] : []), ...(situational ? relatedItems(index, chosen, ranked, terms) : [])].slice(0, 2);
  return result({ ...base, kind: 'item', topic, item, related, citations: [cite(topic, item), ...related.map((r) => cite(r.topic, r.item))] });
}
