// A township's table by area: "管区 | 党组织 | 村委会" with a row per 管区/片区 (or per 村/社区 under 类别), and maybe a
// 合计 row. The township's figure is the 合计 row when there is one — checked against the rows above it, a
// total that does not add up is refused — or else each column added up over the areas. A column with an area
// left empty and no total says nothing certain of the township: the message goes back to the line reader.
import type { IndicatorKey } from '../store/types.js';
import type { ScanContext } from './scan.js';
import { titleDate, titleIncrement, type Block } from './table-bare.js';
import { nameOf, readCell, type Column } from './table-cells.js';

type ValueColumn = Extract<Column, { role: 'value' }>;
type Row = { cells: string[]; last: boolean };
const FAIL = 'fail' as const;

/** Figures that add up over areas: counts of villages and people, never an average age or a rate. */
const ADDS = (c: Column): c is ValueColumn => c.role === 'value' && c.mode !== 'rate' && c.key !== 'avgAge';

export function areaRows(cols: Column[], rows: Row[], to: number, title: string | null, ctx: ScanContext, fit: (cells: string[], last: boolean) => string[] | null): Block | typeof FAIL | null {
  const at = cols.findIndex((c) => c.role === 'area');
  if (at < 0 || cols.filter((c) => c.role === 'area').length > 1 || cols.some((c) => c.role === 'township' || c.role === 'village' || c.role === 'indicator' || c.role === 'date')) return null;
  const adding = cols.flatMap((c, k) => (ADDS(c) ? [k] : []));
  if (!adding.length || rows.length < 2) return null;
  // Rates and averages beside the counts: only a total row can give them for the township.
  if (cols.some((c, k) => c.role === 'value' && !adding.includes(k))) return FAIL;
  const increment = titleIncrement(title, ctx);
  const dated = titleDate(title, ctx);
  if (increment === FAIL || dated === FAIL) return FAIL;
  const sums = new Map<number, number>();
  const gaps = new Set<number>();
  let total: Map<number, number> | null = null;
  for (const { cells, last } of rows) {
    const row = fit(cells, last);
    if (!row) return FAIL;
    // A blank row (merged cells copied out) is skipped.
    if (row.every((c) => !c.trim())) continue;
    const isTotal = ctx.lexicon.columns.roles.get(row[at]!.trim()) === 'total';
    if (isTotal && total) return FAIL;
    const read = new Map<number, number>();
    for (const k of adding) {
      const cell = readCell(row[k]!, (cols[k] as ValueColumn).mode === 'increment' ? 'increment' : 'count', ctx.lexicon);
      if (!cell || (cell.kind === 'figure' && !/^\d+$/.test(cell.text))) return FAIL;
      if (cell.kind === 'empty') gaps.add(k);
      else read.set(k, Number(cell.text));
    }
    for (const [k, c] of cols.entries()) if (k !== at && !adding.includes(k) && c.role !== 'aside' && row[k]!.trim()) return FAIL;
    if (isTotal) total = read;
    else for (const [k, n] of read) sums.set(k, (sums.get(k) ?? 0) + n);
  }
  if (total) {
    // The areas must add up to the total wherever every area gave its figure.
    for (const [k, n] of total) if (!gaps.has(k) && sums.has(k) && sums.get(k) !== n) return FAIL;
  } else if (gaps.size) return FAIL;
  const figures = total ?? sums;
  const parts = adding.flatMap((k) => (figures.has(k) ? [`${nameOf((cols[k] as ValueColumn).key as IndicatorKey, ctx)}${(cols[k] as ValueColumn).mode === 'increment' ? '新增' : ''}${figures.get(k)}`] : []));
  if (!parts.length) return FAIL;
  return { to, rows: [`${dated ? `${dated} ` : ''}${increment ? '新增 ' : ''}${parts.join(',')}`], asides: [] };
}
