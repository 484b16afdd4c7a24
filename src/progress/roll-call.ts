// A roll call copied from the township's own group: one village a line, a mark after each body's name
// ("1. 东坡村 党支部√ 村委√ 监委×"). The marks are counted per body and the lines are read as one line of
// totals in their place ("党支部3个,村委2个,监委1个"), so the usual reading (a header's township and date, a
// totals line that must agree) applies unchanged. The same for villages marked under a body's name
// ("村委会：东坡村√ 西岭村√ 南沟村×", or one village a line below "村委会换届情况：").
import type { Lexicon } from './lexicon.js';

/** Marks for done and not done, as phones and chat apps draw them. */
const DONE = '√✓✔☑✅🉑';
const NOT_DONE = '×✗✘❌❎☐□○〇';
const MARK = `[${DONE}${NOT_DONE}]`;
/** An optional list number, a village or community, then pairs of a body's name and its mark. */
const LINE = new RegExp(`^\\s*(?:\\d{1,2}\\s*[.、)]\\s*|[\\u2460-\\u2473]\\s*)?([\\u4e00-\\u9fff]{1,8}?(?:村|社区|居委会))\\s*[:：,，]?\\s*((?:[^\\s${DONE}${NOT_DONE}:：,，、]{1,10}\\s*${MARK}\\s*[,，、;；]?\\s*)+)$`);
const ANY_MARK = new RegExp(MARK);
const PAIR = new RegExp(`([^\\s${DONE}${NOT_DONE}:：,，、;；]{1,10})\\s*(${MARK})`, 'g');

/** A body's name heading villages: "村委会:", "2.村委会换届情况:" and what follows on the line. */
const BODY_HEAD = /^\s*(?:\d{1,2}\s*[.、)]\s*|[一二三四五六七八九十]{1,2}\s*[、.]\s*)?([\u4e00-\u9fff()]{1,12}?)(?:换届|选举)?(?:情况|进度|进展)?\s*:\s*(.*)$/;
/** A village or community and its mark. */
const VILLAGE_MARK = new RegExp(`([\\u4e00-\\u9fff]{1,8}?(?:村|社区))\\s*(${MARK})`, 'g');
/** A line of nothing but villages with marks (and list numbers, separators). */
const MARKS_ONLY = new RegExp(`^(?:\\s*(?:\\d{1,2}\\s*[.、)]\\s*)?[\\u4e00-\\u9fff]{1,8}?(?:村|社区)\\s*${MARK}\\s*[,，、;；]?)+\\s*$`);

/** Lines of a roll call, counted: what replaces them, or null when the text holds none. */
export function readRollCall(text: string, lexicon: Lexicon): string | null {
  if (!ANY_MARK.test(text)) return null;
  return byVillage(text, lexicon) ?? underBody(text, lexicon);
}

/** "村委会:东坡村√ 西岭村√ 南沟村×", or the villages one a line below the body's name: counted per body. */
function underBody(text: string, lexicon: Lexicon): string | null {
  const lines = text.split('\n');
  const out: string[] = [];
  let counted = false;
  for (let i = 0; i < lines.length; i++) {
    const head = BODY_HEAD.exec(lines[i]!);
    if (!head || !lexicon.keysOf.has(head[1]!)) {
      out.push(lines[i]!);
      continue;
    }
    const marks = [...head[2]!.matchAll(VILLAGE_MARK)];
    if (head[2]!.trim() && !MARKS_ONLY.test(head[2]!)) {
      out.push(lines[i]!);
      continue;
    }
    let j = i + 1;
    for (; !head[2]!.trim() && j < lines.length && MARKS_ONLY.test(lines[j]!); j++) marks.push(...lines[j]!.matchAll(VILLAGE_MARK));
    // One village is news about it, not a count.
    if (marks.length < 2) {
      out.push(lines[i]!);
      continue;
    }
    out.push(`${head[1]}${marks.filter((m) => DONE.includes(m[2]!)).length}个`);
    counted = true;
    i = j - 1;
  }
  return counted ? out.join('\n') : null;
}

/** "1. 东坡村 党支部√ 村委√ 监委×", one village a line: counted per body. */
function byVillage(text: string, lexicon: Lexicon): string | null {
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
