// A roll call copied from the township's own group: one village a line, a mark after each body's name
// ("1. 东坡村 党支部√ 村委√ 监委×"). The marks are counted per body and the lines are read as one line of
// totals in their place ("党支部3个,村委2个,监委1个"), so the usual reading (a header's township and date, a
// totals line that must agree) applies unchanged.
import type { Lexicon } from './lexicon.js';

/** Marks for done and not done, as phones and chat apps draw them. */
const DONE = '√✓✔☑✅🉑';
const NOT_DONE = '×✗✘❌❎☐□○〇';
const MARK = `[${DONE}${NOT_DONE}]`;
/** An optional list number, a village or community, then pairs of a body's name and its mark. */
const LINE = new RegExp(`^\\s*(?:\\d{1,2}\\s*[.、)]\\s*|[\\u2460-\\u2473]\\s*)?([\\u4e00-\\u9fff]{1,8}?(?:村|社区|居委会))\\s*[:：,，]?\\s*((?:[^\\s${DONE}${NOT_DONE}:：,，、]{1,10}\\s*${MARK}\\s*[,，、;；]?\\s*)+)$`);
const ANY_MARK = new RegExp(MARK);
const PAIR = new RegExp(`([^\\s${DONE}${NOT_DONE}:：,，、;；]{1,10})\\s*(${MARK})`, 'g');

/** Lines of a roll call, counted: what replaces them, or null when the text holds none. */
export function readRollCall(text: string, lexicon: Lexicon): string | null {
  if (!ANY_MARK.test(text)) return null;
  const lines = text.split('\n');
  const counts = new Map<string, number>();
  const roll: number[] = [];
  lines.forEach((line, i) => {
    const m = LINE.exec(line);
    if (!m) return;
    const pairs = [...m[2]!.matchAll(PAIR)].map(([, name, mark]) => ({ name: name!, done: DONE.includes(mark!) }));
    // Every name must be a body's: "东坡村 支持率√" is no roll call.
    if (!pairs.length || pairs.some((p) => !lexicon.keysOf.has(p.name))) return;
    roll.push(i);
    for (const p of pairs) counts.set(p.name, (counts.get(p.name) ?? 0) + (p.done ? 1 : 0));
  });
  // One village's line is news about that village, not a count of the township's.
  if (roll.length < 2) return null;
  const totals = [...counts].map(([name, n]) => `${name}${n}个`).join(',');
  const first = roll[0]!;
  return lines.flatMap((line, i) => (i === first ? [totals] : roll.includes(i) ? [] : [line])).join('\n');
}
