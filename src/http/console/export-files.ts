// The figures as files a county office opens in Excel or WPS: CSV with a UTF-8 BOM (without it Excel
// reads Chinese as GBK mojibake) and an .xlsx with one sheet per indicator group and a frozen header.
import ExcelJS from 'exceljs';
import type { IndicatorKey, ProgressRecord } from '../../store/types.js';
import { INDICATOR_KEYS } from '../../store/types.js';
import { stamp } from './data.js';
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

export function toCsv(records: ProgressRecord[], labels: Labels, tz: string): string {
  const header = [labels.columns.date, labels.columns.township, ...INDICATOR_KEYS.map((k) => labels.indicators[k]), labels.columns.updatedBy, labels.columns.updatedAt];
  const lines = [header.map(csvCell).join(',')];
  for (const r of records) {
    lines.push(
      [r.date, r.township, ...INDICATOR_KEYS.map((k) => r.figures[k]), r.updatedBy, stamp(r.updatedAt, tz)].map(csvCell).join(','),
    );
  }
  // CRLF: what Excel writes and expects.
  return BOM + lines.join('\r\n') + '\r\n';
}

export async function toXlsx(records: ProgressRecord[], labels: Labels, tz: string, now: Date): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = labels.workbookCreator;
  wb.created = now;
  for (const group of labels.groups) {
    const ws = wb.addWorksheet(group.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const keys: IndicatorKey[] = group.keys;
    ws.columns = [
      { header: labels.columns.date, key: 'date', width: 12 },
      { header: labels.columns.township, key: 'township', width: 14 },
      ...keys.map((k) => ({ header: labels.indicators[k], key: k, width: Math.max(10, labels.indicators[k].length * 2 + 2) })),
      { header: labels.columns.updatedBy, key: 'updatedBy', width: 22 },
      { header: labels.columns.updatedAt, key: 'updatedAt', width: 18 },
    ];
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).alignment = { vertical: 'middle', wrapText: true };
    for (const r of records) {
      ws.addRow({
        date: r.date,
        township: r.township,
        ...Object.fromEntries(keys.map((k) => [k, r.figures[k]])),
        updatedBy: defuse(r.updatedBy),
        updatedAt: stamp(r.updatedAt, tz),
      });
    }
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ws.columns.length } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
