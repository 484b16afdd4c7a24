// Figures side by side under a header of days or of 今增/累计, typed on a phone's notepad:
//       昨   今            26日  27日          今增  累计
//   党   9   11       党   12    14       监   2    14
// The column of the latest day (or of the running total) is the report; the other columns are what the figure
// was, set aside and named in the reply, or what was added, read with the total and checked against it. A header out of order, a row with a cell too many
// or too few, or a row that names no indicator leaves the message to the line reader, which refuses it.
import type { Lexicon } from './lexicon.js';
import { phrase } from './phrases.js';

const TOTAL = phrase('columnTotal', '^(?:{})$');
const ADDED = phrase('columnAdded', '^(?:{})$');
import { scan, type ScanContext } from './scan.js';
import type { Block } from './table-bare.js';

/** A day relative to today, or a day of the month: its place in time, to check the columns run forward. */
function dayOf(cell: string): number | null {
  if (/^前天$/.test(cell)) return -2;
  if (/^(?:昨|昨天|昨日)$/.test(cell)) return -1;
  if (/^(?:今|今天|今日)$/.test(cell)) return 0;
  const m = /^(?:(\d{1,2})[.\/月])?(\d{1,2})[日号]?$/.exec(cell);
  if (!m || (!m[1] && !/[日号]$/.test(cell))) return null;
  return 100 * Number(m[1] ?? 0) + Number(m[2]);
}

const FIGURE = /^[+＋]?\d{1,3}(?:\.\d)?$/;

interface Header {
  cells: string[];
  /** The column that is the report. */
  chosen: number;
  /** The date to write before the rows, when the chosen column names one ("27日"). */
  day: string | null;
  /** The chosen column is the running total; `added` is the column of the day's new ones, the others are set aside. */
  totals?: boolean;
  added?: number;
}

/** Beside a running total, 今日 is the day's new ones; 昨日 what the total was. */
const TODAY = /^(?:今|今天|今日|当日)$/;
const EARLIER = /^(?:昨|昨天|昨日|前天)$/;

function headerOf(line: string, lexicon: Lexicon): Header | null {
  const { phrases } = lexicon;
  let cells = line.trim().split(/[ \t\u3000]+/);
  // A first cell that labels the rows' names ("项目  昨日  今日  累计"): indicators.yaml `columns.indicator`.
  if (lexicon.columns.roles.get(cells[0]!) === 'indicator') cells = cells.slice(1);
  else if (!/^[ \t\u3000]/.test(line)) return null;
  if (cells.length < 2) return null;
  // A column of running totals (累计) beside the day's new ones (今增): indicators.yaml `phrases`. 昨日 beside them
  // is what the total was.
  const total = TOTAL(phrases);
  const added = ADDED(phrases);
  const totals = cells.findIndex((c) => total.test(c));
  if (totals >= 0) {
    const addedAt = cells.findIndex((c, k) => k !== totals && (added.test(c) || TODAY.test(c)));
    const fits = cells.every((c, k) => k === totals || k === addedAt || (addedAt >= 0 && EARLIER.test(c)));
    return fits && addedAt >= 0 ? { cells, chosen: totals, day: null, totals: true, added: addedAt } : null;
  }
  const days = cells.map(dayOf);
  if (days.some((d) => d === null)) return null;
  // Relative days and days of the month are not mixed, and the columns run forward in time.
  if (days.some((d) => d! <= 0) !== days.every((d) => d! <= 0)) return null;
  for (let k = 1; k < days.length; k++) if (days[k]! <= days[k - 1]!) return null;
  const chosen = cells.length - 1;
  return { cells, chosen, day: days[chosen]! > 0 ? cells[chosen]! : null };
}

/** A row's name as the line reader knows it: an indicator's name, or a leader's shorthand spelled out. */
function nameOf(label: string, lexicon: Lexicon, ctx: ScanContext): string | null {
  const spelled = lexicon.shorthand[label] ?? label;
  const tokens = scan(spelled, ctx);
  return tokens.length === 1 && tokens[0]!.t === 'ind' ? spelled : null;
}

/** The table of day columns starting at line `i` (its header), or null when there is none there. */
export function dayColumns(lines: string[], i: number, ctx: ScanContext): Block | null {
  const header = headerOf(lines[i]!, ctx.lexicon);
  if (!header) return null;
  const rows: string[] = header.day ? [header.day] : [];
  const asides: string[] = [];
  let j = i + 1;
  for (; j < lines.length && lines[j]!.trim(); j++) {
    const cells = lines[j]!.trim().split(/[ \t\u3000]+/);
    const name = nameOf(cells[0]!, ctx.lexicon, ctx);
    const figures = cells.slice(1);
    if (!name || figures.length !== header.cells.length || !figures.every((f) => FIGURE.test(f))) return null;
    const figure = figures[header.chosen]!.replace(/^[+＋]/, '');
    // The day's new ones beside the running total are read with it (党组织新增1,累计15), so the line reader checks
    // them against the total and the record — set aside, a total that disagrees with them had been stored.
    const addedAt = header.added ?? -1;
    if (header.totals) rows.push(`${name}新增${figures[addedAt]!.replace(/^[+＋]/, '')},累计${figure}`);
    else rows.push(`${name} ${figure}`);
    figures.forEach((f, k) => k !== header.chosen && k !== addedAt && asides.push(`${header.cells[k]} ${cells[0]} ${f}`));
  }
  return j > i + 1 ? { to: j, rows, asides } : null;
}
