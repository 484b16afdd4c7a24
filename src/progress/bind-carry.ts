// "城关审查126人不通过3人 河西84人不通过1人", "党组织换届完成率：城关72% 河西80%", "昨天是8个，今天10个":
// after a switch of township or date on a line, bare figures take the indicators the previous township
// (or date) gave, in the same order — the way a reader carries the pattern along the line.
import type { IndicatorKey } from '../store/types.js';

export class PlaceCarry {
  /** Indicators given since the last switch, in order. */
  private since: IndicatorKey[][] = [];
  /** Indicators a bare figure after the switch takes, in order. */
  private queue: IndicatorKey[][] = [];

  /** A township or date token: what the previous one was given is the pattern for this one. */
  switched() {
    if (!this.since.length) return;
    this.queue = this.since;
    this.since = [];
  }

  /** Figures were given to `keys`; an explicit indicator also uses up its place in the pattern. */
  emitted(keys: IndicatorKey[], carried: boolean) {
    this.since.push(keys);
    if (carried) return;
    const i = this.queue.findIndex((q) => q.join() === keys.join());
    if (i >= 0) this.queue.splice(0, i + 1);
  }

  /** The pattern names these indicators after its first place: a name that continues it. */
  laterHas(keys: IndicatorKey[]): boolean {
    return this.queue.slice(1).some((q) => q.join() === keys.join());
  }

  has(): boolean {
    return this.queue.length > 0;
  }

  take(): IndicatorKey[] | undefined {
    return this.queue.shift();
  }

  endLine() {
    this.since = [];
    this.queue = [];
  }
}
