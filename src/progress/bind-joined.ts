// Several names before one figure: each's only when said so (各, 均, 都, or 全部完成 straight after); names side by side
// with a state said of both after them are joined as by 、.
import type { BindState } from './bind-state.js';
import { clauseStart, type ValueToken } from './bind-values.js';
import type { Token } from './scan.js';

/** Words that give one figure to each name before it. */
const EACH = /[各均都皆]|同为|也是|一样|分别/;

/**
 * "党组织、村委会、监委会：9个": one figure after several names is each's only when said so (各, 均, 都, 同为…);
 * otherwise which name the figure is for is not said — refused, never copied (the reply shows 各 as the way).
 * Names that are one indicator ("居委会和村委会加起来", "未通过、取消参选资格的") are one name. A count said with
 * 全部完成 straight after it is each's too: all of every name is done.
 */
export function oneFigureForNames(s: BindState, tok: ValueToken): boolean {
  if (tok.t !== 'num' || new Set(s.pending.map((k) => k.join())).size < 2) return false;
  const names = s.text.slice(clauseStart(s.text, tok.at, ',;。\n'), tok.at);
  // "村党组织、村委会、监委会换届7个村全部完成": all of each done, their count said once — each's (the plan checks it
  // against the due count).
  // Not when a word joined after the last name was read as none ("支部、村委、监督8个村都选完了"): half the list.
  const allAfter = s.next?.t === 'flag' && s.next.flag === 'all' && !s.next.pre.trim() && !/[、和及与,，]/.test(s.text.slice(s.pendingAt, tok.at));
  if (EACH.test(names) || allAfter) return false;
  s.out.errors.push({ code: 'missing-figure', raw: names.replace(/[:：\s]+$/, '').trim() });
  s.pending = [];
  return true;
}

/** "村委会监委会未启动": two names side by side, a state said of both after them — joined as by 、. */
export function sideBySide(s: BindState, prev: Token | undefined, tok: Extract<Token, { t: 'ind' }>): boolean {
  return prev?.t === 'ind' && !s.text.slice(prev.at + prev.raw.length, tok.at).trim() && s.next?.t === 'flag' && ['unstarted', 'all', 'both'].includes(s.next.flag);
}

/**
 * A 、 or 和 joins the names waiting before it to the next — not after words that are no name ("书记、主任一肩挑"); the
 * words of an election after a name ("两委”换届和监委会") are still the name's.
 */
export function joinOpens(s: BindState, prev: Token | undefined, tok: Token): boolean {
  const between = s.text.slice(prev ? prev.at + prev.raw.length : 0, tok.at).replace(/换届|选举|推选|工作/g, '');
  return s.pending.length > 0 && !/\p{Script=Han}/u.test(between);
}

/** Words that may stand between a 、/和 and the figure of the names it joined (党组织、村委会各5个). */
const BETWEEN_JOINED = /^(?:[\s的都也各均是有为共计合加起来总一]|分别|加起来|一共|总共|合计|共计)*$/;
/** People named by what they are, as a name is ("学历高的", "年轻的"), then the words before a figure. */
const DESCRIBED = /\p{Script=Han}的(?:[\s都也各均是有为]|分别|加起来|一共|总共|合计|共计|共)*$/u;

/**
 * "年轻的、学历高的加起来有41人": a 、 or 和 straight after a name, joining people described in words the lexicon does
 * not know, before the figure — a figure of names not all read. Refused: given to the first name alone it would be
 * stored wrong.
 */
export function joinedToUnread(s: BindState, prev: Token | undefined, tok: Token, next: Token | undefined): void {
  if (prev?.t !== 'ind' || !next || next.t === 'ind' || next.seg !== tok.seg) return;
  if (next.t !== 'num' && !(next.t === 'flag' && next.flag === 'cumul')) return;
  const between = s.text.slice(tok.at + tok.raw.length, next.at);
  if (BETWEEN_JOINED.test(between) || !DESCRIBED.test(between)) return;
  s.out.errors.push({ code: 'missing-indicator', raw: s.text.slice(tok.at + tok.raw.length, next.at + next.raw.length).trim() });
}
