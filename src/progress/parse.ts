// Read a liaison's free text into items (indicator, value, township, date) and parse-level errors.
// Pure: the same text, today and county always give the same result. Never throws on any input.
import { bind, type Ref } from './bind.js';
import { resolveDate, type DateSpec } from './dates.js';
import { foldText, longestAt, type Lexicon } from './lexicon.js';
import { scan, type Token } from './scan.js';
import { soundsLike } from './sounds-like.js';
import { foldMarks, readRollCall } from './roll-call.js';
import { readTables } from './table.js';
import { readShorthand } from './shorthand.js';
import { readTypedPinyin } from './typed-pinyin.js';
import { parseAnyNumber } from '../numerals.js';
import type { TownshipMatcher } from './townships.js';
import type { Item, ParsedReport, ReportError } from './types.js';

export interface ParseContext {
  lexicon: Lexicon;
  townships: TownshipMatcher;
  /** The message's own date in the county timezone (YYYY-MM-DD). */
  today: string;
}

const EMOJI = /\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}\uFE0F\u200D\u20E3]/gu;
/** A cheap pre-check: the Unicode-property pattern is slow and most messages have no emoji. */
const MAYBE_EMOJI = /[\u00a9\u00ae\u203c\u2049\u2122\u2139\u2190-\u21ff\u2300-\u27bf\u2900-\u297f\u2b00-\u2bff\u3030\u303d\u3297\u3299\ud800-\udfff\ufe0f\u200d\u20e3]/;
/**
 * Keycap digits (1️⃣, 1⃣ without U+FE0F, 🔟) number a list on phones, like ①②: they are not figures.
 * Only a run of them written straight before a unit ("1️⃣2️⃣个") spells a number.
 */
const KEYCAP_RUN = /(?:[0-9]\uFE0F?\u20E3|\u{1F51F})+(?=(\s*[个人名位户岁%])?)/gu;
/** WeCom/DingTalk text emoticons and attachment placeholders: [微笑], [强], [图片]. */
const EMOTICON = /\[[\u4e00-\u9fffA-Za-z]{1,4}\]/g;
/** A question is never a report, even when it names an indicator and a count ("村委会能不能只设一个主任两个委员"). */
// Spoken forms count too: 咋/啥 ("书记咋产生") and a choice inside one clause ("是开党员大会还是代表大会").
// 几 asks how many, except in "这几天", "好几个村", "帮几个乡镇报一下" (several townships, days, people).
const QUESTION = /\?|吗|什么|怎么|怎样|如何|哪|是否|能否|可否|为什么|为何|多少|(?<![这前近好十了])几(?!个?(?:乡|镇|街道|天|位|家|单位))|能不能|可不可以|是不是|要不要|该不该|行不行|会不会|有没有|咋|啥|是[^,;。\n]*还是/;

export interface PrepareOptions {
  /** Keep the spacing that parts a table's cells. */
  cells?: boolean;
  /** Read words by their sound against these townships and the lexicon; what was read so goes to `heard`. */
  townships?: TownshipMatcher;
  heard?: { from: string; to: string }[];
}

/** Fold, fix known typos, drop emoji: the text every later step reads. */
export function prepare(text: string, lexicon: Lexicon, opts: PrepareOptions = {}): string {
  let t = foldText(text);
  // A roll call's marks (✔, ❌) are emoji: folded to √ and × before emoji go.
  if (MAYBE_EMOJI.test(t)) t = foldMarks(t);
  if (MAYBE_EMOJI.test(t)) t = t.replace(KEYCAP_RUN, keycaps).replace(EMOJI, ' ');
  t = t.replace(EMOTICON, ' ').replace(/\r\n?/g, '\n');
  for (const [from, to] of lexicon.typos) if (t.includes(from)) t = t.split(from).join(to);
  // "没有不通过的": the indicator's figure is nought, said in words — written as its first name and 0.
  // After an increment in the same clause ("今天又审了十二人 全部通过") it says today's batch all passed: no
  // figure of its own, never a total of 0.
  for (const [phrase, key] of lexicon.zero) if (t.includes(phrase)) t = zeroes(t, phrase, `${lexicon.indicators[key].names[0]}0`, lexicon);
  // "全县合计34个", "以上三个乡镇合计…": a sum over townships is no township's figure: its words are marked
  // as the sum (indicators.yaml words: 全县合计), so the figure is set aside and named in the reply.
  t = t.replace(TOTAL_OVER_TOWNSHIPS, '全县合计');
  // "合计：党支部3个 村委2个": a heading that says the names after it are totals, not the due count.
  // Without a colon only straight before a name ("合计审查72人", not "这么统计吗").
  if (/合计|共计|总计|小计|汇总|统计|一共|总共/.test(t)) t = t.replace(TOTALS_HEADING, (m, colon: string | undefined, at: number) => (colon || longestAt(lexicon.nameIndex, t, at + m.length) ? '累计:' : m));
  // "东城街道(3个社区2个村)": the township's villages and communities, counted in parts — its due count.
  if (t.includes('(')) t = t.replace(DUE_IN_PARTS, (m, a: string, b: string) => {
    const [x, y] = [parseAnyNumber(a), parseAnyNumber(b)];
    return x !== null && y !== null ? `(共${x + y}个)` : m;
  });
  // Spoken 俩 and 仨 are two and three (of whatever is being counted).
  if (/[俩仨]/.test(t)) t = t.replace(/俩个?/g, '两个').replace(/仨个?/g, '三个');
  const brief = readShorthand(t, lexicon, opts.townships);
  if (brief) t = brief;
  const typed = readTypedPinyin(t, lexicon);
  if (typed) {
    opts.heard?.push(...typed.changes);
    t = typed.text;
  }
  if (opts.townships) {
    const folded = soundsLike(lexicon, opts.townships).fold(t);
    opts.heard?.push(...folded.changes);
    t = folded.text;
  }
  // Counted once the names are read right (据委 is 居委).
  if (t.includes('\n')) t = readRollCall(t, lexicon) ?? t;
  return opts.cells ? t : t.replace(/[ \t]{2,}/g, ' ').trim();
}

// 以上 only where a clause starts and townships are summed ("以上三个乡镇合计"), never in 大专及以上累计 or a
// roll call's 以上共14个村 (the township's own villages).
const TOTAL_OVER_TOWNSHIPS = /(?:全县[^,;。\n]{0,8}?|(?<=^|[\n,;。:])以上(?=[^,;。\n]{0,10}?(?:乡|镇|街道|单位))[^,;。\n]{0,10}?)(?:合计|共计|总计|汇总|累计|一共|共|平均)/g;
const TOTALS_HEADING = /(?<!全县)(?:合计|共计|总计|小计|汇总|统计|一共|总共)(\s*:)?\s*(?=[^\s\d零〇一二两三四五六七八九十:,，。;；、])/g;
/** A bracket saying the message's figures are another day's ("(这条是昨天的)", "(以上是前天的数)"). */
const OTHER_DAYS_FIGURES = /\((?:这条|这是|这些|以上|上面)[^()]{0,4}?(昨天|前天|\d{1,2}[日号])的[^()]*\)/;
const DUE_IN_PARTS = /(?<=[乡镇道])\(([\d一二两三四五六七八九十]+)个?(?:社区|村)[、,和及]?([\d一二两三四五六七八九十]+)个?(?:村|社区)\)/g;
const CLAUSE_ENDS = [',', ';', '。', '!', '?', '\n'];

function zeroes(text: string, phrase: string, zero: string, lexicon: Lexicon): string {
  const parts = text.split(phrase);
  let out = parts[0]!;
  for (const part of parts.slice(1)) {
    const clause = out.slice(Math.max(...CLAUSE_ENDS.map((c) => out.lastIndexOf(c))) + 1);
    out += (lexicon.incrWords.some((w) => clause.includes(w)) ? '' : zero) + part;
  }
  return out;
}

function keycaps(run: string, unit: string | undefined): string {
  if (!unit) return ' ';
  return run.replace(/\uFE0F|\u20E3/g, '').replace(/\u{1F51F}/gu, '10');
}

/** The ref that governs a position: the last one before it, else the first after it in the same line. */
function governing<T>(refs: Ref<T>[], at: number, seg: number): Ref<T> | null {
  let best: Ref<T> | null = null;
  for (const r of refs) if (r.at < at) best = r;
  return best ?? refs.find((r) => r.at > at && r.seg === seg) ?? null;
}

/** "城关17 河西11 河东13 都是党支部": figures first, then the one indicator they all are, at the line's end. */
const NAMED_LAST = /^(.*?)[,\s]*(?:都是|均为|全是|都为|都指)([^\s,。!?]+?)[。!]?$/;
const ALL_ARE = /都是|均为|全是|都为|都指/;

/** "各乡镇今晚进度(党组织):柳林8个": a bracket holding only an indicator's name before a colon names the line. */
const NAME_IN_BRACKETS = /\(([^()\n]{1,12})\)\s*:/g;
/** "(按党组织完成数)": words that only say the bracket sorts or counts by the name inside it. */
const BRACKET_NAME_FILLER = /^(?:按照|按|以)?(.+?)(?:完成数|完成情况|完成率|完成|进度|情况|数|排序|排名|计)*$/;

/** Such a line is read as the line it stands for, with the name first: "党支部:城关17 河西11 河东13". */
function nameFirst(text: string, lexicon: Lexicon): string {
  if (text.includes('(')) {
    text = text.replace(NAME_IN_BRACKETS, (m, inner: string) => {
      const name = inner.replace(BRACKET_NAME_FILLER, '$1');
      return lexicon.keysOf.has(name) ? ` ${name}:` : m;
    });
  }
  if (!ALL_ARE.test(text)) return text;
  return text
    .split('\n')
    .map((line) => {
      const m = NAMED_LAST.exec(line);
      if (!m || !lexicon.keysOf.has(m[2]!) || !/\d|[一二两三四五六七八九十]/.test(m[1]!)) return line;
      // Only when no indicator is named before: "党组织9个 村委会8个 都是…" says something else.
      for (let i = 0; i < m[1]!.length; i++) {
        lexicon.pattern.lastIndex = i;
        if (lexicon.pattern.test(m[1]!)) return line;
      }
      return `${m[2]}:${m[1]}`;
    })
    .join('\n');
}

/** A closing "is this right?" after figures: the reply that confirms them answers it. */
const CONFIRM_TAG = /[,，。;；\s]*(?:不知道|不晓得)?我?(?:(?:这样|这么)?(?:报|写|填|发|报送)(?:得|的)?(?:对吗|对不对|对不|对么|对吧|行吗|行不行|可以吗|可以不|没问题吧|没错吧)|(?:这样|这么)?(?:对吗|对不对|对么|对吧|没错吧))[?？!！。~～\s]*$/;

/**
 * A question about the report's own words — in brackets ("村委会(是叫村委会吧?)完成8个"), as a clause
 * ("监督会就是监委会吧?", "连审是这个字吗", "是这么统计吗") or straight after a figure ("支部完成5个对吗") —
 * is answered by the confirmation, which names how each word was read. Taken out, so the figures are read.
 */
const WORD_QUESTION = /^(?:[^,，。;；]{0,10}(?:就是|是叫|也叫|叫做|是不是叫|是这个字|这个字对)[^,，。;；]{0,10}|是?(?:这么|这样)(?:统计|算|写|报|填)的?|对吗(?:这么|这样)(?:算|写|报)?)(?:吗|吧|么|呢|对吗|对不对)?[?？!！~～\s]*$/;
const FIGURE_THEN_CHECK = /(\d+\s*[个人名]?)(?:对吗|对吧|对不对|对么)[?？]?/g;
const BRACKETED_QUESTION = /\([^()]*?(?:吗|吧|么|\?)[^()]*\)/g;

function withoutWordQuestions(text: string): string {
  let t = text.replace(BRACKETED_QUESTION, '').replace(FIGURE_THEN_CHECK, '$1 ').replace(CONFIRM_TAG, '');
  t = t
    .split(/(?<=[,，。;；?？!！\n])|(?<=\S)\s+(?=\S)/)
    .filter((clause) => !WORD_QUESTION.test(clause.trim().replace(/^[,，。;；]+/, '')))
    .join(' ');
  return t.trim() === text.trim() ? text : t.trim();
}

/** Where a question put to the clerk begins inside a report ("村委完成4个了 问一下…算不算一肩挑？"). */
const ASKING = /(?=问一下|问下|请问|想问|咨询一下|顺便问|另外问)/;

/**
 * A message that reports and also asks ("刘科 村委完成4个了 问一下居委会主任兼书记的算不算一肩挑？"): its
 * sentences that ask are taken out, so the figures are read and the questions go to the other skills. Only
 * when what is left asks nothing; a message that only asks stays a question.
 */
function withoutQuestions(text: string): { text: string; asked: string[] } | null {
  const parts = text.split(/(?<=[。！？?!\n])/).flatMap((p) => p.split(ASKING)).filter((p) => p.length > 0);
  const asks = parts.map((p) => QUESTION.test(p));
  if (!asks.some(Boolean) || asks.every(Boolean)) return null;
  const rest = parts.map((p, i) => (asks[i] ? '。' : p)).join('');
  if (QUESTION.test(rest)) return null;
  return { text: rest, asked: parts.filter((_, i) => asks[i]).map((p) => p.trim()) };
}

/**
 * "补一下(这是昨天的数):\n“河东镇今天村委会完成10个…”": a forwarded message's 今天 is the day it was sent,
 * which the words around the quotation name. Such a 今天 gives way to a date said before the quotation.
 */
function todayInQuote(text: string, d: Ref<DateSpec>, dates: Ref<DateSpec>[]): boolean {
  if (d.value.kind !== 'relative' || d.value.days !== 0 || !text.includes('"')) return false;
  for (const q of text.matchAll(/"[^"\n]*"/g)) {
    const start = q.index!;
    if (d.at <= start || d.at >= start + q[0].length) continue;
    return dates.some((o) => o !== d && o.at < start);
  }
  return false;
}

function isReportShaped(tokens: Token[]): boolean {
  const has = (pred: (t: Token) => boolean) => tokens.some(pred);
  const value = has((t) => t.t === 'num' || t.t === 'pair' || t.t === 'pct' || t.t === 'vague' || (t.t === 'flag' && (t.flag === 'all' || t.flag === 'unstarted')));
  const subject = has((t) => t.t === 'town' || t.t === 'ind');
  const flag = (f: string) => has((t) => t.t === 'flag' && t.flag === f);
  const arabic = has((t) => (t.t === 'num' && !t.chinese) || t.t === 'pair' || t.t === 'pct');
  if (subject && value) return true;
  if (flag('correction') && subject) return true;
  if (flag('same')) return true;
  if ((flag('incr') || flag('done')) && value) return true;
  return arabic && has((t) => t.t === 'num' && t.unit === 'count');
}

export function parseReport(input: string, ctx: ParseContext): ParsedReport {
  const heard: ParsedReport['heard'] = [];
  const cells = prepare(input, ctx.lexicon, { cells: true, townships: ctx.townships, heard });
  // A pasted table is first rewritten row by row into lines read well below (table.ts).
  const table = readTables(cells, ctx);
  const whole = nameFirst(table ? prepare(table.text, ctx.lexicon) : cells.replace(/[ \t]{2,}/g, ' ').trim(), ctx.lexicon);
  const notReport = { isReport: false, correction: false, items: [], repeats: [], errors: [], asides: [], heard: [], replaced: [], asked: [], text: whole };
  // "支部完成6个，这样报对吗？": asking whether the report is right is answered by the confirmation itself.
  let text = /[吗吧么?]|对不/.test(whole) ? withoutWordQuestions(whole) : whole;
  let tokens = scan(text, ctx);
  const vagueText = tokens.filter((t) => t.t === 'vague').map((t) => t.raw);
  const question = QUESTION.test(vagueText.reduce((s, v) => s.split(v).join(' '), text));
  let asked: string[] = [];
  if (question) {
    // A hedge (几十, 十几) reads like a question word: such a message is not split, so no vague figure is
    // sent away as a question while the rest is stored.
    const split = vagueText.length ? null : withoutQuestions(text);
    if (!split) return notReport;
    text = split.text;
    asked = split.asked;
    tokens = scan(text, ctx);
  }
  if (!isReportShaped(tokens)) return notReport;

  const bound = bind(tokens, text);
  const errors: ReportError[] = [...bound.errors];
  const items: Item[] = [];
  const repeats: ParsedReport['repeats'] = [];
  const reported = new Set<string>();
  // A forwarded chat record's header date ("[聊天记录] 王明 2026/11/23 18:32:10") is when it was sent: the
  // report's date only when the message names no other date, which otherwise governs.
  const dated = bound.dates.some((d) => !d.stamp) ? bound.dates.filter((d) => !d.stamp) : bound.dates;
  const stamped = dated.filter((d) => !todayInQuote(text, d, dated));
  // "2、35岁以下正在统计中，明天报\n3、女性3人": a future date on a line that gives no figure says when
  // something will be reported; it binds nothing and does not carry to the lines below.
  const idle = (d: Ref<DateSpec>) => {
    const r = d.idle ? resolveDate(d.value, ctx.today) : null;
    return r !== null && !r.ok && r.reason === 'future-date';
  };
  const dateRefs = (seg: number) => stamped.filter((d) => d.seg === seg || !idle(d));
  // "(这条是昨天的,今天的晚点报)": the sender says in passing the figures are another day's than the one they are
  // read for — asked, never filed under the wrong day.
  const whose = OTHER_DAYS_FIGURES.exec(text);
  // (When that day is read as the message's date anyway — said before the figures — nothing is unclear.)
  if (whose && !stamped.some((d) => d.raw === whose[1])) {
    errors.push({ code: 'unclear-date', raw: whose[0] });
  }
  // "今天(11月20日)" on the 22nd: a day and the date in brackets after it that name different days — which one is
  // meant cannot be known ("补报昨天(11月21日)" names one day twice and reads as before).
  for (let i = 1; i < stamped.length; i++) {
    const [a, b] = [stamped[i - 1]!, stamped[i]!];
    if (text[b.at - 1] !== '(' || a.at + a.raw.length !== b.at - 1) continue;
    const [ra, rb] = [resolveDate(a.value, ctx.today), resolveDate(b.value, ctx.today)];
    if (ra.ok && rb.ok && ra.date !== rb.date) errors.push({ code: 'unclear-date', raw: `${a.raw}(${b.raw})` });
  }
  /** Township and date governing a position, or null after recording why they cannot be used. */
  const place = (at: number, seg: number): { township: string | null; date: string } | null => {
    const town = governing(bound.towns, at, seg);
    if (town && town.value === null) {
      if (!reported.has(town.raw)) errors.push({ code: 'unknown-township', raw: town.raw, suggestions: ctx.townships.suggest(town.raw) });
      reported.add(town.raw);
      return null;
    }
    const dateRef = governing<DateSpec>(dateRefs(seg), at, seg);
    if (!dateRef) return { township: town?.value ?? null, date: ctx.today };
    const r = resolveDate(dateRef.value, ctx.today);
    if (r.ok) return { township: town?.value ?? null, date: r.date };
    if (!reported.has(dateRef.raw)) {
      // "明天" and "11.23" are explained with the calendar date; "11月25日" already is one.
      errors.push({ code: r.reason, raw: dateRef.raw, ...(r.date && !/月/.test(dateRef.raw) ? { date: r.date } : {}) });
    }
    reported.add(dateRef.raw);
    return null;
  };
  for (const b of bound.items) {
    const p = place(b.at, b.seg);
    if (!p) continue;
    const group = governing(bound.towns, b.at, b.seg)?.with;
    if (!group) {
      items.push({ key: b.key, value: b.value, ...p });
      continue;
    }
    // Joined townships: one figure each in order ("分别是23人、18人"), or one figure for all ("均完成15个").
    const same = bound.items.filter((o) => o.key === b.key && governing(bound.towns, o.at, o.seg)?.with === group);
    if (same.length === group.length) items.push({ key: b.key, value: b.value, ...p, township: group[same.indexOf(b)]!.value });
    else if (same.length === 1 && !b.spread) for (const t of group) items.push({ key: b.key, value: b.value, ...p, township: t.value });
    // "白沙镇、石桥镇…分别是23人": fewer figures than townships — whose is missing cannot be known.
    else if (same[0] === b) errors.push({ code: 'missing-indicator', raw: same.map((o) => o.value.raw).join('、') });
  }
  for (const r of bound.repeats) {
    const p = place(r.at, r.seg);
    if (p && !items.some((i) => i.township === p.township && i.date === p.date)) repeats.push(p);
  }
  // Report-shaped but nothing claimed ("村委会一定要依法选举"): prose, not a report.
  if (!items.length && !repeats.length && !errors.length) return notReport;
  const replaced = bound.replaced.flatMap((r) => {
    const p = place(r.at, r.seg);
    return p ? [{ key: r.key, n: r.n, ...p }] : [];
  });
  return { isReport: true, correction: bound.correction, items, repeats, errors, asides: [...(table?.asides ?? []), ...bound.asides], heard, replaced, asked, text };
}
