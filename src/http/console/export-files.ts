// The figures as files a county office opens in Excel or WPS: CSV with a UTF-8 BOM (without it Excel
// reads Chinese as GBK mojibake) and an .xlsx with one sheet per indicator group and a frozen header, real
// Excel dates, the due and completion rates on every row, and a sheet of the last day's ranking.
import ExcelJS from 'exceljs';
import type { IndicatorKey, ProgressRecord } from '../../store/types.js';
import { INDICATOR_KEYS } from '../../store/types.js';
import { ratesOf } from '../../progress/ranking.js';
import { stamp } from './data.js';
import { addRankingSheet, type RankingSheet } from './export-ranking.js';
import type { Labels } from './views.js';

export const BOM = '\uFEFF';

/** Records by date, then in county-file order (townships not in the file last, by name). */
export function sortRecords(records: ProgressRecord[], order: string[]): ProgressRecord[] {
  const pos = (name: string) => {
    const i = order.indexOf(name);
    return i < 0 ? order.length : i;
  };
  return [...records].sort((a, b) => a.date.localeCompare(b.date) || pos(a.township) - pos(b.township) || a.township.localeCompare(b.township));
}

/** A text cell that starts like a formula is prefixed so a spreadsheet shows it instead of running it. */
export function defuse(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export function csvCell(v: string | number | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'number') return String(v);
  const s = defuse(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows as a CSV file Excel opens as UTF-8: BOM first, CRLF line ends (what Excel writes and expects). */
export function csvDocument(rows: (string | number | undefined)[][]): string {
  return BOM + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The due a record's rates are of: its own when it states one (应换届数), else the county file's. */
export type DueOf = (record: ProgressRecord) => number;

const RATE_KEYS = ['party', 'committee', 'supervision'] as const;

/** A rate as Excel reads a CSV cell ("75.0%" becomes 0.75 shown as a percentage); unknown stays empty. */
const csvRate = (v: number | null) => (v === null ? undefined : `${(v * 100).toFixed(1)}%`);

export function toCsv(records: ProgressRecord[], labels: Labels, tz: string, dueOf: DueOf): string {
  const header = [
    labels.columns.date,
    labels.columns.township,
    ...INDICATOR_KEYS.map((k) => labels.indicators[k]),
    ...RATE_KEYS.map((k) => labels.rateColumns[k]),
    labels.columns.updatedBy,
    labels.columns.updatedAt,
  ];
  const lines = [header.map(csvCell).join(',')];
  for (const r of records) {
    const due = dueOf(r);
    const rates = ratesOf(r.figures, due);
    lines.push(
      [r.date, r.township, ...INDICATOR_KEYS.map((k) => (k === 'due' ? due : r.figures[k])), ...RATE_KEYS.map((k) => csvRate(rates[k])), r.updatedBy, stamp(r.updatedAt, tz)]
        .map(csvCell)
        .join(','),
    );
  }
  // CRLF: what Excel writes and expects.
  return BOM + lines.join('\r\n') + '\r\n';
}

/** A county date or wall-clock stamp as an Excel date: the UTC fields carry the wall clock, as Excel has no zones. */
export function excelDate(stampOrDate: string): Date {
  const [d, t = '00:00'] = stampOrDate.split(' ');
  return new Date(`${d}T${t}:00Z`);
}

export const DATE_FORMAT = 'yyyy-mm-dd';
export const STAMP_FORMAT = 'yyyy-mm-dd hh:mm';
export const RATE_FORMAT = '0.0%';

export async function toXlsx(records: ProgressRecord[], labels: Labels, tz: string, now: Date, dueOf: DueOf, ranking?: RankingSheet): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = labels.workbookCreator;
  wb.created = now;
  for (const group of labels.groups) {
    const ws = wb.addWorksheet(group.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    // Every sheet carries the due and the three rates, so a sheet read alone still says how far along a township is.
    const keys: IndicatorKey[] = ['due', ...group.keys.filter((k) => k !== 'due')];
    ws.columns = [
      { header: labels.columns.date, key: 'date', width: 12, style: { numFmt: DATE_FORMAT } },
      { header: labels.columns.township, key: 'township', width: 14 },
      ...keys.map((k) => ({ header: labels.indicators[k], key: k, width: Math.max(10, labels.indicators[k].length * 2 + 2) })),
      ...RATE_KEYS.map((k) => ({ header: labels.rateColumns[k], key: `rate-${k}`, width: 14, style: { numFmt: RATE_FORMAT } })),
      { header: labels.columns.updatedBy, key: 'updatedBy', width: 22 },
      { header: labels.columns.updatedAt, key: 'updatedAt', width: 18, style: { numFmt: STAMP_FORMAT } },
    ];
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).alignment = { vertical: 'middle', wrapText: true };
    for (const r of records) {
      const due = dueOf(r);
      const rates = ratesOf(r.figures, due);
      ws.addRow({
        date: excelDate(r.date),
        township: r.township,
        ...Object.fromEntries(keys.map((k) => [k, k === 'due' ? due : r.figures[k]])),
        ...Object.fromEntries(RATE_KEYS.map((k) => [`rate-${k}`, rates[k] ?? undefined])),
        updatedBy: defuse(r.updatedBy),
        updatedAt: excelDate(stamp(r.updatedAt, tz)),
      });
    }
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ws.columns.length } };
  }
  if (ranking) addRankingSheet(wb, ranking, labels);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
