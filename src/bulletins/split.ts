// A bulletin is split by the platforms' one splitter (splitLines), ending parts at section boundaries
// where it can, and parts 2..n start with a 续 marker; reminders are grouped so each part stands alone.
import { splitLines, utf8Bytes } from '../platforms/types.js';

export const byteLength = utf8Bytes;

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
    const parts = splitLines(text, limit - reserve, { first: limit, sections: true });
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
