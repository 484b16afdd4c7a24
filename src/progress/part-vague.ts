// "城关镇村委会完成12个，社区居委会差不多都选完了": a figure for one part of a body (its villages) beside the other
// part (its communities) told only vaguely, or said to come later. The body's whole cannot be known: refused — the
// villages' figure alone had been stored as the whole.
import { partOfName } from './bind-parts.js';
import type { BoundItem } from './bind-values.js';
import type { Token } from './scan.js';
import { STILL_TO_COME } from './to-come.js';
import type { ReportError } from './types.js';


export function otherPartVague(text: string, tokens: Token[], items: BoundItem[], known: ReportError[]): ReportError[] {
  const errors: ReportError[] = [];
  const partOf = (i: BoundItem) => (i.value.kind === 'number' || i.value.kind === 'increment' ? i.value.part : undefined);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.t !== 'ind') continue;
    // "社区居委会完成9个，村委会的数还没汇总上来，明天一起报": the other part's figure is still to come.
    const toCome = tokens[i + 1]!.t !== 'num' && STILL_TO_COME.test(text.slice(tok.at + tok.raw.length).split(/[。;!?\n]/)[0]!);
    if (tokens[i + 1]!.t !== 'vague' && !toCome) continue;
    const part = partOfName(text, tok);
    if (!part) continue;
    const other = tok.keys.some((k) => items.some((it) => it.key === k && partOf(it) !== undefined && partOf(it) !== part) && !items.some((it) => it.key === k && partOf(it) === part));
    if (!other) continue;
    const end = text.slice(tok.at).search(/[,;。!?\n]/);
    const raw = text.slice(tok.at, end < 0 ? text.length : tok.at + end);
    // (Not when the hedge is refused already: "居委会大概3个".)
    if (toCome) errors.push({ code: 'missing-figure', raw: tok.raw });
    else if (!known.some((e) => e.code === 'vague' && e.raw !== undefined && raw.includes(e.raw))) errors.push({ code: 'vague', raw });
  }
  return errors;
}
