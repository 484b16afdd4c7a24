// Shapes shared by the parser, the validator and the ledger.
import type { Figures, IndicatorKey } from '../store/types.js';

/** A township's villages or its communities, when a figure is given for one of them only. */
export type Part = 'village' | 'community';

/** How a figure was given. Anything not `number` is derived, as documented in docs/reports.md. */
export type ValueSpec =
  /** `implied`: a due count only restated ("19/20"), recorded only when it differs from what is known.
   *  `bare`: a due count said only as 共/一共 N after a figure, with no village unit ("完成2个 共5个"). */
  /**
   * `part`: the figure of the villages or of the communities only ("社区党组织2个"); `parts`: the two such
   * figures this one adds up (plan-parts.ts); `whole`: named for both at once (村(居)委会), the whole beside a part.
   */
  /** `daily`: said after 今天 with no total beside it ("今天完成2个"): the running total, or the day's new ones.
   *  `named`: a count of the villages named just before it ("在大王庄、小王庄两个村完成了村委会选举"): with `daily`, the day's
   *  new ones whenever a record stands.
   *  `each`: one of several days' figures said once with 各 ("18号、19号各完成1个"): each day's new ones.
   *  `from`: the first day of a span the figure is for ("26日至12月1日共完成4个"): the span's new ones.
   *  `fixed`: given as what an earlier figure should have been ("中午报了8个，其实是7个"): the base of new ones after it.
   *  `was`: with `from`, the span's new ones a correction says these replace ("本周新增是2个不是3个").
   *  `since`: after a figure put right, told as things stand later or as the whole ("晚上累计十二个", "全街道共14人"). */
  | { kind: 'number'; n: number; raw: string; implied?: true; bare?: true; daily?: true; named?: true; each?: true; from?: string; part?: Part; parts?: { village: number; community: number }; whole?: true; fixed?: true; was?: number; since?: true }
  /** `day`: what one whole day did (一天完成N个) — added to the day before's record, never to the day's own.
   *  `was`: the new ones a correction says these replace ("新增2个不是3个").
   *  `unchanged`: said unchanged ("党组织没变化"), n 0 — the figure on record, and nothing when there is none.
   *  `gap`: the message says the days before were not followed ("28号到30号请假了,那几天的进展不清楚"): counted up
   *  from a record older than yesterday, the new ones would skip days nobody knows. */
  | { kind: 'increment'; n: number; raw: string; day?: boolean; part?: Part; was?: number; unchanged?: true; gap?: true }
  /** `of`: the head count the rate is a share of, when the message gives it ("两委成员共96人…35岁以下占12.5%"). */
  /** `left`: the share still to do was said (还差三分之一), `p` is the share done. */
  | { kind: 'percent'; p: number; raw: string; of?: number; left?: boolean }
  | { kind: 'all'; raw: string }
  /** "党支部还差两个村没选": the due count less the villages still to do. */
  | { kind: 'remaining'; n: number; raw: string };

export interface Item {
  key: IndicatorKey;
  value: ValueSpec;
  /** Township name; null: not named in the message (the sender's own township). */
  township: string | null;
  date: string;
}

/** Why a message is refused. Each code has a reply template: templates/messages/report-error-<code>.md. */
export const REASON_CODES = [
  'unread',
  'due-unknown',
  'unknown-township',
  'no-township',
  'not-authorised',
  'not-your-township',
  'missing-indicator',
  'missing-figure',
  'vague',
  'unverified',
  'withdrawn',
  'negative',
  'not-integer',
  'invalid-date',
  'future-date',
  'unclear-date',
  'percent-over-100',
  'percent-not-count',
  'percent-inexact',
  'over-due',
  'one-shoulder-over',
  'disqualified-over',
  'avg-age-range',
  'conflict',
  'decrease',
  'attachment-only',
  'nothing-to-repeat',
  'not-done',
  'plan',
  'homophone',
  'table-columns',
  'no-base',
  'due-unclear',
  'fraction-unclear',
  'note-unclear',
  'area-only',
  'degree-parts',
  'villages-uncounted',
  'group-count',
  'batch-average',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Recorded anyway, but pointed out. Templates: report-warning-<code>.md. */
export const WARNING_CODES = ['committee-ahead', 'large-jump', 'due-differs', 'later-differs', 'later-lower', 'repeated', 'replaced-differs', 'nothing-to-repeat', 'percent-not-count', 'daily-increment'] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export interface Issue<C extends string> {
  code: C;
  township?: string;
  date?: string;
  field?: IndicatorKey;
  /** The text the problem was found in, as the sender typed it (folded). */
  raw?: string;
  value?: number;
  /** The bound that was crossed, or the previous value. */
  limit?: number;
  suggestions?: string[];
}
export type ReportError = Issue<ReasonCode>;
export type ReportWarning = Issue<WarningCode>;

export type Heard = { from: string; to: string; by?: 'meaning' };

export interface ParsedReport {
  /** The message reads as a progress report (or an attempt at one). */
  isReport: boolean;
  correction: boolean;
  items: Item[];
  /** "今日无新进展": the township's figures for the date repeat its last record. */
  repeats: { township: string | null; date: string }[];
  errors: ReportError[];
  /** Figures set aside as typed (a bracket, a comparison, the figure being replaced): named in the reply. */
  asides: string[];
  /**
   * Words read by their sound (合西乡 → 河西乡), or by their meaning (`by: 'meaning'`: 监督 → 村(居)务监督委员会,
   * roots.ts): named in the reply, so a misreading is seen at once.
   */
  heard: Heard[];
  /** The one township a message names beside 我乡/本镇 (parse.ts ownNamed): whose those figures are, for an admin. */
  selfMeans?: string;
  /** Figures a correction says were reported before, placed like the items (township null: the sender's). */
  replaced: { key: IndicatorKey; n: number; township: string | null; date: string }[];
  /** Questions asked beside the figures ("问一下…算不算一肩挑？"), taken out of the report for the other skills. */
  asked: string[];
  /** The text after folding, for replies. */
  text: string;
}

/** One field of a planned record, with how its value came about (for the reply). */
export interface FieldChange {
  key: IndicatorKey;
  value: number;
  spec: ValueSpec;
  /** The last recorded value (same day, else the previous record), if any. */
  last?: number;
}

export interface PlannedRecord {
  township: string;
  date: string;
  /** Only the fields this message set (derived values included). */
  set: Figures;
  changes: FieldChange[];
  /** The full figures to store: same-day record, else the previous record, plus `set`. */
  figures: Figures;
  /** Figures of the previous day's (latest earlier) record, for "较前日". */
  previous: Figures | null;
  previousDate: string | null;
  /** Figures already recorded for this date before this message. */
  current: Figures | null;
  due: number;
}
