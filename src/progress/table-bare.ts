// Rows without a header row: "城关镇\t12" under a title that names the one indicator ("村委会换届完成情况",
// "更正11月21日数据（党组织）"), or rows whose order is given on the line after them ("（顺序：党组织 村委 监委）",
// "前面是支部 后面是村委"). Anything less certain is left to the line reader, which refuses it.
import type { IndicatorKey } from '../store/types.js';
import { scan, type ScanContext, type Token } from './scan.js';
import { cellsOf, nameOf, readCell } from './table-cells.js';

export interface Block {
  /** The first line after the table. */
  to: number;
  rows: string[];
  asides: string[];
}

/** The lines from `i` that `row` reads, up to the first it does not: the rows and the line after them. */
export function rowsFrom<R>(lines: string[], i: number, row: (line: string) => R | null): { rows: R[]; to: number } {
  const rows: R[] = [];
  let to = i;
  for (let r: R | null; to < lines.length && (r = row(lines[to]!)); to++) rows.push(r);
  return { rows, to };
}

const VALUE = new Set(['num', 'pair', 'pct', 'vague']);
const hasFigure = (tokens: Token[]) => tokens.some((t) => VALUE.has(t.t) || (t.t === 'flag' && t.flag === 'all'));

/** The indicators a line without figures names, in order; null when it gives figures or names a group (两委). */
export function namedOn(line: string | null, ctx: ScanContext): IndicatorKey[] | null {
  if (line === null || !line.trim()) return null;
  const tokens = scan(line, ctx);
  if (hasFigure(tokens)) return null;
  const inds = tokens.filter((t): t is Extract<Token, { t: 'ind' }> => t.t === 'ind');
  return inds.every((t) => t.keys.length === 1) ? inds.map((t) => t.keys[0]!) : null;
}

/**
 * "今日新增" on the line above a table: every figure in it is an increment. With 累计 on the same line it
 * cannot be known which columns are which: 'fail'.
 */
export function titleIncrement(line: string | null, ctx: ScanContext): boolean | 'fail' {
  if (line === null || !line.trim()) return false;
  const tokens = scan(line, ctx);
  if (hasFigure(tokens)) return false;
  const flags = new Set(tokens.flatMap((t) => (t.t === 'flag' ? [t.flag] : [])));
  if (!flags.has('incr')) return false;
  return flags.has('cumul') ? 'fail' : true;
}

/** "当天" after another date on a title line means that date's day ("补报11月20日数据（当天漏报）"). */
const THAT_DAY = new Set(['当天', '当日']);

/**
 * The date to write on each row of a table under this title, '' when the line reader's carrying of the
 * title's date already reads it right, 'fail' when the title names two different days.
 */
export function titleDate(line: string | null, ctx: ScanContext): string | 'fail' {
  if (line === null) return '';
  const dates = scan(line, ctx).filter((t): t is Extract<Token, { t: 'date' }> => t.t === 'date' && !t.stamp);
  const own = dates.length > 1 ? dates.filter((d) => !THAT_DAY.has(d.raw)) : dates;
  if (new Set(own.map((d) => JSON.stringify(d.spec))).size > 1) return 'fail';
  return own.length < dates.length ? own[0]!.raw : '';
}

const hasOrder = (line: string | null, ctx: ScanContext) => line !== null && ctx.lexicon.columns.order.some((w) => line.includes(w));

/** Header-less rows starting at line i (`above`: the line before them as it now reads), or null. */
export function bareRows(lines: string[], i: number, above: string | null, ctx: ScanContext): Block | 'fail' | null {
  const sep = lines[i]!.includes('\t') ? '\t' : ' ';
  const rows: { town: string; figures: string[]; asides: string[] }[] = [];
  let j = i;
  for (; j < lines.length; j++) {
    const cells = cellsOf(lines[j]!, sep);
    const town = cells.length >= 2 ? ctx.townships.resolve(cells[0]!) : null;
    if (!town || (rows.length && cells.length - 1 !== rows[0]!.figures.length)) break;
    const read = cells.slice(1).map((c) => readCell(c, 'count', ctx.lexicon));
    if (read.some((r) => r?.kind !== 'figure')) break;
    const figures = read.map((r) => (r as { text: string }).text);
    rows.push({ town, figures, asides: read.flatMap((r, k) => (r?.kind === 'figure' && r.aside ? [`${town} ${r.aside}`] : [])) });
  }
  if (!rows.length) return null;
  const n = rows[0]!.figures.length;
  const before = namedOn(above, ctx);
  const after = hasOrder(lines[j] ?? null, ctx) ? namedOn(lines[j]!, ctx) : null;
  let keys: IndicatorKey[] | null = null;
  let to = j;
  if (before?.length === n && (n === 1 || hasOrder(above, ctx))) keys = before;
  else if (after?.length === n) [keys, to] = [after, j + 1];
  if (!keys) return null;
  const increment = titleIncrement(above, ctx);
  const dated = titleDate(above, ctx);
  if (increment === 'fail' || dated === 'fail') return 'fail';
  const names = keys.map((k) => nameOf(k, ctx));
  return {
    to,
    rows: rows.map((r) => `${dated ? `${dated} ` : ''}${r.town} ${increment ? '新增 ' : ''}${r.figures.map((f, k) => `${names[k]}${f}`).join(',')}`),
    asides: rows.flatMap((r) => r.asides),
  };
}
