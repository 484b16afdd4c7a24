// "今天完成3个，截至今晚支部累计完成十四个", "今天上午完成3个下午完成2个，截至目前村委共完成15个": a count said before
// any indicator, followed on its line by a total (累计, 共, 截至…) of one indicator only, is the day's part of
// that total — new ones that must agree with it and the record, the total stored. So is one between two figures of the same
// indicator, the second a total ("村委会完成了3个前面9个现在12个了": what there was before). Before figures of
// two indicators, or with no total after it, whose count it is cannot be known: it stays refused as a figure
// without an indicator.
import { aside } from './bind-asides.js';
import type { BindState } from './bind-state.js';
import { clauseStart, type BoundItem, type ValueToken } from './bind-values.js';
import type { ReportError } from './types.js';
import type { Token } from './scan.js';

export interface BareCount {
  tok: ValueToken;
  error: ReportError;
  /** No figure was read in its clause. */
  alone: boolean;
}

/** At the message's end: counts refused for want of an indicator that the rest of the message explains. */
export function settleLeftCounts(s: BindState, tokens: Token[]): void {
  eventCountsAsNotes(s);
  countsAsNotes(s);
  bareCountsBeforeTotals(s, tokens);
  bareCountsAfterIncrements(s, tokens);
  toldCountsAsNotes(s, tokens);
  reasonPartsAsNotes(s, tokens);
  pendingGuessesAsNotes(s);
  leftOutAsNotes(s);
}

/** A count refused for want of a name that turns out to be a note: no longer refused, quoted among the asides. */
function asNote(s: BindState, error: ReportError, from: number, to: number): void {
  s.out.errors = s.out.errors.filter((e) => e !== error);
  aside(s, from, to);
}

/**
 * A count quoted from where it was written or first reported (表上写的, 原来报的, 原先是, 上面那个), or added in from
 * before (加上昨天的2个).
 */
const QUOTED = /(?:(?:写的|写着|填的|填了|报的|原来|原先|原报|本来|表上的|表里的|(?:上面|上边|刚才|前面|之前)的?那个)(?:是|为)?|(?:再?加上|算上|连同)(?:昨天|前天|之前|前面|此前|原来)?的?)\s*$/;

/**
 * Beside figures that are read, a count with no name of its own is a note when it is quoted as written or reported
 * before ("应换届数是10个,县里表上写的9个,漏了…", "上面那个3是今天新增的,今天又完成了3个"), or when the message gives
 * it again with its name ("仨,今天监委会又完成了仨", "9个是累计数。党组织到今天一共完成9个") — nothing is lost, the named
 * one is read.
 */
function countsAsNotes(s: BindState): void {
  if (!s.out.items.length) return;
  const quoted = (tok: ValueToken) => QUOTED.test(s.text.slice(clauseStart(s.text, tok.at), tok.at));
  const restated = (tok: ValueToken) => tok.t === 'num' && s.out.items.some((i) => i.key !== 'due' && (i.value.kind === 'number' || i.value.kind === 'increment' || i.value.kind === 'remaining') && i.value.n === tok.value);
  for (const { tok, error } of s.bareCounts) {
    if (s.out.errors.includes(error) && (quoted(tok) || restated(tok))) asNote(s, error, tok.at, tok.at + tok.raw.length);
  }
}

/** "村委会换届选举大会召开6场，选举产生村委会6个": beside figures that are read, a count of meetings is a note. */
function eventCountsAsNotes(s: BindState): void {
  if (!s.out.items.some((i) => i.key !== 'due')) return;
  for (const e of s.eventCounts) asNote(s, e.error, e.from, e.to);
}

function bareCountsBeforeTotals(s: BindState, tokens: Token[]): void {
  // "上午1个下午2个，截至今晚…累计13个": the day's counts before one total are added into one increment.
  const added = new Map<BoundItem, BoundItem>();
  for (const { tok, error, alone } of s.bareCounts) {
    const line = s.out.items.filter((i) => i.seg === tok.seg && i.key !== 'due');
    const later = line.filter((i) => i.at > tok.at);
    const before = line.filter((i) => i.at < tok.at).at(-1);
    if (!later.length) continue;
    const first = Math.min(...later.map((i) => i.at));
    const next = later.find((i) => i.at === first)!;
    const between = !alone && before?.key === next.key;
    if (!between && (!alone || new Set(later.map((i) => i.key)).size !== 1)) continue;
    if (between) later.splice(0, later.length, next);
    const total = tokens.some((t) => t.at > tok.at && t.at < first && t.t === 'flag' && t.flag === 'cumul');
    const n = tok.t === 'num' ? tok.value : NaN;
    if (!total || !later.every((i) => i.value.kind !== 'number' || i.value.n >= n)) continue;
    s.out.errors = s.out.errors.filter((e) => e !== error);
    // Alone, it is the day's new ones of that total: checked against it when something is on record
    // ("今天完成3个，党组织累计9个" with 7 on record is refused, not stored as 9). Between two figures it is
    // what there was before: set aside.
    // "昨天完成3个，今天完成2个，累计10个": a count said for another day than the total's is that day's — set aside.
    // (Its own day is the last one named before it; today — 今天, 今晚 — is the total's day.)
    const own = tokens.filter((t) => t.t === 'date' && t.at < tok.at && t.seg === tok.seg).at(-1);
    const otherDay = own?.t === 'date' && !(own.spec.kind === 'relative' && own.spec.days === 0);
    if (!alone || tok.t !== 'num' || otherDay) {
      aside(s, tok.at, tok.at + tok.raw.length);
      continue;
    }
    const sum = added.get(next);
    // The raw is the stretch as typed, from the first count to this one (the property tests find every raw in the text).
    if (sum?.value.kind === 'increment') sum.value = { kind: 'increment', n: sum.value.n + tok.value, raw: s.text.slice(sum.at, tok.at + tok.raw.length) };
    else {
      const item: BoundItem = { key: next.key, value: { kind: 'increment', n: tok.value, raw: tok.raw }, at: tok.at, seg: tok.seg };
      added.set(next, item);
      s.out.items.push(item);
    }
  }
}

// A count told as where things stand: a total word before it (一共, 现在…) or a state after it (7个了, 9个全齐活了).
const TOTAL_BEFORE = /(?:一共|总共|共计?|合计|累计|现在|目前|至此|到现在|如今|已经?有?|达到?)\s*$/;
const STATE_AFTER = /^(?:个|村|社区|\))*\s*(?:了|都|全|均|已|齐)/;

/**
 * "马坊党组织今天又完成一个,7个了", "支部又搞定仨，9个全齐活了": a count with no name straight after the day's new
 * ones of one indicator, told as where things stand, is that indicator's total — stored, and checked against
 * the new ones and the record like any "又完成1个，累计7个". Followed on its line by a total of that indicator
 * ("选完了2个，前面已经选完2个，一共4个") it is what there was before: set aside when the three agree, refused
 * otherwise.
 */
function bareCountsAfterIncrements(s: BindState, tokens: Token[]): void {
  for (const { tok, error } of s.bareCounts) {
    if (tok.t !== 'num' || !s.out.errors.includes(error)) continue;
    const line = s.out.items.filter((i) => i.seg === tok.seg && i.key !== 'due');
    const incr = line.filter((i) => i.at < tok.at).at(-1);
    if (incr?.value.kind !== 'increment' || tok.value < incr.value.n) continue;
    // Another day named between them ("又完成2个，昨天是5个"): whose count it is is that day's, not read.
    if (tokens.some((t) => t.t === 'date' && t.at > incr.at && t.at < tok.at && !(t.spec.kind === 'relative' && t.spec.days === 0))) continue;
    // What is left after it ("又选完3个,11个了,就剩一个村没选") is no total to check it by.
    const next = line.filter((i) => i.at > tok.at && i.value.kind !== 'remaining').sort((a, b) => a.at - b.at)[0];
    if (next?.key === incr.key) {
      if (next.value.kind === 'number' && next.value.n === incr.value.n + tok.value) asNote(s, error, tok.at, tok.at + tok.raw.length);
      continue;
    }
    const before = s.text.slice(clauseStart(s.text, tok.at), tok.at);
    const after = s.text.slice(tok.at + tok.raw.length, tok.at + tok.raw.length + 8);
    if (!TOTAL_BEFORE.test(before) && !STATE_AFTER.test(after)) continue;
    s.out.errors = s.out.errors.filter((e) => e !== error);
    s.out.items.push({ key: incr.key, value: { kind: 'number', n: tok.value, raw: tok.raw }, at: tok.at, seg: tok.seg });
  }
}

/** Words that tell a sentence's figures are a report (done, new, total, left, corrected…), not a story. */
const STORY_FLAGS = new Set(['other', 'text', 'aside', 'resp', 'plan', 'sub']);
const PROSE = /[\u4e00-\u9fff]/gu;

/**
 * "请问…需不需要单独联审？我们这边有两个村在问。今天河东党组织完成5个。", "下午开了培训会,参会42人。": beside figures
 * that are read, a count in a sentence of its own that names no body, township, day or progress word (完成, 新增,
 * 累计, 还差…) tells of something else — a note, quoted. A sentence that short ("另外有2个") says too little to tell
 * what it is: still refused.
 */
function toldCountsAsNotes(s: BindState, tokens: Token[]): void {
  if (!s.out.items.some((i) => i.key !== 'due')) return;
  for (const error of s.out.errors.filter((e) => e.code === 'missing-indicator')) {
    const tok = tokens.find((t) => t.t === 'num' && t.raw === error.raw);
    if (!tok || s.out.items.some((i) => i.seg === tok.seg)) continue;
    const sentence = tokens.filter((t) => t.seg === tok.seg);
    const reported = sentence.some((t) => t.t === 'ind' || t.t === 'town' || t.t === 'date' || t.t === 'pct' || t.t === 'vague' || (t.t === 'flag' && !STORY_FLAGS.has(t.flag)));
    if (reported) continue;
    // The sentence runs from the stop before it (words the scanner skips are in it too) to its own stop.
    const stop = tokens.filter((t) => t.seg < tok.seg).at(-1);
    const last = sentence.at(-1)!;
    const words = s.text.slice(stop ? stop.at + stop.raw.length : 0, last.at + last.raw.length).replace(/[0-9零〇一二两三四五六七八九十百千万个人名村社区俩仨]/gu, '');
    if ((words.match(PROSE) ?? []).length < 6) continue;
    asNote(s, error, tok.at, tok.at + tok.raw.length);
  }
}

/** After a count: what some of them are (一个是…, 俩是有违法记录的, 四个里有一个是…), never a figure of its own. */
const PART_IS = /^\s*(?:的)?(?:是|属于|因为|因|由于)/;

/**
 * "不合格的仨 仨里头俩是有违法记录的一个是长期不在村", "不合格的俩 一个是受过处分…一个是参与非法宗教活动": after a
 * figure read in the same sentence, counts told with what they are (是…, 因为…) are a breakdown of it — notes,
 * quoted, as long as together they are no more than it.
 */
function reasonPartsAsNotes(s: BindState, tokens: Token[]): void {
  const parts = s.out.errors
    .filter((e) => e.code === 'missing-indicator')
    .map((error) => ({ error, tok: tokens.find((t) => t.t === 'num' && t.raw === error.raw && PART_IS.test(s.text.slice(t.at + t.raw.length))) }))
    .filter((p): p is { error: ReportError; tok: Extract<Token, { t: 'num' }> } => !!p.tok);
  const bySeg = new Map<number, typeof parts>();
  for (const p of parts) bySeg.set(p.tok.seg, [...(bySeg.get(p.tok.seg) ?? []), p]);
  for (const [seg, list] of bySeg) {
    const first = Math.min(...list.map((p) => p.tok.at));
    const whole = s.out.items.filter((i) => i.seg === seg && i.at < first && i.value.kind === 'number').at(-1);
    if (!whole || whole.value.kind !== 'number' || list.reduce((n, p) => n + p.tok.value, 0) > whole.value.n) continue;
    for (const p of list) asNote(s, p.error, p.tok.at, p.tok.at + p.tok.raw.length);
  }
}

/** Said of a figure not yet known: still being counted, to be checked, or left for someone else to report. */
const PENDING = /还在统计|正在统计|还没统计|没细统计|还没算|还没核|还在核|回头(?:再)?(?:问|核|确认|报)|核实后再报|核完再报|等.{0,8}(?:自己报|再报|确认|核实)|待核实/;

/**
 * "交叉任职的数还在统计,应该30人左右", "35岁以下的听陈书记说有十来个,还没细统计": a guess said in the same sentence as
 * being still counted or left to be confirmed is not reported yet — quoted as not counted, beside figures that are
 * read. A guess alone, or with no such words, is refused as before.
 */
function pendingGuessesAsNotes(s: BindState): void {
  const hard = /[。;\n!?]/;
  const soft = /[,，。;\n!?]/;
  const back = (at: number, re: RegExp) => {
    let i = at;
    while (i > 0 && !re.test(s.text[i - 1]!)) i--;
    return i;
  };
  const ahead = (at: number, re: RegExp) => {
    const k = s.text.slice(at).search(re);
    return k < 0 ? s.text.length : at + k;
  };
  for (const error of s.out.errors.filter((e) => e.code === 'vague' && e.raw)) {
    const at = s.text.indexOf(error.raw!);
    if (at < 0) continue;
    const from = back(at, hard);
    const to = ahead(at, hard);
    const pending = PENDING.exec(s.text.slice(from, to));
    // Beside figures read outside the guess: a message that only guesses stays refused.
    if (!pending || !s.out.items.some((i) => i.key !== 'due' && (i.at < at || i.at >= at + error.raw!.length))) continue;
    // The guessed figure itself is never stored, whatever name it was bound to ("应该30人左右" had read 30).
    s.out.items = s.out.items.filter((i) => i.at < at || i.at >= at + error.raw!.length);
    // Quoted from the clause that says it is pending, or the guess's own, to the end of the guess's clause.
    asNote(s, error, back(Math.min(from + pending.index, at), soft), ahead(Math.max(at, from + pending.index), soft));
  }
}

/** The sender leaves a figure out on purpose (先不报, 不算在内), or says it is hearsay not yet checked (听说…还没核对). */
const LEFT_OUT = /先不报|先不录|先别录|先不算|不算在内|暂不报|暂不统计|先不统计|别统计|不要统计|暂不计入|先不计入|(?:听说|据说|说是|村里报的|村里说)[^。;!?\n]*(?:还没核|没核对|没核实|未核实)/;
/** Doubt said of all the figures: the whole message waits. */
const ALL_OF_THEM = /以上|上面|上述|这些|全部|都/;

/**
 * "据周书记讲一肩挑能达到7个,目前村委会还没选,先不报", "35岁以下的村里报的是7个,还没核对,先不报": a figure the sender
 * says to leave out, or tells as hearsay not yet checked, is not reported — quoted as not counted and never stored,
 * beside the figures the sender does report. Doubt about all of them (以上数据待核实) still refuses the message.
 */
function leftOutAsNotes(s: BindState): void {
  for (const error of s.out.errors.filter((e) => e.code === 'unverified' && e.raw?.includes('…'))) {
    const [figure, word] = error.raw!.split('…') as [string, string];
    const wordAt = s.text.indexOf(word);
    const at = s.text.lastIndexOf(figure, wordAt);
    // The doubt must be said in the figure's own sentence: across a stop it is about something else.
    if (wordAt < 0 || at < 0 || /[。;\n!?]/.test(s.text.slice(at, wordAt))) continue;
    const from = Math.max(...['。', ';', '\n', '!', '?'].map((c) => s.text.lastIndexOf(c, at))) + 1;
    const stop = s.text.slice(wordAt).search(/[。;\n!?]/);
    const to = stop < 0 ? s.text.length : wordAt + stop;
    const sentence = s.text.slice(from, to);
    if (!LEFT_OUT.test(sentence) || ALL_OF_THEM.test(s.text.slice(at, to))) continue;
    const kept = s.out.items.filter((i) => i.at < at || i.at >= at + figure.length);
    if (!kept.some((i) => i.key !== 'due')) continue;
    s.out.items = kept;
    const clause = Math.max(...[',', '，', '。', ';', '\n', '!', '?'].map((c) => s.text.lastIndexOf(c, at - 1))) + 1;
    asNote(s, error, clause, to);
  }
}
