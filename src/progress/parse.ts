// Read a liaison's free text into items (indicator, value, township, date) and parse-level errors.
// Pure: the same text, today and county always give the same result. Never throws on any input.
import { guessByRoots } from './roots.js';
import { bind, type Bound, type Ref } from './bind.js';
import { resolveDate, type DateSpec } from './dates.js';
import { governing, Places, resolveCached, todayInQuote } from './parse-places.js';
import type { Lexicon } from './lexicon.js';
import { breakdownConflicts } from './breakdown.js';
import { areaTotals } from './areas.js';
import { exceptedCounts } from './excepted.js';
import { withoutNotes } from './notes.js';
import { baseDoubted, withoutCorrectionReason } from './correction-reason.js';
import { withoutPutRight } from './bind-corrections.js';
import { notCompared, withCompared } from './body-compared.js';
import { oneShoulderUncounted } from './one-shoulder-except.js';
import { nameFirst } from './name-first.js';
import { prepare } from './prepare.js';
import { QUESTION, withoutQuestions, withoutWordQuestions } from './report-questions.js';
import { villagesNamedUncounted } from './named-uncounted.js';
import { scan, type Token } from './scan.js';
import { readTables } from './table.js';
import { villageAlone } from './village-alone.js';
import { otherPartVague } from './part-vague.js';
import { batchAverages } from './batch-average.js';
import { markReplaced } from './replaced.js';
import { SELF_TOWN, type TownshipMatcher } from './townships.js';
import { STILL_TO_COME } from './to-come.js';
import { unreadReport } from './unread.js';
import { dueUnknown } from './due-merged.js';
import type { Item, ParsedReport, ReportError } from './types.js';

export { prepare, type PrepareOptions } from './prepare.js';

export interface ParseContext {
  lexicon: Lexicon;
  townships: TownshipMatcher;
  /** The message's own date in the county timezone (YYYY-MM-DD). */
  today: string;
  /** Sent between midnight and 4 a.m.: 今天 may mean the day that has just ended. */
  smallHours?: boolean;
}


/** A bracket saying the message's figures are another day's ("(这条是昨天的)", "(以上是前天的数)"). */
const OTHER_DAYS_FIGURES = /\((?:这条|这是|这些|以上|上面)[^()]{0,4}?(昨天|前天|\d{1,2}[日号])的[^()]*\)/;
/** "今天的进度", "昨天的数据": a day heading the figures below it, not when the message is sent. */
const DAYS_FIGURES_HEADING = /^的(?:进度|进展|数据|数字|情况|统计|汇总|报表|报送)/;
/** 今天, 明天, 昨天… straight before a weekday: the weekday names that same day. */
const DAY_WORD_BEFORE = /(?:今天|明天|后天|昨天|前天|今日|明日|昨日)\s*$/;
/**
 * "党组织9个，村委会7个（村委会为昨天数据）", "…以上为昨天的数据", "…（21日数）": a day named after every figure as the
 * day the data is of. When the figures were read for another day, which day they are cannot be known: asked.
 */
function laterDay(text: string, tokens: Token[], bound: { at: number }[], items: Item[], today: string, errors: ReportError[]) {
  const last = Math.max(-1, ...bound.map((b) => b.at));
  for (const d of tokens) {
    if (d.t !== 'date' || d.at < last) continue;
    const before = text.slice(Math.max(0, d.at - 3), d.at);
    const after = text.slice(d.at + d.raw.length, d.at + d.raw.length + 4);
    if (!/(?:为|(?<!还)是|系|截至|截止|截止到)\s*$/.test(before) && !/^的?(?:数据|数字|数|情况)|^的(?:[)）,，。]|$)/.test(after)) continue;
    // "今天的情况晚点再报", "今天的数还在汇总": that day's figures are still to come — the figures said are not of it.
    if (STILL_TO_COME.test(text.slice(d.at + d.raw.length).split(/[。;!?\n]/)[0]!)) continue;
    const r = resolveCached(d.spec, today);
    if (!r.ok || items.every((i) => i.date === r.date)) continue;
    if (!errors.some((e) => e.code === 'unclear-date')) errors.push({ code: 'unclear-date', raw: text.slice(d.at, d.at + d.raw.length + after.search(/[)）,，。]|$/)) });
  }
}

const BARE_DIPLOMA = /(?:大专|专科)(?!及以上|以上|及其以上|学历及以上|\+)/;
const BACHELOR_FIGURE = /本科[^\d\n,;。]{0,8}?[\s:：]*[\d零一二两三四五六七八九十]|本科(?:及以上|以上)?(?:学历)?[\t ]/;

/** One pass over the tokens for everything a report must show. */
function isReportShaped(tokens: Token[]): boolean {
  let value = false;
  let subject = false;
  let arabic = false;
  let counted = false;
  let correction = false;
  let progress = false;
  for (const t of tokens) {
    if (t.t === 'num' || t.t === 'pair' || t.t === 'pct' || t.t === 'vague' || (t.t === 'flag' && (t.flag === 'all' || t.flag === 'unstarted'))) value = true;
    if (t.t === 'town' || t.t === 'ind') subject = true;
    if (t.t === 'flag' && t.flag === 'same') return true;
    if (t.t === 'flag' && t.flag === 'correction') correction = true;
    if (t.t === 'flag' && (t.flag === 'incr' || t.flag === 'done')) progress = true;
    if ((t.t === 'num' && !t.chinese) || t.t === 'pair' || t.t === 'pct') arabic = true;
    if (t.t === 'num' && t.unit === 'count') counted = true;
  }
  if (subject && value) return true;
  if (correction && subject) return true;
  if (progress && value) return true;
  return arabic && counted;
}

/** A message refused for a figure with no indicator is read once more with names guessed from roots (roots.ts). */
/** 今天, 今日, 今晚 — not 今天凌晨 or 今早, which after midnight plainly mean the new day. */
const SAID_TODAY = /今天(?!凌晨|早上|早晨|一早|上午)|今日|今晚/;

export function parseReport(input: string, ctx: ParseContext): ParsedReport {
  const read = readReport(input, ctx);
  // "今天又完成1个" sent at 00:15: the day that has just ended, or the one just begun — asked, never guessed.
  const late = ctx.smallHours ? SAID_TODAY.exec(input) : null;
  if (late && read.isReport && read.items.length) return { ...read, errors: [...read.errors, { code: 'unclear-date', raw: late[0] }] };
  // Also a message that named no indicator at all ("新班子里年轻人有6个"), and so did not look like a report.
  if (read.isReport && !read.errors.some((e) => e.code === 'missing-indicator')) return read;
  const guess = guessByRoots(input, ctx.lexicon);
  const again = guess && readReport(guess.text, ctx);
  if (!again?.isReport || again.errors.length || !again.items.length) return read;
  return { ...again, heard: [...again.heard, ...guess!.guesses] };
}

/** What a message that reports nothing reads as: built only when it is the answer (most messages report). */
function notReportOf(text: string): ParsedReport {
  return { isReport: false, correction: false, items: [], repeats: [], errors: [], asides: [], heard: [], replaced: [], asked: [], text };
}

/** Not read as a report — unless it plainly reports a township's figure, which is refused with how to write it. */
function unreadOf(text: string, tokens: Token[], asks: boolean): ParsedReport {
  const unread = unreadReport(text, tokens, asks);
  return unread ? { ...notReportOf(text), isReport: true, errors: [unread] } : notReportOf(text);
}

function readReport(input: string, ctx: ParseContext): ParsedReport {
  const heard: ParsedReport['heard'] = [];
  const cells = prepare(input, ctx.lexicon, { cells: true, townships: ctx.townships, heard });
  // A pasted table is first rewritten row by row into lines read well below (table.ts).
  const table = readTables(cells, ctx);
  const noted = withoutNotes(nameFirst(table ? prepare(table.text, ctx.lexicon) : cells.replace(/[ \t]{2,}/g, ' ').trim(), ctx.lexicon), ctx.lexicon);
  const { text: whole, reasons } = withoutCorrectionReason(noted.text);
  const { about } = noted;
  const notes = [...noted.notes, ...reasons];
  // "支部完成6个，这样报对吗？": asking whether the report is right is answered by the confirmation itself.
  let text = /[吗吧么?]|对不|是不是|不知道|不晓得/.test(whole) ? withoutWordQuestions(whole) : whole;
  let tokens = scan(text, ctx);
  const vagueText = tokens.filter((t) => t.t === 'vague').map((t) => t.raw);
  const question = QUESTION.test(vagueText.reduce((s, v) => s.split(v).join(' '), text));
  let asked: string[] = [];
  if (question) {
    // A hedge with 几 (几十, 二十几) reads like a question word: such a message is not split, so no vague figure
    // is sent away as a question while the rest is stored. Other hedges ask nothing ("能不能再调拨一些？").
    const split = vagueText.some((v) => v.includes('几')) ? null : withoutQuestions(text);
    if (!split) return unreadOf(whole, tokens, true);
    text = split.text;
    asked = split.asked;
    tokens = scan(text, ctx);
  }
  if (!isReportShaped(tokens)) {
    const places = villagesNamedUncounted(text, tokens);
    return places ? { ...notReportOf(whole), isReport: true, errors: [{ code: 'villages-uncounted', raw: places }], heard, asked } : notReportOf(whole);
  }

  const bound = bind(tokens, text, ctx.lexicon.phrases, (t) => ctx.townships.due(t));
  bound.items = withCompared(text, withoutPutRight(text, bound.items), ctx.lexicon);
  bound.asides = notCompared(bound.asides, bound.items);
  const errors: ReportError[] = [...bound.errors, ...breakdownConflicts(text, bound.items), ...areaTotals(text, bound.items), ...exceptedCounts(text, bound.items), ...about.map((raw) => ({ code: 'note-unclear' as const, raw })), ...oneShoulderUncounted(text).map((raw) => ({ code: 'vague' as const, raw })), ...baseDoubted(text, bound.items), ...otherPartVague(text, tokens, bound.items, bound.errors), ...batchAverages(text, bound.items), ...dueUnknown(text, bound.items)];
  // A counted figure the reading neither stored, refused nor set aside ("刚才报的7个有误 应为6个"): never let go in
  // silence — the last is refused for want of its name, so the sender is told what to fix.
  if (!bound.items.length && !errors.length) {
    // (A numeral word in prose, 一届 or 两委, is no figure: a bare numeral counts only in digits or in a table's cell.)
    const figure = (t: Token) => t.t === 'num' && (t.unit === 'count' || (t.unit === 'none' && (!t.chinese || text[t.at - 1] === '\t')));
    const lost = tokens.filter((t) => figure(t) && !bound.asides.some((a) => a.includes(t.raw))).at(-1);
    if (lost) errors.push({ code: 'missing-indicator', raw: lost.raw });
  }
  // "大专\t本科及以上\n14\t6" (a table's columns): 大专 alone beside a 本科 figure is one level of 大专及以上, not all of it.
  // Read on the message as typed (a table's 本科 column is set aside by then), brackets apart (大专以上17人(本科11 大专6)).
  // (Only a message naming 大专 or 专科 is looked at: the brackets are taken out for it alone.)
  const typed = /大专|专科/.test(cells) ? cells.replace(/\([^()]*\)/g, ' ') : '';
  if (BARE_DIPLOMA.test(typed) && BACHELOR_FIGURE.test(typed)) for (const i of bound.items) if (i.key === 'college') errors.push({ code: 'degree-parts', raw: `大专${i.value.kind === 'number' ? i.value.n : ''}` });
  const village = villageAlone(text, bound.items, ctx.townships);
  if (village) errors.push(village);
  const items: Item[] = [];
  const repeats: ParsedReport['repeats'] = [];
  // A forwarded chat record's header date ("[聊天记录] 王明 2026/11/23 18:32:10") is when it was sent: the
  // report's date only when the message names no other date, which otherwise governs.
  const dated = bound.dates.some((d) => !d.stamp) ? bound.dates.filter((d) => !d.stamp) : bound.dates;
  // "明天周日不休息": a weekday straight after a day word names that same day, no day of its own (it had dated the
  // figures a week back).
  const stamped = dated.filter((d) => !todayInQuote(text, d, dated) && !(d.value.kind === 'weekday' && DAY_WORD_BEFORE.test(text.slice(Math.max(0, d.at - 4), d.at))));
  // "(这条是昨天的,今天的晚点报)": the sender says in passing the figures are another day's than the one they are
  // read for — asked, never filed under the wrong day.
  const whose = OTHER_DAYS_FIGURES.exec(text);
  // (When that day is read as the message's date anyway — said before the figures — nothing is unclear.)
  if (whose && !stamped.some((d) => d.raw === whose[1])) {
    errors.push({ code: 'unclear-date', raw: whose[0] });
  }
  // "今天(11月20日)" on the 22nd: a day and the date in brackets after it that name different days — which one is
  // meant cannot be known ("补报昨天(11月21日)" names one day twice and reads as before).
  // So do "今天的进度" over a pasted form whose 填报日期 is another day, with no figure read between the two.
  for (let i = 1; i < stamped.length; i++) {
    const [a, b] = [stamped[i - 1]!, stamped[i]!];
    const bracketed = text[b.at - 1] === '(' && a.at + a.raw.length === b.at - 1;
    const heading = DAYS_FIGURES_HEADING.test(text.slice(a.at + a.raw.length)) && !bound.items.some((it) => it.at > a.at && it.at < b.at);
    if (!bracketed && !heading) continue;
    const [ra, rb] = [resolveDate(a.value, ctx.today), resolveDate(b.value, ctx.today)];
    if (ra.ok && rb.ok && ra.date !== rb.date) errors.push({ code: 'unclear-date', raw: bracketed ? `${a.raw}(${b.raw})` : `${a.raw}……${b.raw}` });
  }
  // "2、35岁以下正在统计中，明天报\n3、女性3人": a future date on a line that gives no figure says when
  // something will be reported; it binds nothing and does not carry to the lines below.
  const places = new Places(bound.towns, stamped, ctx, errors, text);
  for (const b of bound.items) {
    const p = places.of(b.at, b.seg);
    if (!p) continue;
    const group = governing(bound.towns, b.at, b.seg)?.with;
    if (!group) {
      items.push(...places.dayItems(b, p, text));
      continue;
    }
    // Joined townships: one figure each in order ("分别是23人、18人"), or one figure for all ("均完成15个").
    const same = bound.items.filter((o) => o.key === b.key && governing(bound.towns, o.at, o.seg)?.with === group);
    if (same.length === group.length) items.push({ key: b.key, value: b.value, ...p, township: group[same.indexOf(b)]!.value });
    else if (same.length === 1 && !b.spread) for (const t of group) items.push({ key: b.key, value: b.value, ...p, township: t.value });
    // "白沙镇、石桥镇…分别是23人": fewer figures than townships — whose is missing cannot be known.
    else if (same[0] === b) errors.push({ code: 'missing-indicator', raw: same.map((o) => o.value.raw).join('、') });
  }
  laterDay(text, tokens, bound.items, items, ctx.today, errors);
  items.push(...unchangedBeside(bound.unchanged, items, places), ...allUnchanged(text, bound.repeats, items, places));
  if (UNFOLLOWED.test(text)) for (const i of items) if (i.value.kind === 'increment' && !i.value.unchanged) i.value = { ...i.value, gap: true };
  for (const r of bound.repeats) {
    const p = places.of(r.at, r.seg);
    if (p && !items.some((i) => i.township === p.township && i.date === p.date)) repeats.push(p);
  }
  // Report-shaped but nothing claimed ("村委会一定要依法选举"): prose, not a report.
  if (!items.length && !repeats.length && !errors.length) return unreadOf(whole, tokens, question);
  const replaced = bound.replaced.flatMap((r) => {
    const p = places.of(r.at, r.seg);
    return p ? [{ key: r.key, n: r.n, ...p }] : [];
  });
  markReplaced(items, replaced);
  const self = ownNamed(bound.towns, [items, repeats, replaced]);
  return { isReport: true, correction: bound.correction, items, repeats, errors, asides: [...(table?.asides ?? []), ...bound.asides, ...notes], heard, replaced, asked, text, ...self };
}

/**
 * Figures under 我乡/本镇 are the sender's own township's (township null). What that township is, when the message
 * names exactly one other ("【转】白沙镇工作群：“…我镇…”"), is kept for an admin relaying a liaison's words.
 */
function ownNamed(towns: Ref<string | null>[], lists: { township: string | null }[][]): { selfMeans?: string } {
  let used = false;
  for (const list of lists) for (const i of list) if (i.township === SELF_TOWN) [i.township, used] = [null, true];
  if (!used) return {};
  const named = new Set(towns.map((t) => t.value).filter((v): v is string => !!v));
  return used && named.size === 1 ? { selfMeans: [...named][0]! } : {};
}

/** Days said not followed: what happened in them is not known ("那几天的进展不清楚", "中间的数没统计"). */
const UNFOLLOWED = /(?:进展|情况|数据?|数字)\s*(?:都|也|我)?\s*(?:不清楚|不掌握|不了解|没统计|没有统计|没掌握)/;

/**
 * "村委会又完成2个，党组织没变化", "村委会没有新完成的": a count said unchanged is written as it stands on record (an
 * increment of 0) — the liaison's figure for the day, read by reference. Beside a figure of its own ("党组织没变化，
 * 还是10个") the figure says it. (A whole day said unchanged, no count named, is Bound.repeats.)
 */
function unchangedBeside(unchanged: Bound['unchanged'], items: Item[], places: Places): Item[] {
  const out: Item[] = [];
  for (const u of unchanged) {
    const p = places.of(u.at, u.seg);
    const same = (i: Item) => !!p && i.key === u.key && i.township === p.township && i.date === p.date;
    if (!p || items.some(same) || out.some(same)) continue;
    out.push({ key: u.key, value: { kind: 'increment', n: 0, raw: u.raw, unchanged: true }, ...p });
  }
  return out;
}

/** Every figure said unchanged (各项数据均无变化, 全都没变) — not the rest beside the ones given (其他同昨日). */
const EVERY = /各项|所有|全部|一切|都|均/;
const THE_REST = /其他|其它|其余|别的|剩下|余下/;

/**
 * "今日各项数据均无变化，村委会完成11个": every figure said unchanged, then a count given — the count must be the one on
 * record. Written beside it as unchanged (an increment of 0), the plan refuses the two when the record differs.
 */
function allUnchanged(text: string, repeats: Bound['repeats'], items: Item[], places: Places): Item[] {
  const out: Item[] = [];
  for (const r of repeats) {
    const said = text.slice(Math.max(0, text.slice(0, r.at).search(/[^,，;；。!！?？\n]*$/)), r.at);
    if (!EVERY.test(said) || THE_REST.test(said)) continue;
    const p = places.of(r.at, r.seg);
    for (const i of items) {
      if (!p || i.township !== p.township || i.date !== p.date || i.value.kind !== 'number' || out.some((o) => o.key === i.key)) continue;
      out.push({ key: i.key, value: { kind: 'increment', n: 0, raw: i.value.raw, unchanged: true }, ...p });
    }
  }
  return out;
}
