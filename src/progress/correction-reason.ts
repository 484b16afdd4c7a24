// "更正：女性应为9人，有两个村的妇女委员漏统计了", "35岁以下应为12人，刚才漏统了光明社区新选的一名委员": after the
// figure a correction puts right, a clause telling what was missed or miscounted is the reason for it. Its counts
// (两个村, 一名) are the story of the mistake, not figures — read as figures they refused the correction.
import type { Item, ReportError } from './types.js';

/** Words that give the corrected figure. */
const REPLACED = /应为|应是|应该是|应该为|应改为|改为|改成|更正为|实际为|实际是|实为/;
/** Words that tell what went wrong in the count. */
const OVERSIGHT = /漏统计?|漏报|漏算|漏记|漏填|漏掉|少算|多算|少报|多报|少统计|多统计|重复统计|重复计算|重复算|算错|统计错|写错|搞错|弄错|报错/;
/** A cheap first test: a word of a miscount anywhere. */
const MAYBE = /漏|[多少]算|[多少]报|重复|错/;
const CLAUSE = /[,，;；。][^,，;；。\n]*/g;

/** The text without the clauses of reason after a corrected figure, and those clauses (named as set aside). */
export function withoutCorrectionReason(text: string): { text: string; reasons: string[] } {
  const unchanged = { text, reasons: [] };
  if (!MAYBE.test(text)) return unchanged;
  const replaced = REPLACED.exec(text);
  if (!replaced) return unchanged;
  const from = replaced.index + replaced[0].length;
  const stop = text.slice(from).search(/[,，;；。]/);
  if (stop < 0) return unchanged;
  const head = text.slice(0, from + stop);
  const tail = text.slice(from + stop);
  // A clause that leads into another corrected figure ("村委会漏报了，应为8个") names what that figure is: kept.
  // Only the clauses that run on from the figure: a line break ends them (the next line is another report).
  const clauses: string[] = [];
  for (const m of tail.matchAll(CLAUSE)) {
    if (m.index !== clauses.join('').length) break;
    clauses.push(m[0]);
  }
  const kept = clauses.filter((c, i) => !OVERSIGHT.test(c) || REPLACED.test(c) || clauses.slice(i + 1).some((n) => REPLACED.test(n)));
  if (kept.length === clauses.length) return unchanged;
  const reasons = clauses.filter((c) => !kept.includes(c)).map((c) => c.slice(1).trim());
  return { text: head + kept.join('') + tail.slice(clauses.join('').length), reasons };
}

/**
 * "村委会今天新增1个，累计多少我得重新数一下，昨天报的那个数不对": a figure reported earlier said wrong, with none given in
 * its place — the day's new ones have no base to go on, and nothing is stored until the right figure is sent.
 */
const EARLIER_WRONG = /(?:昨天|前天|之前|上次|刚才|早上|上午|中午|前面)报的(?:那个|这个)?(?:数|数字)?(?:不对|有误|错了|不准)(?![^,;。\n]*[\d零一二两三四五六七八九十])/;

export function baseDoubted(text: string, items: Pick<Item, 'value'>[]): ReportError[] {
  const m = items.some((i) => i.value.kind === 'increment') ? EARLIER_WRONG.exec(text) : null;
  return m ? [{ code: 'withdrawn', raw: m[0] }] : [];
}
