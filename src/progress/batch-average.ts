// "这批新当选的村委会成员平均年龄41.5岁": an average of one batch of new members is not the township's
// average of all its new members, and cannot be folded into it without the counts — refused, the whole asked for.
import { clauseStart, type BoundItem } from './bind-values.js';
import type { ReportError } from './types.js';

/** A batch, then the members it elected, before the average's name in its clause. */
const OF_A_BATCH = /(?:本批|这批|这一批|此批|该批)[^,，。;；\n]{0,6}?新?(?:当选|选出|选上|产生)的/;

export function batchAverages(text: string, items: BoundItem[]): ReportError[] {
  const errors: ReportError[] = [];
  for (const item of items) {
    if (item.key !== 'avgAge' || item.value.kind !== 'number') continue;
    const start = clauseStart(text, item.at);
    const clause = text.slice(start, item.at);
    if (OF_A_BATCH.test(clause)) errors.push({ code: 'batch-average', raw: text.slice(start, item.at + item.value.raw.length).trim() });
  }
  return errors;
}
