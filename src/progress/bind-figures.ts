// A number or a hedge as the binder meets it: whether a bare Chinese numeral is a figure at all, a figure
// restating 全部完成, villages named then counted, what is left before all are done, a number voice input
// probably misheard (完成时二个); hedges are bind-hedges.ts's.
import type { IndicatorKey } from '../store/types.js';
import { aside } from './bind-asides.js';
import { CLOSING_FLAGS } from './bind-corrections.js';
import { dayRunTogether } from './bind-places.js';
import { isNumeralWord, leftBeforeAllDone, namedVillages } from './bind-counts.js';
import { misheardTen } from './bind-homophone.js';
import { emitOfKind } from './bind-same.js';
import type { BindState } from './bind-state.js';
import { phrase } from './phrases.js';
import { leftOf } from './bind-remain.js';
import { clauseStart, DONE_KEYS, FILLER, isFiller, type BoundItem } from './bind-values.js';
import type { Token } from './scan.js';
import type { ReportError } from './types.js';

const ALL_OF_THEM_DONE = /^\s*(?:都|全都|全部|均)(?:已经?)?(?:完成|选完|换完|结束|选好)/;

/** The indicator named by the next token that is not filler, on the same line. */
export function nameNext(tokens: Token[], i: number): IndicatorKey[] | null {
  let j = i + 1;
  // Plain words between ("3人因存在负面清单情形未通过") do not part a count from its name.
  while (j < tokens.length && (isFiller(tokens[j]!) || (tokens[j]!.t === 'flag' && (tokens[j] as { flag: string }).flag === 'text'))) j++;
  const next = tokens[j];
  return next?.t === 'ind' && next.seg === tokens[i]!.seg ? next.keys : null;
}

const ADDED_IN = /(?:再?加上|算上|连同)(?:昨天|前天|之前|前面|此前|原来)的?\s*$/;

/** A figure voice input probably misheard (完成时二个): refused with what it likely was, never stored. */
function homophone(s: BindState, tok: Extract<Token, { t: 'num' }>, before: Token | undefined): boolean {
  const misheard = misheardTen(tok, before, s.text);
  if (!misheard) return false;
  const field = s.pending.length === 1 && s.pending[0]!.length === 1 ? s.pending[0]![0] : undefined;
  // "监委会现在是六个" in a township of 6: 十六 would pass its due count, so 是 is only 是. So too 一肩挑, one a village at most.
  const due = s.dueHere();
  if (field && (DONE_KEYS.includes(field) || field === 'oneShoulder') && due !== undefined && misheard.value > due) return false;
  s.lineValues++;
  s.named.answered(s.pending);
  s.pending = [];
  s.out.errors.push({ code: 'homophone', raw: misheard.raw, value: misheard.value, suggestions: [`十${misheard.digit}`], ...(field ? { field } : {}) });
  return true;
}

/** "就是", "也就是", "即" (indicators.yaml `phrases.restates`) ending the text before a figure. */
const RESTATES = phrase('restates', '(?:{})\\s*$');
const EVENTS = phrase('events', '^(?:{})');
/** Words between a body's name and a figure that make the figure a difference. */
const DIFFERENCE = /^(?:比[它其他前]|较[它其前])?(?:落后了?|滞后了?|少了?|慢了?|再少|低了?)$/;

/**
 * "居委会完成仨 就是三个", "又完成了俩 … 就是又完成两个": a figure said again after 就是, with no name
 * between, restates the one just given — set aside when the two agree; after 全部完成 it is that
 * figure's restatement, checked against the due count. Two that differ are refused as before.
 */
function restated(s: BindState, tok: Extract<Token, { t: 'num' }>, before: Token | undefined): boolean {
  const restates = RESTATES(s.phrases);
  const said = restates.test(tok.pre) ? tok : before?.t === 'flag' && !tok.pre.trim() && restates.test(before.pre) ? before : undefined;
  const last = s.out.items[s.out.items.length - 1];
  if (!said && echoed(s, tok, before, last)) {
    aside(s, tok.at - tok.pre.length, tok.at + tok.raw.length);
    return true;
  }
  if (!said || s.pending.length || !s.lastEmitted || !last || last.seg !== tok.seg || last.key === 'due') return false;
  if (last.value.kind === 'all') {
    s.emit([last.key], tok);
    return true;
  }
  if ((last.value.kind !== 'number' && last.value.kind !== 'increment') || last.value.n !== tok.value) return false;
  // Quoted from the word that restates: "就是三个".
  const word = restates.exec(said.pre)![0].trim();
  aside(s, s.text.lastIndexOf(word, said.at), tok.at + tok.raw.length);
  return true;
}


/** Nothing but a word of assent between a figure and its echo: "村委会九个 嗯对 九个". */
const ASSENT = /^[\s,，、]*(?:(?:嗯|对|哦|啊|呃|对的|是的|没错)[\s,，、]*)*$/;

/** The same count said again straight after it, with at most a word of assent between (voice input repeats). */
function echoed(s: BindState, tok: Extract<Token, { t: 'num' }>, before: Token | undefined, last: BoundItem | undefined): boolean {
  if (s.pending.length || !before || before !== s.lastEmitted || before.t !== 'num' || !last || last.at !== before.at) return false;
  if (last.key === 'due' || last.seg !== tok.seg || last.value.kind !== 'number' || last.value.n !== tok.value || tok.unit !== before.unit) return false;
  // "党组织9个 9个村委会": a name straight after it makes it that name's count.
  if (s.next?.t === 'ind' && s.next.at === tok.at + tok.raw.length) return false;
  return ASSENT.test(s.text.slice(before.at + before.raw.length, tok.at));
}

/** Words that may stand between the day's new ones and the total said straight after them. */
const NEW_THEN_TOTAL = /^[\s,，]*(?:所以|那)?(?:现在|目前|到现在|一共|总共|共)?(?:是|有)?\s*$/;

/**
 * "村委会今天又完成俩 九个全选完了", "又选完一个 九个了": voice input runs the day's new ones and the running total
 * together with no word between. A count straight after an increment of a body, closed by 了, by 全部完成 or by
 * the clause's end (no name after it to be the count's), is that body's total — the plan checks it against the
 * record and the increment, and refuses a total that does not add up.
 */
function totalAfterNew(s: BindState, tok: Extract<Token, { t: 'num' }>, tokens: Token[], i: number, prev: Token | undefined): boolean {
  if (s.pending.length || tok.unit !== 'count' || prev?.t !== 'num' || prev !== s.lastEmitted) return false;
  const last = s.out.items.at(-1);
  if (!last || last.at !== prev.at || last.value.kind !== 'increment' || !DONE_KEYS.includes(last.key) || last.seg !== tok.seg) return false;
  if (!NEW_THEN_TOTAL.test(s.text.slice(prev.at + prev.raw.length, tok.at))) return false;
  const next = tokens[i + 1];
  const closed = !next || next.t === 'sep' || (next.t === 'flag' && next.flag === 'all' && !next.pre.trim()) || /^\s*了/.test(s.text.slice(tok.at + tok.raw.length));
  if (!closed) return false;
  emitOfKind(s, [last.key], tok, false);
  return true;
}

/** Before a count in a correction: what was missed or counted twice — a difference, not the corrected total. */
const DIFFERENCE_BEFORE = /(?:漏了|漏报了?|漏统计了?|漏算了?|少算了?|少报了?|少统计了?|多算了?|多报了?|多统计了?|多了|补报|再加|需加上|应加上|加上)[^,;。!?\n\d]{0,5}$/;
/** Reported too many or too few (多报了, 少算了, 漏报了) — a difference, not a total. */
const MISREPORTED = /(?:多报|少报|报多|报少|多算|少算|漏算|多统计|少统计)了[^,;。!?\n\d]{0,5}$/;
/** The figure was the one reported before, quoted (昨天报的…3个, 刚才报了…). */
const GUESSED = /应该(?:也|都|还)?(?:是|有|在|能有)?\s*$/;
/** Words that the sentence puts a figure right, where 应该是 gives the right one. */
const PUT_RIGHT = /错|不对|不是|多报|少报|报多|报少|漏|更正|纠正|改|核实|核对|准确|实际/;
const sentenceStartOf = (text: string, at: number) => clauseStart(text, at, '。;!?\n');
/** Words that give the corrected figure. */
const CORRECTED = /应为|应该是|应是|实际是|实际为|改为|改成|算是|[,，]\s*是(?=[0-9零一二两三四五六七八九十])/;
const QUOTED_OLD = /报的|报了|报上去的|上报的|填的|发的/;
/** After one: "还有2个村没算上/没报上来". */
const DIFFERENCE_AFTER = /^[个人名村社区]*[^,;。!?\n]{0,6}?(?:没算上|没算进|没报上来|没统计上|没报上)/;

/** The count beside a corrected figure, or one the corrected figure follows in its sentence: a reason, not a difference. */
function reasonOnly(s: BindState, tok: Extract<Token, { t: 'num' }>, lastRead: boolean, quotedOld: boolean, before: string): boolean {
  const sentenceRest = s.text.slice(tok.at + tok.raw.length).split(/[。\n]/)[0]!;
  return (!s.pending.length && lastRead && !quotedOld) || CORRECTED.test(quotedOld ? sentenceRest : sentenceRest.slice(0, 14)) || CORRECTED.test(before);
}

/** The last item read that is no due count (a backward loop: this is asked of every figure). */
function lastNotDue(items: BoundItem[]): BoundItem | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (items[i]!.key !== 'due') return items[i];
  return undefined;
}

export function numberFigure(s: BindState, tok: Extract<Token, { t: 'num' }>, tokens: Token[], i: number, prev: Token | undefined): void {
  if (homophone(s, tok, tokens[i - 1]) || dayRunTogether(s, tok, prev, tokens[i + 1])) return;
  // "大专及以上学历（含本科9人）共17人": a bracket that breaks down the figure still to come is no figure of the
  // name waiting — a note; the name keeps waiting for its own.
  if (tok.br !== undefined && s.pending.length && /^\(\s*(?:含|其中|包括|包含)/.test(s.text.slice(tok.br))) {
    aside(s, tok.at, tok.at + tok.raw.length);
    return;
  }
  // "还有两个没弄完,一个是因为候选人联审没过": a count the clause goes on to explain (是因为…) is the subject of a
  // reason — no figure of the name that follows it.
  if (/^\s*是(?:因为|由于)/.test(s.text.slice(tok.at + tok.raw.length))) {
    aside(s, tok.at, tok.at + tok.raw.length);
    return;
  }
  // "…居委会今天完成选举，加上昨天的2个，居委会完成4个": what is added in from before is no figure of the name
  // waiting — a note; the name keeps waiting.
  if (ADDED_IN.test(s.text.slice(clauseStart(s.text, tok.at), tok.at))) {
    aside(s, tok.at, tok.at + tok.raw.length);
    return;
  }
  // "更正：一肩挑漏了一个", "党组织还有一个村没算上": in a correction, a count of what was missed or counted twice is
  // no corrected total (it was stored as the total, 1) — refused, and the reply asks for the figure itself.
  const before = s.text.slice(clauseStart(s.text, tok.at, ',\n:'), tok.at);
  // "昨天报的监委会3个多报了1个": the figure before is the one reported then, quoted — not a corrected one.
  const lastRead = lastNotDue(s.out.items);
  const readBefore = lastRead ? s.text.slice(clauseStart(s.text, lastRead.at), lastRead.at) : '';
  const quotedOld = QUOTED_OLD.test(readBefore) && !CORRECTED.test(readBefore);
  // Beside a corrected figure already read (应为10个，漏了一个) it is that figure's reason, set aside at the end.
  // So is one the corrected figure follows (报多了一个 应该是两个; 漏算了1个,应为11个), or one past such a word already.
  // The corrected figure may come later in the sentence (…多报了1个,北坡村材料今天才补齐,昨天实际是2个).
  // (Asked only in a correction, a quoted figure or a misreport: most figures are none of these.)
  // "昨天报的监委会多报了1个": a name told over- or under-reported by a count, its total not given, also.
  const misreported = s.pending.length > 0 && MISREPORTED.test(before);
  if ((s.out.correction || quotedOld || misreported) && !reasonOnly(s, tok, !!lastRead, quotedOld, before) && (DIFFERENCE_BEFORE.test(before) || DIFFERENCE_AFTER.test(s.text.slice(tok.at + tok.raw.length)))) {
    s.out.errors.push({ code: 'vague', raw: before.trim().slice(-6) + tok.raw });
    s.pending = [];
    return;
  }
  // "党组织10个，村委会落后2个", "监委会慢了2个", "村委会比它少3个": after a body's name, a difference from another
  // figure is no figure of the body — set aside, with the name.
  if (prev?.t === 'ind' && DIFFERENCE.test(tok.pre.trim()) && s.out.items.length) {
    aside(s, prev.at, tok.at + tok.raw.length);
    s.pending = s.pending.filter((keys) => keys !== prev.keys);
    s.named.unname();
    return;
  }
  const after = s.text.slice(tok.at + tok.raw.length, tok.at + tok.raw.length + 2);
  // "一肩挑应该是13个吧": a figure said with 吧 is a guess — no figure.
  if (/^吧/.test(after)) {
    s.out.errors.push({ code: 'vague', raw: tok.raw + '吧' });
    s.pending = [];
    return;
  }
  // "监委会应该也是6个，等会问下组织委员": 应该 before a figure outside any correction is a guess — no figure. (In a
  // correction, 应该是 gives the right one: 报错了，应该是8个.)
  if (GUESSED.test(s.text.slice(clauseStart(s.text, tok.at), tok.at)) && !s.out.correction && !PUT_RIGHT.test(s.text.slice(sentenceStartOf(s.text, tok.at), tok.at))) {
    s.out.errors.push({ code: 'vague', raw: s.text.slice(s.text.lastIndexOf('应该', tok.at), tok.at + tok.raw.length) });
    s.pending = [];
    return;
  }
  // "完成了7个多", "平均年龄46岁多一点", "46岁出头": more than 7, a little over 46 — no figure.
  const over = (/^多(?![个人名算报写打填出了])/.test(after) && /[个人名岁]$/.test(tok.raw)) || (/岁$/.test(tok.raw) && /^(?:出头|挂零|开外)/.test(after));
  // (Not in a comparison set aside: "比上届年轻了3岁多".)
  if (over && s.ignoreNext !== 'aside' && !s.asideOpen) {
    s.out.errors.push({ code: 'vague', raw: tok.raw + (after.startsWith('多') ? '多' : after.slice(0, 2)) });
    s.pending = [];
    return;
  }
  // Measures of events, not of villages or people: "召开了3场党员大会", "开了2次会", "分3批", "参训86人次".
  // Beside figures that are read ("选举大会召开6场，选举产生村委会6个") it is a note on them, set aside at the end.
  // "参训86人次": people counted once per time they came — a count of attendances, no count of people.
  const attendances = /人$/.test(tok.raw) && after.startsWith('次');
  if ((attendances || (tok.unit === 'none' && EVENTS(s.phrases).test(after))) && s.pending.length) {
    const error: ReportError = { code: 'missing-indicator', raw: tok.raw + after[0] };
    s.out.errors.push(error);
    s.eventCounts.push({ error, from: tok.at, to: tok.at + tok.raw.length + 1 });
    s.pending = [];
    return;
  }
  if (restated(s, tok, tokens[i - 1])) return;
  if (totalAfterNew(s, tok, tokens, i, prev)) return;
  // A bare Chinese numeral is a figure only right after its indicator ("一肩挑五"), never in prose ("一届").
  if (tok.chinese && tok.unit === 'none') {
    const nextChar = s.text[tok.at + tok.raw.length] ?? '';
    // "平均年龄城关四十五点二河东四十六点五": after a township, a number of the name waiting or carried.
    const carried = prev?.t === 'town' && (s.carry.has() || s.pending.length > 0);
    // "村委会是十一不是十二": a correction word straight after it ends the figure, as punctuation would.
    const next = tokens[i + 1];
    const closed = next?.t === 'flag' && next.at === tok.at + tok.raw.length && CLOSING_FLAGS.has(next.flag);
    // "党组织、村委会、监委会都是零。": after 都是 over the names, ending its clause, it is their figure.
    const afterBoth = prev?.t === 'flag' && prev.flag === 'both' && s.pending.length > 0 && !/[\u4e00-\u9fff]/.test(nextChar);
    // "完成数\t十八\t十五": a numeral alone in a table's cell is its figure, as digits are.
    const cell = s.text[tok.at - 1] === '\t' && /^(?:\t|\s*\n|\s*$)/.test(s.text.slice(tok.at + tok.raw.length));
    if (!carried && !afterBoth && !cell && (prev?.t !== 'ind' || !s.pending.length || !FILLER.test(tok.pre) || (/[\u4e00-\u9fff]/.test(nextChar) && !closed))) return;
    // "河东也一样", "一直", "十分": a word that starts with a numeral is no figure, carried or not.
    if (isNumeralWord(tok.raw + nextChar)) return;
  }
  if (restatesAll(s, tok, prev)) return;
  s.nameFollows = nameNext(tokens, i);
  if (s.leftList && prev?.t === 'join' && s.nameFollows?.every((k) => DONE_KEYS.includes(k))) leftOf(s, s.nameFollows);
  s.afterTown = prev?.t === 'town';
  // "刘庄村 高台村 沙河村三个村党支部选完了": villages named one by one, then counted, are the ones just
  // done — the day's increment, never the running total.
  // "最后四个村的支委班子今天选出来了": the last ones, counted, are the day's new ones too.
  if (tok.value >= 2 && (namedVillages(s.text, tok) === tok.value || LAST_ONES.test(s.text.slice(Math.max(0, tok.at - 3), tok.at)))) {
    s.incr = 'next';
    s.incrDay = false;
  }
  // "又完成党组织1个 居委会1个 六个社区党组织都完成了": after the day's new ones, a count of a body's units said all
  // done is the total of them, not more new ones.
  const nextTok = tokens[i + 1];
  if (s.incr === 'line' && s.lineValues > 0 && nextTok?.t === 'ind' && ALL_OF_THEM_DONE.test(s.text.slice(nextTok.at + nextTok.raw.length))) s.incr = 'none';
  // "再有两个村就全完了", "差一个村就全部完成": the figure is what is left before all are done.
  if (leftBeforeAllDone(s.text, tok)) {
    s.remainingNext = true;
    s.incr = 'none';
  }
  // "联审复核中又发现1人不符合条件": after the review named, people said not to qualify straight after their count are
  // those refused — the review is their context (it had added them to the people reviewed).
  const next = tokens[i + 1];
  if (next?.t === 'ind' && next.keys.join() === 'disqualified' && !ownFigureAfter(tokens, i + 1) && !s.text.slice(tok.at + tok.raw.length, next.at).trim() && s.pending.flat().join() === 'reviewed') s.pending = [next.keys];
  return s.value(tok);
}

/** The name at `at` has a figure of its own after it, before the clause ends (联审不通过：0人, 不合格的取消了6人). */
function ownFigureAfter(tokens: Token[], at: number): boolean {
  for (let j = at + 1; j < tokens.length && tokens[j]!.t !== 'sep'; j++) if (tokens[j]!.t === 'num') return true;
  return false;
}

/** Straight before a count: the last ones of the body (最后四个村). */
const LAST_ONES = /最后(?:的|这|那)?\s*$/;

/**
 * "村委会全部完成20个一肩挑12人", "党 全部完成 12/12": a figure straight after 全部完成 restates it (the two must
 * agree); it is not the next name's figure. A fraction may stand a space apart.
 */
export function restatesAll(s: BindState, tok: Extract<Token, { t: 'num' | 'pair' }>, prev: Token | undefined): boolean {
  const allItem = s.out.items.at(-1);
  const close = tok.t === 'pair' ? !tok.pre.trim() : !tok.pre;
  if (prev?.t !== 'flag' || prev.flag !== 'all' || !close || allItem?.at !== prev.at || allItem.value.kind !== 'all' || allItem.key === 'due') return false;
  s.pending = [];
  s.emit([allItem.key], tok);
  return true;
}
