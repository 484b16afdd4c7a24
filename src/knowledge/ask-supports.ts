// Whether an item really answers a question, beyond ranking first (see supports below).
import { ABOUT_RULE, itemText, REMEDIES, saysKindAsked } from './ask-common.js';
import { superseded } from './ask-items.js';
import type { KnowledgeIndex, TopicEntry } from './index.js';
import { anchored, anchoredInItem, namesLink, namesTopic } from './names.js';

/** Below this share of the question explained by the chosen item (with its topic's header), abstain. */
const MIN_ITEM_FIT = 0.55;
/** The word every kinship word (媳妇, 那口子, 表哥's 近亲属 sense) is read as (synonyms.yaml). */
const KIN = '近亲属';
/** Words that put two people side by side: their kinship is what is asked. */
const RELATION = /同时|一起|一块|都进|都当|两口子|夫妻|父子|母女|兄弟俩|俺俩|我俩|他俩|一家人|一个当/;
/** For an item of a numbered list, the share of the question's known (non-context) words it must explain. */
const MIN_LIST_KNOWN = 0.66;
/** Words that ask whether something breaks the rules (after synonyms). */
const BREACH_FRAME = new Set(['违反', '违纪', '违规', '纪律', '违法']);
/** The question asks for a fact (who, where, how much, when, whether there is …), not about a situation. */
// "那几天/前几天/好几个" tell when or how many in a story; they ask nothing.
// "都交啥", "要准备什么": what to hand over or bring is a fact too, unlike "这算啥".
export const INFO_QUESTION = /(?:交|带|拿|准备|提交|填|要)(?:些|点)?(?:啥|什么|哪些)(?!意思|性质|问题|事)|谁|哪里|哪儿|哪个部门|哪个电话|什么电话|电话多少|电话是多少|多少|(?<![那这前好十])几[个天条次]|几年|什么时候|啥时候|有没有|怎么(?!办|处理|定性|认定|界定|弄|算|整)|咋(?!办|整|弄|处理|算|定性|认定|界定)|如何/;
/** Asks whether what is told is a breach it names (算冲击会场吗, 算不算托关系打招呼). */
const ASKS_IF_IT_IS = /算不算|算是|算[^，,。？?]{0,10}[吗不么嘛]|属于|属不属于|是不是/;
/** Asked whether what is told breaks the discipline (算违纪吗, 违反换届纪律不). */
const BREACH_ASKED = /违纪|违规|违反(?:换届)?纪律|犯纪律/;

/**
 * Whether item n really answers the question, beyond ranking first: it is about something the question
 * names (an anchor), it explains most of the question, and a "多久/什么时候" question gets a rule that
 * states a time ("村务公开栏多久更新" is not answered by who supervises 村务公开). Numbered lists (十严禁,
 * 十不准, 负面清单) are where a wrong item does most harm: there, domain context words ("换届", "村干部")
 * are left out of the judgement, the question must be about a rule (see inside), and the item must explain
 * most of the words the base knows
 * ("贿选当上的能宣布无效吗" shares 宣布无效 with 严禁违规用人, but not 贿选 or 当选).
 */
export function supports(index: KnowledgeIndex, entry: TopicEntry, n: number, terms: string[], cleaned: string, situational: boolean, scene = false): boolean {
  const vocab = entry.itemFit[n]!;
  const item = entry.topic.items[n]!;
  const list = entry.topic.kind === 'list';
  // A numbered list is a list of what is forbidden: it answers a situation told or asked about ("有人送米
  // 送油", "算不算", "怎么处理"), what an item means, or which item says so — not a question after some
  // other fact that merely shares an object with an item ("选票谁来印" is not 严禁伪造选票).
  const asksOtherFact = INFO_QUESTION.test(cleaned) && !situational && !ABOUT_RULE.test(cleaned);
  if (list && asksOtherFact && !namesTopic(terms.filter((t) => entry.nameTerms.has(t)), entry)) return false;
  // "俺媳妇户口没迁 能投票不": a relative the story is about counts only for a rule that speaks of kin
  // (委托近亲属, 近亲属不得担任); for any other rule the person is the story's subject, not its matter.
  // A list of what is forbidden keeps it: the story's person weighs against a neighbouring prohibition.
  // Two relatives in one question ("俺跟俺家那口子能不能都进村委会") make kinship the matter itself: it counts.
  const content = list ? terms.filter((t) => !index.common(t)) : terms.filter((t) => t !== KIN || vocab.has(t) || RELATION.test(cleaned));
  // A breach told by its means that the rule itself names (送礼, 宴请 in its keywords) is that rule's matter,
  // whatever the story adds of where, when and how (村民群里, 竞选的时候, 当选了就…).
  const byMeans = list && scene && index.meansTold(terms).some((t) => entry.itemKeys[n]!.has(t));
  // "把票箱踹翻了，算冲击会场吗": a story asked whether it is the breach a rule's own title names is that rule's
  // matter too, whatever the story adds.
  const byName = list && ASKS_IF_IT_IS.test(cleaned) && index.misconduct(cleaned).some((w) => item.title.includes(w));
  if (!anchored(index, terms, entry, n) || (!byMeans && !byName && index.coverage(content, vocab) < MIN_ITEM_FIT)) return false;
  // Naming the list is no anchor for one of its items: "这个违反换届纪律不" about 放鞭炮 must share a
  // word with the rule itself (its title or keywords), or no rule of the list is said to cover it.
  if (list && !anchoredInItem(index, terms, entry, n)) return false;
  // Ranked lower, a rule about another body can still come first; it never answers ("预备党员能当村委会
  // 主任候选人吗" is not answered by who may stand for the party committee).
  if (index.aboutOtherBody(index.bodies(terms), entry.itemBodies[n]!)) return false;
  if (!namesLink(index, terms, entry)) return false;
  // A story of a breach ("冒名顶替他弟弟来投票") is not answered by the lawful procedure it abuses (委托投票):
  // only a list of what is forbidden, or a rule that names the breach itself, speaks to it.
  // A breach told by its means (请全组吃了顿饭) is the breach it serves (贿选).
  const breach = [...index.misconduct(cleaned), ...(index.meansTold(terms).length ? index.breachTerms(terms) : [])];
  // Where to report a breach ("发现贿选该往哪举报") is answered by the rule on reporting, which names no breach.
  const remedy = REMEDIES.some((w) => terms.includes(w) && entry.itemKeys[n]!.has(w));
  if (!list && !remedy && breach.length && !breach.some((w) => itemText(item).includes(w) || entry.itemVocab[n]!.has(w))) return false;
  // "有人到处造谣说我表哥买票，这算违纪吗": whether a breach told breaks the discipline is a list's to say — not a
  // rule outside the lists that mentions the act in passing (举报须知: 严禁借机造谣).
  if (!list && !remedy && breach.length && BREACH_ASKED.test(cleaned)) return false;
  // "一肩挑比例" is not answered by the rule on 交叉任职 ratios, however well 比例 matches. Only words
  // written in the question count: a synonym added for recall ("刑事处罚" → 负面清单) names no subject.
  if (index.missingSubjects(terms.filter((t) => cleaned.includes(t)), entry, n).length) return false;
  if (!saysKindAsked(cleaned, item)) return false;
  if (superseded(index, entry, n, terms)) return false;
  if (byMeans || byName) return true;
  // The words asking whether it is a breach (违反, 违纪, 纪律) are every list item's frame, not its matter.
  return !list || index.coverage(content.filter((t) => index.known(t) && !BREACH_FRAME.has(t)), vocab) >= MIN_LIST_KNOWN;
}
