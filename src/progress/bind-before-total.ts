// "今天完成3个，截至今晚支部累计完成十四个", "今天上午完成3个下午完成2个，截至目前村委共完成15个": a count said before
// any indicator, followed on its line by a total (累计, 共, 截至…) of one indicator only, is the day's part of
// that total — new ones that must agree with it and the record, the total stored. So is one between two figures of the same
// indicator, the second a total ("村委会完成了3个前面9个现在12个了": what there was before). Before figures of
// two indicators, or with no total after it, whose count it is cannot be known: it stays refused as a figure
// without an indicator.
import { leftBeforeNewOnes } from './bind-remain.js';
import { aside, asNote } from './bind-asides.js';
import { stepCountsAsNotes } from './bind-notdone.js';
import { countOfStep } from './bind-scene.js';
import { settleToldCounts } from './bind-told.js';
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
  stepCountsAsNotes(s);
  countsAsNotes(s);
  bareCountsBeforeTotals(s, tokens);
  bareCountsAfterIncrements(s, tokens);
  settleToldCounts(s, tokens);
  leftBeforeNewOnes(s);
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
/** A figure (and its unit) then only spaces: what follows is the next slot of a list. */
const LIST_SLOT = /[\d零〇一二两三四五六七八九十百][个人名村]?\s+$/;

function quoted(s: BindState, tok: ValueToken): boolean {
  return QUOTED.test(s.text.slice(clauseStart(s.text, tok.at), tok.at));
}

// "村委会11 9 一肩挑9": a count straight after another figure, a space between, fills the slot of a name left
// out — not a restatement, whatever it equals.
function inList(s: BindState, tok: ValueToken): boolean {
  return LIST_SLOT.test(s.text.slice(clauseStart(s.text, tok.at), tok.at));
}

// A bare 0 restates only a nought said before it (监督委员会还没开始 零个), not one after: nought is what every body
// not started has (党组织3个，0个，监委会还没有).
function restated(s: BindState, tok: ValueToken): boolean {
  return tok.t === 'num' && !inList(s, tok) && s.out.items.some((i) => i.key !== 'due' && (i.value.kind === 'number' || i.value.kind === 'increment' || i.value.kind === 'remaining') && i.value.n === tok.value && (tok.value !== 0 || i.at < tok.at));
}

function countsAsNotes(s: BindState): void {
  if (!s.out.items.length) return;
  for (const { tok, error } of s.bareCounts) {
    // "上王村、下王村、柳沟村3个村召开选举大会" on the day's first line, the figures on the next: a count whose clause tells a
    // step that is no figure is a note once figures are read (at the clause's end none were yet).
    const step = s.out.items.some((i) => i.key !== 'due') && countOfStep(s, tok);
    if (s.out.errors.includes(error) && (quoted(s, tok) || restated(s, tok) || step)) asNote(s, error, tok.at, tok.at + tok.raw.length);
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

// A count told as where things stand: a total word before it (一共, 现在, 总数到…) or a state after it (7个了, 9个全齐活了).
const TOTAL_BEFORE = /(?:一共|总共|共计?|合计|累计|现在|目前|至此|到现在|如今|已经?有?|达到?|(?:总数|总人数|人数)(?:是|为|有|达到?|到了?)?|到了?)\s*$/;
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

