// What is left (还差, 还剩, 剩): the done count read as due − the villages left, a second reading of a count just
// given, or an aside. A remainder is never stored as a count done.
import { asideNext } from './bind-asides.js';
import { CLOSING_FLAGS } from './bind-corrections.js';
import { sentenceStart } from './bind-rest.js';
import type { BindState } from './bind-state.js';
import { DONE_KEYS, flatKeys, impliedWhole } from './bind-values.js';
import type { Token } from './scan.js';
import type { IndicatorKey } from '../store/types.js';

/** What may follow a remainder that ends its clause: 没选, 未完成, 了 — then the clause's end (or its bracket's). */
const LEFT_ENDS = /^(?:村|社区)?\s*(?:\([^()\n]{1,30}\))?\s*(?:还|都)?(?:没|未)?(?:有)?(?:选举|选|完成|换届|开始|弄|搞|整|办|动)?(?:完)?[了的]?\s*(?:就(?:能|可以|可)?(?:全部|都|全)?(?:完|选完|结束|完成|齐|满|圆满)了?)?\s*(?:[,;。!?\n)]|$)/;
/** "还剩3个没选(白沙二村、九龙村、八一村)": said not done, the villages named after it in brackets or after a colon. */
const LEFT_THEN_NAMED = /^(?:村|社区)?\s*(?:还|都)?(?:没|未)(?:有)?(?:选举|选|完成|换届|开始|弄|搞|整|办|动)?(?:完)?[了的]?\s*[(:]/;

/** Names of villages joined by 、和: no figure, no name of a body, nothing but the names. */
const VILLAGE_NAMES = /^[\u4e00-\u9fff]{1,6}(?:[、和及与][\u4e00-\u9fff]{1,6})+$/;

/** What may follow a body's name after a count left: a negation (没选), the clause's end, or the next count joined. */
const NAME_LEFT = /^\s*(?:(?:还|都|也|仍)?(?:没|未)|[,;。!?，；！？\n]|$|和|、|及|与|跟)/;

/** Names (and more counts joined to them) and then not yet done: "村委会和5个监委会没选". */
const STILL_NOT_DONE = /^[^,;。!?\n，；！？]{0,12}?(?:还|都|仍)?(?:没|未)(?:有)?(?:选(?![好上出]|举产生)|选出来|完成|换届|开始|弄|搞|整|办|动|进行|组织|召开)/;
/** Names and then not yet something other than elected (没报上来, 没选上女委员, 没统计): no count of what is left. */
const STILL_NOT_OTHER = /^[^,;。!?\n，；！？]{0,12}?(?:还|都|仍)?(?:没|未)/;

export function remainder(s: BindState, tok: Extract<Token, { t: 'flag' }>, prev: Token | undefined): void {
  // "村委会除了前沟、后沟，其余都选完了": the rest after villages excepted is read with its 都选完 (bind-rest.ts), as
  // 其他 is — set aside, the body's figure had been dropped and the rest stored.
  if (/^(?:其余|剩下的)$/.test(tok.raw) && s.text.slice(sentenceStart(s.text, tok.at), tok.at).includes('除')) return;
  // "党支部还差两个村没选", "村委会还剩3个": straight after a completion indicator still waiting for its
  // figure, the villages left give the done count (due − left). After a figure ("村委10个,剩2个村下周选完")
  // or a township, the remainder is an aside. 还有 says so only when a 没/未 follows its figure
  // ("村委会还有两个村没选").
  // "还剩王庄村、后河村两个没选": villages named between the word and their count.
  const next = s.next?.t === 'join' && s.afterNext?.t === 'num' ? s.afterNext : s.next;
  // "女性两委成员17人，还有12人": more people, of nothing said, closing the clause — a count with no name, refused
  // (no villages are left of a body of people).
  if (tok.raw === '还有' && next === s.next && next?.t === 'num' && /[人名位]$/.test(next.raw) && /^\s*(?:[,;。!?\n]|$)/.test(s.text.slice(next.at + next.raw.length))) {
    s.out.errors.push({ code: 'missing-indicator', raw: next.raw });
    s.ignoreNext = 'aside';
    s.asideFrom = tok.at;
    return;
  }
  const afterNext = next ? s.text.slice(next.at + next.raw.length, next.at + next.raw.length + 4) : '';
  // A bare 剩 straight after a name is what is left of it too ("村委会剩杨庄和河口两个").
  // "还有3个村委会和5个监委会没选": the names may sit between the count and the 没 that makes it a remainder.
  const leftAfter = next ? s.text.slice(next.at + next.raw.length, next.at + next.raw.length + 16) : '';
  // "还有3个村委会和5个监委会没报上来": counts of bodies not yet reported or short of a member are no figures, and no
  // remainder. (Villages with a reason, 还有1个村因为…没实行, are an aside as before.)
  if (tok.raw === '还有' && next?.t === 'num' && s.afterNext?.t === 'ind' && !next.raw.endsWith('村') && STILL_NOT_OTHER.test(leftAfter) && !STILL_NOT_DONE.test(leftAfter)) {
    s.out.errors.push({ code: 'vague', raw: s.text.slice(tok.at, next.at + next.raw.length + (STILL_NOT_OTHER.exec(leftAfter)?.[0].length ?? 0)) });
    s.ignoreNext = 'aside';
    s.asideFrom = tok.at;
    return;
  }
  const left = tok.flag === 'remain' || (tok.raw === '剩' && prev?.t === 'ind') || (tok.raw === '还有' && (/^(?:个)?(?:村|社区)?(?:还)?[没未]/.test(afterNext) || STILL_NOT_DONE.test(leftAfter)));
  // "监委会进度过半了，还差5个": words without a figure between the name and its remainder keep them together.
  // "村委会还差三个 不对 是还差两个", "白沙村委会应该是还差4个": after a word that corrects, the name whose
  // figure it puts right is still waiting.
  const corrected = prev?.t === 'flag' && CLOSING_FLAGS.has(prev.flag);
  // "村委会、监委会都只剩2个村了": 都 after the names says the remainder is each one's.
  // "…，六个社区还差光明社区、幸福社区两个": straight after the whole just read as the due count, with the name waiting.
  const afterWhole = prev?.t === 'num' && s.out.items.at(-1)?.key === 'due' && s.out.items.at(-1)?.at === prev.at;
  // "村委会今天还剩2个村没选": a day word between the name and its remainder keeps them together.
  const dayBetween = prev?.t === 'date' && s.pending.length > 0 && s.pendingAt >= 0 && /^[^\d,;。!?\n，；！？]{1,12}$/.test(s.text.slice(s.pendingAt, prev.at)) && !s.text.slice(prev.at + prev.raw.length, tok.at).trim();
  const named = prev?.t === 'ind' || dayBetween || (prev?.t === 'flag' && prev.flag === 'both') || corrected || afterWhole || (prev?.t === 'sep' && !s.lastValueBeforeSep?.t && !s.lastEmitted);
  // "村委会还差三分之一没选完": a share left, too — the rest of the due count is done.
  if (left && named && s.pending.length && flatKeys(s.pending).every((k) => DONE_KEYS.includes(k)) && (next?.t === 'num' || (next?.t === 'pct' && next.value <= 100))) {
    s.remainingNext = true;
    return;
  }
  // "前天党支部还差7个 昨天还差5个": after a new date, what is left follows the pattern of the remainder
  // just given — the same body's, for that date.
  const before = s.out.items[s.out.items.length - 1];
  if (left && prev?.t === 'date' && !s.pending.length && next?.t === 'num' && before?.value.kind === 'remaining' && before.seg === tok.seg) {
    s.pending = [[before.key]];
    s.remainingNext = true;
    return;
  }
  // "党组织完成9个，剩4个": what is left straight after a count done is a second reading of the same figure
  // (due − left); the plan refuses the message when the two disagree.
  const figure = s.lastEmitted;
  // Only a bare remainder ending its clause: "剩余的北关、南街2个社区定于下周二…" is a plan, kept as an aside.
  // "党组织完成8个（还剩东沟、西沟2个村）": villages named before the count left read as before.
  const namesFirst = !!next && s.next?.t === 'join' && next === s.afterNext && VILLAGE_NAMES.test(s.text.slice(tok.at + tok.raw.length, next.at));
  const clauseEnds = next?.t === 'num' && (!next.pre.trim() || namesFirst) && (LEFT_ENDS.test(s.text.slice(next.at + next.raw.length)) || LEFT_THEN_NAMED.test(s.text.slice(next.at + next.raw.length)));
  const lastItem = s.out.items[s.out.items.length - 1];
  const justGiven = prev === figure || ((prev?.t === 'sep' || prev?.t === 'ind') && lastItem?.at === figure?.at);
  // A fraction's count too ("党5/8(剩3个没选)"), passing over the whole it implies.
  const counted = figure?.t === 'num' || (figure?.t === 'pair' && figure.sep === '/');
  if ((left || tok.raw === '剩') && figure && counted && justGiven && clauseEnds) {
    const keys = s.out.items.filter((i) => i.at === figure.at && !impliedWhole(i)).map((i) => i.key);
    if (keys.length && keys.every((k) => DONE_KEYS.includes(k))) {
      s.pending = [keys];
      s.remainingNext = true;
      return;
    }
  }
  // "监委会16个，还有4个": 还有 after a count done, with nothing after, may be what is left (16 the total) or
  // more besides — the message cannot be read either way.
  if (tok.raw === '还有' && figure?.t === 'num' && justGiven && clauseEnds && next?.t === 'num' && /^\s*(?:[,;。!?\n]|$)/.test(s.text.slice(next.at + next.raw.length))) {
    if (s.out.items.some((i) => i.at === figure.at && DONE_KEYS.includes(i.key))) {
      s.out.errors.push({ code: 'vague', raw: s.text.slice(figure.at, next.at + next.raw.length) });
      s.ignoreNext = 'aside';
      s.asideFrom = tok.at;
      return;
    }
  }
  // "柳林 9个村 还差1个": what is left of no name — the message says too little to be read.
  if (left && clauseEnds && !s.pending.length && !(figure && s.out.items.some((i) => i.at === figure.at && DONE_KEYS.includes(i.key)))) {
    s.out.errors.push({ code: 'missing-indicator', raw: `${tok.raw}${next!.raw}` });
    s.ignoreNext = 'aside';
    s.asideFrom = tok.at;
    return;
  }
  // "城关镇十八个村 党组织还差两个": the villages counted before the name were the due count, not its figure.
  if (left && prev?.t === 'ind' && !s.pending.length && s.reopen && s.reopen.from === s.out.items.length - 1 && next?.t === 'num') {
    const [first] = s.out.items.splice(s.reopen.from);
    s.out.items.push({ ...first!, key: 'due' });
    s.pending = [s.reopen.keys];
    s.reopen = null;
    s.remainingNext = true;
    return;
  }
  // "石桥还差4个村委", "还差两个村委会没选": a count straight before a body's name, the clause ending there, is
  // what is left of that body. "还差两个村委会和一个监委会没选": each count joined on is what is left of its own.
  // Not "剩下两个村的党组织都完成了" (done now), nor "剩余2个 村委完成13个" (the next name's own figure).
  const name = s.afterNext;
  if (left && !s.pending.length && next?.t === 'num' && next === s.next && !next.pre && name?.t === 'ind' && /^的?$/.test(name.pre) && name.keys.every((k) => DONE_KEYS.includes(k))) {
    const rest = s.text.slice(name.at + name.raw.length);
    if (NAME_LEFT.test(rest)) {
      leftOf(s, name.keys);
      s.leftList = true;
      return;
    }
  }
  // "只差结构数据了:35岁以下8人": what is left is a thing named, not counted; the figures after the colon are
  // the message's own.
  if (/^[\u4e00-\u9fff]{2,}了?\s*:/.test(s.text.slice(tok.at + tok.raw.length)) && s.next?.t === 'colon') return;
  asideNext(s, tok);
  return;
}

/** The next figure is what is left of `keys`, named right after it (and not named anew there). */
export function leftOf(s: BindState, keys: IndicatorKey[]): void {
  s.pending = [keys];
  s.unsaid = keys;
  s.remainingNext = true;
}

/**
 * "党组织剩余的6个村今天又完成了4个,还剩俩": what was left, told with the new ones done out of it in the same clause,
 * is the state before them — what is left now is that less the new ones (6 − 4), checked like any remainder.
 */
export function leftBeforeNewOnes(s: BindState): void {
  const items = s.out.items;
  for (let i = 1; i < items.length; i++) {
    const [left, added] = [items[i - 1]!, items[i]!];
    if (left.value.kind !== 'remaining' || added.value.kind !== 'increment' || left.key !== added.key || left.seg !== added.seg) continue;
    if (/[,;。!?\n]/.test(s.text.slice(left.at, added.at)) || left.value.n < added.value.n) continue;
    items[i - 1] = { ...left, value: { ...left.value, n: left.value.n - added.value.n } };
  }
}
