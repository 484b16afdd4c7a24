// Groups of people the county does not collect (年轻干部, 党员, 网格党支部, 楼栋长): their figures are set aside,
// unless the words around say the group is one of ours.
import { aside, asideNext } from './bind-asides.js';
import type { BindState } from './bind-state.js';
import { VILLAGES } from './bind-units.js';
import type { IndicatorKey } from '../store/types.js';
import type { Token } from './scan.js';

const TRAIT_KEYS = new Set<IndicatorKey>(['under35', 'college', 'female']);

export function otherGroup(s: BindState, tok: Extract<Token, { t: 'flag' }>, prev: Token | undefined): void {
  // "35岁以下年轻干部36人": right after a name still waiting for its figure, it only describes it.
  if (prev?.t === 'ind' && s.pending.length && !prev.keys.every((k) => VILLAGES.has(k))) return;
  // "年轻干部(35岁及以下)": a member's trait named straight after it, or in a bracket after it, says which
  // group it is — the name's. ("专职社区工作者里35岁以下的" is another group's share: set aside.)
  if (s.next?.t === 'ind' && s.next.keys.every((k) => TRAIT_KEYS.has(k)) && /^\s*\(?\s*$/.test(s.text.slice(tok.at + tok.raw.length, s.next.at))) return;
  // "下设的6个网格党支部": a count straight before the group is the group's, not the figure of a name waiting
  // before it — taken back and set aside with the group.
  const counted = s.lastEmitted;
  if (counted && prev === counted && counted.at + counted.raw.length === tok.at && s.out.items.some((i) => i.at === counted.at)) {
    const keys = [...new Set(s.out.items.filter((i) => i.at === counted.at).map((i) => i.key))];
    s.out.items = s.out.items.filter((i) => i.at !== counted.at);
    aside(s, counted.at, tok.at + tok.raw.length);
    s.lastEmitted = null;
    s.pending = [keys];
    return;
  }
  // …and a count straight before it that waits for a name is the group's too: no later name takes it
  // ("下设的6个网格党支部…选出了新一届支委").
  if (prev && prev.at + prev.raw.length === tok.at) s.orphans = s.orphans.filter((o) => o !== prev);
  // "40岁以下23人", "党员56人": a group the county does not collect; its figure is set aside. A body
  // named just before it ("两委候选人初步人选") says whose group it is.
  s.named.explained();
  s.pending = [];
  asideNext(s, tok);
}
