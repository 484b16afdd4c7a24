// Pasted tables (Excel/WPS rows, a header of column words and indicator names) are read here, before the
// line reader: each row is rewritten as the sentence a liaison would have typed ("11月21日 白沙镇 党组织换届12,
// 村(居)委会换届10"), cells of columns that are not the county's figures are set aside to be named in the
// reply, and every other line of the message is left as it was. When a row cannot be mapped with certainty
// (a cell too many, a word in a figure column, an unknown township) the whole message goes back to the line
// reader untouched, which refuses it: nothing half-read is ever stored.
import { matchDate } from './dates.js';
import type { ScanContext } from './scan.js';
import { bareRows, titleDate, titleIncrement, type Block } from './table-bare.js';
import { datedRows } from './table-dated.js';
import { dayColumns } from './table-days.js';
import { statusRows } from './table-status.js';
import { areaRows } from './table-areas.js';
import { markRows } from './table-marks.js';
import { kindRows } from './table-kinds.js';
import { cellsOf, classifyHeader, nameOf, readCell, separatorOf, type Column } from './table-cells.js';

export interface TableRead {
  /** The message with each table replaced by one sentence per row (or per township, when transposed). */
  text: string;
  /** Cells set aside as typed, with their township and column: named in the reply, never stored. */
  asides: string[];
}

const FAIL = 'fail' as const;
const VILLAGE_KEYS = new Set<string>(['partyDone', 'committeeDone', 'supervisionDone']);
type Result = Block | null | typeof FAIL;

/** Every table in the message rewritten, or null when there is none or one cannot be read with certainty. */
export function readTables(text: string, ctx: ScanContext): TableRead | null {
  if (!text.includes('\n')) return null;
  const lines = text.split('\n');
  const out: string[] = [];
  const asides: string[] = [];
  let found = false;
  for (let i = 0; i < lines.length; ) {
    const above = i > 0 && out.length > 0 ? out[out.length - 1]! : null;
    const dated = datedRows(lines, i, above, ctx);
    if (dated && dated !== FAIL) out[out.length - 1] = dated.title;
    const block: Result = dated ?? dayColumns(lines, i, ctx) ?? headerTable(lines, i, ctx) ?? statusRows(lines, i, above, ctx) ?? bareRows(lines, i, above, ctx);
    if (block === FAIL) return null;
    if (!block) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    found = true;
    out.push(...block.rows);
    asides.push(...block.asides);
    i = block.to;
  }
  return found ? { text: out.join('\n'), asides } : null;
}

/** The header's columns, a second header row merged in ("党组织换届 | 应换届 已完成"), or null. */
function header(lines: string[], i: number, ctx: ScanContext): { cols: Column[]; sep: '\t' | ',' | ' '; rowsFrom: number } | null {
  const sep = separatorOf(lines[i]!);
  const cells = cellsOf(lines[i]!, sep);
  if (cells.filter(Boolean).length < 2) return null;
  const cols = cells.map((c) => classifyHeader(c, ctx));
  if (cols.some((c) => c === null)) return null;
  const next = lines[i + 1] === undefined ? null : cellsOf(lines[i + 1]!, sep);
  // Merged cells: an indicator over its sub-columns, the row below starting with an empty cell.
  if (sep === '\t' && next && next[0] === '' && cols.some((c) => c!.role === 'none')) {
    let group = '';
    const merged = cells.map((top, k) => {
      if (top) group = top;
      const sub = next[k] ?? '';
      if (!sub) return classifyHeader(top, ctx);
      const own = classifyHeader(sub, ctx);
      return own && own.role !== 'none' ? own : classifyHeader(group + sub, ctx);
    });
    if (merged.some((c) => c === null || c.role === 'none') || next.length > cells.length) return null;
    return { cols: merged as Column[], sep, rowsFrom: i + 2 };
  }
  return { cols: cols as Column[], sep, rowsFrom: i + 1 };
}

/** The row lines of a table: up to the first line that is not split by the separator. Blank lines are skipped. */
function rowLines(lines: string[], from: number, sep: string): { rows: { cells: string[]; last: boolean }[]; to: number } {
  const rows: { cells: string[]; last: boolean }[] = [];
  let j = from;
  const lastFilled = lines.reduce((a, l, k) => (l.trim() ? k : a), -1);
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (!line.trim()) continue;
    const cells = cellsOf(line, sep);
    if (cells.length < 2) break;
    rows.push({ cells, last: j === lastFilled });
  }
  return { rows, to: j };
}

/** Cells lined up with the header: trailing empties dropped, and a message's last row may lose its own. */
function fit(cells: string[], n: number, sep: string, last: boolean): string[] | null {
  if (cells.length > n && cells.slice(n).every((c) => !c)) return cells.slice(0, n);
  if (cells.length === n) return cells;
  // The chat trims a message's trailing tabs: only its last row can have lost its trailing empty cells.
  if (cells.length < n && sep === '\t' && last) return [...cells, ...Array<string>(n - cells.length).fill('')];
  return null;
}

function headerTable(lines: string[], i: number, ctx: ScanContext): Result {
  const first = cellsOf(lines[i]!, separatorOf(lines[i]!));
  // A row per indicator: a column per kind of figure (项目 | 今日新增 | 累计完成), or per township (指标 | 城关镇 | 河西乡).
  if (first.length > 1) {
    const { rows, to } = rowLines(lines, i + 1, separatorOf(lines[i]!));
    const byKind = rows.length ? kindRows(lines[i]!, rows, to, ctx) : null;
    if (byKind) return byKind;
    if (classifyHeader(first[0]!, ctx)?.role === 'indicator') return rows.length ? transposed(lines[i]!, rows, to, ctx) : null;
  }
  const h = header(lines, i, ctx);
  if (!h) return null;
  const { cols, sep } = h;
  const { rows, to } = rowLines(lines, h.rowsFrom, sep);
  if (!rows.length) return null;
  const fitted = (cells: string[], last: boolean) => fit(cells, cols.length, sep, last);
  const byArea = areaRows(cols, rows, to, i > 0 ? lines[i - 1]! : null, ctx, fitted) ?? markRows(cols, rows, to, i > 0 ? lines[i - 1]! : null, ctx, fitted);
  if (byArea) return byArea;
  const towns = cols.filter((c) => c.role === 'township').length;
  const byRow = cols.some((c) => c.role === 'indicator');
  const figures = cols.filter((c) => c.role === 'corrected' || c.role === 'figure').length;
  // No township column: one row of figures under the names is the sender's own ("党组织 村委会 备注\n7 7 …").
  if ((towns !== 1 && !(towns === 0 && rows.length === 1 && !byRow)) || (byRow ? figures !== 1 : !cols.some((c) => c.role === 'value'))) return null;
  const counted = new Set(cols.flatMap((c) => (c.role === 'value' && c.mode === 'count' ? [c.key] : [])));
  const title = i > 0 ? lines[i - 1]! : null;
  const increment = titleIncrement(title, ctx);
  const dated = titleDate(title, ctx);
  if (increment === FAIL || dated === FAIL) return FAIL;
  const block: Block = { to, rows: [], asides: [] };
  for (const { cells, last } of rows) {
    const row = fit(cells, cols.length, sep, last);
    if (!row) return FAIL;
    const line = tableRow(cols, row, { counted, increment, dated }, block.asides, ctx);
    if (line === FAIL) return FAIL;
    if (line) block.rows.push(line);
  }
  return block.rows.length ? block : FAIL;
}

const RATE_COLUMN = /^(?:完成率|完成比例|完成比|进度)$/;
const PERCENT_CELL = /^\s*\d{1,3}(?:\.\d+)?%\s*$/;

/**
 * Each count column has its own rate column, or there is one count: then a rate is its count's. One 完成率 after
 * several counts (党组织 | 村委会 | 监委会 | 完成率) is the sheet's own summary, of no count in particular — set aside.
 */
function ratesPaired(cols: Column[]): boolean {
  const counts = cols.filter((c) => c.role === 'value' && c.mode === 'count' && c.key !== 'due').length;
  const rates = cols.filter((c) => (c.role === 'aside' || c.role === 'total') && RATE_COLUMN.test(c.name)).length;
  return counts === 1 || counts === rates;
}

/** One row as a sentence, '' for a row that reports nothing (or a total row), FAIL when a cell cannot be read. */
interface Title {
  /** Indicators that have a count column: their rate or increment columns only restate it. */
  counted: Set<string>;
  increment: boolean;
  /** The title's date, when it must be written on each row (see titleDate). */
  dated: string;
}

function tableRow(cols: Column[], cells: string[], { counted, increment, dated }: Title, asides: string[], ctx: ScanContext): string | typeof FAIL {
  const at = cols.findIndex((c) => c.role === 'township');
  const townCell = at < 0 ? '' : cells[at]!;
  if (ctx.lexicon.columns.roles.get(townCell) === 'total') {
    asides.push(cells.filter(Boolean).join(' '));
    return '';
  }
  const town = at < 0 ? '' : ctx.townships.resolve(townCell);
  if (town === null) return FAIL;
  let date = dated ? `${dated} ` : '';
  let rowKey: Column | null = null;
  let correction = false;
  const parts: string[] = [];
  for (const [k, col] of cols.entries()) {
    const cell = cells[k]!;
    switch (col.role) {
      case 'township':
        continue;
      case 'date': {
        // Under a date header, "11.21" and "11/21" are a month and a day.
        const md = /^(\d{1,2})[./-](\d{1,2})$/.exec(cell.trim());
        const d = md ? null : matchDate(cell, 0);
        if (!md && (!d || d.length !== cell.length)) return FAIL;
        date = md ? `${md[1]}月${md[2]}日 ` : `${cell} `;
        continue;
      }
      case 'rank':
        if (cell && !/^\d+$/.test(cell)) return FAIL;
        continue;
      case 'indicator':
        rowKey = classifyHeader(cell, ctx);
        if (rowKey?.role !== 'value' || rowKey.mode !== 'count') return FAIL;
        continue;
      case 'none':
        if (cell) return FAIL;
        continue;
      case 'aside':
      case 'total': {
        // "党组织完成 | 完成率": a rate column after a count is written with it, so the line reader checks the two agree
        // (a sheet whose 完成率 disagreed with its counts had been stored from the counts).
        const counted = cols[k - 1]?.role === 'value' ? (cols[k - 1] as Extract<Column, { role: 'value' }>) : null;
        if (counted?.mode === 'count' && ratesPaired(cols) && RATE_COLUMN.test(col.name) && PERCENT_CELL.test(cell)) parts.push(`${nameOf(counted.key, ctx)}完成率${cell.trim()}`);
        else if (cell) asides.push(`${town ? `${town} ` : ''}${col.name} ${cell}`);
        continue;
      }
      case 'corrected':
      case 'figure':
      case 'value': {
        const of = col.role === 'value' ? col : rowKey;
        if (of?.role !== 'value') return FAIL;
        // "党组织今日新增 | 党组织累计": the running total is the figure; the increment only restates it.
        if (col.role === 'value' && col.mode !== 'count' && counted.has(col.key)) {
          if (cell) asides.push(`${town ? `${town} ` : ''}${col.name} ${cell}`);
          continue;
        }
        const read = readCell(cell, col.role === 'value' ? col.mode : 'count', ctx.lexicon);
        if (!read) return FAIL;
        if (read.kind === 'empty') continue;
        // All done counts villages: a people column saying it gives no number.
        if (read.text === '全部完成' && !VILLAGE_KEYS.has(of.key)) return FAIL;
        if (read.aside) asides.push(`${town ? `${town} ` : ''}${read.aside}`);
        correction ||= col.role === 'corrected';
        // Two columns of one indicator (村委会 | 居委会) keep their own names: the reader takes them as its parts.
        const name = col.role === 'value' && cols.filter((c) => c.role === 'value' && c.key === col.key && c.mode === col.mode).length > 1 ? col.name : nameOf(of.key, ctx);
        const part = `${name}${col.role === 'value' && col.mode === 'increment' ? '新增' : ''}${read.text}`;
        if (!parts.includes(part)) parts.push(part);
      }
    }
  }
  if (!parts.length) return '';
  return `${date}${town} ${correction ? '更正 ' : ''}${increment ? '新增 ' : ''}${parts.join(',')}`.trim();
}

/** "指标 | 城关镇 河西乡": each row is one indicator, each column a township; written one line per township. */
function transposed(head: string, rows: { cells: string[]; last: boolean }[], to: number, ctx: ScanContext): Result {
  const sep = separatorOf(head);
  const heads = cellsOf(head, sep).slice(1);
  const towns = heads.map((c) => (ctx.lexicon.columns.roles.get(c) === 'total' ? '' : ctx.townships.resolve(c)));
  if (towns.some((t) => t === null)) return null;
  const parts = towns.map(() => [] as string[]);
  const block: Block = { to, rows: [], asides: [] };
  for (const { cells, last } of rows) {
    const row = fit(cells, heads.length + 1, sep, last);
    const col = row && classifyHeader(row[0]!, ctx);
    if (!row || !col || (col.role !== 'value' && col.role !== 'aside')) return FAIL;
    for (const [k, town] of towns.entries()) {
      const cell = row[k + 1]!;
      if (!town || col.role === 'aside') {
        if (cell) block.asides.push(`${town || heads[k]} ${col.name} ${cell}`);
        continue;
      }
      const read = readCell(cell, col.mode, ctx.lexicon);
      if (!read) return FAIL;
      if (read.kind === 'empty') continue;
      if (read.aside) block.asides.push(`${town} ${read.aside}`);
      parts[k]!.push(`${nameOf(col.key, ctx)}${col.mode === 'increment' ? '新增' : ''}${read.text}`);
    }
  }
  block.rows = towns.flatMap((t, k) => (t && parts[k]!.length ? [`${t} ${parts[k]!.join(',')}`] : []));
  return block.rows.length ? block : FAIL;
}
