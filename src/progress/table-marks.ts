// A township's villages one a row, each body's column marked done or not: "村名 | 党组织 | 村委会" with √ / 已完成 /
// 未完成 / an empty cell. Each body's figure is the number of villages marked done in its column (an empty cell is not
// done) — the running total when the rows are the township's villages. A cell that is neither a mark nor empty, or a
// mark on a row with no village, sends the message back to the line reader.
import type { ScanContext } from './scan.js';
import { titleDate, titleIncrement, type Block } from './table-bare.js';
import { nameOf, type Column } from './table-cells.js';

type Row = { cells: string[]; last: boolean };
const FAIL = 'fail' as const;
const DONE = /^(?:√|✓|已完成|完成|已选|已换届|是)$/;
const NOT_DONE = /^(?:×|✗|未完成|未|否|没选|未选|-|—)$/;
/** Bodies a village is counted for, and 一肩挑 (a village whose secretary is its chair). */
const MARKED = new Set(['partyDone', 'committeeDone', 'supervisionDone', 'oneShoulder']);

export function markRows(cols: Column[], rows: Row[], to: number, title: string | null, ctx: ScanContext, fit: (cells: string[], last: boolean) => string[] | null): Block | typeof FAIL | null {
  const at = cols.findIndex((c) => c.role === 'village');
  if (at < 0 || cols.some((c) => c.role === 'township' || c.role === 'indicator' || c.role === 'date')) return null;
  const marked = cols.flatMap((c, k) => (c.role === 'value' && c.mode === 'count' && MARKED.has(c.key) ? [k] : []));
  if (!marked.length || rows.length < 2 || cols.some((c, k) => c.role === 'value' && !marked.includes(k))) return null;
  const increment = titleIncrement(title, ctx);
  const dated = titleDate(title, ctx);
  if (increment !== false || dated === FAIL) return FAIL;
  const done = new Map<number, number>(marked.map((k) => [k, 0]));
  for (const { cells, last } of rows) {
    const row = fit(cells, last);
    if (!row) return FAIL;
    const village = row[at]!.trim();
    for (const k of marked) {
      const cell = row[k]!.trim();
      if (DONE.test(cell)) {
        if (!village) return FAIL;
        done.set(k, done.get(k)! + 1);
      } else if (cell && !NOT_DONE.test(cell)) return FAIL;
    }
    if (cols.some((c, k) => c.role === 'none' && row[k]!.trim())) return FAIL;
  }
  const parts = marked.map((k) => `${nameOf((cols[k] as Extract<Column, { role: 'value' }>).key, ctx)}${done.get(k)}`);
  return { to, rows: [`${dated ? `${dated} ` : ''}${parts.join(',')}`], asides: [] };
}
