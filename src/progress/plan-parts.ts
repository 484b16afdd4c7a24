// The parts of one figure given apart ("村党组织完成9个，社区党组织完成2个") make the figure (11). A part
// given beside the whole ("党组织累计9个，社区党组织还没开始") is a breakdown of it and is not stored on
// its own. Anything else is left for the usual conflict check.
import type { Item } from './types.js';

export function joinParts<T extends Item>(items: T[]): T[] {
  const out = items.filter((i) => !(i.value.kind === 'number' && i.value.part));
  const keys = new Set(items.map((i) => `${i.key}\u0000${i.township}\u0000${i.date}`));
  for (const k of keys) {
    const same = items.filter((i) => `${i.key}\u0000${i.township}\u0000${i.date}` === k);
    const parts = same.filter((i) => i.value.kind === 'number' && i.value.part);
    if (!parts.length) continue;
    const whole = same.filter((i) => !parts.includes(i));
    const village = parts.filter((i) => i.value.kind === 'number' && i.value.part === 'village');
    const community = parts.filter((i) => i.value.kind === 'number' && i.value.part === 'community');
    if (village.length === 1 && community.length === 1) {
      const [v, c] = [village[0]!.value, community[0]!.value] as { n: number; raw: string }[];
      out.push({ ...village[0]!, value: { kind: 'number', n: v!.n + c!.n, raw: `${v!.raw}+${c!.raw}`, parts: { village: v!.n, community: c!.n } } });
      continue;
    }
    const wholeNumbers = whole.filter((i) => i.value.kind === 'number').map((i) => (i.value as { n: number }).n);
    // One part beside the whole: a breakdown when it does not exceed it; else both stay and conflict.
    const smaller = (i: T) => i.value.kind === 'number' && wholeNumbers.every((n) => (i.value as { n: number }).n <= n);
    if (wholeNumbers.length && (village.length === 0 || community.length === 0) && parts.every(smaller)) continue;
    out.push(...parts);
  }
  return out;
}
