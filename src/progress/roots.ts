// A figure whose name no list holds (监督那一块也弄完了4个, 村主任那一摊子5个): people find their own words for a
// body faster than any list grows. When the rules refuse a message only because figures have no indicator, each
// such clause that holds roots of exactly one indicator (indicators.yaml `roots`) is read again with that
// indicator's name before its figure. The reading stands only if the whole message then reads with no refusal
// left, every check still applies, and the reply says which word was read as which indicator.
import { toSimplified } from '../simplified.js';
import type { IndicatorKey } from '../store/types.js';
import { foldText, longestAt, type Lexicon } from './lexicon.js';
import type { Heard } from './types.js';

export interface RootGuess {
  /** The message with the indicators' names put in. */
  text: string;
  /** Which word was read as which indicator, for the reply. */
  guesses: Heard[];
}

// A clause is read on its own: the figure and the word that names it share one.
const CLAUSE = /[^，,。；;！!？?\n]+/g;
const FIGURE = /[0-9]+(?:\.[0-9]+)?|[零一二两三四五六七八九十]+(?=[个人名位岁])/g;
// Only a count of villages or people, or an age, is a figure of an indicator: not an ordinal, a date, a time, a
// share, a count of events or of anything else (5口人, 3天).
const NOT_FIGURE_BEFORE = /[第前后近]$/;
const FIGURE_AFTER = /^(?:个(?!月|星期|小时|工作日)|[人名位村]|周?岁|社区|$|\s|[)）])/;

export function guessByRoots(input: string, lexicon: Lexicon): RootGuess | null {
  // Most chat has no figure at all: nothing to guess a name for.
  if (!/[0-9０-９零一二两三四五六七八九十]/.test(input)) return null;
  const text = foldText(toSimplified(input));
  const guesses: RootGuess['guesses'] = [];
  const inserts: { at: number; name: string }[] = [];
  for (const clause of text.matchAll(CLAUSE)) {
    const body = clause[0];
    if (lexicon.roots.not.test(body)) continue;
    const found = rootsIn(body, lexicon);
    // A name or a figure wholly inside a root is part of the word (女 of 女同胞, 90 of 90后).
    const inRoot = (at: number, length = 1) => found.some((f) => at >= f.at && at + length <= f.at + f.root.length);
    if (namesAnIndicator(body, lexicon, inRoot)) continue;
    const keys = new Set(found.map((f) => f.key));
    if (keys.size !== 1) continue;
    const key = [...keys][0]!;
    const figure = firstFigure(body, key, inRoot);
    if (!figure) continue;
    inserts.push({ at: clause.index + figure, name: lexicon.indicators[key].names[0]! });
    guesses.push({ from: found[0]!.root, to: lexicon.indicators[key].label, by: 'meaning' });
  }
  if (!inserts.length) return null;
  let out = text;
  // A name that begins with a numeral (两委交叉任职) put after one (零) would join it into another number: kept apart.
  for (const ins of inserts.reverse()) out = out.slice(0, ins.at) + (/[0-9零〇一二两三四五六七八九十百]$/.test(out.slice(0, ins.at)) ? ' ' : '') + ins.name + out.slice(ins.at);
  return { text: out, guesses };
}

function namesAnIndicator(clause: string, lexicon: Lexicon, inRoot: (at: number, length: number) => boolean): boolean {
  for (let i = 0; i < clause.length; i++) {
    const name = lexicon.firstChars.has(clause[i]!) && longestAt(lexicon.nameIndex, clause, i);
    if (name && !inRoot(i, name.length)) return true;
  }
  return false;
}

function rootsIn(clause: string, lexicon: Lexicon): { root: string; key: IndicatorKey; at: number }[] {
  const found: { root: string; key: IndicatorKey; at: number }[] = [];
  for (let i = 0; i < clause.length; i++) {
    const root = longestAt(lexicon.roots.index, clause, i);
    if (!root) continue;
    found.push({ root, key: lexicon.roots.keyOf.get(root)!, at: i });
    i += root.length - 1;
  }
  return found;
}

/** Where the clause's one figure starts, or null: none, or more than one (which is whose cannot be told). */
function firstFigure(clause: string, key: IndicatorKey, inRoot: (at: number, length: number) => boolean): number | null {
  const figures = [...clause.matchAll(FIGURE)].filter((m) => !inRoot(m.index, m[0].length));
  if (figures.length !== 1) return null;
  const m = figures[0]!;
  if (NOT_FIGURE_BEFORE.test(clause.slice(0, m.index)) || !FIGURE_AFTER.test(clause.slice(m.index + m[0].length))) return null;
  // An age is only ever an average age's figure, and an average age is only ever an age.
  const aged = /^周?岁/.test(clause.slice(m.index + m[0].length)) || m[0].includes('.');
  return aged === (key === 'avgAge') ? m.index : null;
}
