// A township's figure told area by area after its name: "党组织:东片3个、中片2个、西片1个", "交叉任职各管区:泉东8 泉西7
// 山后7 河湾8 社区7,共37人", "村委会 泉西+2,河湾+1". The areas (管区, 片, 社区, villages) part the township: its figure is
// their sum, written before them with the areas kept in brackets (党组织6个(东片3个、中片2个、西片1个)), so the usual
// reading applies. A total said too must agree, or the text is left as typed (and refused for figures without a name).
import { COUNT_NUMERAL, parseAnyNumber } from '../numerals.js';
import { longestAt, type Lexicon } from './lexicon.js';
import type { TownshipMatcher } from './townships.js';
import { clauseStart, type BoundItem } from './bind-values.js';
import type { ReportError } from './types.js';
import { AN_AREA, AREA } from './area-sums.js';

const NUM = COUNT_NUMERAL;
/** An area's label: a few characters, no figure, no word of counting, progress or time. */
// Numerals only in an area's ordinal name (一片, 二管区): "四十三点五岁" is a figure, not an area.
const LABEL = '(?:[一二三四五六七八九十]+(?:片区?|管区)|(?:(?![其共计累今昨明又新完选还剩差合总全各都均和及与是为有已零一二两三四五六七八九十百点])[\\u4e00-\\u9fff]){1,5}?)';
/** A date before the name ("11.15党组织换届进度:") is no figure. */
const DATE = /\d{1,2}[.月/-]\d{1,2}[日号]?|\d{1,2}[日号]/g;
/** Days are no areas (周一 新增2个, 18号3个). */
const DAY = /^(?:周|星期|礼拜)|[日号天]$/;
/** One area and its count: "泉东管区完成2个村", "东片3个", "泉西+2", "社区1个(龙泉社区)". */
const ENTRY = `${LABEL}\\s*(?:完成了?|选完了?|选了|又完成了?|又选完了?|新增)?\\s*[+＋]?\\s*${NUM}(?:\\s*(?:个村|个|人|名))?(?:\\s*√)?(?:[ \\t]*\\([^()]*\\))?`;
const LIST = new RegExp(`(?<=[:：\\s]|各管区|分管区|各片区|分片区|各片|分片)\\s*(${ENTRY}(?:\\s*[,、;]\\s*|\\s+)${ENTRY}(?:(?:\\s*[,、;]\\s*|\\s+)${ENTRY})*)(?:\\s*[,;]?\\s*(?:共|合计|一共|总共|共计)\\s*(${NUM})\\s*(个|人|名)?)?`, 'g');
const ENTRY_PARTS = new RegExp(`(${LABEL})\\s*(完成了?|选完了?|选了|又完成了?|又选完了?|新增)?\\s*([+＋])?\\s*(${NUM})\\s*(个村|个|人|名)?`, 'g');

export function readAreas(text: string, lexicon: Lexicon, townships?: TownshipMatcher): string {
  return text.replace(LIST, (m, list: string, total: string | undefined, unit: string | undefined, at: number) => {
    // Only straight after an indicator's name (and words about it, no figure): "党组织换届进度:", "两委交叉任职各管区:".
    const before = text.slice(Math.max(0, text.lastIndexOf('\n', at - 1) + 1), at);
    const named = lexicon.names.filter((n) => before.includes(n.text));
    // Figures in a name ("35岁及以下") or a date are no figure told before the areas.
    if (!named.length || /\d/.test(named.reduce((b, n) => b.split(n.text).join(' '), before).replace(DATE, ''))) return m;
    // A bracket after an entry names its villages or counts them (东片2 西片1\n(东片7个村,西片5个村)): no entry.
    // Another area named after the list in its sentence (…中管区3个，南管区的还没报上来): the sum is not all of it.
    const rest = text.slice(at + m.length).split(/[。;!?\n]/)[0]!;
    if (AN_AREA.test(rest)) return m;
    const entries = [...list.replace(/\([^()]*\)/g, ' ').matchAll(ENTRY_PARTS)];
    if (entries.length < 2) return m;
    let sum = 0;
    const added = new Set<boolean>();
    for (const [, label, verb, plus, n] of entries) {
      // Labels that are days or names the reader knows (a township, an indicator, a shorthand character) are no areas.
      if (DAY.test(label!) || longestAt(lexicon.nameIndex, label!, 0) || lexicon.shorthand[label!] || townships?.matchAt(label!, 0)) return m;
      const v = parseAnyNumber(n!);
      if (v === null) return m;
      sum += v;
      added.add(!!plus || !!verb?.startsWith('又') || verb === '新增');
    }
    // All new ones or all running totals: a mix cannot be added up.
    if (added.size > 1) return m;
    if (total !== undefined && parseAnyNumber(total) !== sum) return m;
    const u = unit ?? entries.find((e) => e[5])?.[5]?.replace('个村', '个') ?? '个';
    // A list a line per area is kept on one line, so the bracket holding it closes.
    return `${added.has(true) ? '新增' : ''}${sum}${u}(${list.trim().replace(/\s*\n\s*/g, '、')})`;
  }).replace(AREA_COUNT, '($1)');
}

/**
 * "山后、河湾两个管区还没开始选": a count of areas not yet started is no figure of villages — set aside in brackets.
 * ("两个管区动了,党组织各完成1个" is left as typed: there the areas count the new ones.)
 */
const AREA_COUNT = new RegExp(`(${NUM}\\s*个\\s*(?:管区|片区))(?=\\s*(?:都|也)?(?:还)?(?:没|未))`, 'g');

/** A clause whose subject is one area ("山后管区现在村委会一共完成3个"), with no word of new ones. */
const NEW_ONES = /今天|今日|又|新增|再|刚/;
const AREA_SUBJECT = /^\s*(?:现在|目前|截至目前|截止目前)?\s*[\u4e00-\u9fff]{1,4}(?<![分各])(?:管区|片区)(?![各分])/;

/**
 * "山后管区现在村委会一共完成3个": a running total of one area is no figure of the township's — refused, and the reply
 * asks for the township's total (an area's new ones are the township's new ones too, and read so).
 */
export function areaTotals(text: string, items: BoundItem[]): ReportError[] {
  if (!/片|管区/.test(text)) return [];
  return items.flatMap((item) => {
    if (item.value.kind !== 'number' || item.value.implied) return [];
    const clause = text.slice(clauseStart(text, item.at), item.at);
    // An area named in the clause outside a bracket (西片4个村选完了3个, 更正：城郊片党组织应该是8个) makes the figure the
    // area's — unless it tells new ones, and of that one area (not 一管区、二管区村委会各新增1个).
    // So does one named earlier in its sentence with no other figure read since (更正：城郊片党组织刚才报错了，应该是8个).
    const sentence = text.slice(clauseStart(text, item.at, ';。!?\n'), item.at).replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
    const last = [...sentence.matchAll(AREA)].at(-1);
    const from = item.at - sentence.length;
    const area = AREA_SUBJECT.test(clause) || (last !== undefined && !items.some((o) => o !== item && o.at > from + last.index! && o.at < item.at));
    const newOnes = NEW_ONES.test(clause) && !/各/.test(clause);
    return area && !newOnes ? [{ code: 'area-only' as const, raw: (clause + item.value.raw).trim() }] : [];
  });
}
