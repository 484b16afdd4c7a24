// Indicators named without a figure of their own. "党组织 村委会11个" used to store only 村委会 and
// drop 党组织 silently: a half-read message. Each indicator named since the last figure is tracked;
// when a figure binds to only the last of them, the others are dropped, and a dropped indicator that
// gets no figure anywhere on its line refuses the message. "都/均" joins them instead, like 各.
import type { IndicatorKey } from '../store/types.js';
import type { Token } from './scan.js';
import type { ReportError } from './types.js';

const BODIES = new Set<IndicatorKey>(['partyDone', 'committeeDone', 'supervisionDone']);
const PEOPLE = new Set<IndicatorKey>(['under35', 'college', 'female', 'avgAge', 'crossPost', 'oneShoulder']);

interface Named {
  raw: string;
  keys: IndicatorKey[];
}

function holds(pending: IndicatorKey[][], key: IndicatorKey): boolean {
  for (const keys of pending) if (keys.includes(key)) return true;
  return false;
}

export class NamedIndicators {
  private named: Named[] = [];
  private dropped: Named[] = [];
  private kept: string[] = [];

  name(tok: Extract<Token, { t: 'ind' }>) {
    this.named.push({ raw: tok.raw, keys: tok.keys });
  }

  /** Named since the last figure: "党组织 村委会 都完成11个" binds 11 to all of them. */
  all(): IndicatorKey[][] {
    return this.named.map((n) => n.keys);
  }

  /**
   * A figure (or a not-done/plan word, which explains why there is none) answers what is waiting. A body
   * named before a figure about people ("两委 35岁以下19人", "党组织 女性3人") says whose people they
   * are: context, not an indicator left without its figure.
   */
  answered(pending: IndicatorKey[][]) {
    // Called for every figure; most have nothing named and waiting.
    if (!this.named.length) return;
    // pending holds a name or two: searched as it is, no Set of it made per figure.
    let bound = false;
    let people = true;
    for (const keys of pending) {
      for (const k of keys) {
        bound = true;
        if (!PEOPLE.has(k)) people = false;
      }
    }
    const aboutPeople = bound && people;
    const disqualified = holds(pending, 'disqualified');
    for (const n of this.named) {
      if (n.keys.some((k) => holds(pending, k))) continue;
      // "联审新增不通过1人": those who failed are among those reviewed — the review names the context.
      // "全镇“两委”候选人…共计198人": 全镇 before people counted says whose people — no due count without its figure.
      const context = (aboutPeople && n.keys.every((k) => BODIES.has(k) || (k === 'due' && /^全/.test(n.raw)))) || (disqualified && n.keys.every((k) => k === 'reviewed'));
      if (!context) this.dropped.push(n);
    }
    this.named = [];
  }

  /** "村委会 哦不是村委会 是监委会": the name just given was a slip of the tongue. */
  unname() {
    this.named.pop();
  }

  /** "支部没动，村委会今天完成一个": the name just given is said unchanged — carried as on record, no figure missing. */
  /** The last `n` names given are said unchanged ("党组织和村委会今天都没新增": both). */
  unchanged(n = 1): IndicatorKey[] {
    const names = this.named.slice(-Math.max(1, n));
    for (const x of names) this.kept.push(x.raw);
    return names.flatMap((x) => x.keys);
  }

  explained() {
    this.named = [];
  }

  /** At the end of a line: a dropped indicator none of whose fields got a figure on it is refused. */
  endLine(lineKeys: Set<IndicatorKey>, errors: ReportError[]) {
    for (const d of this.dropped) {
      if (!d.keys.some((k) => lineKeys.has(k)) && !this.kept.includes(d.raw) && !errors.some((e) => e.code === 'missing-figure' && e.raw === d.raw)) {
        errors.push({ code: 'missing-figure', raw: d.raw });
      }
    }
    this.named = [];
    this.dropped = [];
    this.kept = [];
  }
}
