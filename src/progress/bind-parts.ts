// Villages and communities: a township may have both, and the county counts them together (村(社区)).
// "村党组织完成9个，社区党组织完成2个" gives the two parts of one figure; "全镇14个村、4个社区" the two parts
// of the due count. Each part is marked here; plan-parts.ts adds them up.
import type { BindState } from './bind-state.js';
import { DONE_KEYS, type ValueToken } from './bind-values.js';
import type { Part } from './types.js';
import type { Token } from './scan.js';

/** Names written for both parts at once: "村(居)委会", "村(社区)党组织", "村居委会". */
const BOTH = /^(?:村(\(|居)|居\(村)/;
const HAN = /\p{Script=Han}/u;

/** Which part a body's name speaks of: 村… the villages, 居…/社区… the communities, else the whole. */
export function partOfName(text: string, tok: Extract<Token, { t: 'ind' }>): Part | undefined {
  if (BOTH.test(tok.raw)) return undefined;
  // "2.村党支部", "村支部2个": 村 straight before the name, itself starting a word — not "东坡村党支部", one village's.
  // After a count (15个村党支部) or the township's own name (城关镇村党支部) 村 starts a word too.
  if (tok.raw.startsWith('村') || (text[tok.at - 1] === '村' && !HAN.test(text[tok.at - 2] ?? ''))) return 'village';
  if (text[tok.at - 1] === '村' && /[个镇乡]/.test(text[tok.at - 2] ?? '')) return 'village';
  // "村级党组织完成10个": the villages' level.
  if (text.slice(Math.max(0, tok.at - 2), tok.at) === '村级' && !HAN.test(text[tok.at - 3] ?? '')) return 'village';
  if (tok.raw.startsWith('居') || tok.raw.startsWith('社区') || text.slice(Math.max(0, tok.at - 2), tok.at) === '社区') return 'community';
  return undefined;
}

/** The part a body's name says, kept for its figure. */
export function notePart(s: BindState, tok: Extract<Token, { t: 'ind' }>) {
  // "社区党委（党总支）": a name in brackets straight after another of the same body is its other name — the
  // part the first one said stays.
  const alias = s.text[tok.at - 1] === '(' && s.pending.some((keys) => keys.join() === tok.keys.join());
  if (alias) return;
  // Not in the body's label form (村(居)委会换届): a table's column is read under it, which may be no one's words.
  const part = BOTH.test(tok.raw) && !tok.raw.endsWith('换届') ? 'both' : partOfName(s.text, tok);
  for (const k of tok.keys) if (DONE_KEYS.includes(k)) s.parts.set(k, part);
}

/**
 * "全镇14个村、4个社区", "龙泉镇18个村2个社区": a count of communities straight after the due count of
 * villages adds to it. Returns whether the figure was taken.
 */
export function addCommunities(s: BindState, tok: ValueToken): boolean {
  if (s.pending.length || tok.t !== 'num' || !/社区$/.test(tok.raw)) return false;
  const last = s.out.items[s.out.items.length - 1];
  if (!last || last.key !== 'due' || last.value.kind !== 'number' || s.lastEmitted?.at !== last.at || last.seg !== tok.seg) return false;
  if (!/村$/.test(last.value.raw) || !/^[\s、,和及与]*$/.test(s.text.slice(last.at + last.value.raw.length, tok.at))) return false;
  last.value = { kind: 'number', n: last.value.n + tok.value, raw: s.text.slice(last.at, tok.at + tok.raw.length) };
  s.lastEmitted = tok;
  return true;
}

/**
 * "村委会完成9个，另有社区居委会2个已完成": 另有 before the other part of the body just counted adds that part — it
 * sets nothing aside.
 */
export function otherPartAdded(s: BindState, tok: Token): boolean {
  const next = s.next;
  const last = s.out.items[s.out.items.length - 1];
  if (!/^另(?:外)?有$/.test(tok.raw) || next?.t !== 'ind' || !last || last.value.kind !== 'number' || !last.value.part) return false;
  const part = partOfName(s.text, next);
  return !!part && part !== last.value.part && next.keys.includes(last.key) && !/[。;；\n]/.test(s.text.slice(last.at, tok.at));
}
