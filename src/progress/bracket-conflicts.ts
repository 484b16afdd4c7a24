// "党组织15个、村委会13个完成。…一肩挑12人（村委会已完成14个）": a bracket that states a body's count done, in the
// present and of nothing else, says the same thing as the figure read for that body — when it says another number,
// the clerk cannot tell which is right. Asides of another time, a plan, a part or a comparison are left alone.
import { bracketEnd } from './bind-asides.js';
import type { BindState } from './bind-state.js';
import { DONE_KEYS } from './bind-values.js';
import type { Token } from './scan.js';

/** Words that make a bracket's figure something else: another time, a plan, a part, a sum, a comparison. */
const OTHER = /比|较|上届|去年|往年|昨|前天|前日|上周|计划|预计|拟|原|应|含|其中|包括|包含|共|合计|累计|分别|新增|今天|今日|又|剩|差|还有|未|没|村\d|社区\d/;
/** A present statement of done: 已完成, 完成了, 选完. */
const DONE = /已(?:经)?(?:完成|选完|换完)|完成了|选完了/;

export function bracketDisagrees(s: BindState, tokens: Token[]): void {
  for (let i = 0; i < tokens.length - 1; i++) {
    const name = tokens[i]!;
    if (name.t !== 'ind' || name.br === undefined || name.keys.length !== 1 || !DONE_KEYS.includes(name.keys[0]!)) continue;
    const num = tokens.slice(i + 1, i + 3).find((t): t is Extract<Token, { t: 'num' }> => t.t === 'num' && t.br === name.br);
    if (!num || !/[个村]$/.test(num.raw)) continue;
    const inside = s.text.slice(name.br, bracketEnd(s, name.br));
    if (OTHER.test(inside) || !DONE.test(inside)) continue;
    // The same body's figure of the same township: no township named between the two.
    const sameTown = (at: number) => !tokens.some((t) => t.t === 'town' && t.at > Math.min(at, name.br!) && t.at < Math.max(at, name.br!));
    const read = s.out.items.find((it) => it.key === name.keys[0] && it.value.kind === 'number' && (it.at < name.br! || it.at >= name.br! + inside.length) && sameTown(it.at));
    if (read?.value.kind === 'number' && read.value.n !== num.value) {
      s.out.errors.push({ code: 'conflict', field: read.key, value: num.value, limit: read.value.n, raw: inside });
    }
  }
}

/** A bracket counting, within the figure, places not done yet: (含2个村正在唱票计票), (其中1个还没选完). */
const INCLUDES_NOT_DONE = /^\s*\((?:含|包含|包括|其中)[^()]*?(?:正在|还在|尚未|未完成|没完成|没选完|还没|待)[^()]*\)/;

/** "村委会换届完成14个(含2个村正在唱票计票)": a done count that holds some not done is no done count — asked. */
export function includedNotDone(s: BindState): void {
  for (const it of s.out.items) {
    if (it.value.kind !== 'number' || !DONE_KEYS.includes(it.key)) continue;
    const inside = INCLUDES_NOT_DONE.exec(s.text.slice(it.at + it.value.raw.length));
    if (inside) s.out.errors.push({ code: 'vague', raw: `${it.value.raw}${inside[0].trim()}` });
  }
}

