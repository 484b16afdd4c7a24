// A township's villages one a row, each body's column marked done or not: "村名 | 党组织 | 村委会" with √ / 已完成 /
// 未完成 / an empty cell. Each body's figure is the number of villages marked done in its column (an empty cell is not
// done) — the running total when the rows are the township's villages. A cell that is neither a mark nor empty, or a
// mark on a row with no village, sends the message back to the line reader. Columns of people counted per village
// (35岁以下, 女性) are summed. A total row (合计) must agree with what the rows give; under a title that says the
// villages are today's new ones (今天完成的村（新增）), the figures are increments.
import type { ScanContext } from './scan.js';
import { titleDate, titleIncrement, type Block } from './table-bare.js';
import { nameOf, type Column } from './table-cells.js';

type Row = { cells: string[]; last: boolean };
const FAIL = 'fail' as const;
const DONE = /^(?:√|✓|已完成|完成|已选|已换届|是|1)$/;
const NOT_DONE = /^(?:×|✗|未完成|未|否|没选|未选|-|—|0)$/;
/** People counted in each village: their column is summed. */
const SUMMED = new Set(['under35', 'college', 'female', 'crossPost']);
/** Bodies a village is counted for, and 一肩挑 (a village whose secretary is its chair). */
const MARKED = new Set(['partyDone', 'committeeDone', 'supervisionDone', 'oneShoulder']);

export function markRows(cols: Column[], rows: Row[], to: number, title: string | null, ctx: ScanContext, fit: (cells: string[], last: boolean) => string[] | null): Block | typeof FAIL | null {
  const at = cols.findIndex((c) => c.role === 'village');
  if (at < 0 || cols.some((c) => c.role === 'township' || c.role === 'indicator' || c.role === 'date')) return null;
  const marked = cols.flatMap((c, k) => (c.role === 'value' && c.mode === 'count' && MARKED.has(c.key) ? [k] : []));
  const summed = cols.flatMap((c, k) => (c.role === 'value' && c.mode === 'count' && SUMMED.has(c.key) ? [k] : []));
  if (!marked.length || rows.length < 2 || cols.some((c, k) => c.role === 'value' && !marked.includes(k) && !summed.includes(k))) return null;
  const increment = titleIncrement(title, ctx);
  const dated = titleDate(title, ctx);
  if (increment === FAIL || dated === FAIL) return FAIL;
  const done = new Map<number, number>([...marked, ...summed].map((k) => [k, 0]));
  let total: string[] | null = null;
  for (const { cells, last } of rows) {
    const row = fit(cells, last);
    if (!row) return FAIL;
    const village = row[at]!.trim();
    if (ctx.lexicon.columns.roles.get(village) === 'total') {
      if (total) return FAIL;
      total = row;
      continue;
    }
    if (total) return FAIL;
    for (const k of marked) {
      const cell = row[k]!.trim();
      if (DONE.test(cell)) {
        if (!village) return FAIL;
        done.set(k, done.get(k)! + 1);
      } else if (cell && !NOT_DONE.test(cell)) return FAIL;
    }
    for (const k of summed) {
      const cell = row[k]!.trim();
      if (/^\d{1,3}$/.test(cell)) done.set(k, done.get(k)! + Number(cell));
      else if (cell && !/^[-—]$/.test(cell)) return FAIL;
    }
    if (cols.some((c, k) => c.role === 'none' && row[k]!.trim())) return FAIL;
  }
  // "合计 7 6 5 4": each total cell must be what its column gives.
  if (total && [...done].some(([k, n]) => total![k]!.trim() !== String(n))) return FAIL;
  const parts = [...done.keys()].sort((a, b) => a - b).map((k) => `${nameOf((cols[k] as Extract<Column, { role: 'value' }>).key, ctx)}${done.get(k)}`);
  return { to, rows: [`${dated ? `${dated} ` : ''}${increment ? '新增 ' : ''}${parts.join(',')}`], asides: [] };
}
