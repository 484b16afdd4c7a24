// One body's progress told against another's in the same message: "监委会跟村委会一样", "监委会比村委会再少3个",
// "监委会比村委会慢2个". The body compared had been left out, the message stored half read (held-out round R145).
import { DONE_KEYS, type BoundItem } from './bind-values.js';
import { escape, type Lexicon } from './lexicon.js';
import { COUNT_NUMERAL, parseAnyNumber } from '../numerals.js';
import type { IndicatorKey } from '../store/types.js';

const NUM = COUNT_NUMERAL;
const patterns = new WeakMap<Lexicon, RegExp | null>();

function patternFor(lexicon: Lexicon): RegExp | null {
  let re = patterns.get(lexicon);
  if (re === undefined) {
    const bodies = lexicon.names.filter((n) => n.keys.length === 1 && DONE_KEYS.includes(n.keys[0]!)).map((n) => escape(n.text));
    const body = `(${bodies.join('|')})`;
    // A: 跟/和/同 B 一样 (the same); B: 比 B (再)少/慢 N 个 (fewer).
    re = bodies.length ? new RegExp(`${body}(?:也)?(?:(?:跟|和|同|与)${body}(?:的)?(?:一样|相同|一致)|比${body}(?:再|还)?(?:少|慢)(${NUM})个)(?=\\s*(?:[,;。!?\\n，；。]|$))`, 'g') : null;
    patterns.set(lexicon, re);
  }
  return re;
}

/** The compared body's figure, from the other body's figure in the same message: as many, or that many fewer done. */
export function withCompared(text: string, items: BoundItem[], lexicon: Lexicon): BoundItem[] {
  if (!/一样|相同|一致|少|慢/.test(text)) return items;
  const re = patternFor(lexicon);
  if (!re) return items;
  const added: BoundItem[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [, a = '', same, than, fewer] = m;
    const keyA = lexicon.keysOf.get(a)?.[0];
    const keyB = lexicon.keysOf.get((same ?? than)!)?.[0];
    if (!keyA || !keyB || keyA === keyB || items.some((i) => i.key === keyA)) continue;
    // The other body's figure, said once before the comparison; none, or two, and nothing is worked out.
    const told = items.filter((i) => i.key === keyB && i.at < m!.index);
    const base = told.length === 1 ? told[0]! : undefined;
    if (!base || (base.value.kind !== 'number' && base.value.kind !== 'remaining')) continue;
    const less = fewer === undefined ? 0 : parseAnyNumber(fewer);
    if (less === null) continue;
    const raw = m[0];
    const value = base.value.kind === 'remaining' ? { kind: 'remaining' as const, n: base.value.n + less, raw } : { kind: 'number' as const, n: base.value.n - less, raw };
    if (value.n < 0) continue;
    added.push({ key: keyA as IndicatorKey, value, at: m.index, seg: base.seg });
  }
  return added.length ? [...items, ...added].sort((x, y) => x.at - y.at) : items;
}

/** An aside quoted from inside a comparison now read (村委会再少3个) is no longer left out. */
export function notCompared(asides: string[], items: BoundItem[]): string[] {
  const read = items.filter((i) => i.value.kind !== 'increment' && i.value.raw.length > 4 && /一样|相同|一致|少|慢/.test(i.value.raw)).map((i) => i.value.raw);
  return read.length ? asides.filter((a) => !read.some((r) => r.includes(a))) : asides;
}
