// 全部完成 and its spoken forms (都选完了, 全完成, 齐了): all of a body done — its due count, or what the words around
// it make of it (what is left, villages excepted, a part, a plan, a heading over figures). From bind-flags.ts.
import { aside } from './bind-asides.js';
import { flag } from './bind-flags.js';
import { excepted, guessedAll, restAfterLeft, restOf, sentenceStart } from './bind-rest.js';
import type { BindState } from './bind-state.js';
import { clauseStart, DONE_KEYS, flatKeys, lastFigure, type ValueToken } from './bind-values.js';
import type { Token } from './scan.js';
import { AN_AREA } from './area-sums.js';

/** Villages or communities named and joined (南街社区、北关村; 东岭村和窑头村). */
const NAMED_TOGETHER = /[\u4e00-\u9fff]{2,4}(?:村|社区)\s*[、和及与]\s*[\u4e00-\u9fff]{2,4}(?:村|社区)/;
/** One village or community heading its line with a colon, then its bodies (沙河村：党支部、村委会…). */
const ONE_PLACE = /(?:(?![个各全本该每镇乡道区所有辖])[\u4e00-\u9fff]){2,4}(?:村|社区)\s*[:：]\s*(?:[^\d,，;；:：]*)$/;
/** After a bare 全部: a figure, a mark or the end, or a word of finishing ("全部选完", "全部到位"). */
const ALL_DONE_AFTER = /^(?:\s*$|\s*[,，;；。.!！?？、\n(（]|\s*[0-9零〇一二两三四五六七八九十]|了|都|已|完|换|选|结束|到位|落实|实现|达标|是一肩挑|一肩挑)/;
/** The election as a whole named right before 全部完成 ("马坊乡换届", "村级换届工作已"). */
const WHOLE_ELECTION = /换届(?:工作|选举)?\s*(?:已经?|都|均)?$/;

export function allDone(s: BindState, tok: Extract<Token, { t: 'flag' }>, prev: Token | undefined): void {
  // "村委会还没有全部完成，还剩2个": not all done — no figure of its own; what is left, if said, gives it.
  if (prev?.t === 'flag' && prev.flag === 'notdone' && !tok.pre.trim()) {
    s.notCounted = null;
    return;
  }
  if (restAfterLeft(s, tok) || guessedAll(s, tok, prev)) return;
  // "党组织换届:7个村候选人资格联审已全部完成": all said of the review, a stage before the vote — no body's completion,
  // and the villages counted before it are those reviewed, no figure.
  if (prev?.t === 'ind' && prev.keys.every((k) => k === 'reviewed' || k === 'disqualified')) {
    const counted = s.out.items.at(-1);
    if (counted && DONE_KEYS.includes(counted.key) && counted.at < prev.at && !/[,，;；。\n]/.test(s.text.slice(counted.at, prev.at))) s.out.items.pop();
    s.pending = [];
    return;
  }
  // "支部换届9个都弄完了": 都 straight after a body's count says those counted are done — the count is the figure.
  const counted = s.out.items.at(-1);
  if (prev?.t === 'num' && /^(?:都|均|也都)/.test(tok.raw) && !tok.pre.trim() && counted?.at === prev.at && DONE_KEYS.includes(counted.key)) return;
  // "马坊乡换届全部完成\n党组织 村委会…\n8 8…": the whole election said done, a headline over figures that follow
  // body by body — no figure of its own. (Alone, it is still asked which body.)
  if (!s.pending.length && WHOLE_ELECTION.test(s.text.slice(Math.max(0, tok.at - 8), tok.at)) && /\d/.test(s.text.slice(tok.at))) {
    aside(s, tok.at, tok.at + tok.raw.length);
    return;
  }
  // "明天计划完成剩下2个村委会和全部监委会": inside a plan's clause, 全部 is the plan's too.
  const plan = s.notCounted?.code === 'plan' ? s.notCounted.tok : undefined;
  // Only after the plan's own count (a plan of all alone, 预计月底前村委会换届全部完成, is refused as a plan).
  if (plan && plan.at < tok.at && !/[,，;；。!！?？\n]/.test(s.text.slice(plan.at, tok.at)) && /[\d一二两三四五六七八九十]\s*个/.test(s.text.slice(plan.at, tok.at))) {
    aside(s, plan.at, tok.at + tok.raw.length);
    return;
  }
  // "他们明天能全部完成": all done said of a day still to come is a plan.
  if (prev?.t === 'date' && prev.spec.kind === 'relative' && prev.spec.days > 0) return flag(s, { ...tok, flag: 'plan' }, prev);
  // "明天把最后1个监委会选完": so is one said in a sentence opened by a day still to come, the body named between.
  const day = s.out.dates.filter((d) => d.at >= sentenceStart(s.text, tok.at) && d.at < tok.at).at(-1);
  if (day?.value.kind === 'relative' && day.value.days > 0 && prev?.t === 'ind' && !s.out.items.some((i) => i.at > day.at)) return flag(s, { ...tok, flag: 'plan' }, prev);
  // "选举结果已全部公示", "新班子全部到岗", "全部实行了一肩挑": a bare 全部 before some other verb says
  // nothing about how many are done — only before a figure, a mark, the end or a word of finishing.
  if (tok.raw === '全部' && !ALL_DONE_AFTER.test(s.text.slice(tok.at + tok.raw.length))) return;
  // "再有两个村就全完了": a completion still to come after what is left gives no figure.
  // "主任选出来了,村委会就全部完成了": 就 straight after a body's name, the sentence telling no condition (等,
  // 再, 只要, 还差), says that body is now all done.
  const sentence = s.text.slice(sentenceStart(s.text, tok.at), tok.at);
  const now = prev?.t === 'ind' && /^\s*就\s*$/.test(s.text.slice(prev.at + prev.raw.length, tok.at)) && s.text.startsWith('了', tok.at + tok.raw.length) && !/等|再|只要|还差|还有|剩|以后|之后/.test(sentence);
  if (/就(?:能|可以|可)?$/.test(s.text.slice(Math.max(0, tok.at - 3), tok.at)) && !now) return;
  // "居委会要等党组织全部结束后统一启动": all done as the condition awaited (等…后) is still to come.
  if (/(?:要等|等到?|待)[^,;。!?\n]{0,12}$/.test(sentence) && /^了?\s*(?:以后|之后|后)/.test(s.text.slice(tok.at + tok.raw.length))) return;
  // "村委会还差1个村全部完成": straight after what is left, with no 就, the completion is still to come too.
  if (prev?.t === 'num' && /(?:还差|差|还剩|剩下?)\s*$/.test(s.text.slice(Math.max(0, prev.at - 3), prev.at)) && /^(?:个)?(?:村|社区)?\s*$/.test(s.text.slice(prev.at + prev.raw.length, tok.at))) return;
  // "张家湾村推迟到12月8号。其余13个村都选完了", "其他13个村村委会都选完了": the rest, counted, after villages said
  // not done — those are the figure, not the due count. The rest not counted (其他村的村委会都选完了) is all but
  // some villages unknown: refused.
  // (The name may have been taken already, 其他13个村村委会: the villages counted before it read as the due count.)
  const restKeys = s.pending.length ? flatKeys(s.pending) : prev?.t === 'ind' && prev.keys.every((k) => DONE_KEYS.includes(k)) ? prev.keys : [];
  const rest = restKeys.length ? restOf(s, tok) : null;
  if (rest) {
    const { n } = rest;
    s.pending = [];
    if (n === null) {
      s.out.errors.push({ code: 'vague', raw: s.text.slice(rest.at, tok.at + tok.raw.length) });
      return;
    }
    s.out.items = s.out.items.filter((i) => !((i.key === 'due' || restKeys.includes(i.key)) && i.at >= rest.at && i.at < tok.at));
    s.out.asides = s.out.asides.filter((a) => !a.includes(rest.raw));
    return s.emit(restKeys, { t: 'num', value: n, unit: 'count', chinese: false, neg: false, raw: s.text.slice(rest.at, tok.at + tok.raw.length), at: rest.at, seg: tok.seg, pre: '', br: tok.br });
  }
  // "南街社区、北关村今天一天把两委都选完了": all said of villages named together is all of them, not of the
  // township — how many that adds is read only where the names are counted (named-after.ts); else asked.
  const named = s.text.slice(clauseStart(s.text, tok.at), tok.at);
  // So is all said of one area or some (东管区、西管区已全部完成): the township's villages in them are not known here.
  if (((/都/.test(s.text.slice(tok.at - 1, tok.at + 1)) && NAMED_TOGETHER.test(named)) || AN_AREA.test(named.replace(/\([^()]*\)/g, ''))) && !named.includes('除')) {
    s.out.errors.push({ code: 'vague', raw: tok.raw });
    s.pending = [];
    return;
  }
  // "白沙镇沙河村：党支部、村委会、监委会全部完成", "1.东关社区：党委、居委会全部完成": all said on a line headed by one
  // village or community is that place's, never the township's — set aside beside other figures, else asked.
  const line = s.text.slice(sentenceStart(s.text, tok.at, ['\n', '。']), tok.at);
  if (ONE_PLACE.test(line) && !named.includes('除') && !/[\d零一二两三四五六七八九十]\s*个/.test(line)) {
    s.pending = [];
    if (/\d/.test(s.text)) aside(s, tok.at - line.length, tok.at + tok.raw.length);
    else s.out.errors.push({ code: 'vague', raw: line.trim() + tok.raw });
    return;
  }
  // "党组织除了东坡村都选完了": all but the villages excepted — the due count less them, never all.
  const except = excepted(s.text, tok.at);
  if (except === null) {
    s.out.errors.push({ code: 'vague', raw: s.text.slice(s.text.lastIndexOf('除', tok.at), tok.at + tok.raw.length) });
    return;
  }
  if (except > 0) {
    s.remainingNext = true;
    return s.value({ t: 'num', value: except, unit: 'count', chinese: false, neg: false, raw: tok.raw, at: tok.at, seg: tok.seg, pre: tok.pre, br: tok.br });
  }
  // "村党组织9个全部完成": straight after a figure, 全部完成 qualifies that figure's indicator (the two
  // must agree), not the name that comes next.
  // The whole a fraction implies ("党14/14全完") is not the figure's indicator.
  // "居委会3个全完成": after the communities' part's figure (the communities, the villages) it says that part is all done —
  // the figure stands, and the township's due count is not the part's.
  // So after a comma only ("党组织 16个 100%, 全部完成 村委会 15个"): read forward, it had given 村委会 all and
  // every figure after it to the body after its own.
  const last = lastFigure(s.out.items);
  const justAfter = !!last && (prev === s.lastEmitted ? last.at === prev?.at : prev?.t === 'sep' && last === s.out.items.at(-1) && DONE_KEYS.includes(last.key) && /^[ \t]*[,，][ \t]*$/.test(s.text.slice(last.at + last.value.raw.length, tok.at)));
  if (!s.pending.length && prev && justAfter && last && last.key !== 'due') {
    if (last.value.kind === 'number' && last.value.part === 'community') return;
    return s.emit([last.key], tok as ValueToken);
  }
  // "党组织完成七个 村委会也完成七个 都全完了": 都 after the clause's figures says all of those bodies are
  // done (each must agree with the due count), not the name that comes next.
  const emitted = s.lastEmitted;
  if (!s.pending.length && prev?.t === 'flag' && prev.flag === 'both' && emitted && /^[\s,，]*$/.test(s.text.slice(emitted.at + emitted.raw.length, prev.at))) {
    const keys = [...new Set(s.out.items.filter((i) => i.seg === tok.seg && DONE_KEYS.includes(i.key) && i.value.kind === 'number').map((i) => i.key))];
    if (keys.length) return s.emit(keys, tok as ValueToken);
  }
  // "党组织15 村委会15 监委会15\n全部完成": all done on a line of its own, under a line of bodies' figures, is said of each
  // of them (each must agree with the due count).
  const lineAt = s.text.lastIndexOf('\n', tok.at - 1);
  if (!s.pending.length && lineAt > 0 && !s.text.slice(lineAt, tok.at).trim() && /^[了!！。\s]*$/.test(s.text.slice(tok.at + tok.raw.length).split('\n')[0]!)) {
    const above = s.text.lastIndexOf('\n', lineAt - 1);
    const keys = [...new Set(s.out.items.filter((i) => i.at > above && i.at < lineAt && DONE_KEYS.includes(i.key) && i.value.kind === 'number').map((i) => i.key))];
    if (keys.length) return s.emit(keys, tok as ValueToken);
  }
  // "柳林党组织全部完成了，马坊也全部完成": straight after another township's name, 也 and all done with no name of its own
  // take the body the township before was said of — as a bare figure after a switch does (bind-carry.ts).
  if (!s.pending.length && prev?.t === 'town' && /^\s*也\s*$/.test(s.text.slice(prev.at + prev.raw.length, tok.at)) && s.carry.has()) {
    return s.emit(s.carry.take()!, tok as ValueToken);
  }
  return s.value(tok as ValueToken);
}
