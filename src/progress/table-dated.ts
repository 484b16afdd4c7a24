// Rows of days under a title that names one indicator — a week's tally typed line by line:
//   白沙镇本周党组织换届（累计）        本周村委会换届新增情况：
//   11月16日 6个                       周一 新增2个
//   11月17日 8个                       周二 新增3个
// Each row becomes the sentence a liaison would have typed ("11月16日 党组织6", "周一 新增 村委会2"), the title's
// township carried by the line reader. The title's 本周 names no single day; with a day on every row it only says
// when, and is dropped from the title. A row that is not a day and one figure ends the rows; fewer than two
// rows is no such table.
import { namedOn, rowsFrom, titleIncrement, type Block } from './table-bare.js';
import { nameOf, readCell } from './table-cells.js';
import { isMonthDay } from './dates.js';
import { scan, type ScanContext } from './scan.js';

/** A line that starts with a day: 11月16日, 11.16, 16日, 周一, 星期一, 昨天… */
const DAY_START = /^\s*(?:\d{1,2}[.\/月-]\d|\d{1,2}[日号]|周|星期|礼拜|[昨今前]|[一二三四五六七八九十]+[日号])/;

/** 本周, 这周, 这个星期: the week the rows fall in. */
const WEEK = /本周|这周|这个?星期|这个?礼拜/;

export interface DatedBlock extends Block {
  /** The title line as it should now read (its 本周 dropped). */
  title: string;
}

function rowOf(line: string, ctx: ScanContext): { day: string; figure: string; added: boolean } | null {
  const m = /^\s*(\S+)\s+(\S+)\s*$/.exec(line);
  if (!m) return null;
  const head = scan(m[1]!, ctx);
  const t = head.length === 1 ? head[0]! : null;
  // "11.24" alone reads as a pair of numbers; at the head of a row under a title it is a day.
  const day = t?.t === 'date' ? t.spec.kind !== 'unclear' : t?.t === 'pair' && t.unit === 'none' && isMonthDay(t.a, t.b);
  if (!day) return null;
  let cell = m[2]!;
  const incr = ctx.lexicon.incrWords.find((w) => cell.startsWith(w));
  if (incr) cell = cell.slice(incr.length);
  // "11.24 完成2个": a row's done word says no more than the title's indicator does.
  const done = [...ctx.lexicon.words].filter(([w, kind]) => kind === 'done' && cell.startsWith(w)).sort((a, b) => b[0].length - a[0].length)[0];
  if (done && !incr) cell = cell.slice(done[0].length);
  const read = readCell(cell, 'count', ctx.lexicon);
  if (read?.kind !== 'figure' || read.aside) return null;
  return { day: t?.t === 'pair' ? `${t.a}月${t.b}日` : m[1]!, figure: read.text, added: !!incr };
}

/** The dated rows starting at line i under the title `above`, or null. */
export function datedRows(lines: string[], i: number, above: string | null, ctx: ScanContext): DatedBlock | 'fail' | null {
  // Cheap first: two lines that start with a day, before any scan of the title.
  if (!DAY_START.test(lines[i]!) || !DAY_START.test(lines[i + 1] ?? '')) return null;
  const keys = namedOn(above, ctx);
  if (!above || keys?.length !== 1) return null;
  const { rows, to } = rowsFrom(lines, i, (line) => rowOf(line, ctx));
  if (rows.length < 2) return null;
  const increment = titleIncrement(above, ctx);
  if (increment === 'fail') return 'fail';
  const name = nameOf(keys[0]!, ctx);
  return {
    to,
    rows: rows.map((r) => `${r.day} ${increment || r.added ? '新增 ' : ''}${name}${r.figure}`),
    asides: [],
    title: above.replace(WEEK, ' '),
  };
}
