// Step 1 of reading a report: cut the folded text into tokens (townships, dates, indicators, numbers,
// keywords, separators). Nothing is decided here about what binds to what; bind.ts does that.
import { isMonthDay, matchDate } from './dates.js';
import { dayAsText } from './scan-days.js';
import { token, type Token, type TokenBody } from './scan-tokens.js';
import { longestAt, type Lexicon } from './lexicon.js';
import { parseAnyNumber } from '../numerals.js';
import { CN_DIGIT, CN_NUMBER, ordinalAt, readNumber, sticky } from './scan-number.js';
import type { IndicatorKey } from '../store/types.js';

/** A count of people straight after a body's post (…委员29名, …成员共9人) — not a whole its parts follow (成员96人中). */
const PEOPLE_COUNTED = /^\s*(?:共|有|为|是|:)?\s*[\d零一二两三四五六七八九十百]+\s*(?:名|人|位)(?!\s*(?:之中|当中|中|里))/;
/** Traits of the members elected (and posts they hold): candidates with them are not yet members. */
const MEMBER_KEYS = new Set<IndicatorKey>(['female', 'under35', 'college', 'oneShoulder', 'crossPost', 'avgAge']);
const CANDIDATES = /(?:的)?(?:委员|成员)?(?:候选人|候选|初步人选|提名人选|拟任人选|人选)/y;
import { ownTownshipAt, SELF_TOWN, type TownshipMatcher } from './townships.js';
import { listMarker, rankMarker, townsJustNamed, wordAsText } from './scan-markers.js';
import { scopeOnly } from './village-lines.js';

export type { Flag, Token, TokenBody, UnitKind } from './scan-tokens.js';

/** Characters a date, time or number can start with: the costlier patterns are tried only there. */
const NUMBER_START = /[\d\-零〇一二两三四五六七八九十百千今昨前明当本大上这那周星礼廿卅夜]/;
/** NUMBER_START by UTF-16 code unit: asked at every position, without testing a new string each time. */
const NUMBER_START_CODES = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (NUMBER_START.test(String.fromCharCode(c))) NUMBER_START_CODES[c] = 1;

const CN_PERCENT = new RegExp(`百分之([${CN_DIGIT}两十百]+(?:点[${CN_DIGIT}]+(?![${CN_NUMBER}]))?|\\d+(?:\\.\\d+)?)`, 'y');
const CN_FRACTION = new RegExp(`([${CN_DIGIT}两十]+|\\d+)分之([${CN_DIGIT}两十]+|\\d+)`, 'y');
/**
 * A clock time, with seconds or not (20:00, 18:32:10), or a span of two (投票时间9:00-16:00): skipped whole, never a
 * figure — the span's second half had been read as a negative figure.
 */
const TIME = /([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?(?:\s*[-~～—–至到]\s*(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?(?!\d)/y;
/** A clock time after a date makes it a time stamp: a forwarded chat record's header. */
const STAMP_TIME = /\s*([01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?!\d)/y;
/** "11-23 18:32", "11/23 18:32:10": month and day before a clock time, as chat records print them. */
const STAMP_MONTH_DAY = /(\d{1,2})[-/.](\d{1,2})(?=\s+(?:[01]?\d|2[0-3]):[0-5]\d(?!\d))/y;
const SEPARATORS: Record<string, TokenBody> = {
  '\n': { t: 'sep', hard: true },
  ';': { t: 'sep', hard: true },
  '。': { t: 'sep', hard: true },
  '!': { t: 'sep', hard: true },
  '?': { t: 'sep', hard: true },
  ',': { t: 'sep', hard: false },
  ':': { t: 'colon' },
};
/** Names of bodies whose figure counts villages done: followed by a post (成员, 书记) they name people. */
const BODY_KEYS = new Set(['partyDone', 'committeeDone', 'supervisionDone']);
/** One-character indicator names (共) only count when a number or 有/计 follows: not in 共产党. */
const SHORT_NAME_NEXT = /^[\s\d:零〇一二两三四五六七八九十有计为]$/;


export interface ScanContext {
  lexicon: Lexicon;
  townships: TownshipMatcher;
}

/** Words after a body's post that say the post was filled: the body's election is done. */
const ELECTED = /^(?:也|都|均|已|已经|全部|全都)*(?:选出|选好|产生|选举产生|选完|选上)/;

const DEADLINE = /(?:之前|以前|前)(?![天日])/y;
/** After a day: the span runs to today (至今, 到现在). */
const TO_NOW = /(\s*(?:至|到)\s*)(今天|今日|今|现在|目前)/y;
/** "25号前": a day of this month as a deadline (dates.ts leaves "N号前" unread, it is no report date). */
const DAY_DEADLINE = new RegExp(`(?:\\d{1,2}|[${CN_NUMBER}]{1,3})[日号](?:之前|以前|前)(?![天日])`, 'y');

/** Where the scanner stands; methods, not closures made for every message. */
class Cursor {
  readonly tokens: Token[] = [];
  pos = 0;
  seg = 0;
  pre = '';
  /** Open brackets: their start positions, innermost last. A new line closes them all. */
  readonly open: number[] = [];

  push(body: TokenBody, raw: string) {
    // Every token has the same fields (br undefined outside brackets): one shape for the binder to read.
    this.tokens.push(token(body, raw, this.pos, this.seg, this.pre, this.open.length ? this.open[0] : undefined));
    this.pre = '';
    this.pos += raw.length;
    if (body.t === 'sep' && body.hard) this.seg++;
    if (raw === '\n') this.open.length = 0;
  }

  atLineStart(): boolean {
    const last = this.tokens[this.tokens.length - 1];
    // "换届进展:1.村党组织…": a list may also start after a colon.
    return (!last || (last.t === 'sep' && last.hard) || last.t === 'colon') && !/[^\s\-*·•>]/.test(this.pre);
  }

  atClauseStart(): boolean {
    const last = this.tokens[this.tokens.length - 1];
    return (!last || last.t === 'sep' || last.t === 'colon' || last.t === 'date' || last.t === 'join') && !/[\u4e00-\u9fff\d]/.test(this.pre);
  }
}

export function scan(text: string, ctx: ScanContext): Token[] {
  const c = new Cursor();
  const tokens = c.tokens;
  const open = c.open;
  const indRe = ctx.lexicon.pattern;
  const deadlines = text.includes('前');

  while (c.pos < text.length) {
    const ch = text[c.pos]!;
    // A Chinese character is a new string each time: looking it up by name costs more than the test.
    const sepBody = ch < '\u0080' || ch === '。' ? SEPARATORS[ch] : undefined;
    if (sepBody) {
      c.push(sepBody, ch);
      continue;
    }
    const digitish = NUMBER_START_CODES[text.charCodeAt(c.pos)] === 1;
    const marker = (digitish || ch === '(' || (ch >= '\u2460' && ch <= '\u2473')) && c.atLineStart() ? listMarker(text, c.pos, indRe) : ch >= '0' && ch <= '9' ? rankMarker(text, c.pos, c.pre, tokens[tokens.length - 1], ctx.townships, indRe) : null;
    if (marker) {
      c.pre += marker[0];
      c.pos += marker[0].length;
      continue;
    }
    if (ch === '(' || ch === ')') {
      if (ch === '(') open.push(c.pos);
      else open.pop();
      c.pre += ch;
      c.pos++;
      continue;
    }
    // After an indicator "15/18 20:00" is a figure and a time, not a header.
    const afterName = tokens.length > 0 && (tokens[tokens.length - 1]!.t === 'ind' || tokens[tokens.length - 1]!.t === 'flag');
    const stampDay = /\d/.test(ch) && !afterName ? sticky(STAMP_MONTH_DAY, text, c.pos) : null;
    if (stampDay && isMonthDay(+stampDay[1]!, +stampDay[2]!)) {
      c.push({ t: 'date', spec: { kind: 'monthDay', month: +stampDay[1]!, day: +stampDay[2]! }, stamp: true }, stampDay[0]);
      continue;
    }
    const date = digitish ? matchDate(text, c.pos) : null;
    // A day that is not the figures' (scan-days.ts): read as text.
    if (date && dayAsText(text, c.pos, date, tokens)) {
      c.pre += text.slice(c.pos, c.pos + date.length);
      c.pos += date.length;
      continue;
    }
    if (date) {
      // "25号前全部完成", "月底之前", "周五前": a deadline — a plan, no day of the figures (a weekday before 前 had
      // dated the figures before it to last Friday); what follows on the line is a plan, not a figure done.
      const by = date.spec.kind !== 'relative' ? sticky(DEADLINE, text, c.pos + date.length) : null;
      if (by) {
        c.push({ t: 'flag', flag: 'plan' }, text.slice(c.pos, c.pos + date.length + by[0].length));
        continue;
      }
      const stamp = date.spec.kind !== 'relative' && sticky(STAMP_TIME, text, c.pos + date.length) !== null;
      c.push({ t: 'date', spec: date.spec, stamp }, text.slice(c.pos, c.pos + date.length));
      // "20日至今完成5个": a span that runs to today — its end read as the day 今天, the connector skipped.
      const toNow = date.spec.kind !== 'relative' ? sticky(TO_NOW, text, c.pos) : null;
      if (toNow) {
        c.pre += toNow[1]!;
        c.pos += toNow[1]!.length;
        c.push({ t: 'date', spec: { kind: 'relative', days: 0 }, stamp: false }, toNow[2]!);
      }
      continue;
    }
    const dayBy = digitish && deadlines ? sticky(DAY_DEADLINE, text, c.pos) : null;
    if (dayBy) {
      c.push({ t: 'flag', flag: 'plan' }, dayBy[0]);
      continue;
    }
    const time = digitish ? sticky(TIME, text, c.pos) : null;
    if (time) {
      c.pre += time[0];
      c.pos += time[0].length;
      continue;
    }
    // "紧追城关镇…截至今日，我乡党组织完成9个": 我乡/本镇/我们街道 names the sender's own township again (SELF: '').
    const self = ownTownshipAt(text, c.pos);
    if (self) {
      c.push({ t: 'town', name: SELF_TOWN }, self);
      continue;
    }
    const town = ctx.townships.startsAt(text, c.pos) ? ctx.townships.matchAt(text, c.pos) : null;
    if (town) {
      c.push({ t: 'town', name: town.name }, text.slice(c.pos, c.pos + town.length));
      continue;
    }
    const shaped = ch >= '\u4e00' && ch <= '\u9fff' && c.atClauseStart() ? ctx.townships.candidateAt(text, c.pos) : null;
    // "至此全乡…" ends in a name of ours (全乡): no unknown township, the words before it are prose.
    const candidate = shaped && ![2, 3].some((k) => ctx.lexicon.keysOf.has(shaped.raw.slice(-k))) ? shaped : null;
    if (candidate) {
      c.push({ t: 'town', name: null }, candidate.raw);
      continue;
    }
    // "今天+2，共7": a plus straight after the day is the day's increment ("大专+38" is 及以上, no increment).
    // "党 +2", "监+3": after a name too (a name that ends in + — 大专+ — has taken its plus already).
    // "党组织:+2": a colon between is no matter.
    const named = tokens.at(-1)?.t === 'colon' ? tokens.at(-2) : tokens.at(-1);
    if ((ch === '+' || ch === '＋') && !c.pre.trim() && (named?.t === 'date' || named?.t === 'ind') && /[\d一二两三四五六七八九十]/.test(text[c.pos + 1] ?? '')) {
      c.push({ t: 'flag', flag: 'incr' }, ch);
      continue;
    }
    const ordinal = ch === '第' ? ordinalAt(text, c.pos) : null;
    if (ordinal === 'count') {
      // "这是全镇第十二个" is the running total; "今天第二个" is the day's count so far.
      const last = tokens[tokens.length - 1];
      const today = last?.t === 'date' && last.spec.kind === 'relative' && last.spec.days === 0 && !c.pre.trim();
      c.push({ t: 'flag', flag: today ? 'incr' : 'cumul' }, ch);
      continue;
    }
    if (ordinal) {
      c.pre += ordinal;
      c.pos += ordinal.length;
      continue;
    }
    const ind = longestAt(ctx.lexicon.nameIndex, text, c.pos);
    // "全镇第十二个", "全乡平均年龄44.3岁": the whole said in passing, no due count (village-lines.ts).
    const scope = ind ? scopeOnly(text, c.pos, ind, ctx.lexicon) : 0;
    if (scope) {
      c.pre += text.slice(c.pos, c.pos + scope);
      c.pos += scope;
      continue;
    }
    if (ind && (ind.length > 1 || SHORT_NAME_NEXT.test(text[c.pos + 1] ?? ''))) {
      const keys = ctx.lexicon.keysOf.get(ind)!;
      // "女性候选人6人", "一肩挑人选": candidates with a member's trait are no members — a group set aside.
      const candidates = keys.every((k) => MEMBER_KEYS.has(k)) ? sticky(CANDIDATES, text, c.pos + ind.length) : null;
      if (candidates) {
        c.push({ t: 'flag', flag: 'other' }, ind + candidates[0]);
        continue;
      }
      // "党组织成员8人", "村党组织书记": people of a body, not its count of villages — context, no name.
      const post = keys.some((k) => BODY_KEYS.has(k)) ? sticky(ctx.lexicon.posts, text, c.pos + ind.length) : null;
      // "村委会主任选出来了", "居委会主任都选出来了": the post elected says the body's election is done — the name.
      if (post && ELECTED.test(text.slice(c.pos + ind.length + post[0].length, c.pos + ind.length + post[0].length + 8))) {
        c.push({ t: 'ind', keys }, ind + post[0]);
        continue;
      }
      // "选举产生村党组织委员29名": members counted — a group set aside (candidates counted are a review's people).
      if (post && !/人选|候选人/.test(post[0]) && PEOPLE_COUNTED.test(text.slice(c.pos + ind.length + post[0].length, c.pos + ind.length + post[0].length + 12))) {
        c.push({ t: 'flag', flag: 'other' }, ind + post[0]);
        continue;
      }
      if (post) {
        c.pre += ind + post[0];
        c.pos += ind.length + post[0].length;
        continue;
      }
      c.push({ t: 'ind', keys }, ind);
      continue;
    }
    const kw = longestAt(ctx.lexicon.wordIndex, text, c.pos);
    if (kw) {
      const kind = ctx.lexicon.words.get(kw)!;
      const plain = wordAsText(text, c.pos, kw, kind);
      if (plain) {
        c.pre += text.slice(c.pos, c.pos + plain);
        c.pos += plain;
        continue;
      }
      c.push(kind === 'vague' ? { t: 'vague' } : kind === 'join' ? { t: 'join' } : { t: 'flag', flag: kind }, kw);
      continue;
    }
    const cnPct = ch === '百' ? sticky(CN_PERCENT, text, c.pos) : null;
    if (cnPct) {
      const v = parseAnyNumber(cnPct[1]!);
      if (v !== null) {
        c.push({ t: 'pct', value: v, neg: false }, cnPct[0]);
        continue;
      }
    }
    // "三分之二", "2/3" said aloud: a share of the due count, read like a rate (converted only when exact).
    // "完成一半" is half of the due count; "一半以上", "一半左右" say no figure.
    if (ch === '一' && text[c.pos + 1] === '半') {
      c.push(/^(以上|多|左右|出头)/.test(text.slice(c.pos + 2)) ? { t: 'vague' } : { t: 'pct', value: 50, neg: false }, '一半');
      continue;
    }
    const near = digitish ? text.indexOf('分之', c.pos) : -1;
    const fraction = near > c.pos && near - c.pos <= 6 ? sticky(CN_FRACTION, text, c.pos) : null;
    if (fraction) {
      const whole = parseAnyNumber(fraction[1]!);
      const part = parseAnyNumber(fraction[2]!);
      if (whole && part !== null && part <= whole) {
        const hedge = /^(以上|多|左右|出头|强|弱)/.test(text.slice(c.pos + fraction[0].length));
        c.push(hedge ? { t: 'vague' } : { t: 'pct', value: (part / whole) * 100, neg: false }, fraction[0]);
        continue;
      }
    }
    const num = digitish ? readNumber(text, c.pos) : null;
    // "白沙、城关两个报了": the count of the townships just named, no figure of theirs (a name after it makes it one).
    if (num?.body?.t === 'num' && !c.pre.trim() && num.body.value >= 2 && townsJustNamed(tokens) === num.body.value && !longestAt(ctx.lexicon.nameIndex, text, c.pos + num.raw.length)) {
      c.pre += num.raw;
      c.pos += num.raw.length;
      continue;
    }
    if (num?.body) {
      c.push(num.body, num.raw);
      continue;
    }
    const skip = num ? num.raw : ch;
    c.pre += skip;
    c.pos += skip.length;
  }
  return tokens;
}

