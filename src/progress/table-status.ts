// Townships one a line under a title that names one indicator — the progress said aloud at a meeting:
//   监委会推选进度：            村委会进度（视频会口头汇报）：
//   河东 9个                    城关 还剩6个
//   新华 全部完成               龙泉 完成一半
// Each line becomes the sentence a liaison would have typed ("河东 监委会9个", "城关 村委会还剩6个"), read by the
// line reader with its checks. A line that does not start with a township, or says more than a short status, ends
// the rows; fewer than two rows is no such table.
import { namedOn, rowsFrom, type Block } from './table-bare.js';
import { nameOf } from './table-cells.js';
import type { ScanContext } from './scan.js';

/** A short status: a figure, what is left, a share, or all done. */
const STATUS = /^[:：\s]*((?:也|都|已|已经)?(?:完成了?|还剩|剩|还差|差|选了|选完)?\s*(?:[\d零一二两三四五六七八九十]+个?|一半|全部完成了?|都完成了?|全部选完了?|都选完了?))\s*$/;

function rowOf(line: string, ctx: ScanContext): { town: string; status: string } | null {
  const text = line.trimStart();
  const town = ctx.townships.matchAt(text, 0);
  if (!town) return null;
  const m = STATUS.exec(text.slice(town.length));
  return m ? { town: text.slice(0, town.length), status: m[1]! } : null;
}

/** The township rows starting at line i under the title `above`, or null. */
export function statusRows(lines: string[], i: number, above: string | null, ctx: ScanContext): Block | null {
  const { rows, to } = rowsFrom(lines, i, (line) => rowOf(line, ctx));
  // The rows first (a cheap test per line), then the title's scan.
  if (rows.length < 2) return null;
  const keys = namedOn(above, ctx);
  if (keys?.length !== 1) return null;
  const name = nameOf(keys[0]!, ctx);
  return { to, rows: rows.map((r) => `${r.town} ${name}${r.status}`), asides: [] };
}
