// The joint review told in two parts — those who passed and those who did not, or those reviewed and those who
// passed — written as the two figures the reader knows: reviewed and disqualified.
import { parseAnyNumber } from '../numerals.js';

const PASSED_FAILED = /(?:审查|联审)?(?<!不|未|没)(?:通过|合格)的?\s*([0-9零一二两三四五六七八九十百]+)\s*[人名]\s*[,、;]\s*(?:不通过|未通过|没通过|不合格|不符合条件)的?\s*([0-9零一二两三四五六七八九十百]+)\s*[人名]/g;
const REVIEWED_PASSED = /(联审|审查|审了)(?:人数)?\s*:?\s*([0-9]+)\s*[人名个]?\s*[,、;\s]\s*(?:其中)?(?<![不未没])(?:合格|通过)(?:的|人数)?\s*:?\s*([0-9]+)\s*[人名个]?(?![0-9])/g;
const REVIEWED_COUNT_PASSED = /(联审|审查|审了)(?:人数)?\s*:?\s*([0-9]+)\s*[人名个]?\s*[,、;\s]\s*(?:其中)?([0-9]+)\s*[人名个]\s*(?<![不未没])(?:通过|合格)了?(?![0-9率])/g;

/**
 * "联审不通过四人，其中：受过刑事处罚一人，存在涉黑涉恶问题一人，…": the reasons of those refused, listed after 其中 and
 * or without a colon to the sentence's end (or a ；), are a breakdown of that count — put in a bracket, where the reader
 * sets it aside; a bracket inside the list (its own detail) is dropped, as brackets do not nest.
 */
const REFUSED_BREAKDOWN = /((?:不通过|未通过|没通过|不合格|不予通过|取消资格)的?\s*[0-9零一二两三四五六七八九十百]+\s*[人名]\s*[,，]\s*)其中\s*[:：]?((?:[^。;；\n()（）]|[(（][^()（）\n]*[)）])*)/g;

/**
 * "联审了20人，其中1人有前科，不符合条件", "有1人有拖欠集体资金的情况，所以被认定为不合格", "发现1人存在失信情形，取消其候选人
 * 资格": people counted, then why, then that they failed — the count is of those refused; the reason goes in a bracket.
 * Only after the review is named, with a reason in words, no figure, no other review word, no word of none or not yet
 * (暂无, 没有, 未发现, 是否, 待) and no sentence end between, and not when the failing word has a figure of its own
 * (全部通过，不合格0人) or names a count or rate (不通过的人数没变, 不通过率2%).
 */
const REFUSED_AFTER_REASON = /([0-9零一二两三四五六七八九十]+\s*[人名])((?:(?![审合通无没暂尚待等]|是否|未(?:发现|见|出现|有))[^0-9零一二两三四五六七八九十。;；!！?？\n()（）]){1,30}?)[,，]?\s*((?:所以|因此|故|已|已经|依规|均|都)?\s*(?:被)?\s*(?:认定为|认定|确认为|视为|判定为|列为)?\s*)(不符合条件|不合格|(?:未通过|没通过|不通过)(?:联审|审查)?|取消(?:其|了)?(?:候选人)?资格)(?![的]?\s*[:：]?\s*[0-9零一二两三四五六七八九十]|的?人?数|率)/g;
/** "联审68人，除了3个都通过了": those not passed are the ones left out. */
const ALL_BUT_PASSED = /除了?\s*([0-9零一二两三四五六七八九十]+)\s*(?:个人|个|人|名)(?:以外|之外|外)?[,，]?\s*(?:其余的?|其他的?|别的)?(?:人)?\s*(?:都|全部|均|全都)(?:已)?(?:通过|合格)了?/g;
const REVIEW_NAMED = /联审|审查|审核|审了/;

/** The text with the review's parts written as reviewed and disqualified; unchanged when it tells none. */
export function reviewCounts(t: string): string {
  if (!t.includes('通过') && !t.includes('合格')) return t;
  if (t.includes('其中')) t = t.replace(REFUSED_BREAKDOWN, (m, head: string, list: string) => `${head}(其中${list.replace(/[(（][^()（）]*[)）]/g, '')})`);
  // "通过47人，不通过2人": together the candidates reviewed — said with a total too (联审共20人), the two must agree.
  t = t.replace(PASSED_FAILED, (m, a: string, b: string) => {
    const [x, y] = [parseAnyNumber(a), parseAnyNumber(b)];
    return x !== null && y !== null ? `审查${x + y}人,不合格${y}人` : m;
  });
  // "联审72 合格70", "审查40人，其中合格38人": those reviewed, then those who passed — the rest did not; a pass count
  // above the reviewed is left as it is (no figure).
  // "审查168人，165人通过": the pass count before its word, the same.
  const put = (m: string, word: string, a: string, b: string) => (Number(b) <= Number(a) ? `${word}${a}人,不合格${Number(a) - Number(b)}人` : m);
  return t.replace(REVIEWED_PASSED, put).replace(REVIEWED_COUNT_PASSED, put);
}

/**
 * Those refused told after the review is named: the count before its reason, or all but them passed. Before the
 * words of none refused are read (都通过了 after 除了3个 is not none).
 */
export function refusedAfterReview(t: string): string {
  if (!REVIEW_NAMED.test(t)) return t;
  t = t.replace(ALL_BUT_PASSED, (m, n: string, at: number) => (REVIEW_NAMED.test(t.slice(0, at)) ? `不合格${n}人` : m));
  return t.replace(REFUSED_AFTER_REASON, (m, count: string, why: string, link: string, _word: string, at: number) => (REVIEW_NAMED.test(t.slice(0, at)) && /[\u4e00-\u9fff]/.test(why) ? `${count}不合格(${why.replace(/^[,，\s]*(?:因为|由于|因)?|[,，\s]+$/g, '')}${link.trim()})` : m));
}
