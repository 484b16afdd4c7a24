// A township organised in 管区 or 片区 often tells its figures area by area, in any order of area and body:
// "村委会东片6个、西片5个", "北片党组织3个 南片党组织4个", "东片区：党4 村4 监3\n西片区：党5 村4 监4", "城区片7个社区全部完成，
// 城郊片11个村完成8个". The township's figure is the sum over its areas — but only when every area the message names
// is told for that body (an area left out, or still to come, leaves the sum unknown) and no area is told twice. Then
// the pieces are written as the township's figures, the areas kept in brackets as a note; a total said too is left
// beside them, and must agree. New ones told area by area (今日新增：一管区监委会2个，三管区1个) add up over the areas that
// had any. Anything else is left as typed: the area figures are refused, never stored as the township's (areaTotals in
// areas.ts).
import { parseAnyNumber } from '../numerals.js';
import { longestAt, type Lexicon } from './lexicon.js';

/**
 * An area's label: 东片, 西片区, 一管区, 城区片, 城郊片, 泉东管区. Not a count of areas (两个片) nor 各片区, nor a
 * photo (照片) or a slice of something (一片).
 */
export const AREA = /(?:[东南西北中上下前后]部?(?:片区|片|管区)|(?<![\d零一二两三四五六七八九十个])[一二三四五六七八九十](?:片区|管区|片)|(?<![\u4e00-\u9fff])(?![图照名影卡芯唱相各分全每几多本该两个零一二三四五六七八九十人名位户岁村会织部委职挑的了和与及])[\u4e00-\u9fff]{2}(?:片区|管区|片))(?![长级])/g;
/** One area named anywhere (AREA is global, for matchAll). */
export const AN_AREA = new RegExp(AREA.source);
/** Where an area's piece ends: a stop, a line's end, or words of the township's whole. */
const PIECE_END = /[。;!?\n]|合计|共计|总计|一共|总共|全镇|全乡|全街道|[两三四五六七八九几\d]个(?:片区?|管区)|各片|两片|(?<![\d零一二两三四五六七八九十])共(?=\s*[\d零一二两三四五六七八九十])/g;
const NUM = /([\d零一二两三四五六七八九十百]+)(\.\d+)?\s*(个村|个社区|个|人|名|岁)?/g;
/** The whole area done (城区片7个社区全部完成, 东片3个村党支部都选完了). */
const ALL = /全部(?:完成|选完|结束)?了?|都(?:已经?)?(?:选完|完成|结束)了?|均(?:已)?完成/;
/** Done, said after the places counted and their body (2个社区居委会选完, 3个社区党组织换届完成). */
const DONE_AFTER = /^[^,;。\d]{0,10}?(?:选完|完成|选出|结束)/;
/** None done there yet (三管区还没开始, 第一管区没有, 下片4个村明天集中推选). */
const NONE = /还没|没开始|未开始|尚未|没动|一个没|一个也没|没有(?=[\s,;。]*$)|(?:明天|后天|下周|过两天)[^,;。]{0,4}?(?:推选|选举|选|召开|开会)/;
/** Words that the areas' figures are new ones (not 今天 alone: 今天数据 are today's running totals). */
const ADDED = /又|新增|再|新完成|刚刚?完成|增加/;
/** The area's figures still to come (南片区的明天一起报): the township's sum is not known yet. */
const TO_COME = /(?:明天|晚点|稍后|回头|还没|待|还在)[^,;。]{0,4}?(?:报|统计|汇总|核|算)/;

/** Areas joined with one figure each (一管区、二管区村委会各新增1个): the figure times the areas, the areas a note. */
const EACH_AREA = new RegExp(String.raw`((?:${AREA.source})(?:[、和与及](?:${AREA.source}))+)([\u4e00-\u9fff]{0,6}?)各([\u4e00-\u9fff]{0,4}?)([\d零一二两三四五六七八九十]+)\s*(个|人|名)`, 'g');
const EACH_OF_AREAS = /([两三四五六七八九\d])个(?:片区?|管区)各([\u4e00-\u9fff]{0,4}?)([\d零一二两三四五六七八九十]+)\s*(个|人|名)/g;
/** A sum said after an area's figures: 合计7个, 全乡合计5个, 三个管区合计9个. */
const TOTAL_AFTER = /^\s*(?:全(?:乡|镇|街道)|[两三四五六七八九\d]个(?:片区?|管区))?(?:合计|共计|总计|一共|总共|共)\s*[:：]?\s*([\d零一二两三四五六七八九十百]+)\s*(?:个|人|名)?(?![\d\u4e00-\u9fff])/;
const AREAS_COUNTED = /(?<=[\u4e00-\u9fff])[两三四五六七八九\d]个(?:片区?|管区)(?:合起来|加起来|加一起)?(?=一共|共|合计|总共|\s*[:：\d零一二两三四五六七八九十])/g;

interface Pair {
  key: string;
  name: string;
  n: number;
  unit: string;
  added: boolean;
  area: string;
}
interface Piece {
  area: string;
  start: number;
  end: number;
  pairs: Pair[];
  /** How much of the text after the label its figures take; what follows (a body named for the next area) stays. */
  used: number;
  /** The body named after the area's last figure, carried into the next area's. */
  next?: { key: string; name: string } | null;
  total?: { n: number | null; length: number };
}

export function sumAreas(typed: string, lexicon: Lexicon): string {
  const text = typed
    .replace(EACH_AREA, (m, names: string, mid: string, verb: string, each: string, unit: string) => {
      const n = parseAnyNumber(each);
      return n === null ? m : `${mid}${verb}${n * names.split(/[、和与及]/).length}${unit}(${names}各${each}${unit})`;
    })
    // "村委会两个片各新完成1个": the areas counted, one figure each — the figure times the areas.
    .replace(EACH_OF_AREAS, (m, k: string, verb: string, each: string, unit: string) => {
      const [areas, n] = [parseAnyNumber(k), parseAnyNumber(each)];
      return areas === null || n === null ? m : `${verb}${areas * n}${unit}(${k}个片各${each}${unit})`;
    });
  const outside = text.replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length));
  const labels = [...outside.matchAll(AREA)];
  const areas = new Set(labels.map((m) => m[0]));
  if (areas.size < 2) return text;
  const pieces: Piece[] = [];
  let carried: { key: string; name: string } | null = null;
  let lastEnd = 0;
  let added = false;
  for (const [i, m] of labels.entries()) {
    const start = m.index!;
    const next = labels[i + 1]?.index ?? outside.length;
    PIECE_END.lastIndex = start + m[0].length;
    const stop = PIECE_END.exec(outside);
    const end = Math.min(next, stop ? stop.index : outside.length);
    // The body named between the last piece and this one carries into it ("村委会东片6个"); a stop in between ends
    // what was carried.
    const gap = outside.slice(lastEnd, start);
    if (/[。;!?\n]/.test(gap) || (stop && stop.index < start)) carried = null;
    // New ones said before the areas ("今日新增：一管区…，三管区…") hold to the end of the line.
    if (/[。\n]/.test(gap)) added = false;
    const body = outside.slice(start + m[0].length, end);
    if (ADDED.test(gap) || ADDED.test(body)) added = true;
    const named = lastName(gap, lexicon);
    if (named) carried = named;
    const piece = readPiece(body, m[0], lexicon, carried, added);
    if (!piece) return text;
    // "北片党组织3个 南片党组织4个 合计7个": a sum said straight after the last area is of the body told last.
    // (Not when another body is named after the figures: 一肩挑东片5人、西片5人,交叉任职两个片一共14人.)
    const said = stop && stop.index === end && !piece.next ? TOTAL_AFTER.exec(outside.slice(end)) : null;
    pieces.push({ ...piece, start, end: start + m[0].length + piece.used, total: said ? { n: parseAnyNumber(said[1]!), length: end - start - m[0].length - piece.used + said[0].length } : undefined });
    carried = piece.next ?? piece.pairs.at(-1) ?? carried;
    lastEnd = end + (said?.[0].length ?? 0);
  }
  const byKey = new Map<string, Pair[]>();
  const areasOf = new Map<string, string[]>();
  for (const p of pieces) for (const pair of p.pairs) {
    byKey.set(pair.key, [...(byKey.get(pair.key) ?? []), pair]);
    areasOf.set(pair.key, [...(areasOf.get(pair.key) ?? []), p.area]);
  }
  if (!byKey.size) return text;
  for (const [key, told] of areasOf) {
    // Every area named is told for each body, once — or, for new ones, those areas that had any; and a body's figures
    // are all running totals or all new ones, of one unit (no ages to add).
    const pairs = byKey.get(key)!;
    if (new Set(pairs.map((p) => p.added)).size > 1) return text;
    if (pairs[0]!.added ? new Set(told).size !== told.length : told.length !== areas.size || new Set(told).size !== areas.size) return text;
    if (byKey.get(key)!.some((p) => p.unit === '岁')) return text;
  }
  for (const p of pieces) if (p.total && (p.total.n === null || byKey.get(p.pairs.at(-1)?.key ?? '')?.reduce((a, q) => a + q.n, 0) !== p.total.n)) return text;
  const totals = [...byKey.values()].map((pairs) => ({ pairs, unit: pairs.find((p) => p.unit)?.unit ?? '个', n: pairs.reduce((a, p) => a + p.n, 0) }));
  // Each body's sum with its own areas beside it, so a breakdown is checked against the figure it breaks down.
  const sums = totals.map(({ pairs, unit, n }) => `${pairs[0]!.name}${pairs[0]!.added ? '新增' : ''}${n}${unit}${pairs.length > 1 ? `(${pairs.map((p) => `${p.area}${p.n}${unit}`).join('、')})` : ''}`);
  const note = pieces.map((p) => text.slice(p.start, p.end).replace(/[\s,、]+$/, '').replace(/[()]/g, ' ')).join('、').replace(/\n/g, '、');
  // The pieces and the bodies carried into them give way to the sums, written where the first piece was.
  const first = pieces[0]!.start;
  const lead = lastNameAt(text.slice(0, first), lexicon);
  // "村委会又完成4个,南片3个北片1个": the areas straight after the one figure they make up are a note on it.
  const said = totals.length === 1 && lead === null ? new RegExp(`${totals[0]!.n}\\s*[个人名]?\\s*[,:：]?\\s*$`).exec(text.slice(0, first)) : null;
  let out = said ? `${text.slice(0, first).trimEnd()}(${note})` : text.slice(0, lead ?? first) + sums.join(',');
  let at = pieces[0]!.end + (pieces[0]!.total?.length ?? 0);
  for (const p of pieces.slice(1)) {
    const between = text.slice(at, p.start);
    const name = lastNameAt(between, lexicon);
    out += between.slice(0, name ?? between.length);
    at = p.end + (p.total?.length ?? 0);
  }
  // "交叉任职两个片一共14人": the areas counted are no figure beside the township's.
  return (out + text.slice(at)).replace(AREAS_COUNTED, '').replace(/[ \t,，、]*[,，、][ \t,，、]*/g, ',').replace(/,(?=[。;\n]|$)/g, '');
}

/** The indicators' names in a stretch of text, in order, with their keys. */
function namesIn(text: string, lexicon: Lexicon): { key: string; name: string }[] {
  const found: { key: string; name: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    const name = longestAt(lexicon.nameIndex, text, i);
    if (!name) continue;
    found.push({ key: lexicon.keysOf.get(name)!.join('+'), name });
    i += name.length - 1;
  }
  return found;
}
const lastName = (text: string, lexicon: Lexicon) => namesIn(text, lexicon).at(-1) ?? null;
const firstName = (text: string, lexicon: Lexicon) => namesIn(text, lexicon)[0] ?? null;

/** Where a body's name stands at the end of a stretch (only words about it after: 换届, 完成情况, a colon). */
function lastNameAt(gap: string, lexicon: Lexicon): number | null {
  const m = /(?:换届|选举|完成情况|完成|情况|的)?\s*[:：]?\s*$/.exec(gap)!;
  const head = gap.slice(0, m.index);
  for (let i = Math.max(0, head.length - 8); i < head.length; i++) {
    const name = longestAt(lexicon.nameIndex, head, i);
    if (name && i + name.length === head.length) return i;
  }
  return null;
}

/** One area's figures: each body's, in the order told; null when a figure cannot be read as the area's. */
function readPiece(body: string, area: string, lexicon: Lexicon, carried: { key: string; name: string } | null, added: boolean): Omit<Piece, 'start' | 'end' | 'total'> | null {
  let used = 0;
  if (TO_COME.test(body)) return null;
  const pairs: Pair[] = [];
  let current = carried;
  const nums = [...body.matchAll(NUM)];
  let from = 0;
  for (const [j, n] of nums.entries()) {
    // A figure inside a name (一肩挑, 35岁以下) is part of the name.
    const end = n.index! + n[0].length;
    if (longestAt(lexicon.nameIndex, body, n.index!) || (n[3] === '岁' && /以下|以上/.test(body.slice(end, end + 2)))) continue;
    // A numeral in a word (一起, 一样) is no figure: one in words has its unit or stands alone.
    if (!n[3] && /^[零一二两三四五六七八九十百]+$/.test(n[1]!) && /[\u4e00-\u9fff]/.test(body[end] ?? '')) continue;
    const named = lastName(body.slice(from, n.index), lexicon);
    if (named) current = named;
    from = end;
    if (n[2]) return null;
    const v = parseAnyNumber(n[1]!);
    const rest = body.slice(from, nums[j + 1]?.index ?? body.length);
    const places = /^个(?:村|社区)$/.test(n[3] ?? '');
    // The body named straight after the places counted, or after a figure with none named yet (3个社区党组织换届完成).
    const after = places || !current ? firstName(rest, lexicon) : null;
    if (after) current = after;
    if (v === null || !current) return null;
    let close = end;
    // "11个村完成8个": the villages of the area, then how many are done; "7个社区全部完成": all of them done.
    if (places) {
      if (nums[j + 1] && !ALL.test(rest)) continue;
      // "东片区2个社区居委会选完": the places counted are those done, with no other figure after.
      const done = ALL.test(rest) ? null : DONE_AFTER.exec(rest);
      // ("山区片3个村还没开始": the places counted are those not started — none done there.)
      if (!ALL.test(rest) && !done) {
        if (NONE.test(rest)) continue;
        return null;
      }
      if (done) close = end + done[0].length;
    }
    pairs.push({ ...current, n: v, unit: /人|名/.test(n[3] ?? '') ? '人' : n[3] === '岁' ? '岁' : '个', added, area });
    used = close;
  }
  const all = ALL.exec(body.slice(used));
  if (all && pairs.length) used += all.index + all[0].length;
  const named = lastName(body.slice(from), lexicon);
  const none = NONE.exec(body);
  if (!pairs.length && none && (named ?? current)) return { area, pairs: [{ ...(named ?? current)!, n: 0, unit: '', added, area }], used: body.length };
  return { area, pairs, next: named, used };
}
