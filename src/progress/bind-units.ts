// People and villages: a figure's unit says what it can count. "12个村" counts villages (done or due);
// "47人" counts people (审查, 女性, 35岁以下…) and is never a number of villages, however it is worded;
// an age (岁) is only an 平均年龄.
import type { IndicatorKey } from '../store/types.js';
import { aside } from './bind-asides.js';
import type { BindState } from './bind-state.js';
import { clauseStart, DONE_KEYS, flatKeys, type BoundItem, type ValueToken } from './bind-values.js';
import type { Token } from './scan.js';
import { parseAnyNumber } from '../numerals.js';

/** Indicators that count villages. */
export const VILLAGES = new Set<IndicatorKey>(['due', 'partyDone', 'committeeDone', 'supervisionDone']);
/** Head counts of the new members (not 一肩挑 or 联审, which count posts and candidates). */
export const PEOPLE_KEYS = new Set<IndicatorKey>(['under35', 'college', 'female', 'crossPost']);
/**
 * The members of the bodies, counted: 两委成员, 班子成员共, 成员总数 — 成员 alone only with a word of their number, and
 * never a make-up's members (女性成员人数 is the women's).
 */
export const MEMBERS_WORD = String.raw`(?:(?:两委|班子)(?:成员)?(?:总数|总人数|人数)?|(?<!女性|女|以下|以上|学历|大专|本科)成员(?:总数|总人数|人数))(?:共|有|一共|总共|为|是)?`;
/** The members of the bodies named straight before a figure (两委, 班子成员共). */
const MEMBERS_BEFORE = new RegExp(`${MEMBERS_WORD}\\s*$`);
/** The members named straight after their count (80名两委成员中). */
const MEMBERS_AFTER = /^\s*(?:新一届|新当选的?)?(?:两委|班子)成员/;
/** Another head count later in the message. */
const HEAD_COUNT_AFTER = /[\d零一二两三四五六七八九十]\s*[人名位]|女性|女同志|妇女|大专|35岁|三十五岁|交叉任职|平均年龄/;
/** A count of people: 人, 名, 位 after the number. */
export const PEOPLE_UNIT = /[人名位]$/;

/**
 * The figure waiting before a name, when it is that name's: only when its unit fits ("女的二十九个 平均年龄四十点八"
 * gives no age of 29), and never for a name with its own figure written onto it ("…15 大专+38": 15 is not 大专's).
 */
export function takeOrphan(s: BindState, tok: Extract<Token, { t: 'ind' }>): ValueToken | undefined {
  const waiting = s.orphans[s.orphans.length - 1];
  if (!waiting || !unitFits(waiting, tok.keys)) return undefined;
  // "5个社区资格联审过了46名": places counted before a people-count name whose head count follows are its scope.
  if (tok.keys.every((k) => PEOPLE_ONLY.has(k)) && scopeOfHeadCount(s.text, waiting)) return undefined;
  const own = (s.next?.t === 'num' || s.next?.t === 'pair' || s.next?.t === 'pct') && s.next.at === tok.at + tok.raw.length;
  // "…前面9个现在12个了监委会11个35岁以下的18人": a figure given before others is no later name's; nor one whose
  // clause a particle has closed ("今天7个了村委会还没开始").
  const later = s.out.items.some((i) => i.at > waiting.at);
  const closed = /^\s*[了呢啦吧]/.test(s.text.slice(waiting.at + waiting.raw.length, tok.at));
  // "村委会16个 100% 监委会15个": a rate straight after a count read is that count's rate, not the next name's.
  const rateOfLast = waiting.t === 'pct' && !!s.lastEmitted && s.lastEmitted.t === 'num' && !s.text.slice(s.lastEmitted.at + s.lastEmitted.raw.length, waiting.at).trim();
  return own || later || closed || rateOfLast ? undefined : s.orphans.pop();
}

/** Whether a figure's unit can be the value of these indicators (an age for 平均年龄, a count for the rest). */
export function unitFits(tok: ValueToken, keys: IndicatorKey[]): boolean {
  if (tok.t !== 'num' && tok.t !== 'pair') return true;
  const age = keys.every((k) => k === 'avgAge');
  return tok.unit === 'none' || (age ? tok.unit === 'age' : tok.unit === 'count');
}

/**
 * "村委会全部完成，15个，完成率100%": a count straight after 全部完成 says how many that is — the plan checks it
 * against the due count and refuses the message when they differ. The indicator it is for, or null.
 */
export function countOfAll(s: BindState, tok: ValueToken): IndicatorKey | null {
  const all = s.out.items[s.out.items.length - 1];
  // "村委会全部选完！20个。": over an exclamation mark too.
  const between = all ? s.text.slice(all.at + all.value.raw.length, tok.at) : '';
  if (tok.t !== 'num' || tok.unit !== 'count' || all?.value.kind !== 'all' || (all.seg !== tok.seg && !/^[了啦\s]*[!！][\s]*$/.test(between))) return null;
  // "已全部完成，完成换届选举的村9个": the villages done, said again in words, before the count.
  return /^[了啦\s,;，；!！]*$/.test(between) || (!s.pending.length && /^[了\s,;，；]*(?:已经|已)?(?:完成|选完)[^\d,;，；。!?]{0,8}$/.test(between)) ? all.key : null;
}

/** 书记, 主任 (and those among them) straight before a head count or an age: the figure is of that post alone. */
const POSTS_BEFORE = /(?<!全体)(?:书记|主任)(?:中|里|当中|里面|里头)?$/;
/** The post straight after the trait: "35岁以下书记3人", "大专以上学历的主任3人". */
const POSTS_AFTER = /^(?:学历)?的?(?:村|社区)?(?:党组织|党支部|村委会|居委会)?(?:书记|主任|支书)/;
/** Only figures and list words between two traits of one list. */
const LISTED = /^[\s、，,和及与\d一二三四五六七八九十两俩仨人名个位岁.]*$/;

/**
 * "龙泉镇村委会主任平均年龄46岁", "新当选村委会主任中大专以上5人": a head count or an average of the holders of
 * one post is no figure of the township's members — set aside and named in the reply.
 */
export function ofPosts(s: BindState, tok: Extract<Token, { t: 'ind' }>): boolean {
  if (!tok.keys.every((k) => PEOPLE_KEYS.has(k) || k === 'avgAge')) return false;
  // "新任书记中女性1人、35岁以下2人", "其中大专以上5人、女性1人": a trait listed after one set aside as a post's or
  // a group's is of the same people.
  const listed = s.traitAside && s.traitAside.seg === tok.seg && LISTED.test(s.text.slice(s.traitAside.at, tok.at));
  // "新当选村委会主任中，35岁以下3人" (the post before, a comma between); "35岁以下书记3人" (the post after).
  const m = POSTS_BEFORE.exec(s.text.slice(Math.max(0, tok.at - 9), tok.at).replace(/[\s，,:：]+$/, ''));
  const after = POSTS_AFTER.test(s.text.slice(tok.at + tok.raw.length, tok.at + tok.raw.length + 8));
  if (!m && !after && !listed) return false;
  s.traitAside = { seg: tok.seg, at: tok.at + tok.raw.length };
  s.asideFrom = m ? s.text.lastIndexOf(m[0], tok.at) : tok.at;
  s.asideBy = null;
  s.ignoreNext = 'aside';
  s.pending = [];
  return true;
}

/**
 * "党组织20个都选完了村委会…", "新华6个居委会今天全部选完一肩挑的6个": all done said straight after a body's figure
 * (today at most between) is that body's — it must agree with its figure and the due count — never the next name's.
 */
export function allOfLast(s: BindState, tok: ValueToken): IndicatorKey | null {
  const last = s.out.items[s.out.items.length - 1];
  if (tok.t !== 'flag' || !last || last.seg !== tok.seg || !DONE_KEYS.includes(last.key) || last.value.kind !== 'number') return null;
  const between = s.text.slice(last.at + last.value.raw.length, tok.at);
  // Its own name may come between, when it follows the figure ("6个居委会今天全部选完").
  // Another day between ("20个昨天都选完了") says when they were done: which day the figures are is not clear.
  return /^\s*[^\d\s,;。!?]{0,6}?\s*(?:今天|今日)?\s*$/.test(between) && !/[昨前]/.test(between) && !s.pending.length ? last.key : null;
}

/** The members' head count said (两委成员128人, 班子共36人): its number is the first group. */
const MEMBERS_COUNTED = new RegExp(String.raw`${MEMBERS_WORD}\s*([\d零一二两三四五六七八九十百]+)\s*[人名位]|([\d零一二两三四五六七八九十百]+)\s*[人名位]\s*(?:新一届|新当选的?)?(?:两委|班子)成员`, 'g');

/**
 * "两委成员128人：…35岁以下占12.5%", "社区两委成员36人，女性占比三分之二": the members counted earlier in the same
 * sentence are what a rate of a head count is a share of — however the count itself was set aside.
 */
export function membersShares(s: BindState): void {
  for (const item of s.out.items) {
    if (item.value.kind !== 'percent' || item.value.of !== undefined || !PEOPLE_KEYS.has(item.key)) continue;
    const n = membersBefore(s.text, item.at);
    if (n) item.value.of = n;
  }
}

/** The members counted earlier in the sentence that ends at `at` (两委成员60人，女性14人，占比…), or null. */
export function membersBefore(text: string, at: number): number | null {
  const from = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('。', at), text.lastIndexOf(';', at)) + 1;
  const sentence = text.slice(from, at);
  // Not the members of a trait (女性两委成员25人, 大专及以上学历两委成员58人): those are a head count of their own.
  const counted = [...sentence.matchAll(MEMBERS_COUNTED)].filter((m) => !TRAIT_BEFORE.test(sentence.slice(0, m.index))).at(-1);
  return counted ? parseAnyNumber((counted[1] ?? counted[2])!) : null;
}
const TRAIT_BEFORE = /(?:女性?|学历|以下|以上|大专|本科|岁|年轻)\s*$/;

/** "新一届两委成员142人；女性31人…": the members' head count, said with no indicator, is no figure of ours. */
export function membersCount(text: string, tok: ValueToken): boolean {
  return tok.t === 'num' && PEOPLE_UNIT.test(tok.raw) && (MEMBERS_BEFORE.test(text.slice(Math.max(0, tok.at - 12), tok.at)) || MEMBERS_AFTER.test(text.slice(tok.at + tok.raw.length)));
}

/**
 * "女性二十四人 其中三十五岁以下的六个": after a head count, a breakdown by another head count is a
 * cross-tab (women under 35), no township figure.
 */
/** Counts of people of some kind: a breakdown of one of them by the members' traits is no township figure. */
export const GROUPS = new Set<IndicatorKey>([...PEOPLE_KEYS, 'oneShoulder', 'reviewed', 'disqualified']);
const TRAITS = new Set<IndicatorKey>(['under35', 'college', 'female', 'avgAge']);

/** "女性24人 其中35岁以下6个", "一肩挑9人，其中35岁以下2人": a trait counted within another group of people. */
export function crossTab(last: BoundItem | undefined, keys: IndicatorKey[], seg: number): boolean {
  // A head count of another sentence ("交叉任职13人;\n成员37名,其中35岁以下6名") is not the one broken down.
  if (!last || !GROUPS.has(last.key) || last.seg !== seg) return false;
  return PEOPLE_KEYS.has(last.key) ? keys.every((k) => PEOPLE_KEYS.has(k)) : keys.every((k) => TRAITS.has(k));
}

/** A count of villages or communities (6个社区, 20个村) followed in its clause by a head count. */
const PLACES_COUNTED = /个(?:村|社区|行政村|村居|村\(社区\)|村（社区）)$/;
const HEAD_COUNT_NEXT = /^[^,，。;；!！?？\n\d零一二两三四五六七八九十]{0,14}[\d零一二两三四五六七八九十百]+\s*[人名位]/;

/**
 * "6个社区共报审63人", "全镇20个村报送人选共计168人": places counted with the people of them counted next in the
 * clause tell where the head count comes from — no figure of their own.
 */
export function scopeOfHeadCount(text: string, o: ValueToken): boolean {
  return o.t === 'num' && PLACES_COUNTED.test(o.raw) && HEAD_COUNT_NEXT.test(text.slice(o.at + o.raw.length));
}

/**
 * "资格联审共审查两委拟提名人选47人": a head count is never a number of villages; the body named last is
 * whose people they are, and the figure is the people-count name waiting before it (审查). Returns the
 * indicators the figure is for, or null when no people-count name waits (refused as missing-indicator).
 */
/** A stage said done before a count of villages: 联审完成8个村, 资格联审已完成15个村. */
const STAGE_DONE = /(?:联审|审查|审核)(?:工作)?(?:已经|已)?(?:完成|结束|做完|搞完)了?(?:的)?$/;

export function forPeople(s: BindState, tok: ValueToken, target: IndicatorKey[][]): IndicatorKey[][] | null {
  // "资格联审完成8个村": villages counted for a count of people — the villages reviewed, no people: a stage of the
  // vote, set aside (a message with nothing else read is still refused, having no figure).
  if (tok.t === 'num' && /(村|社区)$/.test(tok.raw) && flatKeys(target).every((k) => GROUPS.has(k) && k !== 'oneShoulder')) {
    if (scopeOfHeadCount(s.text, tok) || STAGE_DONE.test(s.text.slice(clauseStart(s.text, tok.at), tok.at))) {
      aside(s, tok.at, tok.at + tok.raw.length);
      // The name waits on for the head count.
      s.pending = target;
      return null;
    }
    s.out.errors.push({ code: 'missing-indicator', raw: tok.raw });
    return null;
  }
  // "资格联审 14/16": a fraction for the review counts villages through that stage (of the due), not people — set
  // aside. ("不通过 2/70" is people of people: the whole is no village count.)
  if (tok.t === 'pair' && tok.sep === '/' && !PEOPLE_UNIT.test(tok.raw) && flatKeys(target).every((k) => k === 'reviewed') && s.dueHere() === tok.b) {
    aside(s, tok.at, tok.at + tok.raw.length);
    return null;
  }
  if (!(tok.t === 'num' && PEOPLE_UNIT.test(tok.raw) && flatKeys(target).every((k) => VILLAGES.has(k)) && !flatKeys(target).every((k) => k === 'due'))) return target;
  const waiting = s.peopleWaiting;
  if (!waiting) {
    // "新一届两委33人 35岁以下8人…": the members named straight before it, with their breakdown after — their
    // head count, set aside (see headCountAsDue). Alone ("两委47人") it says too little: refused.
    const after = s.text.slice(tok.at + tok.raw.length);
    if (MEMBERS_BEFORE.test(s.text.slice(Math.max(0, tok.at - 8), tok.at)) && HEAD_COUNT_AFTER.test(after)) return [['due']];
    // "女性成员17人，其中村委会里11人": the people just counted, broken down by the body they sit on — an aside.
    const last = s.out.items.at(-1);
    if (last && GROUPS.has(last.key) && last.seg === tok.seg && /其中/.test(s.text.slice(clauseStart(s.text, tok.at), tok.at))) {
      aside(s, clauseStart(s.text, tok.at), tok.at + tok.raw.length);
      return null;
    }
    s.out.errors.push({ code: 'missing-indicator', raw: tok.raw });
    return null;
  }
  const people = [waiting];
  s.named.answered(people);
  return people;
}

/**
 * 共/一共 with a body's name waiting. "党组织换届共7个村，未完成1个": before a count of villages it is the due
 * count, and the name waits for its own figure; before any other count it is filler ("一肩挑共5人").
 */
export function dueAfterName(s: BindState, tok: Extract<Token, { t: 'ind' }>): void {
  const villages = s.next?.t === 'num' && /(村|社区)\)?$/.test(s.next.raw) && !s.next.pre.trim();
  // "选了两个加上前天的一共4个社区": after what is added in, 一共 gives the running total of the name waiting.
  // So it does after the ones done ("支部选好的一共8个村").
  const added = /(?:加上|算上|连同)[^,;。\n]{0,6}的\s*$|(?:选好|选完|完成|选出|换完|选出来)了?的\s*$/.test(s.text.slice(Math.max(0, tok.at - 10), tok.at));
  if (!villages || added || !flatKeys(s.pending).every((k) => DONE_KEYS.includes(k))) return;
  s.suspended = s.pending;
  s.pending = [tok.keys];
}

/**
 * The earlier number was the village count: it becomes the due count (never an increment, whatever word went
 * before it: "今日新增2个，5个社区…全部完成") and the keys it was read for are the figure's. Null when not so.
 */
export function reopenAsDue(s: BindState, tok: ValueToken): IndicatorKey[] | null {
  const r = s.reopen;
  if (s.pending.length || !r || !(r.sawDone || tok.t === 'flag') || (tok.t === 'flag' && r.from !== s.out.items.length - 1)) return null;
  s.reopen = null;
  // "2个社区居委会都选完了": the communities (or the villages) of a township that has both are a part of it, not
  // its due count — that part's figure, all of it done; 都选完了 adds nothing.
  const counted = s.out.items[r.from];
  if (tok.t === 'flag' && counted?.value.kind === 'number' && counted.value.part === 'community') return [];
  // "柳林乡支部九个村全部完成了，就剩阴坡村没选": villages counted other than the county's due count are those done —
  // a due count is changed only when said as one (应换届…).
  const due = s.dueHere();
  if (tok.t === 'flag' && counted?.value.kind === 'number' && due !== undefined && counted.value.n !== due) return [];
  const first = s.out.items.splice(r.from)[0];
  if (first) s.out.items.push({ ...first, key: 'due', value: first.value.kind === 'increment' ? { kind: 'number', n: first.value.n, raw: first.value.raw } : first.value });
  return r.keys;
}

/** Indicators that count people, never villages. */
const PEOPLE_ONLY = new Set<IndicatorKey>(['reviewed', 'disqualified', 'female', 'under35', 'college', 'crossPost', 'avgAge']);

/**
 * "三十五岁以下新进两委的八个", "女性进村委的5个": a body's name with 的 after it, straight after a head count's name
 * (words of the new term between), says whose people they are — no body of its own waiting for the figure.
 */
export function bodyOfPeople(s: BindState, tok: Extract<Token, { t: 'ind' }>): boolean {
  if (s.text[tok.at + tok.raw.length] !== '的' || !tok.keys.every((k) => VILLAGES.has(k)) || s.pending.length !== 1) return false;
  if (!s.pending[0]!.every((k) => PEOPLE_ONLY.has(k) || k === 'oneShoulder')) return false;
  const name = s.lineNames.at(-1);
  const at = name === undefined ? -1 : s.text.lastIndexOf(name, tok.at - 1);
  if (name === undefined || at < 0) return false;
  return /^\s*(?:新进|进入?|新当选(?:为|进)?|当选|新一届|新选出|新选进|选进)?\s*$/.test(s.text.slice(at + name.length, tok.at));
}

/** "河西乡12个村已完成资格联审": villages counted are no head count — asked, never stored as people reviewed. */
export function villagesAsPeople(s: BindState, keys: IndicatorKey[], tok: ValueToken): boolean {
  if (tok.t !== 'num' || !/(?:村|社区)\)?$/.test(tok.raw) || !keys.length || !keys.every((k) => PEOPLE_ONLY.has(k))) return false;
  s.out.errors.push({ code: 'missing-indicator', raw: tok.raw });
  return true;
}

/** "35岁以下的最小才26岁": an age is no count of people — set aside; a name left without its figure is asked for. */
export function ageAsCount(s: BindState, keys: IndicatorKey[], tok: ValueToken): boolean {
  if (tok.t !== 'num' || tok.unit !== 'age' || keys.includes('avgAge')) return false;
  aside(s, tok.at, tok.at + tok.raw.length);
  return true;
}

/** "全乡已有6个村党组织完成换届": villages the whole township already has done are a count of progress, no due count. */
export function alreadyDone(s: BindState, tok: ValueToken, scope: RegExp): void {
  if (tok.t === 'num' && /已/.test(tok.pre) && scope.test(s.lineNames.at(-1) ?? '') && s.pending.length === 1 && s.pending[0]!.join() === 'due') {
    s.pending = [];
    s.named.unname();
  }
}
