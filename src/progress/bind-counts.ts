// Counts of villages told around a figure rather than as one: villages named and then counted (the day's
// increment), what is left before all are done, a word that only starts with a numeral, and 全部完成 said beside a
// village not done.
import { DONE_KEYS, type BoundItem } from './bind-values.js';
import type { Token } from './scan.js';

/** "河东也一样", "一直", "十分": a word that starts with a numeral, no figure. */
const NUMERAL_WORD = /^(?:一[样起直些般共致定切律下点边面同齐概贯再旦时向块道]|十分|万一|两样|三番)$/;
export const isNumeralWord = (numeralAndNext: string) => NUMERAL_WORD.test(numeralAndNext);

/** "再有两个村就全完了": the count is followed by 就(全部)完 — it is what is left. */
const FINISHED_AFTER = /^(?:个)?(?:村|社区)?(?:的)?(?:了)?[,\s]*就(?:能|可以|可)?(?:全部|都|全)?(?:完|选完|结束|完成|齐|满|圆满)/;
export const leftBeforeAllDone = (text: string, tok: Token) => FINISHED_AFTER.test(text.slice(tok.at + tok.raw.length, tok.at + tok.raw.length + 12));

const COUNTS_UNITS = /^(?:个)?(?:村|社区|居委会|居民委员会|党组织|党支部|支部|党总支|监委会)/;

/** Villages or communities named one after another straight before a count of villages ("A村、B村两个村"). */
const NAMED_RUN = /(?:[\u4e00-\u9fff]{1,4}?(?:村|社区)[、，,\s和及]*){2,}$/;
export function namedVillages(text: string, tok: Extract<Token, { t: 'num' }>): number {
  // The count names what it counts: villages, communities, or the body they elected ("两个居委会的换届").
  if (!COUNTS_UNITS.test(text.slice(tok.at + tok.raw.length)) && !/(村|社区)$/.test(tok.raw)) return 0;
  const run = NAMED_RUN.exec(text.slice(0, tok.at));
  return run ? (run[0].match(/村|社区/g) ?? []).length : 0;
}

/** Villages named one after another at the end of what comes before a count (大王庄、小王庄 | 小河口和后川，). */
const NAMES_BEFORE = /[\u4e00-\u9fff]{2,5}(?:[、和与及][\u4e00-\u9fff]{2,5})+[，,：:\s]*$/;

/**
 * "今天在大王庄、小王庄两个村完成了…": a count of villages that equals the names listed straight before it. Names ending in
 * 村 make the count an increment outright (namedVillages, above); names without it are weaker — the count is
 * the day's new ones only when a record stands (plan.ts).
 */
export function countsNamed(text: string, tok: { at: number; raw: string }, n: number): boolean {
  if (!/(?:村|社区)$/.test(tok.raw)) return false;
  const before = text.slice(Math.max(0, tok.at - 30), tok.at);
  const names = NAMES_BEFORE.exec(before.slice(before.search(/[^。;；\n]*$/)));
  return !!names && names[0].replace(/[，,：:\s]+$/, '').split(/[、和与及]/).length === n;
}

const BUT_NOT_DONE = /(?:还有|还剩|剩下|但|但是|可是|只是)[^,;。\n]{0,10}(?:村|社区)[^,;。\n]{0,6}(?:(?:还没|没|未)(?:完成|选|换)|(?:下周[一二三四五六日]?|明天|后天|周[一二三四五六日末]|月底|\d{1,2}[号日])[^,;。\n]{0,3}(?:选|推选|换届))/;

/**
 * "党组织全部完成16个村，还有沙河村没完成", "…9个全部完成，还剩新庄村党支部下周选": all done, and a village not done (or
 * still to elect on a day to come) — the phrase to refuse, or null. A
 * remainder read as its own indicator's figure ("村委会还有两个村没选") is no contradiction.
 */
export function allButNotDone(text: string, items: BoundItem[]): string | null {
  const all = items.find((it) => it.value.kind === 'all');
  const butNot = all ? BUT_NOT_DONE.exec(text.slice(all.at)) : null;
  if (!all || !butNot) return null;
  const from = all.at + butNot.index;
  // Another body's figure between them ("党组织6个全部完成 村委会完成5个 还剩杨庄村…下周二选"): what is left is that body's.
  if (items.some((it) => it.key !== all.key && it.at > all.at && it.at < from)) return null;
  return items.some((it) => it.at >= from && it.at < from + butNot[0].length) ? null : butNot[0];
}

/** A list of named figures going on straight after this one: "新增女性两委成员2名、35岁以下1名" — all share its 新增. */
const LIST_GOES_ON = /^\s*、\s*[\u4e00-\u9fff\d]{1,10}?[\d零一二两三四五六七八九十]/;
export const listGoesOn = (text: string, tok: { at: number; raw: string }) => LIST_GOES_ON.test(text.slice(tok.at + tok.raw.length));

/** Between a rate and its count: "，9个村已完成", "，15个村完成", "，全镇14个村中已完成". */
const RATE_TO_COUNT = /^\s*,\s*(?:全[乡镇]|共)?(?:[\d一二两三四五六七八九十]+个(?:村|社区)(?:中|里|里面)?)?\s*(?:已经?)?(?:完成|选完|换完)了?\s*$/;

/**
 * "党组织换届完成三分之二，9个村已完成6个", "完成了八成，15个村完成12个": a count straight after the rate of a body, over
 * a comma and a word of finishing, is that body's count — the rate said first, then the count it stands for.
 */
export function countAfterRate(s: { text: string; out: { items: BoundItem[] } }, tok: Token): BoundItem['key'] | null {
  if (tok.t !== 'num' || /人|名|岁/.test(tok.raw)) return null;
  const last = s.out.items.filter((i) => i.key !== 'due').at(-1);
  if (!last || last.value.kind !== 'percent' || !DONE_KEYS.includes(last.key) || last.seg !== tok.seg) return null;
  if (s.out.items.some((i) => i.key === last.key && i.value.kind === 'number')) return null;
  return RATE_TO_COUNT.test(s.text.slice(last.at + last.value.raw.length, tok.at)) ? last.key : null;
}

/** A later day to vote, or a vote under way: "这周六投票", "下周一选", "25号选举", "今天正在投票". */
const VOTE_LATER = /(?:明天|后天|下周|这周|本周|周末|星期|礼拜|月底|\d{1,2}[号日]|[一二三四五六七八九十廿]{1,3}[号日])[^,;。\n]{0,4}?(?:选举|选|投票|开会|举行|进行)|(?:正在|在)(?:选|计票|投票|唱票)/;

/**
 * "另外3个村这周六投票", "1个社区今天正在投票": villages counted with a later day or a vote under way are not done yet.
 * Not what is left ("还剩2个村、1个社区没完成" is read by what is left). `before`/`after`: the clause around the count.
 */
export function votesLater(tok: Token, before: string, after: string): boolean {
  return tok.t === 'num' && /(?:村|社区)\)?$/.test(tok.raw) && VOTE_LATER.test(after) && !/[剩差]/.test(before);
}
