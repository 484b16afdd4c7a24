// A roll call (接龙) copied from the township's own group: one village a line, each body with a mark, a
// word or a figure ("1. 东坡村 党支部√ 村委× 交叉任职3人", "柳林村：支部已选，村委未选"), or villages marked
// under a body's name ("村委会：东坡村√ 西岭村×", one village a line below "今天新完成监委会："). The marks
// are counted and the figures summed per body, and the lines are read as one line of totals in their place
// ("党支部3个,村委会2个"), so the usual reading applies unchanged: a heading's township, date or 新增 says
// whose and which figures they are, and a totals line beside them must agree.
import { parseAnyNumber } from '../numerals.js';
import { longestAt, type Lexicon } from './lexicon.js';
import type { IndicatorKey } from '../store/types.js';
import { LATER_STATE } from './village-roster.js';
import { SUM_ALONE } from './village-lines.js';

/** Marks drawn by phones and chat apps, folded to √ and × (neither is an emoji, so both outlive emoji removal). */
const DONE_MARKS = /[✓✔☑✅🉑]\uFE0F?/gu;
const NOT_DONE_MARKS = /[✗✘❌❎✖☐□]\uFE0F?/g;
const DONE_WORDS = ['已完成', '完成了', '已换届', '已选完', '选完了', '已选', '选了', '选完', '完了', '完成', '是'];
const NOT_WORDS = ['还没完成', '没完成', '未完成', '还没选', '没选', '未选', '还没有', '没有', '待选', '否'];
/** A list number: 1. 1、 1) (1) 一、 ① — or digits straight before the village's name ("1白沙村"). */
const LIST = /^\s*(?:\(?\d{1,2}\s*[.、)]?\s*|[一二三四五六七八九十]{1,3}\s*[、.]\s*|[\u2460-\u2473]\s*)?/;
// The longest name that ends so: 新村社区 is one community, not 新村 and 社区.
const VILLAGE = /^([\u4e00-\u9fff]{1,8}(?:村|社区))(?![委民务])\s*:?\s*/;
/** A village named without 村 ("东庄 √党 √村", "高家岔:党√村×"): only where a mark comes first or straight after a body. */
const LOOSE_VILLAGE = /^([\u4e00-\u9fff]{2,5})(?<![乡镇]|街道)(?:\s*[:|]\s*|\s+)(?=[√×]|[\u4e00-\u9fff]{1,3}\s*[√×])/;
const SEPARATORS = /^[\s,、;|]+/;
const FIGURE = /^([\d]+|[零〇一二两三四五六七八九十]+)\s*(个|人|名)?/;
/** A heading naming a body, its villages after it or one a line below: "二、村委会:", "今天新完成监委会:". */
const BODY_HEAD = /^(.*?)\s*:\s*(.*)$/;
const MARKED_VILLAGE = /([\u4e00-\u9fff]{1,8}?(?:村|社区))\s*([√×])/g;
const MARKED_ONLY = /^(?:\s*(?:\d{1,2}\s*[.、)]\s*)?[\u4e00-\u9fff]{1,8}?(?:村|社区)\s*[√×]\s*[,、;]?)+\s*$/;

/** Folds every done/not-done mark to √/× (the text is folded already: half-width punctuation). */
export function foldMarks(text: string): string {
  return text.replace(DONE_MARKS, '√').replace(NOT_DONE_MARKS, '×');
}

type Tally = Map<IndicatorKey, { name: string; n: number; unit: string }>;

/** The text with each roll call read as its totals, or null when it holds none. */
export function readRollCall(text: string, lexicon: Lexicon): string | null {
  if (text.includes(':')) text = inlineRoll(text, lexicon);
  const lines = text.split('\n');
  // Every roll call has a village's or community's name.
  if (!text.includes('村') && !text.includes('社区')) return null;
  // Villages under a body's name are always marked.
  const marked = text.includes('√') || text.includes('×');
  let changed = false;
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const above = out[out.length - 1];
    const heading = above !== undefined && isHeading(above);
    const run = rollAt(lines, i, lexicon, heading ? above : undefined) ?? (marked ? bodyAt(lines, i, lexicon) : null);
    if (!run) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    // The day's news, not the township's count: said so above ("今日完成:", "今天两个村"), or villages only ticked
    // with a running total said below them ("东关村 党√村√ … 累计：党组织10").
    // (A total below that gives the ticks' own counts sums the list: 合计：党委5个 under five ticked.)
    const below = lines.slice(run.end).find((l) => /累计|合计|共计|总计/.test(l));
    // Chinese figures only before a measure word: 一肩挑 and 这两个村 hold none.
    const figures = (below?.match(/\d+|[零一二两三四五六七八九十百]+(?=[个人名])/g) ?? []).map(parseAnyNumber);
    const sums = below !== undefined && [...run.tally.values()].every((v) => figures.includes(v.n));
    const news = (heading && NEWS.test(above!)) || (!run.notDone && !run.figures && below !== undefined && !sums);
    let totals = (news ? '今日新增:' : '') + [...run.tally.values()].map((v) => `${v.name}${v.n}${v.unit}`).join(',');
    // Villages' figures alone and their sum below ("合计18人"): the sum is read with them, as a second figure when
    // it disagrees — never set aside while the count stands.
    const sum = run.figures ? SUM_ALONE.exec(lines[run.end] ?? '') : null;
    if (sum) {
      const v = [...run.tally.values()][0]!;
      if (Number(sum[1]) !== v.n) totals += `,${v.name}${sum[1]}${v.unit}`;
      run.end++;
    }
    // A heading just above with no figure of its own ("河东镇今日新增", "今天新完成的:") reads with the totals.
    if (run.head !== undefined) out.push(`${run.head}:${totals}`);
    else if (heading) out[out.length - 1] = `${above!.replace(/:\s*$/, '')}${news && NEWS.test(above!) ? ',' : ':'}${totals}`;
    else out.push(totals);
    changed = true;
    i = run.end;
  }
  // A line still marked beside the counted ones is a village the reading missed: counting the rest would store
  // a figure short of what was sent, so nothing is counted.
  if (changed && out.some((l) => /[√×]/.test(l))) return null;
  return changed ? out.join('\n') : null;
}

/** "新华社区3人，解放路2人，合计14人": after a heading's colon, villages' figures alone, a sum perhaps last — or on the line below, side by side. */
const INLINE_ROLL = /^([^\n:]{2,30}):(?:[ \t]*((?:[\u4e00-\u9fff]{2,6}\s*\d{1,3}\s*[人名]?\s*[,、;]\s*){2,}(?:[\u4e00-\u9fff]{2,6}\s*\d{1,3}\s*[人名]?))|[ \t]*\n((?:[\u4e00-\u9fff]{2,6}[ \t]*\d{1,3}[ \t]*[人名]?[ \t,、;]+)+[\u4e00-\u9fff]{2,6}[ \t]*\d{1,3}[ \t]*[人名]?))[ \t]*[。;]?[ \t]*$/gm;

/**
 * "东城街道各社区两委交叉任职人数：翠园2，东苑3，锦绣1": a count of people told village by village on the heading's own
 * line is written one village a line under it, as it is read when pasted so (the sum, if last, on its own line).
 */
function inlineRoll(text: string, lexicon: Lexicon): string {
  return text.replace(INLINE_ROLL, (m, head: string, list: string, below: string | undefined) => {
    list ??= below!;
    const named = headingBody(head, lexicon);
    if (!named || lexicon.indicators[named.key].unit !== '人') return m;
    return `${head}\n${list.trim().split(/\s*[,、;]\s*|\s+(?=[\u4e00-\u9fff])/).join('\n')}`;
  });
}

/** The first count of people (一肩挑, 交叉任职) a note names. */
function peopleNamed(note: string, lexicon: Lexicon): { key: IndicatorKey; name: string } | undefined {
  for (let at = 0; at < note.length; at++) {
    const name = longestAt(lexicon.nameIndex, note, at);
    const keys = name ? lexicon.keysOf.get(name) : undefined;
    if (name && keys?.length === 1 && lexicon.indicators[keys[0]!].unit === '人') return { key: keys[0]!, name };
  }
  return undefined;
}

/** A body's one-character short name (党, 村, 居, 监) where no full name is written. */
function shortName(rest: string, lexicon: Lexicon): string | undefined {
  const c = rest[0];
  return c !== undefined && lexicon.shorthand[c] && !/[\u4e00-\u9fff]/.test(rest[1] ?? '') ? c : undefined;
}

/**
 * "上庄 支委√ 村委√": beside a mark or a state in a village's line, 支委 is the branch committee's election. Not a name
 * elsewhere: "支委5人" counts its members.
 */
const BRANCH = /^支委(?=\s*(?:[√×]|已|未|没|完成|选完|明天|后天|\d{1,2}[号日]|正在))/;

/** A heading that says its villages are the day's new ones. */
const NEWS = /新完成|新增|(?:今日|今天|当日)(?:完成|选完|选了)|今天(?:就|[一二两三四五六七八九十\d]+个)/;

function isHeading(line: string): boolean {
  return line.trim().length > 0 && line.length <= 40 && !/\d+\s*[个人名]|[一二两三四五六七八九十]+[个人名]|[√×]/.test(line);
}

/**
 * Consecutive lines of one village each: two or more make a roll call when it also lists what is not done
 * (a roll of the township's villages) or stands under a heading (今天新完成的:); a few villages said done
 * with neither ("东坡村 支部完成\n西岭村 支部完成") may be the day's news or the whole count, and are left alone.
 */
function rollAt(lines: string[], start: number, lexicon: Lexicon, heading: string | undefined, bareToo = true): { tally: Tally; end: number; head?: string; notDone?: boolean; figures?: boolean } | null {
  const tally: Tally = new Map();
  const seen = { notDone: false };
  // Under a heading naming a count of people ("马坊乡两委交叉任职"), a village's line may give its figure alone.
  const named = heading !== undefined && bareToo ? headingBody(heading, lexicon) : undefined;
  const people = named !== undefined && lexicon.indicators[named.key].unit === '人';
  const bare: number[] = [];
  let end = start;
  for (; end < lines.length; end++) {
    if (villageLine(lines[end]!, lexicon, tally, seen)) continue;
    const state = bareToo ? bareState(lines[end]!, people ? lexicon : undefined) : null;
    if (state === null) break;
    bare.push(state);
  }
  if (bare.length) {
    // "5.北岭村 未完成" among lines of one body is that body's; under a heading that names one ("马坊乡一肩挑"),
    // lines of states alone are its. Else the line is no roll's, as before.
    const own = named && !tally.size ? named : undefined;
    if (own) tally.set(own.key, { name: own.name, n: 0, unit: lexicon.indicators[own.key].unit || '个' });
    if (tally.size !== 1 || (!own && bare.length * 2 > end - start)) return bareToo ? rollAt(lines, start, lexicon, heading, false) : null;
    const [key, had] = [...tally.entries()][0]!;
    tally.set(key, { ...had, n: had.n + bare.reduce((a, b) => a + b, 0) });
    if (bare.includes(0) && !people) seen.notDone = true;
  }
  // One village's line is news about that village, not a count of the township's.
  return end - start >= 2 && (seen.notDone || heading !== undefined) ? { tally, end, notDone: seen.notDone, figures: people && bare.length > 0 } : null;
}

/** A village's figure alone ("马坊村3", "三里铺 2"): its name not a total's (合计, 总的) nor a body's. */
const FIGURE_LINE = /^([\u4e00-\u9fff]{2,6}?)\s*:?\s*(\d{1,3})\s*[人名]?\s*$/;
const NOT_A_VILLAGE = /^(?:合|共|总|全|累|小计|其中|今|昨|本)/;

/**
 * "北岭村 未完成", "西庄村 否（书记主任分设）": a village with a state and no body — 1 done, 0 not, null neither.
 * Given the lexicon, a village's figure alone is read too (a count of people under its heading).
 */
function bareState(line: string, lexicon?: Lexicon): number | null {
  const rest = line.replace(LIST, '');
  const figure = lexicon ? FIGURE_LINE.exec(rest) : null;
  if (figure && !NOT_A_VILLAGE.test(figure[1]!) && !longestAt(lexicon!.nameIndex, figure[1]!, 0)) return Number(figure[2]);
  const village = VILLAGE.exec(rest);
  if (!village) return null;
  const state = rest.slice(village[0].length).replace(/\s*\([^()]*\)\s*$/, '').trim();
  if (NOT_WORDS.includes(state) || LATER_STATE.test(state)) return 0;
  return DONE_WORDS.includes(state) ? 1 : null;
}

/** The body a heading ends with ("马坊乡一肩挑", "柳林乡监委会:"), when it names one. */
function headingBody(line: string, lexicon: Lexicon): { key: IndicatorKey; name: string } | undefined {
  const text = line.replace(/(?:换届|选举)?(?:情况|进度|进展|名单|人数)?\s*:?\s*$/, '');
  const name = lexicon.names.find((n) => text.endsWith(n.text) && n.keys.length === 1);
  return name ? { key: name.keys[0]!, name: name.text } : undefined;
}

/** "1. 东坡村 党支部√ 村委× 交叉任职3人": adds the line's marks and figures to the tally; false when it is no such line. */
function villageLine(line: string, lexicon: Lexicon, tally: Tally, seen: { notDone: boolean }): boolean {
  let rest = line.replace(LIST, '');
  const village = VILLAGE.exec(rest) ?? LOOSE_VILLAGE.exec(rest);
  if (!village) return false;
  rest = rest.slice(village[0].length);
  const found: { key: IndicatorKey; name: string; n: number; unit: string }[] = [];
  while (rest.length) {
    // "√党 √村 ×监": the mark before the body it is for.
    const before = rest[0] === '√' || rest[0] === '×' ? rest[0] : undefined;
    if (before) rest = rest.slice(1).trimStart();
    const name = longestAt(lexicon.nameIndex, rest, 0) ?? shortName(rest, lexicon) ?? BRANCH.exec(rest)?.[0];
    const keys = name === '支委' ? lexicon.keysOf.get('支部') : name ? (lexicon.keysOf.get(name) ?? lexicon.keysOf.get(lexicon.shorthand[name] ?? '')) : undefined;
    if (!name || !keys || keys.length !== 1) return false;
    const key = keys[0]!;
    rest = rest.slice(name.length).replace(/^\s*:?\s*/, '');
    const full = name === '支委' ? '支部' : name.length === 1 ? (lexicon.shorthand[name] ?? name) : name;
    const unit = lexicon.indicators[key].unit || '个';
    const word = (words: string[]) => words.find((w) => rest.startsWith(w));
    const figure = FIGURE.exec(rest);
    if (before) found.push({ key, name: full, n: before === '√' ? 1 : 0, unit });
    // "√监 一肩挑": a count of people named alone after the marks is one of them.
    else if (unit === '人' && !rest.trim() && found.length) found.push({ key, name: full, n: 1, unit });
    else if (rest[0] === '√' || rest[0] === '×') {
      found.push({ key, name: full, n: rest[0] === '√' ? 1 : 0, unit });
      rest = rest.slice(1);
    } else if (word(NOT_WORDS)) {
      found.push({ key, name: full, n: 0, unit });
      rest = rest.slice(word(NOT_WORDS)!.length);
    } else if (LATER_STATE.test(rest)) {
      // "居委会明天选", "监委25号选", "村委正在计票": not done yet.
      found.push({ key, name: full, n: 0, unit });
      rest = rest.slice(LATER_STATE.exec(rest)![0].length);
    } else if (word(DONE_WORDS)) {
      found.push({ key, name: full, n: 1, unit });
      rest = rest.slice(word(DONE_WORDS)!.length);
    } else if (figure && parseAnyNumber(figure[1]!) !== null) {
      found.push({ key, name: full, n: parseAnyNumber(figure[1]!)!, unit });
      rest = rest.slice(figure[0].length);
    } else return false;
    rest = rest.replace(SEPARATORS, '');
    // "√居(书记主任一肩挑)": a bracket naming a count of people, with no figure, is one of them; any other is a note.
    const note = /^\(([^()]*)\)\s*/.exec(rest);
    const person = note && !/\d/.test(note[1]!) ? peopleNamed(note[1]!, lexicon) : undefined;
    if (person) found.push({ key: person.key, name: person.name, n: 1, unit: '人' });
    if (note) rest = rest.slice(note[0].length);
  }
  if (!found.length) return false;
  if (found.some((f) => f.n === 0)) seen.notDone = true;
  for (const f of found) {
    const had = tally.get(f.key);
    tally.set(f.key, { name: had?.name ?? f.name, n: (had?.n ?? 0) + f.n, unit: f.unit });
  }
  return true;
}

/** "村委会:东坡村√ 西岭村×", or "今天新完成监委会:" with one village a line below: counted for that body. */
function bodyAt(lines: string[], start: number, lexicon: Lexicon): { tally: Tally; end: number; head: string; notDone: boolean; figures?: boolean } | null {
  const head = BODY_HEAD.exec(lines[start]!);
  if (!head) return null;
  const before = head[1]!.replace(LIST, '').replace(/(?:换届|选举)?(?:情况|进度|进展)?$/, '');
  // The heading ends with a body's name; what comes before it (township, 今天新完成) stays.
  const name = lexicon.names.find((n) => before.endsWith(n.text) && n.keys.length === 1);
  if (!name) return null;
  const after = head[2]!.trim();
  if (after && !MARKED_ONLY.test(after)) return null;
  const marks = [...after.matchAll(MARKED_VILLAGE)];
  let end = start + 1;
  for (; !after && end < lines.length && MARKED_ONLY.test(lines[end]!); end++) marks.push(...lines[end]!.matchAll(MARKED_VILLAGE));
  if (marks.length < 2) return null;
  const key = name.keys[0]!;
  const tally: Tally = new Map([[key, { name: name.text, n: marks.filter((m) => m[2] === '√').length, unit: lexicon.indicators[key].unit || '个' }]]);
  return { tally, end, head: before.slice(0, before.length - name.text.length), notDone: marks.some((m) => m[2] === '×') };
}
