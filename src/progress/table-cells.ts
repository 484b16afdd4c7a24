// The cells of a pasted table: what a header cell says its column holds, what a figure cell holds, and
// how an indicator is written back so the line reader binds it. Every answer is exact or null: a cell
// that is not understood makes the whole table go back to the line reader, which refuses what it cannot read.
import type { IndicatorKey } from '../store/types.js';
import { parseChineseNumber } from '../numerals.js';
import { foldText, type Lexicon } from './lexicon.js';
import { scan, type ScanContext, type Token } from './scan.js';
import type { ColumnRole } from './table-words.js';

/** Tab (Excel/WPS), comma, or spaces: the header line's own separator is the table's. */
export function separatorOf(line: string): '\t' | ',' | ' ' {
  return line.includes('\t') ? '\t' : line.includes(',') ? ',' : ' ';
}

export function cellsOf(line: string, sep: string): string[] {
  return sep === ' ' ? line.trim().split(/ +/) : line.split(sep).map((c) => c.trim());
}

export type Column =
  | { role: Exclude<ColumnRole, 'aside'> | 'none'; name: string }
  | { role: 'aside'; name: string }
  /** A figure of `key`: a count (or done/due fraction, percentage), a completion rate, or today's increment. */
  | { role: 'value'; name: string; key: IndicatorKey; mode: 'count' | 'rate' | 'increment' };

/** Steering words that make a figure an aside, not a figure of the county's: such a column is set aside. */
const ASIDE_FLAGS = new Set(['aside', 'remain', 'share', 'other', 'notdone', 'replaced', 'wrong']);
/** "党组织(个)": the unit a header gives in brackets says nothing about the column's role. */
export const UNIT_BRACKET = /\((?:个|人|名|岁|%|村|个村)\)$/;

/** "党组织(党委/总支/支部)", "村委会(含社区)": a bracket naming only kinds or parts of the indicator says nothing of the role. */
function withoutKinds(rest: string, keys: IndicatorKey[], ctx: ScanContext): string {
  const inner = /^\((.+)\)$/.exec(rest)?.[1];
  if (!inner) return rest;
  const kinds = inner.split(/[/、,，和及]/).every((p) => ctx.lexicon.keysOf.get(p)?.join() === keys.join() || /^(?:总支|含?(?:村|社区)|(?:村|社区)级)$/.test(p));
  return kinds ? '' : rest;
}

const flagsOf = (tokens: Token[]) => tokens.filter((t) => t.t === 'flag').map((t) => (t as Extract<Token, { t: 'flag' }>).flag as string);

const DONE_BEFORE = /^(?:已经?)?(?:完成|选完|换届完成)(?:的)?$/;

/** What a header cell says its column holds, or null when it is not a known column. */
export function classifyHeader(cell: string, ctx: ScanContext): Column | null {
  const { columns } = ctx.lexicon;
  const text = cell.trim();
  if (!text) return { role: 'none', name: '' };
  const role = columns.roles.get(text);
  if (role) return { role, name: text };
  ctx.lexicon.pattern.lastIndex = 0;
  const m = ctx.lexicon.pattern.exec(text);
  // "已完成党组织": the word of done before the name says the same as after it.
  if (m && m.index > 0 && !DONE_BEFORE.test(text.slice(0, m.index))) return null;
  if (m) {
    const keys = ctx.lexicon.keysOf.get(m[0])!;
    const rest = withoutKinds(text.slice(m.index + m[0].length).replace(UNIT_BRACKET, ''), keys, ctx);
    const suffix = rest ? columns.suffixes.get(rest) : 'done';
    // "两委" stands for two indicators: one column cannot hold figures of both.
    if (suffix && suffix !== 'due' && suffix !== 'left' && keys.length === 1) {
      return { role: 'value', name: text, key: keys[0]!, mode: suffix === 'done' ? 'count' : suffix };
    }
    if (rest && (columns.roles.get(rest) === 'aside' || flagsOf(scan(rest, ctx)).some((f) => ASIDE_FLAGS.has(f)))) return { role: 'aside', name: text };
    return null;
  }
  // "40岁以下", "选民登记数", "比上届增加", "占比": the scan already knows these are not the county's figures.
  if (flagsOf(scan(text, ctx)).some((f) => ASIDE_FLAGS.has(f))) return { role: 'aside', name: text };
  return null;
}

export type Cell = { kind: 'empty' } | { kind: 'figure'; text: string; aside?: string };

const INTEGER = /^\d+$/;
const FRACTION = /^\d+\/\d+$/;
const DECIMAL = /^\d+\.\d+$/;
const PERCENT = /^\d+(?:\.\d+)?%$/;
const CHINESE = /^[零〇一二两三四五六七八九十百]+$/;
const ALL_DONE = /^(?:已?全部完成|全完成|均已完成|全部选完)$/;
/** A unit typed in the cell ("12个", "44.6岁"): the column already says what is counted. */
const UNIT = /(?<=[\d零〇一二两三四五六七八九十百])(?:个|人|名|岁|村)$/;
/** "12(66.7%)": a figure with a rate or a note after it in brackets; the bracket is set aside. */
const BRACKETED = /^([^()]+?)\s*(\([^()]*\))$/;

/** A figure cell as the line reader should read it, an empty cell, or null when it holds no plain figure. */
export function readCell(cell: string, mode: 'count' | 'rate' | 'increment', lexicon: Lexicon): Cell | null {
  let text = cell.trim();
  if (!text || lexicon.columns.empty.has(text)) return { kind: 'empty' };
  const br = BRACKETED.exec(text);
  const aside = br?.[2];
  if (br) text = br[1]!;
  text = text.replace(UNIT, '');
  const out = (t: string): Cell => ({ kind: 'figure', text: t, ...(aside ? { aside } : {}) });
  if (mode === 'rate') return PERCENT.test(text) ? out(text) : null;
  if (INTEGER.test(text)) return out(String(Number(text)));
  if (mode === 'increment') return null;
  // "全部完成" in a count column: the line reader reads it as all of the township's (or refuses it for people).
  if (ALL_DONE.test(text)) return out('全部完成');
  if (FRACTION.test(text) || DECIMAL.test(text) || PERCENT.test(text)) return out(text);
  if (CHINESE.test(text)) {
    const n = parseChineseNumber(text);
    return n === null ? null : out(String(n));
  }
  return null;
}

const NAMES = new WeakMap<Lexicon, Map<IndicatorKey, string>>();

/**
 * The name to write a figure under: the indicator's label when the scan reads it back as that indicator
 * alone (so replies quote familiar words), else the first of its names that does.
 */
export function nameOf(key: IndicatorKey, ctx: ScanContext): string {
  let names = NAMES.get(ctx.lexicon);
  if (!names) NAMES.set(ctx.lexicon, (names = new Map()));
  const known = names.get(key);
  if (known) return known;
  const info = ctx.lexicon.indicators[key];
  const candidates = [info.label, ...info.names].map(foldText);
  const found =
    candidates.find((n) => {
      const t = scan(`${n}1`, ctx);
      return t.length === 2 && t[0]!.t === 'ind' && t[0]!.raw === n && t[0]!.keys.length === 1 && t[0]!.keys[0] === key && t[1]!.t === 'num';
    }) ?? info.label;
  names.set(key, found);
  return found;
}
