// The example questions (templates/knowledge/questions/) written for each item: a second reading of a
// question beside the rules' (ask.ts). They answer when the rules abstain, settle a question the rules
// would ask back, agree with the rules below either's threshold, or overrule an item whose examples are far.
import type { KnowledgeIndex, Ranked, TopicEntry } from './index.js';
import { ASKS, CLOSE, COMPARED, itemAnswer, itemText, saysKindAsked, SITUATIONAL } from './ask-common.js';
import { ASKS_BREACH, ASKS_STAND, namesBreach, WHO_MAY_NOT_STAND } from './ask-eligible.js';
import { findOrdinal } from './numerals.js';
import type { AskOptions, AskResult, Topic } from './types.js';
import { anchored, anchoredInItem, namedLists, namesLink } from './names.js';
import { WHICH_BREACH } from './ask-acts.js';

/** An example question at least this close answers with its item, when the rules found no answer. */
const EXAMPLE_SIM = 0.6;
/** The closest example must lead the closest one written for another item by this much. */
const EXAMPLE_MARGIN = 0.1;

/**
 * The rules abstained: a question close to one item's examples, and clearly closer than to any other
 * item's, is answered with that item — under the same guards as any answer (another body, a time not
 * stated). Undefined when the examples do not settle it either.
 */
export function byExamples(index: KnowledgeIndex, cleaned: string, opts: AskOptions): AskResult | undefined {
  if (findOrdinal(cleaned) || index.outside(cleaned).length) return undefined;
  // Examples are questions: a message asking nothing is no closer to one than to the scene it tells.
  if (!ASKS.test(cleaned) && !SITUATIONAL.test(cleaned)) return undefined;
  const terms = index.terms(cleaned);
  const ranked = index.rank(terms);
  // Examples of a topic the question does not name the link of ("一肩挑") are no reading of it, nor those
  // of a rule about only the body the question compares with ("村支部一届几年，跟村委会一样不": 村支部).
  const subject = subjectBodies(index, cleaned, terms);
  // "这种承诺算数不、违规不": whether an act breaks the rules is for the lists of what is forbidden — never a
  // rule an example happens to sit close to.
  const asksBreach = ASKS_BREACH.test(cleaned);
  const near = index.nearestExamples(terms).filter((r) => namesLink(index, terms, r.entry) && !index.aboutOtherBody(subject, r.entry.itemBodies[r.n]!) && (!asksBreach || r.entry.topic.kind === 'list'));
  const best = near[0];
  if (!best) return undefined;
  // Two readings agree: the rule text ranks first the very item whose example questions are closest.
  const agreed = agreement(index, ranked, near, terms, cleaned);
  if (agreed) return agreed;
  // A story of a breach, or a question the rules find closest to a discipline list, stays with the rules:
  // a neighbouring rule is the worst answer there.
  // A rule that names the breach itself ("以贿赂等手段当选的，当选无效") may answer it when its examples are close.
  // A breach told by its means ("靠请客吃饭当选的") is a story of a breach too.
  const told = index.misconduct(cleaned).length > 0 || index.meansTold(terms).length > 0;
  const breachNamed = told && best.entry.topic.kind !== 'list' && namesBreach(index, cleaned, best.entry, best.n);
  // A list ranked first by the rules, whose rule did not hold, keeps the question only when the question names
  // a list or asks which rule an act breaks: otherwise it asks after a lawful step whose abuse the list forbids
  // ("委托投票打个电话说一声行不", "交接都交啥"), which the examples of that step's rule may answer.
  // Whether a person told of may stand stays with the lists when the rules find the negative list about as close.
  const top = ranked[0];
  const standing = () => ASKS_STAND.test(cleaned) && ranked.some((r) => r.entry.topic.family === WHO_MAY_NOT_STAND && r.score >= CLOSE * top!.score);
  const listKept = top?.entry.topic.kind === 'list' && (namedLists(index, terms).length > 0 || WHICH_BREACH.test(cleaned) || standing());
  if (!breachNamed && (told || listKept)) return undefined;
  const family = best.entry.topic.family;
  const rival = near.find((r) => r !== best && !(family && r.entry.topic.family === family && r.n === best.n));
  // A discipline list is answered by the rules alone: there a neighbouring rule does most harm.
  if (best.entry.topic.kind === 'list') return undefined;
  if (best.sim < EXAMPLE_SIM || (rival && best.sim - rival.sim < EXAMPLE_MARGIN)) return undefined;
  // A version of a list: the county's default when its own item is about as close.
  const chosen = family ? (near.find((r) => r.entry.topic.family === family && r.n === best.n && r.entry.topic.variant === opts.variantDefaults?.[family] && r.sim >= best.sim - EXAMPLE_MARGIN) ?? best) : best;
  const { topic } = chosen.entry;
  const item = topic.items[chosen.n]!;
  // The question must name something of the item itself (its title, keywords or topic), not only share
  // filler with an example ("他这种情况能选不" names nobody's rule).
  if (!anchored(index, terms, chosen.entry, chosen.n)) return undefined;
  if (index.aboutOtherBody(index.bodies(terms), chosen.entry.itemBodies[chosen.n]!)) return undefined;
  if (!namesLink(index, terms, chosen.entry)) return undefined;
  if (!saysKindAsked(cleaned, item, false)) return undefined;
  return itemAnswer(index, topic, item, chosen.sim, SITUATIONAL.test(cleaned));
}

/** Example questions this close, and this far ahead of any other item's, settle a question asked back. */
const SETTLE_SIM = 0.7;
const SETTLE_MARGIN = 0.15;

export function settled(index: KnowledgeIndex, ruled: AskResult, cleaned: string): AskResult | undefined {
  if (findOrdinal(cleaned) || index.outside(cleaned).length || index.misconduct(cleaned).length) return undefined;
  const terms = index.terms(cleaned);
  // One word ("委托") is asked back however close an example is; so is a question naming no body when the
  // topics asked back about are about different bodies ("当选要多少票": the villagers' committee or the branch).
  const set = new Set(terms);
  const named = index.entries.some((e) => e.names.some((n) => [...n].every((t) => set.has(t))));
  if (terms.filter((t) => !index.common(t)).length < 2 && !named) return undefined;
  const near = index.nearestExamples(terms);
  const best = near[0];
  if (!best || best.entry.topic.kind === 'list' || best.sim < SETTLE_SIM) return undefined;
  if (!ruled.suggestions.includes(best.entry.topic)) return undefined;
  if (!index.bodies(terms).size && !named && ruled.suggestions.some((t) => otherBodies(index, t, best.entry))) return undefined;
  const rival = near.find((r) => r.entry !== best.entry || r.n !== best.n);
  if (rival && best.sim - rival.sim < SETTLE_MARGIN) return undefined;
  const { topic } = best.entry;
  if (!anchored(index, terms, best.entry, best.n) || !namesLink(index, terms, best.entry)) return undefined;
  if (index.aboutOtherBody(subjectBodies(index, cleaned, terms), best.entry.itemBodies[best.n]!)) return undefined;
  const item = topic.items[best.n]!;
  if (!saysKindAsked(cleaned, item, false)) return undefined;
  return itemAnswer(index, topic, item, best.sim, SITUATIONAL.test(cleaned));
}


/** A topic about bodies the entry's topic is not about (the party branch's rules beside the villagers' committee's). */
function otherBodies(index: KnowledgeIndex, topic: Topic, entry: TopicEntry): boolean {
  const other = index.entries.find((e) => e.topic === topic);
  return !!other && other !== entry && index.aboutOtherBody(entry.topicBodies, other.topicBodies);
}

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
const AGREE_SIM = 0.42;
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
  if (!(list ? anchoredInItem(index, terms, best.entry, best.n) : anchored(index, terms, best.entry, best.n))) return undefined;
  if (index.aboutOtherBody(index.bodies(terms), best.entry.itemBodies[best.n]!)) return undefined;
  if (!namesLink(index, terms, best.entry)) return undefined;
  // A story of a breach is answered only by a list of what is forbidden or a rule naming the breach itself.
  const breach = index.misconduct(cleaned);
  if (!list && breach.length && !breach.some((w) => itemText(item).includes(w) || best.entry.itemVocab[best.n]!.has(w))) return undefined;
  if (!saysKindAsked(cleaned, item)) return undefined;
  return itemAnswer(index, topic, item, best.sim, SITUATIONAL.test(cleaned));
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
const PROVINCE = /北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆/;

export function overruled(index: KnowledgeIndex, ruled: AskResult, cleaned: string): AskResult | undefined {
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
  // "江西村两委换届是按哪个通知部署的": a province the ruled topic's own title names (江西), which the example's topic
  // never does, holds the rules' answer against an example sharing the rest of the words (通知, 村两委).
  const province = PROVINCE.exec(cleaned)?.[0];
  if (province && ruled.topic.title.includes(province) && !best.entry.vocab.has(province)) return undefined;
  if (!anchored(index, terms, best.entry, best.n)) return undefined;
  if (index.aboutOtherBody(index.bodies(terms), best.entry.itemBodies[best.n]!)) return undefined;
  if (!namesLink(index, terms, best.entry)) return undefined;
  const breach = index.misconduct(cleaned);
  if (breach.length && !breach.some((w) => itemText(item).includes(w) || best.entry.itemVocab[best.n]!.has(w))) return undefined;
  if (!saysKindAsked(cleaned, item)) return undefined;
  return itemAnswer(index, topic, item, best.sim, SITUATIONAL.test(cleaned));
}
