// "张家湾村推迟到12月8号。其余13个村都选完了": the rest of the villages, counted after some were said not done, is
// the figure 全部完成 gives — not the due count. The rest not counted is unknown.
import type { BindState } from './bind-state.js';
import type { Token } from './scan.js';
import { parseAnyNumber } from '../numerals.js';

/** The rest (其余13个村, 其他村的), said before 都选完了. */
export const REST_WORD = /(?:其余|其他|剩下的|剩余的)(?!乡镇|指标|数据|不变|都不变|项)/g;
const REST_COUNT = /^(?:的)?\s*([0-9零一二两三四五六七八九十百]+)\s*个?(?:村|社区)/;
const ANOTHER_COUNT = /^另外\s*([0-9零一二两三四五六七八九十百]+)\s*个?(?:村|社区)/;
const NOT_DONE_BEFORE = /推迟|延期|延后|暂缓|没完成|未完成|还没|没选|未选|另行选举|重新选举/;

/** The rest told in the sentence before 全部完成: its count when villages were said not done before it, else unknown. */
export function restOf(s: BindState, tok: Token): { n: number; at: number; raw: string } | 'unknown' | null {
  const start = Math.max(...['。', ';', '\n', '!', '?'].map((c) => s.text.lastIndexOf(c, tok.at - 1))) + 1;
  const sentence = s.text.slice(start, tok.at);
  let word: RegExpExecArray | null = null;
  for (const m of sentence.matchAll(REST_WORD)) word = m;
  const another = /另外/.exec(sentence);
  const from = word ? start + word.index + word[0].length : another ? start + another.index : -1;
  if (from < 0) return null;
  const counted = word ? REST_COUNT.exec(s.text.slice(from, tok.at)) : ANOTHER_COUNT.exec(s.text.slice(from, tok.at));
  if (!counted) return word ? 'unknown' : null;
  if (!NOT_DONE_BEFORE.test(s.text.slice(0, word ? start + word.index : from))) return null;
  const n = parseAnyNumber(counted[1]!);
  if (n === null) return null;
  const at = s.text.indexOf(counted[1]!, from);
  return { n, at, raw: counted[1]! };
}
