// "今天完成3个，截至今晚支部累计完成十四个", "今天上午完成3个下午完成2个，截至目前村委共完成15个": a count said before
// any indicator, followed on its line by a total (累计, 共, 截至…) of one indicator only, is the day's part of
// that total — set aside and named in the reply, the total stored. Before figures of two indicators, or with no
// total after it, whose count it is cannot be known: it stays refused as a figure without an indicator.
import { aside } from './bind-asides.js';
import type { BindState } from './bind-state.js';
import type { ValueToken } from './bind-values.js';
import type { ReportError } from './types.js';
import type { Token } from './scan.js';

export interface BareCount {
  tok: ValueToken;
  error: ReportError;
}

export function bareCountsBeforeTotals(s: BindState, tokens: Token[]): void {
  for (const { tok, error } of s.bareCounts) {
    const later = s.out.items.filter((i) => i.at > tok.at && i.seg === tok.seg && i.key !== 'due');
    const keys = new Set(later.map((i) => i.key));
    if (keys.size !== 1) continue;
    const first = Math.min(...later.map((i) => i.at));
    const total = tokens.some((t) => t.at > tok.at && t.at < first && t.t === 'flag' && t.flag === 'cumul');
    const n = tok.t === 'num' ? tok.value : NaN;
    if (!total || !later.every((i) => i.value.kind !== 'number' || i.value.n >= n)) continue;
    s.out.errors = s.out.errors.filter((e) => e !== error);
    aside(s, tok.at, tok.at + tok.raw.length);
  }
}
