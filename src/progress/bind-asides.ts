// What is set aside and quoted, never stored: a figure a hedge, a comparison or a sub-count qualifies
// ("比上届增加4人", "其中社区3个"), what a bracket holds ("完成10个(昨天为8个)"), and a whole the next
// figures are parts of ("两委成员160人中，…"). The reply names each aside as the sender typed it.
import { crossTab, PEOPLE_UNIT, VILLAGES } from './bind-units.js';
import { clauseStart, DONE_KEYS, flatKeys, lastFigure, type ValueToken } from './bind-values.js';
import type { BindState } from './bind-state.js';
import { isMonthDay } from './dates.js';
import type { Token } from './scan.js';
import type { ReportError } from './types.js';

/** Right after a figure: the figures that follow are parts of it ("160人中，", "18个村当中"). */
const OF_WHICH = /^(?:村|社区)?(?:中)?(?:已经|已)?(?:有)?(?:完成了|完成|选完了|选完)?(?=[0-9一二两三四五六七八九十]+个)/;
const PARTS_FOLLOW = /^(?=[，,]?\s*其中)/;
const TOWNSHIP_WHOLE = /^(?:[^\d,，。]{0,6}?(?:乡|镇|街道))?(?:全乡|全镇|全街道|全部|总共|一共|共有|共|有)?[:：]?$/;
const LEFT_FOLLOWS = /^个?(?:村|社区)[，,\s]*(?:还有|还剩|还差|剩下|尚有|只剩|就剩|仅剩)/;
/** What is left, straight after a count that carries its own unit (12个村还差…, 六个社区还剩…). */
const LEFT_AFTER_UNIT = /^[，,\s]*(?:还有|还剩|还差|剩下|尚有|只剩|就剩|仅剩)/;
const WHOLE_AFTER = /^(?:之中|当中|中间|中|里面|里头)(?=[，,、：:\s]|$|已|有|都)/;

/** The next figure is an aside; quoted from the first word that made it one ("40岁以下年轻干部23人"). */
export function asideNext(s: BindState, tok: Token) {
  if (s.ignoreNext !== 'aside') {
    s.asideFrom = tok.at;
    s.asideBy = tok.t === 'flag' ? tok.flag : null;
  }
  s.ignoreNext = 'aside';
}

/** Quote text[from, to) as set aside, once. */
export function aside(s: BindState, from: number, to: number) {
  const raw = s.text.slice(from, to).trim();
  const last = s.out.asides.length - 1;
  // The same aside running on ("剩下3个村" … "剩下3个村周四"): quoted once, at its full length.
  // So is a quote widened to its clause ("估计得有一半" … "女性委员估计得有一半,具体人数还在统计").
  if (raw && last >= 0 && raw.includes(s.out.asides[last]!)) s.out.asides[last] = raw;
  else if (raw && !s.out.asides.includes(raw)) s.out.asides.push(raw);
}

/** A count refused for want of a name that turns out to be a note: no longer refused, quoted among the asides. */
export function asNote(s: BindState, error: ReportError, from: number, to: number): void {
  s.out.errors = s.out.errors.filter((e) => e !== error);
  aside(s, from, to);
}

/**
 * A token inside brackets: what a bracket holds qualifies what stands before it (a breakdown, a rate,
 * a comparison, a reason), so its figures are set aside and its names bind nothing. Dates still count
 * ("补报昨天(11月21日)"), and a running total still restates its figure ("新增2个（累计11个）").
 * Returns true when the token is dealt with.
 */
/**
 * "完成16个（更正：是15个）", "12个（作废，以下条为准）", "17个（注：村委会数字有误，稍后更正）": a bracket after a figure
 * that says it is wrong puts the figure in doubt — refused, never stored, whatever else the bracket says. Not
 * a bracket naming the figure replaced ("9个（原报8个有误）") or confirming it ("（以此为准）"), nor one in a
 * message that is itself a correction.
 */
function doubted(s: BindState, tok: Extract<Token, { t: 'flag' }> & { br: number }): boolean {
  const figure = s.lastEmitted;
  if (!figure || figure.at > tok.br || figure.seg !== tok.seg) return false;
  if (!(tok.flag === 'wrong' || tok.flag === 'slip' || (tok.flag === 'correction' && !tok.raw.includes('为准')))) return false;
  // A message that corrects, or a bracket about what was reported before ("昨报7人有误", "乡镇报错了"), speaks of the
  // old figure.
  const end = bracketEnd(s, tok.br);
  if (s.out.correction || /报|原来|不是|写成/.test(s.text.slice(tok.br, end))) return false;
  s.out.items = s.out.items.filter((i) => i.at !== figure.at);
  s.out.errors.push({ code: 'withdrawn', raw: s.text.slice(figure.at, end) });
  s.lastEmitted = null;
  aside(s, tok.br, end);
  return true;
}

export function bracketed(s: BindState, tok: Token & { br: number }, before: Token | undefined): boolean {
  // "党组织换届（11/12）": a bracket straight after a name still waiting for its figure holds that figure.
  if (before?.t === 'ind' && before.br === undefined && s.pending.length) s.bracketTotal = tok.br;
  if (s.bracketTotal === tok.br) return false;
  switch (tok.t) {
    case 'date':
      // "补报昨天(11月21日)情况" dates the line; "完成10个(昨天为8个)" compares with another day.
      return s.lineValues > 0;
    case 'sep':
      return !tok.hard;
    case 'flag':
      // "(截至22日24时;因2个村…计票至深夜,迟报)": 截至 a day is the bracket's date note — what follows it stays an aside.
      if (tok.flag === 'cumul' && s.next?.t !== 'date') s.bracketTotal = tok.br;
      // "村委会6个(还剩2个没选)": what is left, in a bracket straight after a count done, is a second reading of it
      // — read, so that the two are checked against the due count.
      if ((tok.flag === 'remain' || tok.raw === '剩') && leftOfLast(s, tok)) {
        s.bracketTotal = tok.br;
        return false;
      }
      // "一肩挑的8人（前报9人有误，…）": a bracket naming the figure reported before makes the message its correction.
      if (tok.flag === 'replaced' && s.lineValues > 0 && EARLIER_WRONG.test(s.text.slice(tok.br, bracketEnd(s, tok.br)))) s.out.correction = true;
      if (doubted(s, tok)) return true;
      return tok.flag !== 'cumul' && tok.flag !== 'correction';
    case 'pair':
      if (tok.unit === 'none' && isMonthDay(tok.a, tok.b) && tok.sep !== '/') return false;
    // falls through: any other pair is a figure
    case 'num':
    case 'pct':
      if (tok.t !== 'pct' && countOfRate(s, tok)) return true;
      aside(s, tok.br, bracketEnd(s, tok.br));
      return true;
    case 'ind':
      // "（共8个）": the number of villages due, stated in passing, is still the due count.
      // "资格联审38人（均合格）", "联审21人（取消资格1人）": those refused among the people reviewed just given, opening the
      // bracket, are their own figure.
      const refusedOfReview = tok.keys.join() === 'disqualified' && s.out.items.at(-1)?.key === 'reviewed' && s.text.slice(tok.br + 1, tok.at).trim() === '';
      if ((tok.keys.length === 1 && tok.keys[0] === 'due') || refusedOfReview) {
        s.bracketTotal = tok.br;
        return false;
      }
      // "年轻的(35下)15": a bracket that only names the indicator, its figure straight after, says whose it is.
      return !(s.text.slice(tok.br + 1, tok.at).trim() === '' && /^\s*\)\s*[+＋]?\d/.test(s.text.slice(tok.at + tok.raw.length)));
    default:
      return true;
  }
}

function leftOfLast(s: BindState, tok: Token & { br: number }): boolean {
  const last = lastFigure(s.out.items);
  const said = s.lastEmitted;
  if (!last || !said || last.at !== said.at || !DONE_KEYS.includes(last.key) || last.value.kind !== 'number') return false;
  // Not what is left with its plan ("(剩余2个计划下周完成)"): a note, named in the reply as before.
  return !s.text.slice(said.at + said.raw.length, tok.br).trim() && !s.text.slice(tok.br + 1, tok.at).trim() && !LEFT_WITH_PLAN.test(s.text.slice(tok.br, bracketEnd(s, tok.br)));
}
const LEFT_WITH_PLAN = /计划|预计|准备|打算|定在|定于|安排|下周|明天|后天|周[一二三四五六日末]|\d+[号日]/;

/** Where the bracket opened at `start` closes (or its line ends): the aside quoted is all it holds. */
export function bracketEnd(s: BindState, start: number): number {
  let depth = 0;
  for (let i = start; i < s.text.length; i++) {
    const ch = s.text[i];
    if (ch === '\n') return i;
    if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  return s.text.length;
}

/**
 * A figure the word before it made no figure (a hedge, a comparison, a sub-count), or one in a clause such
 * a word still runs on in: quoted as an aside. Returns true when the figure is dealt with.
 */
export function setAside(s: BindState, tok: ValueToken): boolean {
  // "…，其中７个村监委会也选完了": a figure under 其中 whose name follows and is another indicator than the
  // line gave is read, as "其中一肩挑6人" is.
  // Not a trait counted within the people just given ("女同志7个，其中两个是35岁以下的": women under 35).
  // Nor one with a part named between (其中社区1个联审审了245人: 1 of the figure before is a 社区's).
  const part = s.ignoreNext === 'sub' && /^\s*(?:社区|村|居委会|行政村)\s*$/.test(s.text.slice(s.asideFrom, tok.at).replace(/^\S*?其中/, ''));
  const other = s.ignoreNext === 'sub' && !part && !!s.nameFollows && !s.nameFollows.every((k) => s.lineKeys.has(k)) && !crossTab(s.out.items.at(-1), s.nameFollows, tok.seg);
  if (s.ignoreNext && !(s.ignoreNext === 'sub' && (s.pending.length || other))) {
    if (s.ignoreNext === 'vague' && s.vagueError && !tok.pre) s.vagueError.raw += tok.raw;
    else aside(s, s.asideFrom, tok.at + tok.raw.length);
    // "报的9，实际是8", "是8个不是9个": the old figure of the name waiting, or of the one just given.
    const key = s.replacing ? (s.pending[0]?.[0] ?? s.out.items[s.out.items.length - 1]?.key) : undefined;
    if (key && tok.t === 'num') s.out.replaced.push({ key, n: tok.value, at: tok.at, seg: tok.seg });
    if (s.ignoreNext === 'sub') s.subOpen = true;
    s.lastAside = tok;
    // "比上届的52人增加38人，增幅73.1%": the comparison runs on to the end of its clause.
    if (s.ignoreNext === 'aside') s.asideOpen = true;
    s.ignoreNext = null;
    return true;
  }
  if ((s.subOpen || s.asideOpen) && !s.pending.length) {
    aside(s, tok.at, tok.at + tok.raw.length);
    return true;
  }
  return false;
}

/**
 * "两委成员160人中，35岁以下29人": a whole the next figures are parts of, with no name waiting for it, is
 * quoted as an aside. A body named before it ("两委成员") only says whose people they are.
 * Returns true when the figure is such a whole.
 */
/** The count stands for the township's whole (我们乡12个村), no part of it (第一批12个村). */
function ofTownship(s: BindState, tok: ValueToken): boolean {
  return TOWNSHIP_WHOLE.test(s.text.slice(clauseStart(s.text, tok.at), tok.at).replace(/\s/g, ''));
}

export function wholeOfParts(s: BindState, tok: ValueToken): boolean {
  // "支部8个村完成了6个", "二十个村已有十八个完成": villages counted, then how many of them are done — the first is
  // the due count, and the name waiting takes the second.
  if (tok.t === 'num' && /(村|社区)$/.test(s.text.slice(tok.at, tok.at + tok.raw.length + 2).replace(/[^村社区]*$/, '')) && OF_WHICH.test(s.text.slice(tok.at + tok.raw.length))) {
    const waiting = s.pending;
    s.pending = [];
    s.emit(['due'], tok);
    s.pending = waiting;
    return true;
  }
  // "我们乡12个村，还有3个村委会没选": villages counted, then what is left of them — the first is the due count.
  // Only the township's whole (我们乡12个村, 河西乡12个村): 第一批12个村, 北片12个村, 试点的12个村 are a part of it.
  // (Asked only once what is left follows: most figures have nothing left after them.)
  const unitOwn = /(?:村|社区)$/.test(tok.raw);
  const leftFollows = tok.t === 'num' && (unitOwn ? LEFT_AFTER_UNIT.test(s.text.slice(tok.at + tok.raw.length)) : LEFT_FOLLOWS.test(s.text.slice(tok.at, tok.at + tok.raw.length + 12).slice(tok.raw.length - 1)));
  if (leftFollows && !s.pending.length && ofTownship(s, tok)) {
    s.emit(['due'], tok);
    return true;
  }
  // "监委会今天建设社区、解放社区推选完毕，六个社区还差光明社区、幸福社区两个": with a name still waiting, villages
  // counted at a clause's head and then what is left of them are the whole too — the name waits for what is left.
  if (leftFollows && s.pending.length && unitOwn && /^[\s,，]*$/.test(s.text.slice(clauseStart(s.text, tok.at), tok.at))) {
    const waiting = s.pending;
    s.pending = [];
    s.emit(['due'], tok);
    s.pending = waiting;
    return true;
  }
  const bodyOnly = PEOPLE_UNIT.test(tok.raw) && !s.peopleWaiting && flatKeys(s.pending).every((k) => VILLAGES.has(k));
  const after = s.text.slice(tok.at + tok.raw.length);
  // "已选出两委成员80人，其中女性占25%": a head count followed by 其中 is the whole too.
  const whole = tok.t === 'num' && (!s.pending.length || bodyOnly) ? (WHOLE_AFTER.exec(after) ?? (PEOPLE_UNIT.test(tok.raw) ? PARTS_FOLLOW.exec(after) : null)) : null;
  if (!whole) return false;
  s.pending = [];
  // "我镇14个村中，党组织换届还剩1个村": a whole counted in villages is the township's due count.
  if (tok.t === 'num' && /(村|社区)$/.test(s.text.slice(tok.at, tok.at + tok.raw.length + 2).replace(/中.*$/, ''))) {
    s.emit(['due'], tok);
    return true;
  }
  aside(s, tok.at, tok.at + tok.raw.length + whole[0].length);
  if (tok.t === 'num' && PEOPLE_UNIT.test(tok.raw)) s.people = tok.value;
  return true;
}

/**
 * "三十五岁以下的有十二个 这个比例还挺高 女性十五个": a share word waits for a rate; another indicator, not yet
 * given on the line, with a count of its own ends that wait ("占两委成员的10%" keeps it).
 */
export function shareEnds(s: BindState, tok: Extract<Token, { t: 'ind' }>) {
  if (s.ignoreNext !== 'aside' || s.next?.t !== 'num' || s.next.unit === 'none' || tok.keys.some((k) => s.lineKeys.has(k))) return;
  // Spoken with no pause, "剩下一个村还在正式选举阶段一肩挑五个人": the villages left, their count already said, then
  // another indicator with a count of its own — the remainder's aside has ended.
  const left = s.text.slice(s.asideFrom, tok.at);
  if (s.asideBy === 'share') s.ignoreNext = null;
  else if (LEFT_COUNTED.test(left) && !/[,，;。!?\n]/.test(left)) {
    aside(s, s.asideFrom, tok.at);
    s.ignoreNext = null;
  }
}

/** The villages left, with their count: "剩下一个村", "还差两个村". */
const LEFT_COUNTED = /^(?:还)?(?:剩下|剩余|剩|差)(?:的)?[一二两三四五六七八九十俩仨\d]+个?(?:村|社区)/;

/** A bracket saying the report before was wrong — not right (无误, 正确), not another value (应为) or place. */
const EARLIER_WRONG = /^(?!.*(?:无误|正确|没错|准确|应为|应是|应该是|[乡镇]|街道)).*(?:有误|错)/;

/** 比/较/落后/领先 straight before a body's name: the body compared with. */
const COMPARED_WITH = /(?:比|较|落后于?|领先于?|少于|多于|低于|高于|相比于?)\s*$/;

/**
 * "村委会完成7个，比党组织少2个", "党组织完成9个，领先村委会2个": a body compared with, after a figure, names no
 * figure of its own — it and the difference after it are an aside (they stored 2 as the other body's figure).
 */
export function comparedBody(s: BindState, tok: Extract<Token, { t: 'ind' }>): boolean {
  // "报的村委会17个超了应换届数，经核实为15个": the due count a figure passed is named, not given — no figure waits for it.
  if (tok.keys.every((k) => k === 'due') && /(?:超了|超过了?|超出了?)\s*$/.test(tok.pre)) return true;
  const m = COMPARED_WITH.exec(tok.pre);
  if (!m || !s.out.items.length) return false;
  asideNext(s, tok);
  s.asideFrom = tok.at - m[0].length;
  return true;
}

/**
 * "一肩挑实现率41.7%（5/12）", "交叉任职比例30%（15人）": a bracket holding only a count, straight after the rate of
 * a head count, gives the count the rate cannot (a rate of people is no figure alone); the rate restates it.
 */
function countOfRate(s: BindState, tok: Extract<Token, { t: 'num' | 'pair' }> & { br: number }): boolean {
  const last = s.out.items[s.out.items.length - 1];
  if (!last || last.value.kind !== 'percent' || DONE_KEYS.includes(last.key) || last.key === 'avgAge' || last.seg !== tok.seg) return false;
  if (s.text.slice(last.at + last.value.raw.length, tok.br).trim() !== '') return false;
  if (s.text.slice(tok.br + 1, bracketEnd(s, tok.br)).replace(/\)\s*$/, '').trim() !== tok.raw) return false;
  // "一肩挑率41.7%（12个村）": villages are what the rate is of, not its head count.
  if (/村|社区/.test(tok.raw)) return false;
  // 14/15: the people of 15 villages, not the due count — only the count is read.
  s.emit([last.key], tok.t === 'pair' ? { ...tok, t: 'num', value: tok.a, unit: 'count', chinese: false, neg: false, raw: String(tok.a) } : tok);
  return true;
}
