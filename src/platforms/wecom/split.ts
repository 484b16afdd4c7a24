// WeCom measures message content in UTF-8 bytes (group robot: markdown 4096, text 2048;
// https://developer.work.weixin.qq.com/document/path/91770). Split at line boundaries so a bulletin's
// rows stay whole; a single line longer than the limit is cut between characters, never inside one.
import { cutLine, utf8Bytes } from '../types.js';

export const byteLength = utf8Bytes;


/**
 * Split text into parts of at most `limit` UTF-8 bytes each. Lines are packed greedily; the newline between
 * two lines of the same part counts, the one at a part boundary is dropped. Blank lines at the edge of a part
 * and blank parts are left out (WeCom refuses empty content). Joining the parts with "\n" gives back the input when no line had to be cut.
 */
export function splitUtf8(text: string, limit: number): string[] {
  if (limit < 4) throw new RangeError('limit must leave room for one character (4 bytes)');
  if (byteLength(text) <= limit) return [text];
  const parts: string[] = [];
  let current: string | null = null;
  let currentBytes = 0;
  const flush = () => {
    if (current !== null) parts.push(current);
    current = null;
    currentBytes = 0;
  };
  for (const line of text.split('\n')) {
    const pieces = byteLength(line) > limit ? cutLine(line, limit) : [line];
    for (const piece of pieces) {
      const n = byteLength(piece);
      if (current !== null && currentBytes + 1 + n <= limit) {
        current += `\n${piece}`;
        currentBytes += 1 + n;
      } else {
        flush();
        current = piece;
        currentBytes = n;
      }
    }
  }
  flush();
  return parts.map((p) => p.replace(/^\n+|\n+$/g, '')).filter((p) => p.trim() !== '');
}
