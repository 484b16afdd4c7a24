// A head count of people said where villages are counted: set aside (kept for the shares after it), or, straight
// after a share of people, that share's count.
import { aside } from './bind-asides.js';
import type { BindState } from './bind-state.js';
import { GROUPS, PEOPLE_UNIT, VILLAGES } from './bind-units.js';
import { clauseStart, DONE_KEYS, type ValueToken } from './bind-values.js';
import type { IndicatorKey } from '../store/types.js';

/**
 * "两委成员共41人", "新一届两委33人": a head count given where villages are counted (the due count, or a body
 * named as done) — no number of villages: set aside here, the head count kept for shares after it.
 */
export function headCountAsDue(s: BindState, keys: IndicatorKey[], tok: ValueToken): boolean {
  if (!(keys.length > 0 && keys.every((k) => VILLAGES.has(k)) && tok.t === 'num' && PEOPLE_UNIT.test(tok.raw))) return false;
  // "交叉任职比例达到35%，共29人": the head count straight after a share of people is that share's count — the
  // figure the county collects; the share is set aside.
  const last = s.out.items.at(-1);
  if (last?.value.kind === 'percent' && GROUPS.has(last.key) && last.seg === tok.seg && /^[\s,;]*(?:共|共计|合计|总共|一共)?(?:有)?\s*$/.test(s.text.slice(last.at + last.value.raw.length, tok.at))) {
    aside(s, last.at, last.at + last.value.raw.length);
    last.value = { kind: 'number', n: tok.value, raw: tok.raw };
    last.at = tok.at;
    return true;
  }
  aside(s, tok.at, tok.at + tok.raw.length);
  s.people = tok.value;
  return true;
}

// A clause saying every body of the group is done, or each one: 两委换届全部完成, 7个村两委都选完了, 三委均已完成5个.
const EACH_OR_ALL = /全部|全都|都|均|全面|全完|全选|全换|各|所有|同步/;

/**
 * "马坊乡两委换届完成5个村", "今天村居两委完成了10个": one count for a name standing for several bodies does not say
 * whether each body reached it or some did (a careful clerk asks) — refused, unless the clause says each or all
 * or the count is the due count.
 */
export function groupCount(s: BindState, keys: IndicatorKey[], tok: ValueToken): boolean {
  const name = s.groupName;
  // What is left (两委就差1个没选) is left of each body.
  if (!name || s.remainingNext || name.seg !== tok.seg || tok.t !== 'num' || keys.length < 2 || !keys.every((k) => DONE_KEYS.includes(k))) return false;
  const from = Math.min(name.at, tok.at);
  const to = Math.max(name.at + name.raw.length, tok.at + tok.raw.length);
  const end = s.text.slice(to).search(/[,;。!?\n]/);
  if (EACH_OR_ALL.test(s.text.slice(clauseStart(s.text, from), end < 0 ? s.text.length : to + end))) return false;
  // As many as are due (马坊乡：两委换届完成8个村, 8 due): every body is done.
  const said = s.out.items.find((i) => i.key === 'due' && i.value.kind === 'number');
  if (tok.value === (said?.value.kind === 'number' ? said.value.n : s.dueHere())) return false;
  s.out.errors.push({ code: 'group-count', raw: s.text.slice(from, to) });
  return true;
}
