// A table with a row per indicator and a column per kind of figure: "项目 | 今日新增" or " | 今日完成 | 累计完成" over
// "党组织 | 2 | 11". Each row becomes the sentence a liaison would have typed ("党组织新增2,累计11"), so the line reader
// checks the new ones against the running total and the record. A header cell that is no kind, or a row that is no
// indicator, leaves the message to the other readers.
import { foldText } from './lexicon.js';
import type { ScanContext } from './scan.js';
import type { Block } from './table-bare.js';
import { cellsOf, classifyHeader, nameOf, readCell, separatorOf, UNIT_BRACKET } from './table-cells.js';

type Row = { cells: string[]; last: boolean };
const FAIL = 'fail' as const;
/** A cell holding a whole number, as the due and what is left are written. */
const WHOLE = /^\s*\d+\s*$/;

/** The kind of figure a header cell names, 'aside' for a column set aside, or null. */
function kindOf(c: string, ctx: ScanContext): string | null {
  // "还差(个)": the unit in brackets says nothing of the kind.
  const cell = foldText(c.trim()).replace(UNIT_BRACKET, '');
  return ctx.lexicon.columns.suffixes.get(cell) ?? (ctx.lexicon.columns.roles.get(cell) === 'aside' ? 'aside' : null);
}

export function kindRows(head: string, rows: Row[], to: number, ctx: ScanContext): Block | typeof FAIL | null {
  const sep = separatorOf(head);
  const heads = cellsOf(head, sep);
  // The corner cell is 项目, 指标 or nothing — and a chat that trims the message's start may have dropped it.
  const kinds = (kindOf(heads[0]!, ctx) && rows.every((r) => r.cells.length === heads.length + 1) ? heads : heads.slice(1)).map((c) => kindOf(c, ctx));
  if (!kinds.length || kinds.some((k) => k === null) || !kinds.some((k) => k === 'done' || k === 'increment' || k === 'left')) return null;
  // "项目 | 还差(个)": with no column of what is done, what is left is the figure — read as the liaison would type it
  // (党组织还差0), due less what is left; never as a count done.
  const leftOnly = !kinds.some((k) => k === 'done' || k === 'increment');
  const doneAt = kinds.indexOf('done');
  const block: Block = { to, rows: [], asides: [] };
  for (const { cells } of rows) {
    const col = classifyHeader(cells[0] ?? '', ctx);
    if (col?.role !== 'value' || col.mode !== 'count' || cells.length - 1 > kinds.length) return FAIL;
    const name = nameOf(col.key, ctx);
    const hasNew = kinds.some((k, j) => k === 'increment' && cells[j + 1]?.trim());
    if (!leftAgrees(kinds, cells)) return FAIL;
    const parts: string[] = [];
    let due = '';
    for (const [j, kind] of kinds.entries()) {
      const cell = cells[j + 1] ?? '';
      if (kind === 'due') {
        if (!WHOLE.test(cell)) return FAIL;
        due = `应换届${cell.trim()}个,`;
        continue;
      }
      // (So too in a row whose cell of what is done is empty: 党组织 | 8 | | 2.)
      if (kind === 'left' && (leftOnly || (doneAt >= 0 && !(cells[doneAt + 1] ?? '').trim())) && WHOLE.test(cell)) {
        parts.push(`还差${cell.trim()}个`);
        continue;
      }
      if (kind === 'aside' || kind === 'rate' || kind === 'left') {
        if (cell.trim()) block.asides.push(`${name} ${cell.trim()}`);
        continue;
      }
      const read = readCell(cell, kind === 'increment' ? 'increment' : 'count', ctx.lexicon);
      if (!read) return FAIL;
      if (read.kind === 'empty') continue;
      parts.push(kind === 'increment' ? `新增${read.text}` : `${hasNew ? '累计' : ''}${read.text}`);
    }
    // The due first, then the body's figures under its name ("应换届20个,党组织换届12").
    if (parts.length) block.rows.push(`${due}${name}${parts.join(',')}`);
  }
  return block.rows.length ? block : FAIL;
}

/** "应换届 | 已完成 | 未完成" over "5 | 3 | 2": what is left must be the due less what is done, or the row is unread. */
function leftAgrees(kinds: (string | null)[], cells: string[]): boolean {
  const at = (kind: string) => {
    const j = kinds.indexOf(kind);
    return j < 0 ? null : WHOLE.test(cells[j + 1] ?? '') ? Number(cells[j + 1]) : NaN;
  };
  const [due, done, left] = [at('due'), at('done'), at('left')];
  if (left === null) return true;
  // "村委会 | 8 | (empty) | 2": nothing done written, what is left is read against the due count.
  if (done !== null && Number.isNaN(done) && !(cells[kinds.indexOf('done') + 1] ?? '').trim()) return !Number.isNaN(left);
  if (due === null || done === null) return !Number.isNaN(left);
  return due - done === left;
}
