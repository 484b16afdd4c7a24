// "除了3个村委会，其余都选完了", "除去3个村委会、5个监委会未选，其余全部完成": the count after 除 is the exception,
// not a count done. Reading the rest (due − 3) is the binder's work for villages named (除了东坡村都选完了); a count
// of bodies excepted is refused rather than stored as the figure.
import type { BoundItem } from './bind-values.js';
import type { ReportError } from './types.js';

const EXCEPT_BEFORE = /除(?:了|去|开)?\s*(?:[^\d,，。;；!?！？\n]{0,8}?[和、及与跟]\s*)?$/;

export function exceptedCounts(text: string, items: BoundItem[]): ReportError[] {
  if (!text.includes('除')) return [];
  return items
    .filter((i) => i.value.kind === 'number' && i.key !== 'due' && EXCEPT_BEFORE.test(text.slice(Math.max(0, i.at - 16), i.at)))
    .map((i) => ({ code: 'vague' as const, field: i.key, raw: text.slice(text.lastIndexOf('除', i.at), i.at + i.value.raw.length) }));
}
