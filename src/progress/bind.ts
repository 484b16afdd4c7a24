// Step 2: pair every number with the indicator it belongs to, left to right, the way a reader does.
// "党组织9个" and "9个村完成党组织换届" both bind; "党组织、村委会均完成8个" binds 8 to both;
// "分别9个、6个" binds in order; a number no indicator claims is refused ("完成8个" — which one?).
import type { IndicatorKey } from '../store/types.js';
import { isMonthDay, type DateSpec } from './dates.js';
import type { Token } from './scan.js';
import type { ReportError, ValueSpec } from './types.js';

export interface BoundItem {
  key: IndicatorKey;
  value: ValueSpec;
  /** Position and segment of the value, to find its township and date. */
  at: number;
  seg: number;
}

export interface Ref<T> {
  at: number;
  seg: number;
  value: T;
  raw: string;
}

export interface Bound {
  items: BoundItem[];
  errors: ReportError[];
  towns: Ref<string | null>[];
  dates: Ref<DateSpec>[];
  correction: boolean;
}

type ValueToken = Extract<Token, { t: 'num' | 'pair' | 'pct' }> | (Extract<Token, { t: 'flag' }> & { flag: 'all' });

const DUE_FILLERS = new Set(['共', '共计', '总共', '合计']);
const COUNT_DONE: IndicatorKey[] = ['partyDone', 'committeeDone', 'supervisionDone'];
/** Words between an indicator and a bare Chinese numeral ("一肩挑五", "党组织换届完成九"). */
const FILLER = /^[\s:()"'为是有达到共计已完成换届选举的]*$/;

export function bind(tokens: Token[], text: string): Bound {
  const out: Bound = { items: [], errors: [], towns: [], dates: [], correction: false };
  let pending: IndicatorKey[][] = [];
  let joinOpen = false;
  let respectively = false;
  let incr: 'none' | 'next' | 'line' = 'none';
  let negative = false;
  let swallowNext = false;
  let orphans: ValueToken[] = [];
  let allWaiting: Token | null = null;
  let clauseItems = 0;
  let lineHasIndicator = false;
  let vagueError: ReportError | null = null;

  const flush = () => {
    for (const o of orphans) {
      // A rate restated after its count ("交叉任职3人，占比25%") is not a new figure.
      if (o.t === 'pct' && out.items.some((i) => i.seg === o.seg)) continue;
      out.errors.push({ code: 'missing-indicator', raw: o.raw });
    }
    if (allWaiting && clauseItems === 0) out.errors.push({ code: 'missing-indicator', raw: allWaiting.raw });
    orphans = [];
    allWaiting = null;
    clauseItems = 0;
  };

  const emit = (keys: IndicatorKey[], tok: ValueToken) => {
    const inc = incr !== 'none';
    if (incr === 'next') incr = 'none';
    for (const key of keys) {
      const value = valueOf(key, tok, inc, out.errors);
      if (value) out.items.push({ key, value, at: tok.at, seg: tok.seg });
    }
    if (tok.t === 'pair' && tok.sep === '/') {
      out.items.push({ key: 'due', value: { kind: 'number', n: tok.b, raw: String(tok.b) }, at: tok.at, seg: tok.seg });
    }
    clauseItems++;
  };

  const takeValue = (tok: ValueToken) => {
    if (swallowNext) {
      swallowNext = false;
      if (vagueError && !tok.pre) vagueError.raw += tok.raw;
      return;
    }
    if (negative || ('neg' in tok && tok.neg)) {
      negative = false;
      pending = [];
      out.errors.push({ code: 'negative', raw: tok.raw });
      return;
    }
    if (!pending.length) {
      if (tok.t === 'flag') allWaiting ??= tok;
      else orphans.push(tok);
      return;
    }
    const target = respectively && pending.length > 1 ? [pending.shift()!] : pending.splice(0);
    emit(target.flat(), tok);
  };

  tokens.forEach((tok, i) => {
    let back = i - 1;
    while (back >= 0 && isFiller(tokens[back]!)) back--;
    const prev = tokens[back];
    switch (tok.t) {
      case 'sep':
        flush();
        swallowNext = false;
        negative = false;
        if (tok.hard) {
          lineHasIndicator = false;
          pending = [];
          respectively = false;
          incr = 'none';
        }
        joinOpen = false;
        return;
      case 'colon':
        if (prev?.t === 'flag' && prev.flag === 'incr') incr = 'line';
        return;
      case 'join':
        joinOpen = pending.length > 0;
        return;
      case 'town':
        out.towns.push({ at: tok.at, seg: tok.seg, value: tok.name, raw: tok.raw });
        return;
      case 'date':
        out.dates.push({ at: tok.at, seg: tok.seg, value: tok.spec, raw: tok.raw });
        return;
      case 'vague': {
        // Quote the whole phrase back: "10个左右", "大约8个", not just the hedge word.
        const before = tokens[i - 1];
        const joined = before && (before.t === 'num' || before.t === 'pair') && !tok.pre ? before.raw + tok.raw : tok.raw;
        out.errors.push({ code: 'vague', raw: joined });
        vagueError = out.errors[out.errors.length - 1]!;
        pending = [];
        swallowNext = true;
        return;
      }
      case 'ind': {
        lineHasIndicator = true;
        if (tok.keys.includes('due') && pending.length && DUE_FILLERS.has(tok.raw)) return;
        const orphan = orphans.pop();
        if (orphan) {
          pending = [];
          emit(tok.keys, orphan);
        } else if (allWaiting) {
          emit(tok.keys, allWaiting as ValueToken);
          allWaiting = null;
        } else if (joinOpen && pending.length) pending.push(tok.keys);
        else pending = [tok.keys];
        joinOpen = false;
        return;
      }
      case 'flag':
        if (tok.flag === 'all') return takeValue(tok as ValueToken);
        // "新增：党组织2个，村委会1个" (head of the line) covers the line; "党组织新增2个" only that figure.
        if (tok.flag === 'incr') incr = lineHasIndicator ? 'next' : 'line';
        else if (tok.flag === 'cumul') {
          incr = 'none';
          // "新增2个，累计11个": the total restates the same indicator; the ledger checks they agree.
          const last = out.items[out.items.length - 1];
          if (!pending.length && last && last.seg === tok.seg && last.key !== 'due') pending = [[last.key]];
        }
        else if (tok.flag === 'correction') out.correction = true;
        else if (tok.flag === 'resp') respectively = true;
        else if (tok.flag === 'neg') negative = true;
        return;
      case 'num':
        // A bare Chinese numeral is a figure only right after its indicator ("一肩挑五"), never in prose ("一届").
        if (tok.chinese && tok.unit === 'none') {
          const nextChar = text[tok.at + tok.raw.length] ?? '';
          if (prev?.t !== 'ind' || !pending.length || !FILLER.test(tok.pre) || /[\u4e00-\u9fff]/.test(nextChar)) return;
        }
        return takeValue(tok);
      case 'pair':
        // "11/22", "11.22", "11-22" with no indicator waiting are dates; after one, a fraction or decimal.
        if (!pending.length && tok.unit === 'none' && isMonthDay(tok.a, tok.b)) {
          out.dates.push({ at: tok.at, seg: tok.seg, value: { kind: 'monthDay', month: tok.a, day: tok.b }, raw: tok.raw });
          return;
        }
        if (tok.sep === '-') {
          out.errors.push({ code: 'vague', raw: tok.raw });
          pending = [];
          return;
        }
        return takeValue(tok);
      case 'pct':
        return takeValue(tok);
    }
  });
  flush();
  return out;
}

function isFiller(tok: Token): boolean {
  return tok.t === 'colon' || (tok.t === 'flag' && (tok.flag === 'done' || tok.flag === 'cumul'));
}

function valueOf(key: IndicatorKey, tok: ValueToken, increment: boolean, errors: ReportError[]): ValueSpec | null {
  if (tok.t === 'flag') return { kind: 'all', raw: tok.raw };
  if (tok.t === 'pct') {
    if (!COUNT_DONE.includes(key)) {
      errors.push({ code: 'percent-not-count', raw: tok.raw, field: key });
      return null;
    }
    if (tok.value > 100) {
      errors.push({ code: 'percent-over-100', raw: tok.raw, field: key, value: tok.value });
      return null;
    }
    return { kind: 'percent', p: tok.value, raw: tok.raw };
  }
  const n = tok.t === 'pair' ? (tok.sep === '.' ? tok.decimal : tok.a) : tok.value;
  const raw = tok.t === 'pair' && tok.sep === '/' ? String(tok.a) : tok.raw;
  return increment ? { kind: 'increment', n, raw } : { kind: 'number', n, raw };
}
