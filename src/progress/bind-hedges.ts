/**
 * A hedge (大概, 左右, 好几个, 差不多) met while binding: part of an aside or a plan, beside no figure and so set aside
 * with its clause, or on a figure — then the message is refused with the hedged words quoted back.
 */
import { aside } from './bind-asides.js';
import type { BindState } from './bind-state.js';
import { clauseStart } from './bind-values.js';
import type { Token } from './scan.js';

/** A numeral of any kind: a hedge near one hedges a figure. */
const NUMERAL = /[\d零〇一二两三四五六七八九十百千半俩仨]/;

/** A span of time ("一整天", "两个小时", "一上午"): its numeral counts nothing the report counts. */
const TIME_SPAN = /[\d一二两三四五六七八九十半]+\s*(?:个)?(?:整天|整夜|整晚|上午|下午|晚上|早上|小时|钟头|分钟)/g;
/** The text with its spans of time and 一些/一点/一下 taken out: what is left may hold a figure. */
const figuresOnly = (text: string) => text.replace(TIME_SPAN, '').replace(/一(?=[些点下])/g, '');

/** Words of what the report counts: bodies, villages, people of the teams, work done. */
const COUNTED = /村|社区|党|支部|委|一肩挑|交叉|成员|女|岁|大专|学历|联审|审查|资格|完成|选|换届|个|人|名/;

export function vagueFigure(s: BindState, tok: Extract<Token, { t: 'vague' }>, before: Token | undefined): void {
  // "另外听说全县一共审查了1200多人": a hedge inside an aside is part of it.
  if (s.ignoreNext === 'aside' || s.asideOpen) {
    aside(s, s.asideFrom, tok.at + tok.raw.length);
    // "全县平均大概六成": a hedge before the aside's figure leaves that figure in the aside too.
    const figureNext = s.next && (s.next.t === 'num' || s.next.t === 'pct' || s.next.t === 'pair') && !s.next.pre.trim();
    s.ignoreNext = figureNext && s.ignoreNext === 'aside' ? 'aside' : null;
    return;
  }
  // "这周末应该能选完大半": a hedge in a plan is the plan's — no figure of the day, nothing refused.
  if (s.notCounted?.code === 'plan' && s.notCounted.tok.seg === tok.seg && !/[,;。!?\n]/.test(s.text.slice(s.notCounted.tok.at, tok.at))) {
    aside(s, s.notCounted.tok.at, tok.at + tok.raw.length);
    return;
  }
  // "监委会可能明天能选完2个": a hedge straight before a plan hedges the plan, which is set aside with it.
  const planNext = [s.next, s.afterNext].find((t) => t?.t === 'flag' && t.flag === 'plan');
  if (planNext && !/[,;。!?\n，；！？]/.test(s.text.slice(tok.at, planNext.at))) {
    s.pending = [];
    return;
  }
  // "35岁以下21人，占新班子的18%左右": a hedge on a rate already set aside is part of that aside.
  if (before?.t === 'pct' && !tok.pre && !s.out.items.some((it) => it.at === before.at)) {
    aside(s, before.at, tok.at + tok.raw.length);
    return;
  }
  // "村委会那边也差不多了,明天再说", "估摸着周末能全部弄完": a hedge with no figure in its clause — none just before
  // it, none after it — hedges nothing the message reports. Set aside with the clause, and a name waiting in that
  // clause has no figure to wait for.
  const clause = /^[^,;。!?\n]*/.exec(s.text.slice(tok.at + tok.raw.length))![0];
  // A figure hedged stands next to its hedge ("10个左右"); "2个村因部分党员在外务工" hedges nothing of the 2.
  const figureBefore = before && (before.t === 'num' || before.t === 'pair' || before.t === 'pct') && !/[,;。!?\n]/.test(s.text.slice(before.at, tok.at)) && s.text.slice(before.at + before.raw.length, tok.at).trim().length <= 1;
  // "有些叫法不太懂，按表上抄的：…": a hedge whose clause names no body, village or count, and no numeral, hedges
  // nothing the message reports — wherever it stands.
  const whole = s.text.slice(clauseStart(s.text, tok.at), tok.at) + tok.raw + clause;
  if (!NUMERAL.test(figuresOnly(whole)) && !COUNTED.test(whole)) {
    aside(s, tok.at, tok.at + tok.raw.length + clause.length);
    return;
  }
  // Only beside figures already read: a hedge alone (党组织差不多都完成了) is the message's answer, and refused.
  // "稍慢一些", "快一点": 一 there counts nothing.
  if (s.out.items.length && !NUMERAL.test(figuresOnly(tok.raw)) && !NUMERAL.test(figuresOnly(clause)) && !figureBefore) {
    aside(s, tok.at, tok.at + tok.raw.length + clause.length);
    s.pending = [];
    s.ignoreNext = 'aside';
    s.asideFrom = tok.at;
    return;
  }
  // "下雨好几个村的党员大会没开成": a hedge on villages not done, no name waiting and none named on the way, counts
  // nothing the message reports — set aside with its clause.
  const notDone = [s.next, s.afterNext].findIndex((t) => t?.t === 'flag' && t.flag === 'notdone');
  if (!s.pending.length && notDone >= 0 && !(notDone === 1 && (s.next!.t === 'ind' || s.next!.t === 'num')) && !NUMERAL.test(clause)) {
    aside(s, tok.at, tok.at + tok.raw.length + clause.length);
    return;
  }
  // Quote the whole phrase back: "10个左右", "大约8个", not just the hedge word.
  const joined = before && (before.t === 'num' || before.t === 'pair') && !tok.pre ? before.raw + tok.raw : tok.raw;
  s.vagueError = { code: 'vague', raw: joined };
  s.out.errors.push(s.vagueError);
  s.pending = [];
  s.ignoreNext = 'vague';
  // The figure it hedges, a word or two on ("估计得有一半"), is quoted from the hedge.
  s.asideFrom = tok.at;
}
