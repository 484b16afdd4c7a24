// Small pieces of binding: what counts as a value token, and how a token becomes a ValueSpec.
import type { IndicatorKey } from '../store/types.js';
import type { DateSpec } from './dates.js';
import type { Token } from './scan.js';
import type { Part, ReportError, ValueSpec } from './types.js';

export type ValueToken = Extract<Token, { t: 'num' | 'pair' | 'pct' }> | (Extract<Token, { t: 'flag' }> & { flag: 'all' | 'unstarted' });

export interface BoundItem {
  key: IndicatorKey;
  value: ValueSpec;
  /** Position and segment of the value, to find its township and date. */
  at: number;
  seg: number;
  /** Bound after 分别 to joined townships: one figure for each of them, in order. */
  spread?: true;
  /** "比前天多3个": the day the figure is counted up from — the figure is the new ones since that day's record. */
  since?: Ref<DateSpec>;
}

export interface Ref<T> {
  at: number;
  seg: number;
  value: T;
  raw: string;
  /** A forwarded message's header date: used only when the message gives no other date. */
  stamp?: boolean;
  /** On a line that names an indicator (or says why) but gives no figure: "35岁以下正在统计中，明天报". */
  idle?: boolean;
  /** Townships joined by 、/和 ("城关镇、河东镇党组织均完成15个"): the others named with this one, in order. */
  with?: Ref<T>[];
}

export interface Bound {
  items: BoundItem[];
  errors: ReportError[];
  towns: Ref<string | null>[];
  dates: Ref<DateSpec>[];
  correction: boolean;
  /** "今日无新进展": positions of the phrases (the figures repeat the last record). */
  repeats: { at: number; seg: number }[];
  /** "村委会又完成2个，党组织没变化": counts said unchanged, with where the words stood (written as on record). */
  unchanged: { key: IndicatorKey; raw: string; at: number; seg: number }[];
  /** Figures set aside as the sender typed them ("(其中社区3个)", "比昨天多2个"): named in the reply, never stored. */
  asides: string[];
  /** The figures a correction says were reported before ("不是9个", "9个有误"), with where they stood. */
  replaced: { key: IndicatorKey; n: number; at: number; seg: number }[];
}

export const DONE_KEYS: IndicatorKey[] = ['partyDone', 'committeeDone', 'supervisionDone'];
/** Counts that only grow as the days go by: a day's figure of one of them may be its new ones. */
export const ADDS_UP: IndicatorKey[] = [...DONE_KEYS, 'oneShoulder', 'reviewed', 'disqualified'];
/** Due-count words that are filler when an indicator is already waiting ("一肩挑共5人"). */
export const DUE_FILLERS = new Set(['共', '共计', '总共', '一共', '合计', '共有']);
/**
 * Words between an indicator and a bare Chinese numeral ("一肩挑五", "党组织换届完成九"), and the sounds
 * voice input writes down for a pause ("平均年龄 嗯 三十九点八").
 */
export const FILLER = /^[\s:()"'为是有达到共计已完成换届选举的嗯呃啊哦噢唔]*$/;

/** Tokens that do not interrupt "indicator, then its number". */
/** The names' keys in one list, as .flat() gives them: the generic builtin is many times slower, once per figure. */
/** The whole a fraction implies ("党5/8": 8 read as the due count beside the 5). */
export const impliedWhole = (it: BoundItem) => it.key === 'due' && it.value.kind === 'number' && !!it.value.implied;

/** The last figure read, passing over the whole a fraction implies. */
export function lastFigure(items: BoundItem[]): BoundItem | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (!impliedWhole(items[i]!)) return items[i];
  return undefined;
}

export function flatKeys(lists: IndicatorKey[][]): IndicatorKey[] {
  const out: IndicatorKey[] = [];
  for (const keys of lists) for (const k of keys) out.push(k);
  return out;
}

export function isFiller(tok: Token): boolean {
  return tok.t === 'colon' || (tok.t === 'flag' && (tok.flag === 'done' || tok.flag === 'cumul'));
}

export function valueOf(key: IndicatorKey, tok: ValueToken, increment: boolean, errors: ReportError[], text = ''): ValueSpec | null {
  // "监委会还没开始": a body whose election has not started has done none — the figure 0, as said.
  if (tok.t === 'flag') return tok.flag === 'all' ? { kind: 'all', raw: tok.raw } : { kind: 'number', n: 0, raw: tok.raw };
  if (tok.t === 'pct') {
    if (tok.value > 100) {
      errors.push({ code: 'percent-over-100', raw: tok.raw, field: key, value: tok.value });
      return null;
    }
    // "今天又完成了四分之一": a share of the day's new ones, said in its clause, is no total — a count is asked for.
    if (increment && /又|新增|增加/.test(text.slice(clauseStart(text, tok.at), tok.at))) {
      errors.push({ code: 'percent-not-count', raw: tok.raw, field: key });
      return null;
    }
    return { kind: 'percent', p: tok.value, raw: tok.raw };
  }
  const n = tok.t === 'pair' ? (tok.sep === '.' ? tok.decimal : tok.a) : tok.value;
  const raw = tok.t === 'pair' && tok.sep === '/' ? String(tok.a) : tok.raw;
  return increment ? { kind: 'increment', n, raw } : { kind: 'number', n, raw };
}

/** Where the clause holding `at` starts: just after the last of `stops` before it (the text is folded: , not ，). */
export function clauseStart(text: string, at: number, stops = ',;。!?\n'): number {
  // Every stop is one UTF-16 code unit: compared as numbers, no one-character string is made per step back.
  const codes = stopCodes(stops);
  for (let i = at - 1; i >= 0; i--) if (codes.includes(text.charCodeAt(i))) return i + 1;
  return 0;
}

const stopCodesOf = new Map<string, number[]>();
function stopCodes(stops: string): number[] {
  let codes = stopCodesOf.get(stops);
  if (!codes) stopCodesOf.set(stops, (codes = Array.from(stops, (c) => c.charCodeAt(0))));
  return codes;
}

/**
 * What a figure's value carries beyond its number: a head count's rate is a share of the members counted ("两委成员共
 * 96人，…35岁以下占12.5%"); one whole day's new ones; the part of the body named (村/社区); a figure put right; a
 * due count said after 共 with no village unit, which may be a total instead.
 */
export function mark(value: ValueSpec, m: { people: number | null; day: boolean; part: Part | 'both' | undefined; fixed: boolean; bareDue: boolean; named?: boolean }): void {
  if (value.kind === 'percent' && m.people !== null) value.of = m.people;
  if (value.kind === 'increment' && m.day) value.day = true;
  if ((value.kind === 'number' || value.kind === 'increment') && m.part && m.part !== 'both') value.part = m.part;
  // "村(居)委会共14个": named for both parts at once, the figure is the whole beside any part's.
  if (value.kind === 'number' && m.part === 'both') value.whole = true;
  if (value.kind === 'number' && m.fixed) value.fixed = true;
  if (value.kind === 'number' && m.bareDue) value.bare = true;
  if (value.kind === 'number' && m.named) value.named = true;
}
