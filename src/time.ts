// Dates are judged in the county timezone from the message's own time, never the server clock.

const formatters = new Map<string, Intl.DateTimeFormat>();
/**
 * The last instant read per timezone, to the second: formatToParts is slow enough to show in the profile
 * of every callback, and the messages of a busy minute share their second. No zone offset has a
 * fraction of a second, so an instant's parts depend only on its second.
 */
const lastRead = new Map<string, { second: number; parts: Readonly<Record<string, string>> }>();

function parts(at: Date, timeZone: string): Readonly<Record<string, string>> {
  const second = Math.floor(at.getTime() / 1000);
  const last = lastRead.get(timeZone);
  if (last && last.second === second) return last.parts;
  const read = format(at, timeZone);
  lastRead.set(timeZone, { second, parts: read });
  return read;
}

function format(at: Date, timeZone: string): Record<string, string> {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
}

/** YYYY-MM-DD of an instant in a timezone. */
export function localDate(at: Date, timeZone: string): string {
  const p = parts(at, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Sent after midnight and before 4 a.m. in a timezone: 今天 may mean the day that has just ended. */
export function smallHours(at: Date, timeZone: string): boolean {
  return Number(parts(at, timeZone).hour) % 24 < 4;
}

/** HH:MM of an instant in a timezone. */
export function localTime(at: Date, timeZone: string): string {
  const p = parts(at, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** Shift a YYYY-MM-DD date by whole days (calendar arithmetic, no timezone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The instant at which a local wall-clock time happens on a date in a timezone. */
export function zonedInstant(date: string, hhmm: string, timeZone: string): Date {
  const guess = new Date(`${date}T${hhmm}:00Z`);
  // Correct by the zone's offset at that moment; twice covers a DST edge (China has none today).
  let t = guess.getTime();
  for (let i = 0; i < 2; i++) {
    const p = parts(new Date(t), timeZone);
    const shown = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!);
    t += guess.getTime() - shown;
  }
  return new Date(t);
}

export function isIsoDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
}
