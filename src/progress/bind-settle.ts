// The message read to its end: a name left waiting, the last clause flushed, then what only the whole message can
// settle — counts refused for want of a name that the rest explains, the members' shares, brackets that disagree,
// figures put right, and a plan that is the message's only figure.
import { settleLeftCounts } from './bind-before-total.js';
import { notReplaced } from './bind-corrections.js';
import { allButNotDone } from './bind-counts.js';
import { endLine, flush } from './bind-ends.js';
import { nameLeftOpen } from './bind-left-open.js';
import type { BindState } from './bind-state.js';
import { membersShares } from './bind-units.js';
import { isFiller } from './bind-values.js';
import { bracketDisagrees, includedNotDone } from './bracket-conflicts.js';
import type { Token } from './scan.js';

export function settle(s: BindState, tokens: Token[]): void {
  nameLeftOpen(s, tokens, tokens.length - 1, s.text.length);
  totalLeftOpen(s, tokens);
  flush(s, true);
  endLine(s);
  s.today.pair();
  settleLeftCounts(s, tokens);
  membersShares(s);
  bracketDisagrees(s, tokens);
  includedNotDone(s);
  notReplaced(s, tokens);
  const butNot = allButNotDone(s.text, s.out.items);
  if (butNot) s.out.errors.push({ code: 'vague', raw: butNot });
  // "今天无新增，明天计划完成村委会3个": a day said unchanged is the day's report; the plan beside it is set aside.
  if (s.planned.length && !s.out.items.length && !s.out.repeats.length) {
    for (const p of s.planned) s.out.errors.push(p);
    s.out.asides = s.out.asides.filter((a) => !s.planned.some((p) => a.includes(p.raw) || p.raw.includes(a)));
  }
}

/**
 * After the last word of a running total, only what leads to its figure ("…选完两个了 累计是", "合计："). Bare at the end it
 * says the figures before it are totals ("党组织6 村委会5 都是累计").
 */
const TOTAL_WORD = /^(?:累计|合计|共计|总计|一共|总共|共)$/;
const NOTHING_AFTER = /^\s*(?:是|为|有|达到?|[:：])[\s:：,，。.…]*$/;

/**
 * "居委会选完两个了 累计是": a message that ends on a word of a running total was cut off before its figure — refused
 * as a figure missing, never stored with the total unread.
 */
function totalLeftOpen(s: BindState, tokens: Token[]): void {
  let at = tokens.length - 1;
  while (at >= 0 && tokens[at]!.t === 'colon') at--;
  const last = tokens[at];
  if (last?.t !== 'flag' || last.flag !== 'cumul' || last.br !== undefined || !TOTAL_WORD.test(last.raw) || !tokens.slice(0, at).some((t) => t.t === 'num')) return;
  if (NOTHING_AFTER.test(s.text.slice(last.at + last.raw.length))) s.out.errors.push({ code: 'missing-figure', raw: last.raw });
}
