// A table of marks, one village a row under a header of bodies ("社区|党|居|监|一肩挑" over "东门社区|√|√|√|是"):
// each row is written out as a roll call's line ("东门社区 党组织√ 居委会√ 监委会√ 一肩挑√"), so roll-call.ts counts
// it like any other. A row of figures only (合计|5|4|2) is written with its names, to be checked against the count.
import { longestAt, type Lexicon } from './lexicon.js';

const DONE = /^(?:√|是)$/;
const NOT_DONE = /^(?:×|否|—+|-+|\/)?$/;
const FIGURE = /^\d+$/;
const TOTAL = /^(?:合计|总计|累计|共计)$/;
/** A header's own name for the committee column in a township of villages and communities. */
const COMMITTEE = /^(?:村\/居|居\/村|村\(居\)|居\(村\))$/;

const cellsOf = (line: string) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());

/** The full name a header cell stands for, or undefined when it names no single body or count. */
function columnName(cell: string, lexicon: Lexicon): string | undefined {
  if (COMMITTEE.test(cell)) return '村(居)委会';
  const name = lexicon.shorthand[cell] ?? (longestAt(lexicon.nameIndex, cell, 0) === cell ? cell : undefined);
  const keys = name ? lexicon.keysOf.get(name) : undefined;
  return keys?.length === 1 ? name : undefined;
}

/** The text with each marked table written out as roll-call lines, or null when it holds none. */
export function readMarkedTable(text: string, lexicon: Lexicon): string | null {
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!lines[i]!.includes('|')) continue;
    const head = cellsOf(lines[i]!);
    const names = head.slice(1).map((c) => columnName(c, lexicon));
    if (head.length < 3 || names.some((n) => !n)) continue;
    let j = i + 1;
    const rows: string[] = [];
    for (; j < lines.length; j++) {
      const cells = cellsOf(lines[j]!);
      if (!lines[j]!.includes('|') || cells.length !== head.length || !/^[\u4e00-\u9fff()]{2,10}$/.test(cells[0]!)) break;
      const values = cells.slice(1);
      // A 合计 row's figures are the totals, to be checked against the marks counted.
      if (values.every((v) => FIGURE.test(v))) rows.push(`${TOTAL.test(cells[0]!) ? '累计' : cells[0]}:${values.map((v, k) => `${names[k]}${v}`).join(' ')}`);
      else if (values.every((v) => DONE.test(v) || NOT_DONE.test(v) || FIGURE.test(v)) && values.some((v) => DONE.test(v) || v === '×')) {
        rows.push(`${cells[0]} ${values.map((v, k) => `${names[k]}${FIGURE.test(v) ? v : DONE.test(v) ? '√' : '×'}`).join(' ')}`);
      } else break;
    }
    // A marked row at least: a table of figures alone is the table reader's.
    if (!rows.some((r) => /[√×]/.test(r))) continue;
    lines.splice(i, j - i, ...rows);
    changed = true;
  }
  return changed ? lines.join('\n') : null;
}
