// Long messages are split at line boundaries so each part fits a platform's byte limit (UTF-8: a
// Chinese character is 3 bytes) and parts 2..n start with a 续 marker. A line longer than a whole
// part is cut between characters, never inside one.
import { cutLine, utf8Bytes } from '../platforms/types.js';

export const byteLength = utf8Bytes;


const trimBlank = (lines: string[]) => {
  let a = 0;
  let b = lines.length;
  while (a < b && !lines[a]!.trim()) a++;
  while (b > a && !lines[b - 1]!.trim()) b--;
  return lines.slice(a, b);
};

/** Pack lines into chunks: the first holds `first` bytes, later ones `rest` (room left for a marker). */
function pack(text: string, first: number, rest: number): string[] {
  const chunks: string[][] = [];
  let cur: string[] = [];
  let curBytes = 0;
  const size = (lines: string[]) => lines.reduce((n, l, i) => n + byteLength(l) + (i ? 1 : 0), 0);
  const budget = () => (chunks.length === 0 ? first : rest);
  const emit = (lines: string[]) => {
    const kept = trimBlank(lines);
    if (kept.length) chunks.push(kept);
  };
  const flush = () => {
    // Prefer ending at a blank line (a section boundary) when that still fills half the part,
    // so a heading is not left alone at the bottom of a part.
    let blank = cur.length - 1;
    while (blank > 0 && cur[blank]!.trim()) blank--;
    const cut = blank > 0 && size(cur.slice(0, blank)) * 2 >= budget() ? blank : cur.length;
    emit(cur.slice(0, cut));
    cur = trimBlank(cur.slice(cut));
    curBytes = size(cur);
  };
  for (const line of text.split('\n')) {
    const pieces = byteLength(line) > rest ? cutLine(line, rest) : [line];
    pieces.forEach((piece, k) => {
      if (!cur.length && !piece.trim()) return; // no part starts with a blank line
      const bytes = byteLength(piece);
      while (cur.length && curBytes + 1 + bytes > budget()) flush();
      curBytes += bytes + (cur.length ? 1 : 0);
      cur.push(piece);
      // The pieces of one cut line each end a part: a line break is never added inside a line.
      if (k < pieces.length - 1) {
        emit(cur);
        cur = [];
        curBytes = 0;
      }
    });
  }
  while (cur.length) flush();
  return chunks.map((c) => c.join('\n'));
}

/**
 * Split `text` into parts of at most `limit` bytes. `marker(index, total)` (1-based) is put on its own
 * line at the top of parts 2..n. Returns [text] unchanged when it fits.
 */
export function splitText(text: string, limit: number, marker?: (index: number, total: number) => string): string[] {
  if (byteLength(text) <= limit) return [text];
  // The marker's size depends on the digits of the total, which is known only after packing.
  let guess = 9;
  for (;;) {
    const reserve = marker ? byteLength(marker(guess, guess)) + 1 : 0;
    if (reserve >= limit) throw new Error(`a part marker of ${reserve} bytes does not fit a ${limit}-byte limit`);
    const parts = pack(text, limit, limit - reserve);
    if (parts.length <= guess || !marker) return parts.map((p, i) => (i > 0 && marker ? `${marker(i + 1, parts.length)}\n${p}` : p));
    guess = 10 ** String(parts.length).length - 1;
  }
}

/**
 * Group items into as few messages as fit: `render(items, index, total)` must produce a complete
 * message (header included). Used where each part must stand alone (reminders mention per part).
 */
export function chunkItems<T>(items: T[], limit: number, render: (items: T[], index: number, total: number) => string): { items: T[]; text: string }[] {
  const groups: T[][] = [];
  let cur: T[] = [];
  for (const item of items) {
    const next = [...cur, item];
    if (cur.length && byteLength(render(next, 99, 99)) > limit) {
      groups.push(cur);
      cur = [item];
    } else cur = next;
  }
  // An item too long to fit even alone still goes out whole; the platform's own splitter cuts it.
  if (cur.length || !groups.length) groups.push(cur);
  return groups.map((g, i) => ({ items: g, text: render(g, i + 1, groups.length) }));
}
