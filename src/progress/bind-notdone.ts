// Counts straight before a body's name said not done ("两个村的村委会还没开始", "3个村委会和5个监委会还没选"):
// the villages counted are the ones not done — set aside with their words, never stored as the body's figure. Also
// the refusal of a figure a not-done or plan word qualifies, and the increment whose count a name follows.
import { aside, asNote } from './bind-asides.js';
import type { BindState } from './bind-state.js';
import { DONE_KEYS, flatKeys } from './bind-values.js';
import type { Token } from './scan.js';

/**
 * "两个村的村委会还没开始", "4个社区党委还在准备": the villages counted just before the body's name are the ones
 * not done — the count is set aside with its words, never stored as that body's figure.
 */
export function countedNotDone(s: BindState, tok: Token, prev: Token | undefined): boolean {
  const counted = s.lastEmitted;
  if (prev?.t !== 'ind' || !counted || counted.at >= prev.at || counted.seg !== tok.seg || !/^(?:还在|正在|都还|还都|还|都|也|仍|尚)?$/.test(tok.pre.trim())) return false;
  // The count straight before the name ("两个村的村委会"), not a figure of an earlier clause.
  if (!/^的?$/.test(s.text.slice(counted.at + counted.raw.length, prev.at).trim())) return false;
  // "居委会5个 村委会还没开始": a count its own name came before is that name's figure; the next name starts anew.
  const own = s.nameAts.filter((at) => at < counted.at).at(-1);
  const ownFigure = own !== undefined && !/[,，;；。.!！?？\n和、及与跟]/.test(s.text.slice(own, counted.at));
  if (ownFigure && !s.out.items.some((i) => i.at > own && i.at < counted.at)) return false;
  if (!s.out.items.some((i) => i.at === counted.at && prev.keys.includes(i.key))) return false;
  // "还差两个村委会没选": a count of what is left is not done by its own reading; 没选 only says so again.
  if (s.out.items.some((i) => i.at === counted.at && (i.value.kind === 'remaining' || (i.value.kind === 'percent' && !!i.value.left)))) return true;
  s.out.items = s.out.items.filter((i) => i.at !== counted.at);
  // "3个村委会和5个监委会还没选": the counts joined before it (和, 、) are not done either.
  let from = counted.at;
  for (let joined = joinedBefore(s, from); joined; joined = joinedBefore(s, from)) {
    const at = joined.at;
    s.out.items = s.out.items.filter((i) => i.at !== at);
    from = at;
  }
  aside(s, from, tok.at + tok.raw.length);
  s.lastEmitted = null;
  return true;
}

/** A figure read from a count straight before its name, joined to the count at `at` (村委会和, 村委会、). */
function joinedBefore(s: BindState, at: number) {
  return s.out.items.find((i) => i.at < at && i.value.kind === 'number' && /^\s*的?[^\d,，。;；!?！？\s]{1,8}?\s*[和、及与跟]\s*$/.test(s.text.slice(i.at + i.value.raw.length, at)));
}

/** "鼓楼社区没选成(…),还是3个": a figure after a word of not done, said to be still what it was, is the total. */
export function stillDone(text: string, tok: { at: number }): boolean {
  return /(?:还是|仍是|仍然是|仍为|依然是|依旧是)\s*$/.test(text.slice(Math.max(0, tok.at - 5), tok.at));
}

/** Refuse the figure a not-done word qualifies, quoting the phrase from its first to last token. */
export function refuseNotCounted(s: BindState, code: 'not-done' | 'plan', from: Token, to: Token) {
  const [a, b] = from.at <= to.at ? [from, to] : [to, from];
  const raw = s.text.slice(a.at, b.at + b.raw.length);
  // A plan beside figures that were given ("支部完成18个 预计周三全部完成") is set aside and named; a
  // message with no other figure is refused with the reason (see run()).
  // A count of what is NOT done names its indicator without a done figure: refused, never guessed at.
  // "党组织换届完成情况：已完成9个，正在进行2个，未启动1个": after a figure said done on its line, the counts not
  // done are notes on it.
  // Only a not-done word before its count, of the body just given ("完成9个，不过3个村还没选村委会" is another body's).
  const waiting = flatKeys(s.pending);
  const doneBefore = code === 'not-done' && from.t === 'flag' && s.out.items.some((i) => i.seg === a.seg && i.at < a.at && DONE_KEYS.includes(i.key) && (!waiting.length || waiting.includes(i.key)) && i.value.kind === 'number' && /完成|选完|已/.test(s.text.slice(Math.max(0, i.at - 4), i.at)));
  if (code === 'plan') {
    s.planned.push({ code, raw });
    aside(s, a.at, b.at + b.raw.length);
  } else if (doneBefore) aside(s, a.at, b.at + b.raw.length);
  else s.out.errors.push({ code, raw });
  s.pending = [];
}

/** Token `i` is an increment word whose count is followed by a name that ends the clause ("又完成1个党组织"). */
export function countNamedAfter(tokens: Token[], i: number): boolean {
  const word = tokens[i];
  if (word?.t !== 'flag' || word.flag !== 'incr') return false;
  const count = tokens[i + 1];
  const name = tokens[i + 2];
  const ends = tokens[i + 3];
  return count?.t === 'num' && name?.t === 'ind' && name.seg === count.seg && (!ends || ends.t === 'sep' || ends.seg !== count.seg);
}

/** A step before the vote said done or under way for some villages: 候选人提名完成4个, 候选人提名开展了10个. */
const STEP_DONE = /^(?:候选人)?(?:提名|公告|公示|选举公告|报送名单)[^,;。!?\n]{0,6}?(?:完成|开展|结束|做完|搞完|弄完)/;

/**
 * Beside figures that are read, a count of villages through a step before the vote (候选人提名完成4个) is a note on
 * them: the step is no indicator, and nothing of it is stored. Alone it is still refused.
 */
export function stepCountsAsNotes(s: BindState): void {
  if (!s.out.items.some((i) => i.key !== 'due')) return;
  for (const error of s.out.errors.filter((e) => e.code === 'not-done' && e.raw && STEP_DONE.test(e.raw))) {
    const at = s.text.indexOf(error.raw!);
    if (at >= 0) asNote(s, error, at, at + error.raw!.length);
  }
}
