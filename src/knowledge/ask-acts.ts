// "候选人请了二十来个村民代表喝酒，饭钱他掏的，违反第几条": a long scene told and asked which rule it breaks.
// Its story words (饭店, 头天晚上, 二十来个) dilute every topic below the confidence floor, though one act in
// it (宴请) is named by exactly one rule of the list. Asked for the breach outright, the act decides —
// only when every act told points at the same rule; two acts of different rules, or none, stay declined.
import { itemAnswer, saysKindAsked } from './ask-common.js';
import { CUSTOMARY, VOTES_SOUGHT } from './ask.js';
import type { KnowledgeIndex, TopicEntry } from './index.js';
import type { AskOptions, AskResult } from './types.js';
import { namedLists } from './names.js';

/** The question asks which rule an act breaks, or whether it breaks one — not whether it is allowed. */
export const WHICH_BREACH = /违反|违纪|违规|犯规|犯纪律|犯哪|哪一?条|第几条|定性|算啥|算什么|算个啥|属于啥|属于什么|啥问题|什么问题|啥性质|什么性质|管不管|管吗|有人管没?|(?:对应|相应)的?(?:禁止)?(?:条款|规定)/;
/** Or whether it is the breach it names (算不算托关系打招呼, 算冲击会场吗) — not whether an outcome stands (算不算数). */
// Or which of two it is (算福利还是算贿选, 是人情还是拉票).
// Or whether it is, or may be held to be, the breach it names (这是不是利用宗族干扰选举, 属不属于突击花钱, 能认定擅自处置集体资产吗).
const IS_IT = /算不算(?!数)|算[^，,。？?数]{1,10}[吗么嘛]|是不是(?:利用|搞|属于)|属不属于|属于不属于|(?:能|可以|可否|能否)?认定(?:为|成)?|构不构成|构成[^，,。？?]{1,10}[吗么嘛]|(?:算|是)[^，,。？?数]{1,8}还是(?:算|属于)?[^，,。？?]{0,6}(?:贿选|拉票|违纪|违规|违法)/;
/** Whether the act told is allowed, asked after it in a few words of their own (…说说好话，这中不中). */
const ALLOWED_AFTER = /(?:^|[，,。？?！!\s])[^，,。？?！!\s]{0,3}(?:行不行|行不|行吗|中不中|中不|可以吗|可不可以|让不让)[？?！!。\s]*$/;
/** Or before the act it governs (我能不能帮他说说好话). */
const ALLOWED_BEFORE = /能不能|能否|可不可以|可以不可以|让不让/;

const REMEDY_NEXT = /^\s*(?:去|直接|把他|对他)?(?:告|起诉|追究|追责|报警|投诉|举报|处分|处理|查)/;

/** Asked whether an act of misconduct is allowed — not whether something else may follow it (能不能追责). */
function allowedAsked(index: KnowledgeIndex, cleaned: string): boolean {
  if (ALLOWED_AFTER.test(cleaned)) return true;
  const before = ALLOWED_BEFORE.exec(cleaned);
  const rest = before ? cleaned.slice(before.index + before[0].length) : '';
  // "我能不能告他诽谤": a remedy against the act is asked, not the act.
  return !!before && !REMEDY_NEXT.test(rest) && index.misconduct(rest).length > 0;
}
/** In this many facts topics' words, a word is no act of its own. */
const GENERIC = 2;
/** Words naming the verdict asked about ("算不算拉票") or the election itself, not an act told. */
const VERDICTS = new Set(['贿选', '拉票', '违纪', '违规', '违反', '纪律', '严禁', '不准', '换届', '选举', '干扰', '破坏', '竞选', '当选', '候选人', '投票']);

function listAsked(index: KnowledgeIndex, termSet: Set<string>, opts: AskOptions): TopicEntry | undefined {
  const lists = index.entries.filter((e) => e.topic.kind === 'list' && e.topic.family);
  // A list named by one of its names (十不准) is the one; else the county's default 十严禁.
  const named = namedLists(index, termSet).filter((e) => e.topic.family);
  const families = new Set(named.map((e) => e.topic.family));
  const family = families.size === 1 ? [...families][0]! : families.size ? undefined : '十严禁';
  if (!family) return undefined;
  const variant = opts.variantDefaults?.[family] ?? 'village';
  return lists.find((e) => e.topic.family === family && e.topic.variant === variant);
}

/** `asked`: the question as typed — the synonym table may have rewritten its 不选他 as 威胁. */
export function actRule(index: KnowledgeIndex, cleaned: string, confidence: number, opts: AskOptions = {}, asked = cleaned): AskResult | undefined {
  // Not a thank-you meal or a feast the custom calls for.
  const breach = WHICH_BREACH.test(cleaned) || IS_IT.test(cleaned);
  // Asked whether it is allowed (帮他说说好话，这中不中): only of an act no rule outside the lists names — 委托 is
  // lawful in its own way, 说情 is named by the discipline alone.
  const permission = !breach && allowedAsked(index, cleaned);
  if (!(breach || permission) || CUSTOMARY.test(cleaned)) return undefined;
  const terms = index.terms(cleaned);
  // A gift or a meal (a means) breaks a rule only when votes are sought with it; an act no one does but in an
  // election (串联, 闹访, 不交公章) needs no such scene told.
  // So the means are passed over there, and an act of its own beside them still names its rule ("过节慰问品…属不属于
  // 突击花钱": 突击花钱 is no gift's rule).
  const means = new Set(index.meansTold(terms));
  const meansOnly = means.size > 0 && !(VOTES_SOUGHT.test(cleaned) || VOTES_SOUGHT.test(asked));
  // A word most rules outside the lists use too (集体, 选民) is the scene, not the act ("说某候选人贪污集体钱").
  const facts = index.entries.filter((e) => e.topic.kind !== 'list');
  // A word of misconduct (威胁, 冒名) is an act wherever else the law names it.
  const misconduct = new Set(index.misconduct(cleaned));
  const generic = (t: string) => !misconduct.has(t) && facts.filter((e) => e.vocab.has(t)).length >= GENERIC;
  const termSet = new Set(terms);
  const entry = listAsked(index, termSet, opts);
  if (!entry) return undefined;
  const acts = terms.filter((t) => !VERDICTS.has(t) && !index.common(t) && !index.bodies([t]).size && !entry.nameTerms.has(t));
  // The rule each act names: by itself, or as a means of what a rule names (宴请 is a means of 贿选).
  const rulesOf = (t: string) => {
    const own = entry.itemKeys.flatMap((keys, n) => (keys.has(t) ? [n] : []));
    const served = index.base.lexicon.means[t]?.toLowerCase();
    return own.length || !served ? own : entry.itemKeys.flatMap((keys, n) => (keys.has(served) ? [n] : []));
  };
  // Every act told must allow the rule: "承诺…发500块钱" names the rules on promises and on bribes (1, 4), so a
  // third word that only one rule uses (竞选, in "不正当竞选") cannot make it that one.
  let allowed: Set<number> | undefined;
  const hit = new Set<number>();
  for (const t of acts) {
    if (meansOnly && means.has(t)) continue;
    // Beside means told with no votes sought, only an act the rule's own title names in full (突击花钱) — a scene word
    // (会场) there would pick a rule the gift does not break.
    const items = meansOnly ? entry.topic.items.flatMap((item, n) => (t.length >= 3 && item.title.includes(t) ? [n] : [])) : rulesOf(t);
    if (!items.length) continue;
    // Asked whether allowed, every act must be misconduct by its word (说情, 造谣) — 票箱 is the vote's own tool.
    if (permission && !misconduct.has(t)) return undefined;
    allowed = new Set(items.filter((n) => !allowed || allowed.has(n)));
    // A scene word (威胁 is in the law's rules too) names no rule alone, but still tells an act.
    if (!generic(t) && items.length === 1) hit.add(items[0]!);
  }
  for (const n of hit) if (!allowed?.has(n)) hit.delete(n);
  if (hit.size !== 1) return undefined;
  const item = entry.topic.items[[...hit][0]!]!;
  // "送礼送到多少钱才算贿选": the act is named, but what is asked (an amount) the rule does not say.
  return saysKindAsked(cleaned, item) ? itemAnswer(index, entry.topic, item, confidence, true) : undefined;
}
