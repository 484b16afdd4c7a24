// The feedback tables of the SQLite store: refused reports and unanswered questions. List arrays are
// kept as JSON text; a range is asked for by the county-local date the entry was written with.
import type Database from 'better-sqlite3';
import { MAX_KEPT_TEXT, type DateRange, type RefusalEntry, type UnansweredEntry, type UnansweredKind } from './types.js';

interface RefusalRow {
  at: number;
  date: string;
  platform: string;
  sender: string;
  townships: string;
  text: string;
  reasons: string;
  message_id: string | null;
}

interface UnansweredRow {
  at: number;
  date: string;
  platform: string;
  sender: string;
  text: string;
  kind: string;
  suggestions: string;
  message_id: string | null;
}

function rangeWhere(range: DateRange): { sql: string; args: string[] } {
  const where: string[] = [];
  const args: string[] = [];
  if (range.from) (where.push('date >= ?'), args.push(range.from));
  if (range.to) (where.push('date <= ?'), args.push(range.to));
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', args };
}

export function insertRefusal(db: Database.Database, e: RefusalEntry): void {
  db.prepare('INSERT INTO refusals (at, date, platform, sender, townships, text, reasons, message_id) VALUES (?,?,?,?,?,?,?,?)').run(
    e.at.getTime(),
    e.date,
    e.platform,
    e.sender,
    JSON.stringify(e.townships),
    e.text.slice(0, MAX_KEPT_TEXT),
    JSON.stringify(e.reasons),
    e.messageId ?? null,
  );
}

export function selectRefusals(db: Database.Database, range: DateRange): RefusalEntry[] {
  const w = rangeWhere(range);
  const rows = db.prepare(`SELECT * FROM refusals ${w.sql} ORDER BY at, id`).all(...w.args) as RefusalRow[];
  return rows.map((r) => ({
    at: new Date(r.at),
    date: r.date,
    platform: r.platform,
    sender: r.sender,
    townships: JSON.parse(r.townships) as string[],
    text: r.text,
    reasons: JSON.parse(r.reasons) as string[],
    ...(r.message_id ? { messageId: r.message_id } : {}),
  }));
}

export function insertUnanswered(db: Database.Database, e: UnansweredEntry): void {
  db.prepare('INSERT INTO unanswered (at, date, platform, sender, text, kind, suggestions, message_id) VALUES (?,?,?,?,?,?,?,?)').run(
    e.at.getTime(),
    e.date,
    e.platform,
    e.sender,
    e.text.slice(0, MAX_KEPT_TEXT),
    e.kind,
    JSON.stringify(e.suggestions),
    e.messageId ?? null,
  );
}

export function selectUnanswered(db: Database.Database, range: DateRange): UnansweredEntry[] {
  const w = rangeWhere(range);
  const rows = db.prepare(`SELECT * FROM unanswered ${w.sql} ORDER BY at, id`).all(...w.args) as UnansweredRow[];
  return rows.map((r) => ({
    at: new Date(r.at),
    date: r.date,
    platform: r.platform,
    sender: r.sender,
    text: r.text,
    kind: r.kind as UnansweredKind,
    suggestions: JSON.parse(r.suggestions) as string[],
    ...(r.message_id ? { messageId: r.message_id } : {}),
  }));
}
