// The Excel sheet of one day's ranking as the bulletin showed it: the same rows, ranks, scores, progress
// and marks (composeDaily), so the office's spreadsheet and the evening message agree.
import type ExcelJS from 'exceljs';
import type { BulletinData, BulletinRow } from '../../bulletins/compose.js';
import type { Labels } from './views.js';

export interface RankingSheet {
  date: string;
  data: BulletinData;
}

const RATE_FORMAT = '0.0%';

function notes(r: BulletinRow, L: Labels['rankingSheet']): string {
  const out: string[] = [];
  if (r.finished) out.push(L.finished);
  if (!r.ranked && !r.finished) out.push(L.unreported);
  if (!r.reported && r.carriedFrom) out.push(`${L.carried}(${r.carriedFrom})`);
  if (r.firstEver) out.push(L.first);
  if (r.late) out.push(L.late);
  return out.join('、');
}

export function addRankingSheet(wb: ExcelJS.Workbook, sheet: RankingSheet, labels: Labels): void {
  const L = labels.rankingSheet;
  const ws = wb.addWorksheet(`${L.name} ${sheet.date}`, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: L.rank, key: 'rank', width: 8 },
    { header: labels.columns.township, key: 'township', width: 14 },
    { header: labels.indicators.due, key: 'due', width: 12 },
    { header: L.score, key: 'score', width: 10, style: { numFmt: '0.0' } },
    { header: labels.indicators.partyDone, key: 'party', width: 12 },
    { header: labels.rateColumns.party, key: 'partyRate', width: 12, style: { numFmt: RATE_FORMAT } },
    { header: labels.indicators.committeeDone, key: 'committee', width: 12 },
    { header: labels.rateColumns.committee, key: 'committeeRate', width: 12, style: { numFmt: RATE_FORMAT } },
    { header: labels.indicators.supervisionDone, key: 'supervision', width: 12 },
    { header: labels.rateColumns.supervision, key: 'supervisionRate', width: 12, style: { numFmt: RATE_FORMAT } },
    { header: labels.indicators.oneShoulder, key: 'oneShoulder', width: 12 },
    { header: L.todayParty, key: 'incParty', width: 12 },
    { header: L.todayCommittee, key: 'incCommittee', width: 12 },
    { header: L.todaySupervision, key: 'incSupervision', width: 12 },
    { header: L.notes, key: 'notes', width: 24 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { vertical: 'middle', wrapText: true };
  const { data } = sheet;
  // The bulletin lists the ranked townships in order, then 未报送; a silent finished one is among the ranked.
  const shown = [...data.ranked, ...data.missing];
  for (const r of shown) {
    ws.addRow({
      rank: r.ranked ? r.rank : undefined,
      township: r.name,
      due: r.due,
      score: r.ranked && r.score !== null ? Math.round(r.score * 1000) / 10 : undefined,
      party: r.figures.partyDone,
      partyRate: r.rates.party ?? undefined,
      committee: r.figures.committeeDone,
      committeeRate: r.rates.committee ?? undefined,
      supervision: r.figures.supervisionDone,
      supervisionRate: r.rates.supervision ?? undefined,
      oneShoulder: r.figures.oneShoulder,
      incParty: r.inc?.partyDone ?? undefined,
      incCommittee: r.inc?.committeeDone ?? undefined,
      incSupervision: r.inc?.supervisionDone ?? undefined,
      notes: notes(r, L),
    });
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ws.columns.length } };
}
