// A township with villages and 社区 often counts them apart: "党组织村级完成7个另有社区2个", "村居委会村5个社区1个",
// "一肩挑村里8人社区3人，共11人". The two parts of one figure are its figure: written as their sum, the parts kept
// beside it in brackets (党组织完成9个(7+2)), so the usual reading applies. A sum said too must agree, or the
// two figures are refused as contradicting each other. A part alone while the other is still to come (社区这块完成4个了，
// 村里的明天一起报) is no township figure: the message waits for the whole, as for a figure not yet checked.
import { parseAnyNumber } from '../numerals.js';

const NUM = '[\\d零一二两三四五六七八九十百]+';
const VILLAGE_PART = '(?:村里|村级|村上|村)(?:的|这块|这边|那边)?';
const STREET_PART = '(?:社区(?:居委会)?(?:里|的|这块|这边|那边)?)';
/** "村7个、社区2个", "村级完成6个另有社区2个", "村13个+社区2个=15个", "村里21人，社区5人". */
const PARTS = new RegExp(
  String.raw`(?:(?<![\u4e00-\u9fff])|(?<=[会织部委挑职员性龄的成届举]|以上|以下|学历))(${VILLAGE_PART}|${STREET_PART})\s*(完成了?|选完了?|新当选|报审|审了|审查)?\s*(${NUM})\s*(个|人|名)?\s*√?\s*(?:[,、+]|和|及|加|加上)?\s*(?:另有|另外|还有|外加)?\s*(${VILLAGE_PART}|${STREET_PART})\s*(?:完成了?|选完了?|新当选|报审|审了|审查|还有|也有|有)?\s*(${NUM})\s*(个|人|名)?\s*√?(?:\s*[,]?\s*(?:共|合计|一共|总共|共计|=)\s*(${NUM})\s*(个|人|名)?)?`,
  'g',
);
/** The other part still to come: "村里的明天一起报", "社区的还没汇总上来", "村里的还在算". */
// Its figures still to come — reported, summed, checked (报, 汇总, 算, 审, 补) — not its elections not yet held (社区还没开始:
// none done there, a figure of its own).
const OTHER_TO_COME = new RegExp(String.raw`(?:[,;。]\s*)(?:${VILLAGE_PART}|${STREET_PART})(?:的)?(?:数|数据|情况)?\s*(?:还在|明天|还没|没|待|下周|后天|回头|过两天|晚点)[^,;。]{0,6}?(?:报|汇总|统计|算|审|核|补|上来)`);

const isVillage = (part: string) => part.startsWith('村');
/** The counts before the parts: "完成八个村两个社区", "村8个社区2个" said the other way round. */
const COUNTS_FIRST = new RegExp(String.raw`(?<=[会织部委成了乡镇道]|^)\s*(${NUM})\s*个(村|社区)\s*[,、和及]?\s*(${NUM})\s*个(村|社区)(?![\u4e00-\u9fff])`, 'g');

const EACH_PART = new RegExp(String.raw`(?<![\u4e00-\u9fff])村(?:里)?\s*(?:和|与|跟|、|及)\s*社区(?:都|均)?各(?:自)?(完成了?|选完了?|推选了?|选了)?\s*(${NUM})\s*(个)?`, 'g');
/** A body named with its part and counted, then the other part's count alone (村党组织完成11个，社区3个). */
const BODY = '(党组织|党支部|支部|党总支|委会|民委员会|务监督委员会|监委会|监委)';
const OTHER_PART_BARE = new RegExp(String.raw`(?:(?<![\u4e00-\u9fff])(村级|村)|社区)${BODY}(?:换届|选举)?(?:完成了?|选完了?|已完成)?\s*${NUM}\s*个(\s*[,、，]\s*(?:另有|另外|还有)?)((?:社区|村里|村)(?:的|里)?\s*(?:完成了?|选完了?|已完成)?\s*${NUM}\s*个)(?![\u4e00-\u9fff]*(?:党|委|监))`, 'g');
const COUNTS_BEFORE_BODY = new RegExp(String.raw`(${NUM})\s*个村\s*[、,和及]\s*(${NUM})\s*个社区(?:的)?\s*([\u4e00-\u9fff]{2,4}?)(?=换届|选举|已|都|均|全部|完成)`, 'g');
const SECTION_LABEL = String.raw`(?:村里|村级|村|社区里|社区)(?:这块)?\s*:\s*`;
/** "村：党组织完成10个，村委会完成8个；社区：党组织完成5个…": a section opened by its part, up to the next or the line's end. */
const SECTION = new RegExp(String.raw`(^|[\n;\s])(村里|村级|村|社区里|社区)(?:这块)?\s*:\s*([^\n;]*?)(?=[\n;\s]${SECTION_LABEL}|[\n;]|$)`, 'g');

/**
 * Sections of the villages and of the communities, each opened by its part's name and a colon: every clause in a
 * section names its part (村党组织…, 社区居委会…), so the parts are read and summed as if written so. Only where both
 * sections are written: a village's heading alone (东坡村：…) is no part.
 */
function sectionParts(text: string): string {
  const found = [...text.matchAll(SECTION)];
  if (!found.some((m) => m[2]!.startsWith('村')) || !found.some((m) => m[2]!.startsWith('社区'))) return text;
  return text.replace(SECTION, (_, before: string, part: string, body: string) => {
    const word = part.startsWith('村') ? '村' : '社区';
    return before + body.split(/([,、])/).map((c, i) => (i % 2 === 0 && /^\s*[\u4e00-\u9fff]/.test(c) && !/^\s*(?:村|居|社区)/.test(c) ? `${word}${c.trimStart()}` : c)).join('');
  });
}

export function readParts(text: string): string {
  // "女性成员共31人，其中社区居委会里16人": the part is the 社区's; 居委会里 names no body's figure (其中社区居委会
  // 两个, a count of bodies, does).
  if (text.includes('其中社区居委会')) text = text.replace(/其中社区居委会(?:里|中)/g, '其中社区');
  // Both parts are named in every such message.
  if (!text.includes('社区') || !text.includes('村')) return text;
  if (/(?:^|[\n;\s])社区(?:里|这块)?\s*:/.test(text)) text = sectionParts(text);
  // "13个村、2个社区党组织换届全部完成": the counts of both parts before the body they are of.
  text = text.replace(COUNTS_BEFORE_BODY, (_, v: string, c: string, body: string) => `村${body}${v}个、社区${body}${c}个`);
  // "村和社区各完成2个": each part's count, written as the two parts.
  text = text.replace(EACH_PART, (_, verb: string | undefined, n: string, unit: string | undefined) => `村${verb ?? ''}${n}${unit ?? '个'}、社区${n}${unit ?? '个'}`);
  // "村党组织换届完成十一个，社区三个": the other part's count with its body left unsaid is of the same body.
  text = text.replace(OTHER_PART_BARE, (m, village: string, body: string, between: string, street: string) => {
    const other = village ? (body.startsWith('委') ? '居委会' : body) : body.startsWith('居') ? '村委会' : body;
    return m.slice(0, m.length - street.length) + street.replace(/^(社区|村里|村)(?:的|里)?/, (p) => `${p}${other}`);
  });
  let t = text;
  t = t.replace(PARTS, (m, a: string, verb: string | undefined, x: string, u1: string | undefined, b: string, y: string, u2: string | undefined, total: string | undefined, u3: string | undefined) => {
    // One part of each: a village part and a community part, in either order.
    if (isVillage(a) === isVillage(b)) return m;
    const [p, q, s] = [parseAnyNumber(x), parseAnyNumber(y), total === undefined ? null : parseAnyNumber(total)];
    if (p === null || q === null) return m;
    const unit = u1 ?? u2 ?? u3 ?? '个';
    const sum = `${verb ?? ''}${p + q}${unit}(${p}+${q})`;
    // A line break the match ran over (村9 社区6 共15\n村委会…) stays.
    const end = /\n\s*$/.test(m) ? '\n' : '';
    return (s !== null && s !== p + q ? `${sum},${s}${unit}` : sum) + end;
  });
  t = t.replace(COUNTS_FIRST, (m, x: string, a: string, y: string, b: string, at: number, whole: string) => {
    const [p, q] = [parseAnyNumber(x), parseAnyNumber(y)];
    if (a === b || p === null || q === null) return m;
    // Straight after the township's name ("东城街道4个社区1个村,党组织已全部完成") they are its villages: the due
    // count, as in a bracket (东城街道(4个社区1个村)).
    return /[乡镇道]$/.test(whole.slice(0, at)) ? `(共${p + q}个)` : `${p + q}个(${p}+${q})`;
  });
  return partOnly(t);
}

/**
 * "35岁以下的今天新增了3个，大柳树、后沟、西坡各一个", "联审刷下来两个:后营村一个(…)、沙岗村一个(…)": a figure broken
 * down by village, right after it, is a note on it — put in brackets (an aside) when the parts make the figure, and
 * left as written (refused for figures with no indicator) when they do not.
 */
const EACH = new RegExp(String.raw`(${NUM})\s*(个|人|名)(\s*[,:]\s*)((?:[\u4e00-\u9fff]{1,5}?[、和])+[\u4e00-\u9fff]{1,5}?)各(${NUM})\s*(?:个|人|名)`, 'g');
const LISTED = new RegExp(String.raw`(${NUM})\s*(个|人|名)(\s*[,:]\s*)((?:[\u4e00-\u9fff]{1,5}?(?:村|社区)\s*${NUM}\s*(?:个|人|名)\s*(?:\([^()]*\))?\s*[、,]\s*)+[\u4e00-\u9fff]{1,5}?(?:村|社区)\s*${NUM}\s*(?:个|人|名)\s*(?:\([^()]*\))?)`, 'g');

function eachTimes(m: string, names: string, verb: string, each: string, unit: string, at: number, whole: string): string {
  const per = parseAnyNumber(each);
  return per !== null && whole[at - 1] !== '(' ? `${names}${verb}${per * names.split(/[、和与及]/).length}${unit}` : m;
}

export function villageBreakdown(text: string): string {
  return text
    .replace(EACH, (m, n: string, unit: string, sep: string, names: string, each: string) => {
      const [total, per] = [parseAnyNumber(n), parseAnyNumber(each)];
      return total !== null && per !== null && names.split(/、|(?<=.)和/).length * per === total ? `${n}${unit}(${names}各${each}${unit})` : m;
    })
    .replace(LISTED, (m, n: string, unit: string, sep: string, list: string) => {
      const counts = [...list.replace(/\([^()]*\)/g, '').matchAll(new RegExp(`(${NUM})\\s*(?:个|人|名)`, 'g'))].map((c) => parseAnyNumber(c[1]!));
      const total = parseAnyNumber(n);
      return total !== null && counts.every((c) => c !== null) && counts.reduce((a: number, b) => a + b!, 0) === total ? `${n}${unit}(${list.replace(/[()]/g, ' ')})` : m;
    })
    // "其中青龙村、双河村各取消1人资格": villages named, each with the same count and no total said — the figure is
    // the count times the villages (a village breakdown with its total said is a note, above).
    .replace(EACH_VILLAGE, eachTimes)
    .replace(EACH_BARE, eachTimes)
    // "选了三个:周二西沟村、周四南庄、周六河湾": the days the villages were done, as many as the count — a note on it,
    // never days that govern the figures after them.
    .replace(DAYS_LISTED, (m, n: string, unit: string, sep: string, list: string) => (parseAnyNumber(n) === list.split('、').length ? `${n}${unit}${sep}(${list})` : m))
    // "支部又选完俩，一个是东岭村，一个是窑头村", "两个村的监委会 一个梨园村一个沙河村": the villages told one by one
    // after their count, as many as it, name them — a note on it, never figures of one each.
    .replace(ONE_BY_ONE, (m, n: string, between: string, list: string) => {
      const names = [...list.matchAll(ONE_NAMED)].map((x) => x[1]!);
      return parseAnyNumber(n) === names.length ? `${n}${between}(${names.join('、')})` : m;
    });
}

const ONE_NAMED = /一个(?:是|就是)?\s*([\u4e00-\u9fff]{1,5}?(?:村|社区))/g;
const ONE_BY_ONE = new RegExp(String.raw`(${NUM})(个[\u4e00-\u9fff]{0,8}?[,\s]*|[,\s]+)((?:一个(?:是|就是)?\s*[\u4e00-\u9fff]{1,5}?(?:村|社区)\s*[,、\s]?\s*)+(?<=村|社区))`, 'g');
const EACH_VILLAGE = new RegExp(String.raw`((?:[\u4e00-\u9fff]{1,5}?(?:村|社区))(?:[、和与及](?:[\u4e00-\u9fff]{1,5}?(?:村|社区)))+)各([\u4e00-\u9fff]{0,4}?)(${NUM})\s*(个|人|名)`, 'g');
/**
 * "刘庄、杏花各取消1人资格": villages named without 村, listed with 、 at the start of a clause — none a body's, a
 * group's or a township's word (党组织、村委会各9个 are bodies).
 */
const BARE_NAME = String.raw`(?:(?![党委会组支挑任职女男岁专科监居村乡镇街各都也均其余另共计和的有是])[\u4e00-\u9fff]){2,4}`;
const EACH_BARE = new RegExp(String.raw`(?<=(?:^|[,;。:\n])\s*)(${BARE_NAME}(?:、${BARE_NAME})+)各([\u4e00-\u9fff]{0,4}?)(${NUM})\s*(个|人|名)`, 'g');
const DAYS_LISTED = new RegExp(String.raw`(${NUM})\s*(个|人|名)(\s*[:,]\s*)((?:(?:周|星期|礼拜)[一二三四五六日天][^、,;。
()]{1,6}、)+(?:周|星期|礼拜)[一二三四五六日天][^、,;。
()]{1,6})`, 'g');

/** A part said alone: marked 待核实, so the message waits for the whole. */
function partOnly(text: string): string {
  const m = OTHER_TO_COME.exec(text);
  // Only after a figure of the other part: "社区这块党组织完成4个了，村里的明天一起报".
  if (m && !new RegExp(String.raw`(?:${VILLAGE_PART}|${STREET_PART})[^,;。]*?${NUM}`).test(text.slice(0, m.index))) return text;
  return m ? `${text.slice(0, m.index)},待核实${text.slice(m.index)}` : text;
}

/** Kinds of party body, each a part of the 党组织 figure. */
const KIND = '(?:社区|村)?(?:党委|党总支|总支|党支部)';
const COUNT = '(\\d{1,3})个';
const JOIN = '[、,，和及与]\\s*';
/** "3个社区党总支、3个社区党支部", "党委1个、党总支2个、党支部13个": counts of kinds of party body, side by side. */
const KINDS_BEFORE = new RegExp(`${COUNT}(${KIND})(?:${JOIN}${COUNT}(${KIND})){1,2}`, 'g');
const KINDS_AFTER = new RegExp(`(${KIND})${COUNT}(?:${JOIN}(${KIND})${COUNT}){1,2}`, 'g');

/**
 * Counts of different kinds of party body (党委, 党总支, 党支部) side by side are the parts of one 党组织 figure: their
 * sum. Read apart, two equal ones had been stored as the figure ("3个社区党总支、3个社区党支部" stored 3, not 6).
 */
export function readPartyKinds(text: string): string {
  return text.replace(KINDS_BEFORE, sumOfKinds as (m: string) => string).replace(KINDS_AFTER, sumOfKinds as (m: string) => string);
}

/** One run of kinds counted side by side, as their sum (or as typed when it cannot be one figure). */
function sumOfKinds(...args: unknown[]): string {
  const [m, at, all] = [args[0] as string, args.at(-2) as number, args.at(-1) as string];
  const kinds = [...m.matchAll(new RegExp(KIND, 'g'))].map((x) => x[0].replace(/^(?:社区|村)/, '').replace(/^总支$/, '党总支'));
  const total = [...m.matchAll(/(\d{1,3})个/g)].reduce((a, x) => a + Number(x[1]), 0);
  if (new Set(kinds).size !== kinds.length) return m;
  // "完成12个，其中党总支4个、党支部9个": a breakdown is read only when it adds up to the figure it breaks down;
  // otherwise it is left as typed, and the reader refuses the two.
  const of = /(\d{1,3})个[^\d,，。;；\n]{0,4}[,，]?\s*其中\s*$/.exec(all.slice(Math.max(0, at - 16), at));
  if (/其中\s*$/.test(all.slice(0, at)) && (!of || Number(of[1]) !== total)) return m;
  return `党组织${total}个`;
}
