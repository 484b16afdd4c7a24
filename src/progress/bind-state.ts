// The binder's state, in one place: what is waiting for a figure, what the clause and the line have given
// so far, and what the next figure is not. The steps that read tokens live in bind.ts and the bind-*.ts
// files beside it; each takes this state, so they see and change the same things a single class would.
import type { IndicatorKey } from '../store/types.js';
import { PlaceCarry } from './bind-carry.js';
import { NamedIndicators } from './bind-named.js';
import { TodayWithTotal } from './bind-today.js';
import type { BareCount } from './bind-before-total.js';
import type { Bound, BoundItem, Ref, ValueToken } from './bind-values.js';
import type { DateSpec } from './dates.js';
import type { Phrases } from './phrases.js';
import type { Token } from './scan.js';
import type { Part, ReportError } from './types.js';

export abstract class BindState {
  readonly out: Bound = { items: [], errors: [], towns: [], dates: [], correction: false, repeats: [], unchanged: [], asides: [], replaced: [] };
  pending: IndicatorKey[][] = [];
  /** Where the name last left waiting was said. */
  pendingAt = -1;
  joinOpen = false;
  respectively = false;
  incr: 'none' | 'next' | 'line' = 'none';
  /** "城关镇今日新增\n一肩挑 2\n交叉任职 5": a line of the new ones' word alone heads the lines of figures below it. */
  newOnesBlock = false;
  /** The increment word said what one whole day did (一天完成). */
  incrDay = false;
  resumeLine = false;
  negative = false;
  /** A word that takes from a total (减掉, 扣除) still waiting for its figure: with none, the total is not known. */
  subtract: string | null = null;
  /** Why the next value is not a figure: it qualified a hedge, a comparison, a remainder, a sub-count. */
  ignoreNext: 'vague' | 'aside' | 'sub' | null = null;
  /** Where the word that made the next value an aside starts, to quote the aside in the reply. */
  asideFrom = 0;
  /** Where the last township compared with was named (比柳林、马坊都快: 马坊 joined to it is compared too). */
  comparedTownAt = -1;
  /** The aside waiting is the figure being replaced ("报的…"): a correction word before it cancels it. */
  replacing = false;
  /** A correction word with its replacement after it: the next figure is what an earlier one should have been. */
  fixing = false;
  /** Figures given before a 更正 in the middle of the message: a later figure of the same name replaces them. */
  beforeCorrection: Set<BoundItem> | null = null;
  /** A separator came after the plan word: a new indicator name ends the plan. */
  planClosed = false;
  /** The last name of a head count (审查, 女性…) on the line still without its figure. */
  peopleWaiting: IndicatorKey[] | null = null;
  /** The value being read comes right after a township's name. */
  afterTown = false;
  /** The last value given before the separators just passed. */
  lastValueBeforeSep: ValueToken | null = null;
  /** The bracket (by its start) in which a running total was announced: "新增2个（累计11个）". */
  bracketTotal = -1;
  vagueError: ReportError | null = null;
  /** The members' head count the message gave ("两委成员共96人"): rates of head counts are shares of it. */
  people: number | null = null;
  /** The next figure is what is still to do ("还差两个村"). */
  remainingNext = false;
  /** The due count's name waiting was a bare 共/一共 ("完成2个 共5个"): is it the due count or a total? */
  dueByFiller = false;
  /** The token after the one being read, and the one after that. */
  next: Token | undefined = undefined;
  afterNext: Token | undefined = undefined;
  /** At an increment word, and at its count: the count is followed by a name that ends the clause (又完成1个党组织). */
  countNamedAfter = false;
  /**
   * "未换届5个": the next figure of this clause counts what is NOT done; "计划…12个": every figure after a
   * plan word, to the end of the line, is a target. Either is refused, never stored.
   */
  notCounted: { code: 'not-done' | 'plan'; tok: Token } | null = null;
  /** The value token that last produced items, to catch a qualifier written after it ("5个正在进行中"). */
  lastEmitted: ValueToken | null = null;
  orphans: ValueToken[] = [];
  /** After 占…应换届…: the names of the due count are what the share is of, not a figure's name. */
  shareOfDue = false;
  /** Where the last trait set aside as a post's or a group's ended ("书记中女性1人、35岁以下2人"). */
  traitAside: { seg: number; at: number } | null = null;
  /** Figures refused for want of an indicator that a total later on their line may explain (bind-before-total.ts). */
  bareCounts: BareCount[] = [];
  /** Counts of meetings or rounds (召开6场) refused unless figures beside them are read (bind-before-total.ts). */
  eventCounts: { error: ReportError; from: number; to: number }[] = [];
  allWaiting: ValueToken | null = null;
  /** "比前天多3个": the day the next figure counts up from (bind-places.ts). */
  since: Ref<DateSpec> | null = null;
  /** "和20号报的比,党组织又完成了4个,村委会又完成3个": `since` holds for every figure to the sentence's end. */
  sinceHeld = false;
  clauseItems = 0;
  /** Indicators given a figure in the current clause. */
  clauseKeys: IndicatorKey[][] = [];
  /** Those of the clause before, on the same line. */
  lastClauseKeys: IndicatorKey[][] = [];
  /** After 其中, the clause's figures with no name of their own are a breakdown ("其中书记连任6人、新任3人"). */
  subOpen = false;
  asideOpen = false;
  /** The last figure set aside: a not-done word straight after it ("其中2个还没选") makes it a count not done. */
  lastAside: ValueToken | null = null;
  /** The kind of word that opened the aside waiting for its number (share, aside, other…). */
  asideBy: string | null = null;
  /** "12个村党组织换届已完成10个": the number bound before its indicator may turn out to be the due count. */
  reopen: { keys: IndicatorKey[]; from: number; sawDone: boolean } | null = null;
  lineInds: IndicatorKey[][] = [];
  readonly named = new NamedIndicators();
  /** Fields that got a figure on the current line. */
  lineKeys = new Set<IndicatorKey>();
  lineValues = 0;
  columns: IndicatorKey[][] | null = null;
  /** The header's names as typed, and where the current line starts: to quote a row that does not fit. */
  columnNames: string[] = [];
  lineNames: string[] = [];
  lineStart = 0;
  /** Dates on the current line, and whether it says why it gives no figure (正在统计中, 计划…). */
  lineDates: Ref<DateSpec>[] = [];
  lineExplains = false;
  readonly today = new TodayWithTotal();
  readonly carry = new PlaceCarry();
  /** Figures a plan word qualified: asides, unless the message gave no other figure. */
  readonly planned: { code: 'not-done' | 'plan'; raw: string }[] = [];
  /** The figure last bound to the name after it ("2个社区因居委会…"), and that name. */
  backward: { value: ValueToken; name: Token } | null = null;
  /** A name said not to be the one ("不是党组织"): passed over. */
  denied: Token | null = null;
  /** The last name read, when it stands for several bodies at once (两委, 三委). */
  groupName: Token | null = null;
  /** Where each indicator's name was read, in order. */
  nameAts: number[] = [];
  /** The indicator named right after the value being read, if any ("12个村完成党组织"). */
  nameFollows: IndicatorKey[] | null = null;
  /** A body's name still waiting for its figure while the due count is said ("党组织:全镇16个村,已完成14个"). */
  suspended: IndicatorKey[][] | null = null;
  /** The part (villages or communities) the name last given to each body spoke of: bind-parts.ts. */
  readonly parts = new Map<IndicatorKey, Part | 'both' | undefined>();
  /** A name just taken back ("村委会 哦不是村委会 是监委会"): its repetition right after is no new name. */
  unsaid: IndicatorKey[] | null = null;
  /** Counts left, each before its body's name, joined in one clause ("还差两个村委会和一个监委会"): bind-remain.ts. */
  leftList = false;

  constructor(
    readonly text: string,
    /** The binder's word lists (indicators.yaml `phrases`). */
    readonly phrases: Phrases,
    /** A township's due count from the county file, where a reading depends on it (bind-homophone.ts). */
    readonly dueOf: (township: string) => number | undefined = () => undefined,
  ) {}

  /** The county file's due count of the township last named, if any. */
  dueHere(): number | undefined {
    const town = this.out.towns.at(-1)?.value;
    return town ? this.dueOf(town) : undefined;
  }

  /** Bind a figure to these indicators (bind.ts). */
  abstract emit(keys: IndicatorKey[], tok: ValueToken, carried?: boolean): void;
  /** Read a figure: bind it to what is waiting, or say why it binds to nothing (bind.ts). */
  abstract value(tok: ValueToken): void;
}
