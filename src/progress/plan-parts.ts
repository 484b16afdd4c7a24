// The parts of one figure given apart ("村党组织完成9个，社区党组织完成2个") make the figure (11). A part
// given beside the whole ("党组织累计9个，社区党组织还没开始") is a breakdown of it and is not stored on
// its own. Anything else is left for the usual conflict check. The items keep the order they were given in,
// so a record's fields keep theirs.
import type { Item } from './types.js';

type Part = Extract<Item['value'], { kind: 'number' }>;
const partOf = (i: Item): Part | null => (i.value.kind === 'number' && i.value.part ? i.value : null);
/** The day's new ones of one part of a body ("社区居委会1个" after 新增). */
const grown = (i: Item) => (i.value.kind === 'increment' && i.value.part ? i.value : null);

export function joinParts<T extends Item>(items: T[]): T[] {
  const key = (i: Item) => `${i.key}\u0000${i.township}\u0000${i.date}`;
  // What each (field, township, date) with parts becomes, placed where its first part stood.
  const decided = new Map<string, T[]>();
  /** Fields whose day's new ones were given in parts, one of each. */
  const grownInParts = new Set<string>();
  for (const i of items) {
    const k = key(i);
    if ((!partOf(i) && !grown(i)) || decided.has(k)) continue;
    const same = items.filter((o) => key(o) === k);
    const parts = same.filter((o) => partOf(o));
    const whole = same.filter((o) => !partOf(o));
    const village = parts.filter((o) => partOf(o)!.part === 'village');
    const community = parts.filter((o) => partOf(o)!.part === 'community');
    // "今天新增：社区居委会1个、村委会1个": the day's new ones of each part are the body's new ones.
    const vInc = same.filter((o) => grown(o)?.part === 'village');
    const cInc = same.filter((o) => grown(o)?.part === 'community');
    if (vInc.length === 1 && cInc.length === 1 && !parts.length) {
      const [v, c] = [grown(vInc[0]!)!, grown(cInc[0]!)!];
      decided.set(k, [{ ...vInc[0]!, value: { kind: 'increment', n: v.n + c.n, raw: `${v.raw}+${c.raw}` } }]);
      grownInParts.add(k);
      continue;
    }
    if (!parts.length) continue;
    if (village.length === 1 && community.length === 1) {
      const [v, c] = [partOf(village[0]!)!, partOf(community[0]!)!];
      decided.set(k, [{ ...village[0]!, value: { kind: 'number', n: v.n + c.n, raw: `${v.raw}+${c.raw}`, parts: { village: v.n, community: c.n } } }]);
      continue;
    }
    const wholes = whole.filter((o) => o.value.kind === 'number');
    const wholeNumbers = wholes.map((o) => (o.value as Part).n);
    // One part beside the whole: a breakdown when it does not exceed it and comes after it (a breakdown
    // follows what it breaks down); else both stay and conflict. "新华居委会五个……新华六个": the 5 came
    // first, so the 6 is another figure for the same thing, not its whole.
    const firstWhole = Math.min(...wholes.map((o) => items.indexOf(o)));
    // A whole named for both parts (村(居)委会共14个) is the whole wherever it stands.
    const namedWhole = wholes.some((o) => (o.value as Part).whole);
    const breakdown = wholeNumbers.length > 0 && (village.length === 0 || community.length === 0) && parts.every((o) => (namedWhole || items.indexOf(o) > firstWhole) && wholeNumbers.every((n) => partOf(o)!.n <= n));
    decided.set(k, breakdown || partsThenWhole(items, parts, same, wholes) ? [] : parts);
  }
  const placed = new Set<string>();
  return items.flatMap((i) => {
    if (!partOf(i) && !(grown(i) && grownInParts.has(key(i)))) return [i];
    const k = key(i);
    if (placed.has(k)) return [];
    placed.add(k);
    return decided.get(k)!;
  });
}

/**
 * "村委会6个，社区居委会今天也选完了（新增1个），一共7个": one part's count, the other part's new ones, then the
 * whole after both — the whole is the figure and the part a breakdown of it, when the part does not exceed it.
 */
function partsThenWhole(items: Item[], parts: Item[], same: Item[], wholes: Item[]): boolean {
  const side = partOf(parts[0]!)!.part;
  if (parts.some((o) => partOf(o)!.part !== side)) return false;
  const other = same.filter((o) => grown(o) && grown(o)!.part !== side);
  if (other.length !== 1) return false;
  const told = Math.max(...[...parts, ...other].map((o) => items.indexOf(o)));
  const after = wholes.filter((o) => items.indexOf(o) > told);
  return after.length > 0 && after.every((w) => parts.every((p) => partOf(p)!.n <= (w.value as Part).n));
}

/**
 * "今天两个村的村委会投票都很顺利，目前全镇村委会完成11个": the day's count (今天…两个村) beside a running total of the
 * same body at least twice as large, the total not itself the day's, is a note on it — the total is the figure. (Close
 * figures, 今日审查136人 beside 汇总138, are two readings of one count: the conflict check asks which.)
 */
export function dayBesideTotal<T extends Item>(items: T[]): T[] {
  const same = (a: Item, b: Item) => a.key === b.key && a.township === b.township && a.date === b.date;
  return items.filter((i) => !(i.value.kind === 'number' && i.value.daily && items.some((o) => o !== i && same(o, i) && o.value.kind === 'number' && !o.value.daily && o.value.n >= 2 * (i.value as Part).n)));
}
