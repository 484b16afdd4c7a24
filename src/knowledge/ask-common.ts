// Pieces every answer path shares: what a question asks (a time, a number of years, a situation, a
// rule's meaning), and how an answer is written (result, cite, the other versions of its topic).
import type { KnowledgeIndex } from './index.js';
import { citeTopic } from './parse.js';
import type { AskResult, Item, Topic } from './types.js';

/** The question asks when or how long; the rule must then state a time or a period. */
// "那几天/前几天" tell when in a story; they ask nothing. ("前几年判过刑" is left asking: the years told are
// what the rules on time limits weigh.)
export const ASKS_TIME = /多久|多长时间|什么时候|啥时候|何时|(?<![那这前好十])几(?:天|个月)|几年|哪天|多少天|多少年|时限|期限|时间要求|时间限制|最迟|最晚/;
/** "几年一届": a number of years, not any time ("审计结果在选举之前公布" is no term of office). */
export const ASKS_YEARS = /几年|多少年|任期多长|一届多长/;
/** A rule that names the period a decision sets (处分影响期) answers how many years by saying where it is set. */
export const STATES_YEARS = /[0-9一二两三四五六七八九十]+\s*年|任期相同|届满|影响期/;
/** A number of years as a term of its own ("三年"). */
const YEARS_TERM = /^[0-9一二两三四五六七八九十]+年$/;
/** "任期是不是三年", "也是三年一届吧": years said beside the term of office are the value asked to be checked, not a
 * matter of their own — left in, they pull to any rule that counts years (近三年内 in the negative list). */
export function termValueDropped(terms: string[]): string[] {
  return terms.includes('任期') ? terms.filter((t) => !YEARS_TERM.test(t)) : terms;
}
export const STATES_TIME = /[0-9一二两三四五六七八九十百]+\s*(?:年|日|天|个月|月|周)|期限|时限|期满|期内|影响期|届满|之前|以前|以内|之日起|当日|当天|期间|时止|每季度|每月|每年|每周|当场|立即|随即/;
/** "送礼送到多少钱才算贿选", "超过200块才算": an amount of money asked for, which a rule must state to answer. */
// "补贴标准是多少", "一个月工资多少": pay, asked as an amount or a scale, is an amount too.
const ASKS_AMOUNT = /(?:补贴|工资|报酬|薪酬|津贴|待遇)(?:的)?(?:标准)?(?:是|有|能拿|给)?多少|(?:补贴|工资|报酬|薪酬|津贴)标准|多少钱|多少块|多少元|(?:金额|数额)(?:是)?多少|多大(?:金额|数额)|(?:超过|高于|达到)\s*[0-9一二两三四五六七八九十百千]+\s*(?:块|元)|[0-9一二两三四五六七八九十百千]+\s*(?:块|元)钱?(?:以上|以下)?(?:才|就)算/;
const STATES_AMOUNT = /[0-9]+\s*(?:元|块)|金额|数额/;

/**
 * The item says the kind of thing asked: a time when one is asked, a number of years when they are (unless
 * `years` is false), an amount of money.
 */
export function saysKindAsked(cleaned: string, item: Item, years = true): boolean {
  const text = item.title + item.body;
  // "党龄至少几年": a rule that says the figure is set by each province or county (没有全国统一标准) answers the number asked.
  if (SET_LOCALLY.test(item.title)) return true;
  if (ASKS_TIME.test(cleaned) && !STATES_TIME.test(text)) return false;
  // "多久更新一次": how often is asked — a rule saying when once (选举之前公布) does not say it.
  if (ASKS_HOW_OFTEN.test(cleaned) && !STATES_HOW_OFTEN.test(text)) return false;
  if (years && ASKS_YEARS.test(cleaned) && !STATES_YEARS.test(text)) return false;
  return !(ASKS_AMOUNT.test(cleaned) && !STATES_AMOUNT.test(text));
}

const ASKS_HOW_OFTEN = /(?:多久|多长时间|几天|几个月|多少天)[^，,。？?]{0,4}一次|频率|频次|每隔多久/;
const STATES_HOW_OFTEN = /每(?:季度|个?月|年|周|半年|届)|定期|[0-9一二两三四五六七八九十]+\s*(?:年|个月|天|周)一次/;

/** A rule's title saying a figure is set locally, with no national one. */
const SET_LOCALLY = /没有全国统一|由省、?县规定|由各省规定|各地自定|由各地规定/;

/**
 * "帮我老公写个竞选发言稿", "帮我起草个动员讲话": a piece of writing asked for — no question of policy, whatever it is
 * about (the kin it names had drawn the rule on relatives).
 */
/**
 * "你几岁了 机器人", "你是男的女的": a question about the assistant itself is small talk, not a question of the base,
 * whatever rule its words touch (年龄, 妇女).
 */
export const ABOUT_ASSISTANT = /(?:^|[\s,，。!！?？])(?:你|您)(?:今年|到底|究竟)?(?:几岁|多大|多少岁|是男|是女|男的|女的|是谁|是人|是真人|是机器|叫(?:啥|什么)|吃(?:饭|了)|累不累|住(?:哪|在哪)|结婚|有对象|睡觉)/;
export const DRAFT_ASKED = /(?:帮|给|替)(?:我|俺|咱|我们|俺们|他|她)?[^，。？?,]{0,6}?(?:写|起草|拟|撰写|弄)(?:个|一份|一篇|份|篇|一个|一下)?[^，。？?,]{0,10}?(?:稿|讲话|发言|演讲|述职|报告|总结|方案|材料|文章|请假条|贺词|致辞)/;

/** The question is about a rule itself: what it means, which item or version says something. */
export const ABOUT_RULE = /什么意思|啥意思|是什么|是啥|说的啥|讲的什么|指什么|含义|是指|哪条|哪一条|第几条|哪个版本|哪一版/;
/** "跟村委会一样不", "和居委会比": the body named here is compared with, not asked about. */
export const COMPARED = /(?:跟|和|与|同|比)([^，,。？?！!\s]{1,8}?)(?:一样|相同|一致|比|差不多|有啥不同|有什么不同|区别)(?:不一样|不|吗|嘛|么)?/g;
/** Synonym-group heads of what one does about a breach: a rule on reporting it answers a question telling one. */
export const REMEDIES = ['举报'];
/** A short question whose two best topics score this close is ambiguous. */
export const CLOSE = 0.85;
// Dialect forms too (中不中, 行不, 成不成, 管不管): how cadres ask whether something is allowed.
export const SITUATIONAL = /能.{0,10}[吗不]|算啥|算什么|算个啥|属于啥|属于什么|(?<!谁)能(?:参选|当|进|选|投|提名|报名|担任|干)|可以.{0,10}吗|算不算|算不|算.{0,6}吗|能不能|能否|可不可以|可以吗|可以不|行不行|行吗|还能|会不会|是否|属不属于|属于|违不违|违反|违纪吗|允许|让不让|合不合|有没有问题|怎么办|咋办|怎么处理|咋处理|要不要|该不该|得不得|中不中|中不[?？啊呀]?$|中吗|行不[?？啊呀]?$|成不成|成吗|管不管|咋整|犯不犯|(?:怎么|咋)定性?(?![日期时在])|性质|(?:有没有|有)(?:规定|条款|纪律|文件)管|这(?:个|种|样)?(?:事儿?|情况)?(?:怎么|咋)算/;

/**
 * Any form of asking. A message with none ("计票的时候一伙人冲进来，把选票扬了一地") tells a scene and asks nothing;
 * a clause with one is a question of its own (ask-parts.ts).
 */
export const ASKS = /[?？]|[吗么嘛呢]|[不没][啊呀]?[?？]?$|啥|什么|咋|怎么|怎样|如何|几|多少|多久|多大|哪|谁|是否|有没有|是不是|要不要|能否|能不能|请问|问下|问一下|想问|求问/;

export function result(partial: Partial<AskResult> & Pick<AskResult, 'kind' | 'confidence'>): AskResult {
  return { situational: false, others: [], related: [], suggestions: [], citations: [], ...partial };
}

export function cite(topic: Topic, item?: Item): string {
  return item ? item.source : citeTopic(topic);
}

/** The other versions of a list (the same family), offered beside the one answered. */
export function siblingsOf(index: KnowledgeIndex, topic: Topic): Topic[] {
  return topic.family ? index.entries.map((e) => e.topic).filter((t) => t.family === topic.family && t !== topic) : [];
}

/** One item as the answer, cited by its own source, with the other versions of its list beside it. */
export function itemAnswer(index: KnowledgeIndex, topic: Topic, item: Item, confidence: number, situational: boolean): AskResult {
  return result({ kind: 'item', confidence, situational, others: siblingsOf(index, topic), topic, item, citations: [cite(topic, item)] });
}

/** A comparison the asker draws with his own world, or who he is: 类似, 跟…比, 我们单位, 我是…. */
const LIKENED = /类似|好比|比照|相比|[跟和与同][^,，。?？]{0,10}比|像我们|我们单位|我们小区|单位里|小区里|^\s*(?:我是|本人是)|^\s*(?:我|俺|本人)?(?:刚|才|新)?(?:来|到|派到|下派到)?[^,，。?？]{0,6}(?:当|任|做)(?:了|上)?[^,，。?？]{0,4}$|^\s*作为/;

/**
 * "村委会几个人？我们单位工会委员会是按比例定的", "跟我们小区业主大会比，门槛高还是低": a clause that likens the
 * question to something outside the base (工会, 业主大会), or says who asks, asking nothing, is the asker's own
 * aside — taken out when the rest still asks about something the base knows. A question about the outside thing
 * itself keeps its words, and is declined.
 */
export function withoutOutsideAsides(index: KnowledgeIndex, cleaned: string): string {
  if (!index.outside(cleaned).length) return cleaned;
  const pieces = cleaned.split(/([,，。;；!！?？])/);
  const kept = pieces.map((p, i) => (i % 2 === 0 && index.outside(p).length && LIKENED.test(p) && !ASKS.test(p + (pieces[i + 1] ?? '')) ? ' ' : p)).join('');
  return kept !== cleaned && !index.outside(kept).length && ASKS.test(kept) && index.terms(kept).some((t) => index.known(t) && !index.common(t)) ? kept : cleaned;
}

/** A word of the question naming a matter outside the base (another place, another body) that this topic never uses. */
const topicText = new WeakMap<Topic, string>();
export function outsideOf(index: KnowledgeIndex, cleaned: string, topic: Topic): boolean {
  let text = topicText.get(topic);
  if (text === undefined) topicText.set(topic, (text = JSON.stringify(topic).toLowerCase()));
  return index.base.lexicon.outside.some((w) => !text.includes(w.toLowerCase()) && index.says(cleaned, w.toLowerCase()));
}

/** A vote sought or withheld, or a campaign's promise: what a benefit is offered or withheld for. */
const VOTE_TOLD = /[投选](?:他|她|我|俺|某)|不投|不选|一票|威胁|竞选|选上/;
/** A benefit offered or withheld: promised, put first, given, stopped, taken away. */
const GIVE_OR_TAKE = /答应|承诺|许诺|许愿|保证|优先|别想|不给|就给|给[你他她]?家?(?:办|批|报|评)|随便批|[停断扣]|取消/;

/**
 * "不选他明年就不给你家报低保，这算威胁不": a benefit the base does not cover (低保, 宅基地; lexicon.stakes), told as
 * what a vote wins or loses, is the stakes of a breach — taken out, so the question is read as the breach it tells.
 */
export function withoutStakes(index: KnowledgeIndex, cleaned: string): string {
  const stakes = index.base.lexicon.stakes ?? [];
  if (!stakes.length || !VOTE_TOLD.test(cleaned) || !GIVE_OR_TAKE.test(cleaned)) return cleaned;
  return cleaned
    .split(/([,，。;；!！?？])/)
    .map((clause) => (GIVE_OR_TAKE.test(clause) ? stakes.reduce((c, w) => c.split(w).join(' '), clause) : clause))
    .join('');
}

/** Who told of it, opening the question (有人举报, 群众反映, 来信说): the complaint's frame. */
const COMPLAINT_FRAME = /^\s*(?:有|据)?(?:群众|村民|人|老百姓|党员|干部)?(?:来信|来电|打电话|写信|实名|匿名)?(?:举报|反映|反应)(?:说|称|到)?\s*[,，:：]?/;
/** The question asks what it is (算不算, 违不违纪, 适用哪条) — not where or how to report, or what becomes of a report. */
const WHAT_IT_IS = /算不算|算[^，,。？?]{0,10}[吗不么嘛]|属于|是不是|违不违|违反|违纪|违规|哪条|哪一条|什么性质|啥性质|能不能|能否|可不可以|合法吗|合不合法/;
const REPORTING_ASKED = /向哪|往哪|去哪|到哪|找谁|找哪|跟谁|电话|受理|举报人|匿名|实名|保密|报复|诬告|查处|核实|怎么举报|如何举报|咋举报|举报.*(?:有用|管用|有人管)/;

/**
 * "有人举报候选人在村民群里发红包，算贿选不": the complaint that brought the case is its frame, not its matter — the
 * rule on reporting would otherwise come first. Kept when reporting itself is asked about.
 */
export function withoutComplaintFrame(cleaned: string): string {
  const frame = COMPLAINT_FRAME.exec(cleaned);
  if (!frame?.[0].trim() || !WHAT_IT_IS.test(cleaned) || REPORTING_ASKED.test(cleaned)) return cleaned;
  return cleaned.slice(frame[0].length);
}

/** Whose rule it is, asked beside the rule (是法律规定的还是省里定的, 法律里有没有规定…还是只是党内规定). */
const LAW = '(?:国家|中央)?(?:法律|法规|组织法|选举法|国家|中央)';
const LOCAL = '(?:只是)?(?:省里|省上|省级|地方|文件|党内|上级|县里|市里|政策|乡里|乡镇)(?:自己)?';
const SOURCE_FRAME = new RegExp(
  `(?:是|属于)?${LAW}(?:上|里)?的?(?:规定|要求|定)的?(?:,|，)?还是${LOCAL}的?(?:文件)?(?:规定|要求|定)?的?` +
    `|${LAW}(?:上|里)?(?:有没有|有无|是否)规定|(?:,|，|\\s)?还是${LOCAL}的?(?:规定|要求|定)的?`,
  'g',
);

/**
 * "亲属回避是国家法律规定的还是省里定的": which law or paper a rule comes from is asked beside the rule — every
 * answer names its source — so the words of that frame are taken out and the rule itself is asked.
 */
export function withoutSourceFrame(cleaned: string): string {
  const out = cleaned.replace(SOURCE_FRAME, ' ');
  return out.trim() ? out : cleaned;
}

/** A clause after the question that recalls what one remembers or heard ("我记得以前是三年", "好像听说要满18"). */
const RECALLED = /[,，。;；!！?？\s]+(?:我|俺)?(?:记得|印象里|印象中|好像|似乎|以为|听人说|听说)[^,，。;；!！?？]*[。!！?？]*\s*$/;

/**
 * "现在村委会任期是五年还是三年啊，我记得以前是三年": what the asker remembers, said after the question, is no part
 * of what is asked; its words (以前) only dilute. Taken out, the question is asked again.
 */
export function withoutRecollection(cleaned: string): string {
  const out = cleaned.replace(RECALLED, '');
  return out.trim() ? out : cleaned;
}

/** All an item says — its title, body and keywords — for finding a word it names. */
export function itemText(item: { title: string; body: string; keywords: string[] }): string {
  return item.title + item.body + item.keywords.join(' ');
}
