// Lines the villages reported, one village a line, above the township's own line (全镇累计：…, 汇总：…): notes on
// it. A village's figures are never the township's, and its words (一肩挑, 都选完了) ask nothing of the reader.
// Also the township's whole said in passing (全镇第十二个, 全镇两委成员平均年龄): no due count waiting for a figure.
import { DONE_KEYS } from './bind-values.js';
import { longestAt, type Lexicon } from './lexicon.js';

/** The township's own line: its whole (全镇, 全乡, 全街道) named early in it, or a line that sums (汇总：, 合计：). */
const WHOLE_LINE = /^\s*(?:[-—=_~]+\s*)?(?:[^\n]{0,12}?(?:全乡|全镇|全街道)|汇总|合计|总计)/;
/** A line opened by a village's or a community's name, numbered or bracketed as lists are (①北岭村, [孙家庄村 孙书记]). */
const VILLAGE_LINE = /^\s*(?:[①-⑳]|\d{1,2}\s*[.、)]|[[(])?\s*(?:(?![各其全本我每该这那乡镇])[\u4e00-\u9fff]){1,5}?(?:村|社区)(?![委民务党级两居])/;
const NUMERAL = /[\d一二两三四五六七八九十]/;
/** A line of villages' figures alone: one (马坊村3) or several side by side (石桥村2 上河村2). */
const FIGURES_ALONE = /^\s*(?:[\u4e00-\u9fff]{2,6}\s*:?\s*\d{1,3}\s*[人名]?[ \t,、;]*)+$/;
export const SUM_ALONE = /^\s*(?:合计|总计|共计|一共|总的|共)\s*:?\s*(\d{1,3})\s*[人名]?\s*$/;

export function villageLinesAside(t: string): string {
  // A table's rows or a roll call's marks are read, and checked against their 合计, by their own readers.
  if (!t.includes('\n') || !/全[乡镇]|全街道|汇总|合计|总计/.test(t) || /[\t√×✓✗✔]/.test(t)) return t;
  const lines = t.split('\n');
  const whole = lines.findIndex((l, i) => i > 0 && WHOLE_LINE.test(l) && NUMERAL.test(l));
  if (whole < 0) return t;
  // "马坊乡两委交叉任职\n马坊村3\n东庄村2\n合计5人" (or 马坊村3 东庄村2 on one line): a heading, villages' figures alone and their sum: the heading's
  // count told village by village, summed by the roll-call reader and checked against the sum.
  const between = lines.slice(1, whole);
  const told = between.join(' ').match(/\d{1,3}/g)?.length ?? 0;
  if (whole >= 2 && told >= 2 && !/\d/.test(lines[0]!.replace(/(?:\d{1,2}月)?\d{1,2}[号日]/g, '')) && between.every((l) => FIGURES_ALONE.test(l)) && SUM_ALONE.test(lines[whole]!)) return t;
  let villages = 0;
  for (let i = 0; i < whole; i++) {
    if (!VILLAGE_LINE.test(lines[i]!)) continue;
    // Brackets do not nest: the line's own are dropped inside the one that sets it aside.
    lines[i] = `(${lines[i]!.replace(/[()[\]]/g, ' ').trim()})`;
    villages++;
  }
  return villages ? lines.join('\n') : t;
}

/** Between the whole and the make-up's name: 的, 新当选的, 两委成员中. */
const SCOPE_TAIL = /^(?:的)?(?:新当选的?|新一届的?)?(?:村|社区|各村|各社区)?["“]?(?:两委(?:班子)?成员|两委班子|两委)?["”]?(?:人选|候选人)?(?:中|里|的)?/;

/**
 * "全乡平均年龄44.3岁", "全镇两委成员中女性23人": 全镇, 全乡, 全街道 before the name of the members' make-up say whose
 * figure it is — they are not the due count those words name alone (全镇16个村). How much to pass over at `at`, where
 * the due name `name` starts; 0 when it names the due count (or all of a body: 全镇党组织换届全部完成).
 */
export function scopeOnly(text: string, at: number, name: string, lexicon: Lexicon): number {
  if (!lexicon.keysOf.get(name)!.every((k) => k === 'due')) return 0;
  // "全镇第十二个": the ordinal's place, not the township's due count.
  if (text[at + name.length] === '第') return name.length;
  if (!name.startsWith('全')) return 0;
  const tail = SCOPE_TAIL.exec(text.slice(at + name.length))![0];
  const next = longestAt(lexicon.nameIndex, text, at + name.length + tail.length);
  const keys = next ? lexicon.keysOf.get(next)! : [];
  return keys.length && keys.every((k) => k !== 'due' && !DONE_KEYS.includes(k)) ? name.length + tail.length : 0;
}
