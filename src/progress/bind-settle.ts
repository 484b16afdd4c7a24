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
import { bracketDisagrees } from './bracket-conflicts.js';
import type { Token } from './scan.js';

export function settle(s: BindState, tokens: Token[]): void {
  nameLeftOpen(s, tokens, tokens.length - 1, s.text.length);
  flush(s, true);
  endLine(s);
  s.today.pair();
  settleLeftCounts(s, tokens);
  membersShares(s);
  bracketDisagrees(s, tokens);
  notReplaced(s, tokens);
  const butNot = allButNotDone(s.text, s.out.items);
  if (butNot) s.out.errors.push({ code: 'vague', raw: butNot });
  // "今天无新增，明天计划完成村委会3个": a day said unchanged is the day's report; the plan beside it is set aside.
  if (s.planned.length && !s.out.items.length && !s.out.repeats.length) {
    for (const p of s.planned) s.out.errors.push(p);
    s.out.asides = s.out.asides.filter((a) => !s.planned.some((p) => a.includes(p.raw) || p.raw.includes(a)));
  }
}
