// "今天完成3个，截至今晚支部累计完成十四个", "今天上午完成3个下午完成2个，截至目前村委共完成15个": a count said before
// any indicator, followed on its line by a total (累计, 共, 截至…) of one indicator only, is the day's part of
// that total — new ones that must agree with it and the record, the total stored. So is one between two figures of the same
// indicator, the second a total ("村委会完成了3个前面9个现在12个了": what there was before). Before figures of
// two indicators, or with no total after it, whose count it is cannot be known: it stays refused as a figure
// without an indicator.
import { aside } from './bind-asides.js';
import type { BindState } from './bind-state.js';
import type { BoundItem, ValueToken } from './bind-values.js';
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
  bareCountsBeforeTotals(s, tokens);
}

/** "村委会换届选举大会召开6场，选举产生村委会6个": beside figures that are read, a count of meetings is a note. */
function eventCountsAsNotes(s: BindState): void {
  if (!s.out.items.some((i) => i.key !== 'due')) return;
  for (const e of s.eventCounts) {
    s.out.errors = s.out.errors.filter((x) => x !== e.error);
    aside(s, e.from, e.to);
  }
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
