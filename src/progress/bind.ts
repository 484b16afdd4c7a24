// Step 2: pair every number with the indicator it belongs to, left to right, the way a reader does.
// "党组织9个" and "9个村完成党组织换届" both bind; "党组织、村委会均完成8个" binds 8 to both;
// "分别9个、6个" binds in order; a header line of indicators makes the lines below a table;
// a number no indicator claims is refused ("完成8个" — which one?).
import type { IndicatorKey } from '../store/types.js';
import { isMonthDay } from './dates.js';
import { PlaceCarry } from './bind-carry.js';
import { misheardTen } from './bind-homophone.js';
import { NamedIndicators } from './bind-named.js';
import { TodayWithTotal } from './bind-today.js';
import { DONE_KEYS, DUE_FILLERS, FILLER, isFiller, valueOf, type Bound, type ValueToken } from './bind-values.js';
import type { Token } from './scan.js';
import type { DateSpec } from './dates.js';
import type { ReportError } from './types.js';

export type { Bound, BoundItem, Ref } from './bind-values.js';
import type { BoundItem, Ref } from './bind-values.js';

class Binder {
  readonly out: Bound = { items: [], errors: [], towns: [], dates: [], correction: false, repeats: [], asides: [], replaced: [] };
  private pending: IndicatorKey[][] = [];
  private joinOpen = false;
  private respectively = false;
  private incr: 'none' | 'next' | 'line' = 'none';
  private resumeLine = false;
  private negative = false;
  /** Why the next value is not a figure: it qualified a hedge, a comparison, a remainder, a sub-count. */
  private ignoreNext: 'vague' | 'aside' | 'sub' | null = null;
  /** Where the word that made the next value an aside starts, to quote the aside in the reply. */
  private asideFrom = 0;
  /** The aside waiting is the figure being replaced ("报的…"): a correction word before it cancels it. */
  private replacing = false;
  /** Figures given before a 更正 in the middle of the message: a later figure of the same name replaces them. */
  private beforeCorrection: Set<BoundItem> | null = null;
  /** A separator came after the plan word: a new indicator name ends the plan. */
  private planClosed = false;
  /** The last name of a head count (审查, 女性…) on the line still without its figure. */
  private peopleWaiting: IndicatorKey[] | null = null;
  /** The value being read comes right after a township's name. */
  private afterTown = false;
  /** The last value given before the separators just passed. */
  private lastValueBeforeSep: ValueToken | null = null;
  /** The bracket (by its start) in which a running total was announced: "新增2个（累计11个）". */
  private bracketTotal = -1;
  private vagueError: ReportError | null = null;
  /**
   * "未换届5个": the next figure of this clause counts what is NOT done; "计划…12个": every figure after a
   * plan word, to the end of the line, is a target. Either is refused, never stored.
   */
  private notCounted: { code: 'not-done' | 'plan'; tok: Token } | null = null;
  /** The value token that last produced items, to catch a qualifier written after it ("5个正在进行中"). */
  private lastEmitted: ValueToken | null = null;
  private orphans: ValueToken[] = [];
  private allWaiting: ValueToken | null = null;
  private clauseItems = 0;
  /** Indicators given a figure in the current clause. */
  private clauseKeys: IndicatorKey[][] = [];
  /** Those of the clause before, on the same line. */
  private lastClauseKeys: IndicatorKey[][] = [];
  /** After 其中, the clause's figures with no name of their own are a breakdown ("其中书记连任6人、新任3人"). */
  private subOpen = false;
  private asideOpen = false;
  /** "12个村党组织换届已完成10个": the number bound before its indicator may turn out to be the due count. */
  private reopen: { keys: IndicatorKey[]; from: number; sawDone: boolean } | null = null;
  private lineInds: IndicatorKey[][] = [];
  private readonly named = new NamedIndicators();
  /** Fields that got a figure on the current line. */
  private lineKeys = new Set<IndicatorKey>();
  private lineValues = 0;
  private columns: IndicatorKey[][] | null = null;
  /** The header's names as typed, and where the current line starts: to quote a row that does not fit. */
  private columnNames: string[] = [];
  private lineNames: string[] = [];
  private lineStart = 0;
  /** Dates on the current line, and whether it says why it gives no figure (正在统计中, 计划…). */
  private lineDates: Ref<DateSpec>[] = [];
  private lineExplains = false;
  private readonly today = new TodayWithTotal();
  private readonly carry = new PlaceCarry();
  /** Figures a plan word qualified: asides, unless the message gave no other figure. */
  private readonly planned: { code: 'not-done' | 'plan'; raw: string }[] = [];
  /** The figure last bound to the name after it ("2个社区因居委会…"), and that name. */
  private backward: { value: ValueToken; name: Token } | null = null;
  /** The indicator named right after the value being read, if any ("12个村完成党组织"). */
  private nameFollows: IndicatorKey[] | null = null;
  /** A name just taken back ("村委会 哦不是村委会 是监委会"): its repetition right after is no new name. */
  private unsaid: IndicatorKey[] | null = null;

  constructor(private readonly text: string) {}

  private flush(hard: boolean, end = this.text.length) {
    const tableRow = this.columns && !this.lineInds.length;
    if (tableRow && !hard) return;
    if (tableRow && this.orphans.length === this.columns!.length) {
      this.orphans.forEach((o, i) => this.emit(this.columns![i]!, o));
      this.orphans = [];
    }
    if (tableRow && this.orphans.length) {
      // "新华 5 4" under a header of three: which column is empty cannot be known. Say so, store nothing.
      const row = this.text.slice(this.lineStart, end).trim();
      this.out.errors.push({ code: 'table-columns', raw: row, value: this.orphans.length, limit: this.columns!.length, suggestions: this.columnNames });
      this.orphans = [];
    }
    for (const o of this.orphans) {
      // A rate restated after its count ("村委会完成12个，完成率66.7%") is no new figure, but it must agree:
      // bound to the same indicator, the plan refuses a rate that gives another count (完成12个，完成率50%).
      if (o.t === 'pct' && this.out.items.some((i) => i.seg === o.seg)) {
        const last = [...this.out.items].reverse().find((i) => i.seg === o.seg && i.key !== 'due');
        if (last && DONE_KEYS.includes(last.key) && last.value.kind === 'number') this.out.items.push({ key: last.key, value: { kind: 'percent', p: o.value, raw: o.raw }, at: o.at, seg: o.seg });
        continue;
      }
      this.out.errors.push({ code: 'missing-indicator', raw: o.raw });
    }
    // "党组织换届完成14个,全部完成": said alone after a clause with figures, it is about those figures.
    if (this.allWaiting && this.clauseItems === 0 && this.lastClauseKeys.length) for (const keys of this.lastClauseKeys) this.emit(keys, this.allWaiting);
    else if (this.allWaiting && this.clauseItems === 0) this.out.errors.push({ code: 'missing-indicator', raw: this.allWaiting.raw });
    // "党组织11个全部完成": 全部完成 after a figure says the same thing again — it must agree (plan.ts checks).
    else if (this.allWaiting) for (const keys of this.clauseKeys) this.emit(keys, this.allWaiting);
    if (this.clauseKeys.length) this.lastClauseKeys = this.clauseKeys;
    if (hard) this.lastClauseKeys = [];
    this.clauseKeys = [];
    this.subOpen = false;
    this.asideOpen = false;
    this.orphans = [];
    this.allWaiting = null;
    this.clauseItems = 0;
    this.reopen = null;
    this.ignoreNext = null;
    this.negative = false;
    this.joinOpen = false;
    this.today.endClause();
    if (hard || this.notCounted?.code !== 'plan') this.notCounted = null;
    // A plan runs on over commas for bare figures ("拟于下周进行，共8个村"), but not into a clause that
    // names an indicator of its own ("…推迟到下周，监委会完成10个").
    else this.planClosed = true;
  }

  /** What the dates of the line just read may govern, now that it is known whether it gave figures. */
  private settleDates() {
    // "35岁以下正在统计中，明天报": a date on a line about an indicator that gives no figure. parse.ts
    // keeps such a date from carrying to later lines when it is a future date.
    if (this.lineValues === 0 && this.columns !== this.lineInds && (this.lineInds.length || this.lineExplains)) {
      for (const d of this.lineDates) d.idle = true;
    }
    // A date and time on a line with figures ("11月21日 18:00统计：党组织9个") is that line's date, no header.
    if (this.lineValues > 0) for (const d of this.lineDates) delete d.stamp;
    this.lineDates = [];
    this.lineExplains = false;
  }

  private endLine() {
    this.today.endLine();
    this.peopleWaiting = null;
    // A line of two or more indicators and no figures is a table header for the lines below it.
    if (this.lineInds.length >= 2 && this.lineValues === 0) {
      this.columns = this.lineInds;
      this.columnNames = this.lineNames;
    } else if (this.lineInds.length) this.columns = null;
    this.settleDates();
    this.lineNames = [];
    this.named.endLine(this.lineKeys, this.out.errors);
    this.lineKeys.clear();
    this.lineInds = [];
    this.lineValues = 0;
    this.pending = [];
    this.respectively = false;
    this.incr = 'none';
    this.resumeLine = false;
  }

  private emit(keys: IndicatorKey[], tok: ValueToken, carried = false) {
    if (this.peopleWaiting && keys.some((k) => this.peopleWaiting!.includes(k))) this.peopleWaiting = null;
    // "两委成员共41人": a head count is no number of villages due — set aside, not stored as 应换届数.
    if (keys.length === 1 && keys[0] === 'due' && tok.t === 'num' && /[人名位]$/.test(tok.raw)) {
      this.aside(tok.at, tok.at + tok.raw.length);
      return;
    }
    this.carry.emitted(keys, carried);
    if (tok.t !== 'flag') this.clauseKeys.push(keys.filter((k) => k !== 'due'));
    const inc = this.incr !== 'none';
    if (this.incr === 'next') this.incr = 'none';
    if (this.resumeLine) {
      this.incr = 'line';
      this.resumeLine = false;
    }
    for (const key of keys) {
      const value = valueOf(key, tok, inc, this.out.errors);
      if (value) {
        const item: BoundItem = { key, value, at: tok.at, seg: tok.seg };
        if (this.beforeCorrection) this.supersede(item);
        this.out.items.push(item);
        this.today.item(item, inc);
      }
      this.lineKeys.add(key);
    }
    if (tok.t === 'pair' && tok.sep === '/') {
      this.out.items.push({ key: 'due', value: { kind: 'number', n: tok.b, raw: String(tok.b), implied: true }, at: tok.at, seg: tok.seg });
    }
    this.clauseItems++;
    this.lastEmitted = tok;
  }

  /**
   * "一肩挑9人有误", "村委会9→10": the figure just given was the wrong one. Its items are taken back and
   * its indicator waits for the figure that replaces it.
   */
  private withdraw(tok: ValueToken) {
    const taken = this.out.items.filter((i) => i.at === tok.at);
    if (!taken.length) return;
    for (const i of taken) if (i.value.kind === 'number') this.out.replaced.push({ key: i.key, n: i.value.n, at: i.at, seg: i.seg });
    this.out.items = this.out.items.filter((i) => i.at !== tok.at);
    this.pending = [[...new Set(taken.map((i) => i.key))].filter((k) => k !== 'due')];
    this.aside(tok.at, tok.at + tok.raw.length);
    this.lastEmitted = null;
  }

  /** "村委15个\n更正一下 村委是14个": the figure before the 更正 is taken back, quoted, never stored. */
  private supersede(item: BoundItem) {
    // Same name under the same township and date (the last named before each figure).
    const under = <T>(refs: Ref<T>[], at: number) => JSON.stringify(refs.filter((r) => r.at < at).pop()?.value ?? null);
    const same = (i: BoundItem) => under(this.out.towns, i.at) === under(this.out.towns, item.at) && under(this.out.dates, i.at) === under(this.out.dates, item.at);
    const old = this.out.items.filter((i) => this.beforeCorrection!.has(i) && i.key === item.key && i.value.kind === 'number' && same(i));
    if (!old.length) return;
    for (const i of old) {
      if (i.value.kind === 'number') this.out.replaced.push({ key: i.key, n: i.value.n, at: i.at, seg: i.seg });
      this.aside(i.at, i.at + i.value.raw.length);
    }
    this.out.items = this.out.items.filter((i) => !old.includes(i));
  }

  /** The next figure is an aside; quoted from the first word that made it one ("40岁以下年轻干部23人"). */
  private asideNext(tok: Token) {
    if (this.ignoreNext !== 'aside') this.asideFrom = tok.at;
    this.ignoreNext = 'aside';
  }

  /** Quote text[from, to) as set aside, once. */
  private aside(from: number, to: number) {
    const raw = this.text.slice(from, to).trim();
    if (raw && !this.out.asides.includes(raw)) this.out.asides.push(raw);
  }

  /**
   * A token inside brackets: what a bracket holds qualifies what stands before it (a breakdown, a rate,
   * a comparison, a reason), so its figures are set aside and its names bind nothing. Dates still count
   * ("补报昨天(11月21日)"), and a running total still restates its figure ("新增2个（累计11个）").
   * Returns true when the token is dealt with.
   */
  private bracketed(tok: Token & { br: number }, before: Token | undefined): boolean {
    // "党组织换届（11/12）": a bracket straight after a name still waiting for its figure holds that figure.
    if (before?.t === 'ind' && before.br === undefined && this.pending.length) this.bracketTotal = tok.br;
    if (this.bracketTotal === tok.br) return false;
    switch (tok.t) {
      case 'date':
        // "补报昨天(11月21日)情况" dates the line; "完成10个(昨天为8个)" compares with another day.
        return this.lineValues > 0;
      case 'sep':
        return !tok.hard;
      case 'flag':
        if (tok.flag === 'cumul') this.bracketTotal = tok.br;
        return tok.flag !== 'cumul' && tok.flag !== 'correction';
      case 'pair':
        if (tok.unit === 'none' && isMonthDay(tok.a, tok.b) && tok.sep !== '/') return false;
      // falls through: any other pair is a figure
      case 'num':
      case 'pct':
        this.aside(tok.br, this.bracketEnd(tok.br));
        return true;
      case 'ind':
        // "（共8个）": the number of villages due, stated in passing, is still the due count.
        if (tok.keys.length === 1 && tok.keys[0] === 'due') {
          this.bracketTotal = tok.br;
          return false;
        }
        return true;
      default:
        return true;
    }
  }

  private bracketEnd(start: number): number {
    let depth = 0;
    for (let i = start; i < this.text.length; i++) {
      const ch = this.text[i];
      if (ch === '\n') return i;
      if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) return i + 1;
    }
    return this.text.length;
  }

  /** Refuse the figure a not-done word qualifies, quoting the phrase from its first to last token. */
  private refuseNotCounted(code: 'not-done' | 'plan', from: Token, to: Token) {
    const [a, b] = from.at <= to.at ? [from, to] : [to, from];
    const raw = this.text.slice(a.at, b.at + b.raw.length);
    // A plan beside figures that were given ("支部完成18个 预计周三全部完成") is set aside and named; a
    // message with no other figure is refused with the reason (see run()).
    // A count of what is NOT done names its indicator without a done figure: refused, never guessed at.
    if (code === 'plan') {
      this.planned.push({ code, raw });
      this.aside(a.at, b.at + b.raw.length);
    } else this.out.errors.push({ code, raw });
    this.pending = [];
  }

  private value(tok: ValueToken) {
    this.lineValues++;
    this.named.answered(this.pending);
    // A remainder ("计划下周完成剩余3个村") is skipped as an aside, like any other: it is not refused.
    if (this.notCounted && this.ignoreNext !== 'aside') {
      this.refuseNotCounted(this.notCounted.code, this.notCounted.tok, tok);
      if (this.notCounted.code !== 'plan') this.notCounted = null;
      this.ignoreNext = null;
      return;
    }
    if (this.ignoreNext && !(this.ignoreNext === 'sub' && this.pending.length)) {
      if (this.ignoreNext === 'vague' && this.vagueError && !tok.pre) this.vagueError.raw += tok.raw;
      else this.aside(this.asideFrom, tok.at + tok.raw.length);
      // "报的9，实际是8", "是8个不是9个": the old figure of the name waiting, or of the one just given.
      const key = this.replacing ? (this.pending[0]?.[0] ?? this.out.items[this.out.items.length - 1]?.key) : undefined;
      if (key && tok.t === 'num') this.out.replaced.push({ key, n: tok.value, at: tok.at, seg: tok.seg });
      if (this.ignoreNext === 'sub') this.subOpen = true;
      // "比上届的52人增加38人，增幅73.1%": the comparison runs on to the end of its clause.
      if (this.ignoreNext === 'aside') this.asideOpen = true;
      this.ignoreNext = null;
      return;
    }
    if ((this.subOpen || this.asideOpen) && !this.pending.length) {
      this.aside(tok.at, tok.at + tok.raw.length);
      return;
    }
    this.ignoreNext = null;
    if (this.negative || ('neg' in tok && tok.neg)) {
      this.negative = false;
      this.pending = [];
      this.out.errors.push({ code: 'negative', raw: tok.raw });
      return;
    }
    if (!this.pending.length && this.reopen && (this.reopen.sawDone || tok.t === 'flag') && (tok.t !== 'flag' || this.reopen.from === this.out.items.length - 1)) {
      // The earlier number was the village count: make it the due count, this one the figure.
      const { keys, from } = this.reopen;
      const earlier = this.out.items.splice(from);
      const first = earlier[0]!;
      this.out.items.push({ ...first, key: 'due' });
      this.reopen = null;
      return this.emit(keys, tok);
    }
    // "两委成员160人中，35岁以下29人": a whole the next figures are parts of, with no name waiting for it.
    // A body named before it ("两委成员") only says whose people they are.
    const bodyOnly = PEOPLE_UNIT.test(tok.raw) && !this.peopleWaiting && this.pending.flat().every((k) => VILLAGES.has(k));
    const whole = tok.t === 'num' && (!this.pending.length || bodyOnly) ? WHOLE_AFTER.exec(this.text.slice(tok.at + tok.raw.length)) : null;
    if (whole) {
      this.pending = [];
      return this.aside(tok.at, tok.at + tok.raw.length + whole[0].length);
    }
    // "白沙镇16个村,…": villages counted right after the township's name are its due count.
    if (!this.pending.length && tok.t === 'num' && this.afterTown && !this.nameFollows && /(村|社区)$/.test(tok.raw)) return this.emit(['due'], tok);
    if (!this.pending.length) {
      // After a switch of township the pattern wins, unless the name after the figure starts it anew
      // ("城关审查126人 河西84人不通过1人": 84 is the first of the pattern, 不通过 the second).
      // Under a table's header the columns decide (a short row is refused, never filled from a pattern).
      const carried = tok.t !== 'flag' && !this.columns && (!this.nameFollows || this.carry.laterHas(this.nameFollows)) ? this.carry.take() : undefined;
      if (carried) return this.emit(carried, tok, true);
      if (tok.t === 'flag') this.allWaiting ??= tok;
      else this.orphans.push(tok);
      return;
    }
    // "白沙、石桥女性成员分别是23人、18人": one name, one figure per joined township — the name stays.
    const spread = this.respectively && this.pending.length === 1 && !!this.out.towns[this.out.towns.length - 1]?.with;
    let target = spread ? [...this.pending] : this.respectively && this.pending.length > 1 ? [this.pending.shift()!] : this.pending.splice(0);
    // "资格联审共审查两委拟提名人选47人": a head count is never a number of villages; the body named last is
    // whose people they are, and the figure is the people-count name waiting before it (审查).
    if (tok.t === 'num' && PEOPLE_UNIT.test(tok.raw) && target.flat().every((k) => VILLAGES.has(k)) && !target.flat().every((k) => k === 'due')) {
      const waiting = this.peopleWaiting;
      if (!waiting) {
        this.out.errors.push({ code: 'missing-indicator', raw: tok.raw });
        return;
      }
      target = [waiting];
      this.named.answered(target);
    }
    const from = this.out.items.length;
    this.emit(target.flat(), tok);
    if (spread) for (const item of this.out.items.slice(from)) item.spread = true;
  }

  /** A figure voice input probably misheard (完成时二个): refused with what it likely was, never stored. */
  private homophone(tok: Extract<Token, { t: 'num' }>, before: Token | undefined): boolean {
    const misheard = misheardTen(tok, before, this.text);
    if (!misheard) return false;
    const field = this.pending.length === 1 && this.pending[0]!.length === 1 ? this.pending[0]![0] : undefined;
    this.lineValues++;
    this.named.answered(this.pending);
    this.pending = [];
    this.out.errors.push({ code: 'homophone', raw: misheard.raw, value: misheard.value, suggestions: [`十${misheard.digit}`], ...(field ? { field } : {}) });
    return true;
  }

  private indicator(tok: Extract<Token, { t: 'ind' }>) {
    this.asideOpen = false;
    if (tok.keys.every((k) => !VILLAGES.has(k))) this.peopleWaiting = tok.keys;
    if (this.planClosed && !tok.keys.includes('due')) this.notCounted = null;
    this.planClosed = false;
    const unsaid = this.unsaid;
    this.unsaid = null;
    if (unsaid && unsaid.join() === tok.keys.join()) return;
    if (tok.keys.includes('due') && this.pending.length && DUE_FILLERS.has(tok.raw)) return;
    // "又完成了两个，现在一共五个": after an increment, 共/一共 restate the running total, not the due count;
    // "全部完成,共16个": after 全部完成 they restate the figure, which must agree with the due count.
    const last = this.out.items[this.out.items.length - 1];
    if (tok.keys.includes('due') && DUE_FILLERS.has(tok.raw) && (last?.value.kind === 'increment' || last?.value.kind === 'all') && last.seg === tok.seg) {
      return this.flag({ ...tok, t: 'flag', flag: 'cumul' }, undefined);
    }
    this.lineInds.push(tok.keys);
    this.lineNames.push(tok.raw);
    if (this.ignoreNext === 'sub') {
      // "村委会完成16个,其中社区居委会2个": a breakdown of a figure already given on the line, even when it
      // names the indicator again, is an aside; "其中一肩挑6人" names another indicator and is read.
      // "女性二十四人 其中三十五岁以下的六个": women under 35 — a cross-tab of a head count, no township figure.
      const last = this.out.items[this.out.items.length - 1];
      const crossTab = !!last && PEOPLE_KEYS.has(last.key) && tok.keys.every((k) => PEOPLE_KEYS.has(k));
      if (tok.keys.every((k) => this.lineKeys.has(k)) || crossTab) {
        this.ignoreNext = 'aside';
        return;
      }
      this.ignoreNext = null;
    }
    this.reopen = null;
    // A figure before a name is that name's only when its unit fits: "女的二十九个 平均年龄四十点八" gives
    // no age of 29 (a count is no age, an age no count).
    const waiting = this.orphans[this.orphans.length - 1];
    const orphan = waiting && unitFits(waiting, tok.keys) ? this.orphans.pop() : undefined;
    if (orphan) {
      this.pending = [];
      const from = this.out.items.length;
      this.emit(tok.keys, orphan);
      this.backward = { value: orphan, name: tok };
      // Only a count of villages ("12个村") can turn out to be the due count; "完成4个 居委会…" cannot.
      if (tok.keys.every((k) => DONE_KEYS.includes(k)) && orphan.t === 'num' && /(村|社区)/.test(this.text.slice(orphan.at, orphan.at + orphan.raw.length + 2))) this.reopen = { keys: tok.keys, from, sawDone: false };
    } else if (this.allWaiting) {
      this.emit(tok.keys, this.allWaiting);
      this.allWaiting = null;
    } else {
      if (this.joinOpen && this.pending.length) this.pending.push(tok.keys);
      else this.pending = [tok.keys];
      this.named.name(tok);
    }
    this.joinOpen = false;
  }

  private flag(tok: Extract<Token, { t: 'flag' }>, prev: Token | undefined, replacementFollows = true) {
    switch (tok.flag) {
      case 'notdone':
      case 'plan': {
        // Written after its figure ("村委会5个正在进行中", "8个计划下周选举"), it qualifies that figure.
        const code = tok.flag === 'plan' ? 'plan' : 'not-done';
        this.lineExplains = true;
        this.named.explained();
        // "村委会8个计划下周选举" qualifies 8; "一肩挑十一个 下周一开始监委会选举" (a pause between) does not.
        const adjacent = tok.flag === 'plan' ? !/\s/.test(tok.pre) : !/[\s\u4e00-\u9fff]/.test(tok.pre);
        // "另外2个社区因居委会尚未选出": the figure bound back to the name is what is not done.
        if (prev && this.backward?.name === prev && this.lastEmitted === this.backward.value) {
          const { value } = this.backward;
          this.out.items = this.out.items.filter((i) => i.at !== value.at);
          this.refuseNotCounted(code, value, tok);
        } else if (prev && prev === this.lastEmitted && adjacent) {
          // The figure just read was the plan's, not a done figure.
          this.out.items = this.out.items.filter((i) => i.at !== prev.at);
          this.refuseNotCounted(code, prev, tok);
        }
        else if (this.notCounted?.code !== 'plan') this.notCounted = { code, tok };
        return;
      }
      case 'all': {
        // "村党组织9个全部完成": straight after a figure, 全部完成 qualifies that figure's indicator (the two
        // must agree), not the name that comes next.
        const last = this.out.items[this.out.items.length - 1];
        if (!this.pending.length && prev && prev === this.lastEmitted && last && last.at === prev.at && last.key !== 'due') return this.emit([last.key], tok as ValueToken);
        return this.value(tok as ValueToken);
      }
      case 'incr':
        // "比上届增加4人": the increase is the comparison's, set aside with it.
        if (this.ignoreNext === 'aside') return;
        // "新增：党组织2个，村委会1个" (head of the line) covers the line; "党组织新增2个" only that figure.
        this.incr = this.lineInds.length ? 'next' : 'line';
        return;
      case 'replaced':
        // "是8个不是9个", "报的10，实际是11": the figure after it is the one being replaced.
        this.out.correction = true;
        this.asideNext(tok);
        this.replacing = true;
        return;
      case 'wrong':
      case 'slip':
        this.out.correction = true;
        // "五个 我看错了" closes a slip already put right: only a word with its replacement after it takes back.
        if (!replacementFollows) return;
        // "村委会完成13个,不对,是12个", "支部完成11个\n不对 是12个": the figure just given, over a separator.
        if (this.lastEmitted && (prev === this.lastEmitted || (prev?.t === 'sep' && this.lastValueBeforeSep === this.lastEmitted))) this.withdraw(this.lastEmitted);
        // "支部报错了 应该是8个" corrects the figure of the name; "村委会 哦不是 监委会" takes the name back.
        else if (tok.flag === 'slip' && prev?.t === 'ind' && this.pending.length) {
          // "村委会 哦不是 监委会": the name was the slip; the next one takes its place.
          this.unsaid = this.pending.pop() ?? null;
          this.named.unname();
        } else if (prev?.t === 'town') this.out.towns = this.out.towns.filter((t) => t.at !== prev.at);
        return;
      case 'share': {
        // "女性17人，占比21.3%" restates the count; "35岁以下占比30%" gives only a rate (refused later).
        const named = this.pending.length ? this.pending.flat() : this.out.items.filter((i) => i.seg === tok.seg).map((i) => i.key);
        if (named.length && named.every((k) => this.lineKeys.has(k))) {
          this.pending = [];
          this.asideNext(tok);
        }
        return;
      }
      case 'other':
        // "35岁以下年轻干部36人": right after a name still waiting for its figure, it only describes it.
        if (prev?.t === 'ind' && this.pending.length && !prev.keys.every((k) => VILLAGES.has(k))) return;
        // "40岁以下23人", "党员56人": a group the county does not collect; its figure is set aside. A body
        // named just before it ("两委候选人初步人选") says whose group it is.
        this.named.explained();
        this.pending = [];
        this.asideNext(tok);
        return;
      case 'cumul': {
        this.today.cumul();
        this.resumeLine = this.incr === 'line';
        this.incr = 'none';
        // "新增2个，累计11个": the total restates the same indicator; the ledger checks they agree.
        const last = this.out.items[this.out.items.length - 1];
        if (!this.pending.length && last && last.seg === tok.seg && last.key !== 'due') this.pending = [[last.key]];
        else this.resumeLine = false;
        return;
      }
      case 'correction':
        this.out.correction = true;
        if (this.out.items.some((i) => i.key !== 'due')) this.beforeCorrection = new Set(this.out.items);
        // "昨天报的 白沙支部应为12个": the word of the new figure comes before any old one was given.
        if (this.replacing && this.ignoreNext === 'aside') this.ignoreNext = null;
        this.replacing = false;
        return;
      case 'resp': {
        this.respectively = true;
        // "党组织完成16个,村委会完成12个,完成率分别为88.9%、66.7%": with no name waiting, the figures after
        // 分别 restate those just given, in order (a rate must then agree with its count).
        if (this.pending.length) return;
        const given = this.out.items.filter((i) => i.seg === tok.seg && i.key !== 'due' && i.value.kind === 'number').map((i) => i.key);
        const keys = [...new Set(given)];
        if (keys.length >= 2) this.pending = keys.map((k) => [k]);
        return;
      }
      case 'neg':
        this.negative = true;
        return;
      case 'aside':
        this.asideNext(tok);
        return;
      case 'sub':
        this.ignoreNext = 'sub';
        this.asideFrom = tok.at;
        return;
      case 'both': {
        // "党组织 村委会 都是11个": the figure is for every indicator named since the last figure.
        const all = this.named.all();
        if (all.length > 1) this.pending = all;
        return;
      }
      case 'same':
        this.out.repeats.push({ at: tok.at, seg: tok.seg });
        return;
      case 'done':
        if (this.reopen) this.reopen.sawDone = true;
        return;
    }
  }

  run(tokens: Token[]): Bound {
    tokens.forEach((tok, i) => {
      if (tok.br !== undefined && this.bracketed(tok as Token & { br: number }, tokens[i - 1])) return;
      let back = i - 1;
      while (back >= 0 && isFiller(tokens[back]!)) back--;
      const prev = tokens[back];
      switch (tok.t) {
        case 'sep':
          if (prev?.t !== 'sep') this.lastValueBeforeSep = prev === this.lastEmitted ? this.lastEmitted : null;
          this.flush(tok.hard, tok.at);
          if (tok.hard) {
            // One sentence may run over ；and 。: the pattern carries to the end of the line only.
            // (The pattern carries over line breaks too: "前天是5个\n昨天6个\n今天7个".)
            this.endLine();
            this.lineStart = tok.at + tok.raw.length;
          }
          return;
        case 'colon':
          if (prev?.t === 'flag' && prev.flag === 'incr') this.incr = 'line';
          return;
        case 'join':
          this.joinOpen = this.pending.length > 0;
          this.reopen = null;
          return;
        case 'town': {
          // "没报上 补一下 城关镇监委会…": what is not done was said before this township was named.
          if (this.notCounted?.code === 'not-done') this.notCounted = null;
          const ref: Ref<string | null> = { at: tok.at, seg: tok.seg, value: tok.name, raw: tok.raw };
          // "城关镇、河东镇…": a township joined to the one before, with nothing between, names the same figures.
          const before = tokens[i - 2];
          const joined = prev?.t === 'join' && before?.t === 'town' && this.out.towns[this.out.towns.length - 1]?.at === before.at;
          if (joined) {
            const first = this.out.towns[this.out.towns.length - 1]!;
            ref.with = [...(first.with ?? [first]), ref];
            for (const r of ref.with) r.with = ref.with;
          }
          this.out.towns.push(ref);
          this.carry.switched();
          return;
        }
        case 'date': {
          // "预计周三全部完成", "下周一至周三…": a day a plan names governs no figure; nor does a day to come
          // after the line's figures ("都选完了 明天开始整理材料").
          if (this.notCounted?.code === 'plan') return;
          if (this.lineValues > 0 && tok.spec.kind === 'relative' && tok.spec.days > 0) return;
          // "较11月21日增加2个": the day compared with, and the figure after it, are an aside.
          if (/(较|比|比起|相比|同)$/.test(tok.pre) || (prev?.t === 'flag' && prev.flag === 'aside')) {
            this.asideNext(tok);
            this.asideFrom = tok.at - 1;
            return;
          }
          this.carry.switched();
          this.today.date(tok);
          // "补报昨天(11月21日)情况：…当日新增3个": 当日/当天 is the day already named, not the day of sending.
          const named = this.out.dates.filter((d) => !d.stamp).pop();
          const spec = tok.spec.kind === 'relative' && tok.spec.days === 0 && /^当/.test(tok.raw) && named ? named.value : tok.spec;
          this.out.dates.push({ at: tok.at, seg: tok.seg, value: spec, raw: tok.raw, ...(tok.stamp ? { stamp: true } : {}) });
          this.lineDates.push(this.out.dates[this.out.dates.length - 1]!);
          return;
        }
        case 'vague': {
          // Quote the whole phrase back: "10个左右", "大约8个", not just the hedge word.
          const before = tokens[i - 1];
          const joined = before && (before.t === 'num' || before.t === 'pair') && !tok.pre ? before.raw + tok.raw : tok.raw;
          this.vagueError = { code: 'vague', raw: joined };
          this.out.errors.push(this.vagueError);
          this.pending = [];
          this.ignoreNext = 'vague';
          return;
        }
        case 'ind':
          return this.indicator(tok);
        case 'flag':
          return this.flag(tok, prev, tok.flag === 'wrong' || tok.flag === 'slip' ? somethingFollows(tokens, i) : true);
        case 'num':
          if (this.homophone(tok, tokens[i - 1])) return;
          // A bare Chinese numeral is a figure only right after its indicator ("一肩挑五"), never in prose ("一届").
          if (tok.chinese && tok.unit === 'none') {
            const nextChar = this.text[tok.at + tok.raw.length] ?? '';
            // "平均年龄城关四十五点二河东四十六点五": after a township, a number of the name waiting or carried.
            const carried = prev?.t === 'town' && (this.carry.has() || this.pending.length > 0);
            // "村委会是十一不是十二": a correction word straight after it ends the figure, as punctuation would.
            const next = tokens[i + 1];
            const closed = next?.t === 'flag' && next.at === tok.at + tok.raw.length && CLOSING_FLAGS.has(next.flag);
            if (!carried && (prev?.t !== 'ind' || !this.pending.length || !FILLER.test(tok.pre) || (/[\u4e00-\u9fff]/.test(nextChar) && !closed))) return;
          }
          this.nameFollows = nameNext(tokens, i);
          this.afterTown = prev?.t === 'town';
          return this.value(tok);
        case 'pair':
          // "11/22", "11.22", "11-22" with no indicator waiting are dates; after one, a fraction or decimal.
          if (!this.pending.length && tok.unit === 'none' && isMonthDay(tok.a, tok.b) && !this.columns) {
            this.out.dates.push({ at: tok.at, seg: tok.seg, value: { kind: 'monthDay', month: tok.a, day: tok.b }, raw: tok.raw });
            return;
          }
          if (tok.sep === '-') {
            this.out.errors.push({ code: 'vague', raw: tok.raw });
            this.pending = [];
            return;
          }
          return this.value(tok);
        case 'pct':
          this.nameFollows = nameNext(tokens, i);
          return this.value(tok);
      }
    });
    this.flush(true);
    this.endLine();
    if (this.planned.length && !this.out.items.length) {
      for (const p of this.planned) this.out.errors.push(p);
      this.out.asides = this.out.asides.filter((a) => !this.planned.some((p) => a.includes(p.raw) || p.raw.includes(a)));
    }
    return this.out;
  }
}

/** Words that end a figure like punctuation: what follows corrects or replaces it. */
const CLOSING_FLAGS = new Set(['replaced', 'wrong', 'slip']);
/** Right after a figure: the figures that follow are parts of it ("160人中，", "18个村当中"). */
const WHOLE_AFTER = /^(?:之中|当中|中间|中|里面|里头)(?=[，,、：:\s]|$)/;
const VILLAGES = new Set<IndicatorKey>(['due', 'partyDone', 'committeeDone', 'supervisionDone']);
/** Head counts of the new members (not 一肩挑 or 联审, which count posts and candidates). */
const PEOPLE_KEYS = new Set<IndicatorKey>(['under35', 'college', 'female', 'crossPost']);
/** A count of people: 人, 名, 位 after the number. */
const PEOPLE_UNIT = /[人名位]$/;

/** Whether a figure's unit can be the value of these indicators (an age for 平均年龄, a count for the rest). */
function unitFits(tok: ValueToken, keys: IndicatorKey[]): boolean {
  if (tok.t !== 'num' && tok.t !== 'pair') return true;
  const age = keys.every((k) => k === 'avgAge');
  return tok.unit === 'none' || (age ? tok.unit === 'age' : tok.unit === 'count');
}

/** The indicator named by the next token that is not filler, on the same line. */
function nameNext(tokens: Token[], i: number): IndicatorKey[] | null {
  let j = i + 1;
  while (j < tokens.length && isFiller(tokens[j]!)) j++;
  const next = tokens[j];
  return next?.t === 'ind' && next.seg === tokens[i]!.seg ? next.keys : null;
}

/** A figure, a name or a township comes later on the same line (after separators and steering words). */
function somethingFollows(tokens: Token[], i: number): boolean {
  for (let j = i + 1; j < tokens.length && tokens[j]!.seg === tokens[i]!.seg; j++) {
    const t = tokens[j]!.t;
    if (t === 'num' || t === 'pair' || t === 'pct' || t === 'ind' || t === 'town') return true;
  }
  return false;
}

export function bind(tokens: Token[], text: string): Bound {
  return new Binder(text).run(tokens);
}
