// Where a clause or a line ends: what waited for a figure is settled (a table row, a rate restated, a
// lone 全部完成), and what held only for the clause or the line is cleared.
import type { IndicatorKey } from '../store/types.js';
import type { Token } from './scan.js';
import type { ReportError } from './types.js';
import type { BindState } from './bind-state.js';
import { phrase } from './phrases.js';
import { aside } from './bind-asides.js';
import { personAge, sceneCount } from './bind-scene.js';
import { clauseStart, DONE_KEYS } from './bind-values.js';
import { membersCount, scopeOfHeadCount } from './bind-units.js';
import { votesLater } from './bind-counts.js';

const PUT_OFF = phrase('putOff');
const NOT_JOINED = phrase('notJoined');
const STAGE = phrase('stage');
const MERGED = phrase('merged');


/** "河西乡2个村因为下雨推迟": the villages counted are put off or in dispute (indicators.yaml `phrases.putOff`). */
export function putOff(s: BindState, tok: Token): boolean {
  return PUT_OFF(s.phrases).test(clauseAfter(s, tok));
}

/** The rest of a token's clause after it. */
function clauseAfter(s: BindState, tok: Token): string {
  const end = s.text.slice(tok.at).search(/[,;。!?\n]/);
  return s.text.slice(tok.at + tok.raw.length, end < 0 ? s.text.length : tok.at + end);
}

/** "有2个村党组织选举因票数不过半需重新选举": a count before a name whose clause puts it off is never done — refused. */
export function countPutOff(s: BindState, orphan: Token, name: Token): boolean {
  if (!putOff(s, name)) return false;
  s.out.errors.push({ code: 'not-done', raw: s.text.slice(orphan.at, name.at + name.raw.length) });
  s.pending = [];
  return true;
}

/**
 * "白沙镇16个村，…": villages counted straight after the township's name are its due count — not a batch, an
 * exception, villages put off or at a step ("龙泉镇第3批6个村", "城关镇除了2个村", "河西乡2个村因为下雨推迟",
 * "龙泉镇两个村已经公告了").
 */
export function dueAfterTown(s: BindState, tok: Token): boolean {
  const town = s.out.towns[s.out.towns.length - 1];
  const between = town ? s.text.slice(town.at + town.raw.length, tok.at) : '';
  return !/除|第|批/.test(between) && !putOff(s, tok) && !atStage(s, tok) && !atMerge(s, tok);
}

/** "俺们乡有俩村合并了": the villages counted are merged or split — a change of the due count told, not the count. */
function atMerge(s: BindState, tok: Token): boolean {
  return MERGED(s.phrases).test(clauseAfter(s, tok));
}

/**
 * The due count read from villages after the township's name. Never said to be the due count, it is taken only as
 * the county file's; another is asked ("河西乡两个村明天投票" stored a due count of 2), like a bare total (plan.ts:
 * due-unclear).
 */
export function townDue(s: BindState, tok: Extract<Token, { t: 'num' }>) {
  s.emit(['due'], tok);
  const due = s.out.items[s.out.items.length - 1];
  if (due?.key === 'due' && due.value.kind === 'number') due.value = { ...due.value, bare: true };
}

/** "龙泉镇两个村已经公告了": the villages counted are at a step that is no indicator (`phrases.stage`). */
function atStage(s: BindState, tok: Token): boolean {
  return STAGE(s.phrases).test(clauseAfter(s, tok));
}

/** Between a share and the count it is: a stop, and a word that says "that is" (就是, 即, 也就是, 共). */
const SHARE_THEN_COUNT = /^\s*[,，、]\s*(?:就是|也就是|即|共|计|合计|一共)?\s*$/;
/** The election as a whole named right before 全部完成 ("马坊乡换届", "村级换届工作已"). */
const WHOLE_ELECTION = /换届(?:工作)?(?:已经|已|均已|都已)?\s*$/;
/** A clause saying an election was not held (没有安排党组织选举, 未进行监委会换届), with no numeral in it. */
const NOT_HELD = /^[^\d零一二两三四五六七八九十]*(?:没有|没|未|无)(?:安排|进行|开展|组织|召开)[^\d零一二两三四五六七八九十]{0,12}?(?:选举|换届)[^\d零一二两三四五六七八九十]*$/;
/** After a comma, a clause starting with a bare count of people (", 1人受…", "，另有2人…"). */
const SUB_RUNS_ON = /^[,，、]\s*(?:另有|还有|有)?[\d一二两三四五六七八九十]+\s*(?:人|名|位)/;
/** A figure further on in the message. */
const FIGURE_LATER = /[\d零一二两三四五六七八九十]\s*[个人]/;

/** A separator: the clause ends; a hard one (a line break, the end of a sentence) also forgets the clause before. */
const APPENDIX = /^[^\n]*\n\s*(?:[—\-=_~～]{4,}|附(?:表|件)?[:：])/;

export function flush(s: BindState, hard: boolean, end = s.text.length) {
  s.leftList = false;
  const tableRow = s.columns && !s.lineInds.length;
  if (tableRow && !hard) return;
  if (tableRow && s.orphans.length === s.columns!.length) {
    s.orphans.forEach((o, i) => s.emit(s.columns![i]!, o));
    s.orphans = [];
  }
  if (tableRow && s.orphans.length) {
    // "新华 5 4" under a header of three: which column is empty cannot be known. Say so, store nothing.
    const row = s.text.slice(s.lineStart, end).trim();
    s.out.errors.push({ code: 'table-columns', raw: row, value: s.orphans.length, limit: s.columns!.length, suggestions: s.columnNames });
    s.orphans = [];
  }
  // "村委会又完成2个，9个全部完成了": a count straight before 全部完成, with nothing read in its clause, is how many
  // "all" is — the figure of the body the all done is said of (the plan checks it against the due count).
  const all = s.allWaiting;
  // Said again in the same clause ("党组织全部完成 9个全部完成"): the body its first 全部完成 was said of.
  const said = all ? s.out.items.filter((i) => i.at >= clauseStart(s.text, all.at) && i.at < all.at) : [];
  const againOf = said.length && said.every((i) => i.value.kind === 'all' && i.key === said[0]!.key) ? [[said[0]!.key]] : [];
  const keysOf = s.clauseItems === 0 ? s.lastClauseKeys : againOf;
  const counted = all && keysOf.length ? s.orphans.find((o) => o.t === 'num' && o.at < all.at && /^[个村社区的都均已经\s]*$/.test(s.text.slice(o.at + o.raw.length, all.at))) : undefined;
  if (counted) {
    for (const keys of distinct(keysOf)) s.emit(keys, counted);
    s.orphans = s.orphans.filter((o) => o !== counted);
  }
  // "监委会还差两个没选，7个": a count alone in the clause after what is left of one body is that body's done
  // count — the plan checks the two agree with the due count.
  const left = s.out.items.at(-1);
  const done = s.clauseItems === 0 && s.orphans.length === 1 && s.orphans[0]!.t === 'num' && left?.value.kind === 'remaining' && left.seg === s.orphans[0]!.seg ? s.orphans[0]! : undefined;
  if (done && left && /^\s*$/.test(s.text.slice(clauseStart(s.text, done.at), done.at))) {
    s.emit([left.key], done);
    s.orphans = [];
  }
  // "支部完成一半,7个村", "完成了四分之一,4个", "百分之六十五,就是13个": a count alone in the clause straight after a
  // share of one body is that share said as a count — the body's figure; the plan checks the two agree.
  const share = s.out.items.at(-1);
  const restated = s.clauseItems === 0 && s.orphans.length === 1 && s.orphans[0]!.t === 'num' && share?.value.kind === 'percent' && share.seg === s.orphans[0]!.seg && DONE_KEYS.includes(share.key) ? s.orphans[0]! : undefined;
  if (restated && share && SHARE_THEN_COUNT.test(s.text.slice(share.at + share.value.raw.length, restated.at))) {
    s.emit([share.key], restated);
    s.orphans = [];
  }
  for (const o of s.orphans) {
    // "应换届的是7个不是8个，有两个村合并了": in a correction, a count told as what happened (有…, 因…) is its reason.
    // So is what was missed or counted twice (应该是6人，漏了一个; 多算了1个).
    if (s.out.correction && /(?:有|把|将|因为?|由于|漏了|漏报了?|漏算了?|漏统计了?|少报了?|少算了?|多报了?|多算了?|重复统计了?)\s*$/.test(s.text.slice(Math.max(0, o.at - 4), o.at)) && s.out.items.some((i) => i.key !== 'due' || s.out.items.length === 1)) {
      aside(s, o.at, o.at + o.raw.length);
      continue;
    }
    if (membersCount(s.text, o) || scopeOfHeadCount(s.text, o)) {
      aside(s, o.at, o.at + o.raw.length);
      continue;
    }
    // A rate restated after its count ("村委会完成12个，完成率66.7%") is no new figure, but it must agree:
    // bound to the same indicator, the plan refuses a rate that gives another count (完成12个，完成率50%).
    if (o.t === 'pct' && s.out.items.some((i) => i.seg === o.seg)) {
      // "完成率由33.3%提高到66.7%": the rate it rose from is no figure of the day.
      if (/^\s*(?:提高|上升|升|增加|增长|变)(?:到|至|为|成)/.test(s.text.slice(o.at + o.raw.length))) {
        aside(s, o.at, o.at + o.raw.length);
        continue;
      }
      // The count it follows, not the last one read (村委会16个 100% 监委会15个: 100% is the 村委会's).
      const last = [...s.out.items].reverse().find((i) => i.seg === o.seg && i.key !== 'due' && i.at < o.at);
      if (last && DONE_KEYS.includes(last.key) && last.value.kind === 'number') s.out.items.push({ key: last.key, value: { kind: 'percent', p: o.value, raw: o.raw }, at: o.at, seg: o.seg });
      continue;
    }
    // "有一个村书记和主任分设": a count of the villages where 一肩挑 did not happen is no figure of ours.
    // "村委会完成5个，另外2个村因为候选人外出务工要等下周再选": beside figures that are read, a count put off
    // or in dispute, with its reason, is a note on them.
    // Only up to the next figure read: "村委会11 9 一肩挑9 刘家庄明天另行选举" puts off no count of the 9.
    const nextRead = Math.min(end, ...s.out.items.filter((i) => i.seg === o.seg && i.at > o.at).map((i) => i.at));
    const after = s.text.slice(o.at + o.raw.length, nextRead);
    // "王家沟、后坪两个村已经公告了", "有两个人的材料还在核": beside figures that are read, a count whose clause tells
    // a step that is no indicator (indicators.yaml `phrases.stage`) is about that step.
    const before = s.text.slice(clauseStart(s.text, o.at), o.at);
    const clause = before + after;
    const read = s.out.items.some((i) => i.key !== 'due');
    // So are villages counted with a later day or a vote under way (bind-counts.ts).
    const later = votesLater(o, before, after);
    if (NOT_JOINED(s.phrases).test(after) || MERGED(s.phrases).test(clause) || (read && (PUT_OFF(s.phrases).test(after) || STAGE(s.phrases).test(clause) || later))) {
      aside(s, o.at, end);
      continue;
    }
    if (personAge(s, o) || (read && sceneCount(s, o))) continue;
    const error: ReportError = { code: 'missing-indicator', raw: o.raw };
    s.out.errors.push(error);
    if (o.t === 'num') s.bareCounts.push({ tok: o, error, alone: s.clauseItems === 0 });
    // "又选了两个，村委会一共13个": the increment word had its figure, this one — the line's next total is no increment.
    if (s.incr === 'line') s.incr = 'none';
  }
  // "党组织换届完成14个,全部完成": said alone after a clause with figures, it is about those figures.
  if (s.allWaiting && s.clauseItems === 0 && s.lastClauseKeys.length) for (const keys of distinct(s.lastClauseKeys)) s.emit(keys, s.allWaiting);
  // "马坊乡换届全部完成!党组织8个、村委会8个、监委会8个": the election as a whole said done, before the bodies' figures,
  // is a heading — set aside; alone, which bodies it means is not said.
  else if (s.allWaiting && s.clauseItems === 0 && wholeSaidDone(s, s.allWaiting) && FIGURE_LATER.test(s.text.slice(end))) aside(s, s.text.lastIndexOf('换届', s.allWaiting.at), s.allWaiting.at + s.allWaiting.raw.length);
  // "…监委会换届全部完成，圆满收官！": said again after bodies said all done in its sentence, it restates them.
  else if (s.allWaiting && s.clauseItems === 0 && allSaidJustBefore(s, s.allWaiting.at)) aside(s, s.allWaiting.at, s.allWaiting.at + s.allWaiting.raw.length);
  else if (s.allWaiting && s.clauseItems === 0) s.out.errors.push({ code: 'missing-indicator', raw: s.allWaiting.raw });
  // "党组织11个全部完成": 全部完成 after a figure says the same thing again — it must agree (plan.ts checks).
  else if (s.allWaiting) for (const keys of distinct(s.clauseKeys)) s.emit(keys, s.allWaiting);
  if (s.clauseKeys.length) s.lastClauseKeys = s.clauseKeys;
  if (hard) s.lastClauseKeys = [];
  s.clauseKeys = [];
  // "不符合条件4人，其中3人为失信被执行人，1人受党纪处分": a breakdown runs on over a comma into a clause that starts
  // with a bare count of people.
  s.subOpen = !hard && s.subOpen && SUB_RUNS_ON.test(s.text.slice(end));
  s.asideOpen = false;
  s.orphans = [];
  s.shareOfDue = false;
  s.allWaiting = null;
  s.clauseItems = 0;
  s.reopen = null;
  s.ignoreNext = null;
  // "这个得从总数里减掉": a total to be lowered by a figure not given — what it is now cannot be read.
  if (s.negative && s.subtract) s.out.errors.push({ code: 'negative', raw: s.subtract });
  s.negative = false;
  s.subtract = null;
  s.joinOpen = false;
  s.today.endClause(hard);
  // "…审查136人。\n——————\n附：…汇总 审查人数138": an appendix after a rule line, or 附：, restates the figures —
  // today's above pair with no total in it, so two figures for one count are compared, not summed.
  if (hard && APPENDIX.test(s.text.slice(end))) s.today.pair();
  // "今日没有安排党组织选举，村委会又完成3个": a name said not held, in a clause with no figure, waits for none.
  if (s.clauseItems === 0 && s.pending.length && NOT_HELD.test(s.text.slice(clauseStart(s.text, end), end))) {
    s.named.explained();
    s.pending = [];
    s.notCounted = null;
  }
  // "监委会选举正在进行，3个村": a not-done word said of a name still waiting holds over the comma.
  const waiting = s.notCounted?.code === 'not-done' && s.pending.length > 0 && s.out.items.every((i) => i.at < s.notCounted!.tok.at);
  if (hard || (s.notCounted?.code !== 'plan' && !waiting)) s.notCounted = null;
  // A plan runs on over commas for bare figures ("拟于下周进行，共8个村"), but not into a clause that
  // names an indicator of its own ("…推迟到下周，监委会完成10个").
  else s.planClosed = true;
}

/** What the dates of the line just read may govern, now that it is known whether it gave figures. */
export function settleDates(s: BindState) {
  // "35岁以下正在统计中，明天报": a date on a line about an indicator that gives no figure. parse.ts
  // keeps such a date from carrying to later lines when it is a future date.
  if (s.lineValues === 0 && s.columns !== s.lineInds && (s.lineInds.length || s.lineExplains)) {
    for (const d of s.lineDates) d.idle = true;
  }
  // A date and time on a line with figures ("11月21日 18:00统计：党组织9个") is that line's date, no header.
  if (s.lineValues > 0) for (const d of s.lineDates) delete d.stamp;
  s.lineDates = [];
  s.lineExplains = false;
}


/** The line ends: a line of names and no figures becomes the header of the table below it. */
export function endLine(s: BindState) {
  s.peopleWaiting = null;
  // The heading's line has the word and no name or figure; each line of figures below it keeps it going.
  const newOnes = (s.incr === 'line' && s.lineValues === 0 && !s.lineInds.length) || (s.newOnesBlock && s.lineValues > 0);
  // A line of two or more indicators and no figures is a table header for the lines below it.
  if (s.lineInds.length >= 2 && s.lineValues === 0) {
    s.columns = s.lineInds;
    s.columnNames = s.lineNames;
  } else if (s.lineInds.length) s.columns = null;
  settleDates(s);
  s.lineNames = [];
  s.named.endLine(s.lineKeys, s.out.errors);
  s.lineKeys.clear();
  s.lineInds = [];
  s.lineValues = 0;
  s.pending = [];
  s.respectively = false;
  s.incr = newOnes ? 'line' : 'none';
  s.newOnesBlock = newOnes;
  s.resumeLine = false;
}

/** "城关15 河东15 杨家岭7，…都已全部完成": three figures of one indicator name it once. */
function distinct(keys: IndicatorKey[][]): IndicatorKey[][] {
  const seen = new Set<string>();
  return keys.filter((k) => !seen.has(k.join()) && !!seen.add(k.join()));
}

/** Before 全部完成: the election as a whole (换届全部完成), or the township alone (河西乡全部完成！). */
function wholeSaidDone(s: BindState, all: Token): boolean {
  const from = clauseStart(s.text, all.at);
  const before = s.text.slice(from, all.at);
  if (WHOLE_ELECTION.test(before)) return true;
  const town = s.out.towns.find((t) => t.at >= from && t.at < all.at);
  return !!town && before.replace(town.raw, '').trim() === '';
}

/** The last figure read says all done, earlier in the same sentence. */
function allSaidJustBefore(s: BindState, at: number): boolean {
  const last = s.out.items.at(-1);
  return !!last && last.value.kind === 'all' && last.at < at && !/[。;；!！?？\n]/.test(s.text.slice(last.at, at));
}

/**
 * A name that ends a plan running on. Spoken, "明天计划再完成三个 监委会完成十个": after the plan's own figure, a
 * pause before a name; or a name said done already ("下周一搞然后村委会的话完成了十二个"): no plan is done yet.
 */
export function planEnds(s: BindState, tok: Extract<Token, { t: 'ind' }>) {
  const plan = s.notCounted?.code === 'plan' ? s.notCounted.tok : undefined;
  if (!plan) return;
  const doneAlready = s.next?.t === 'flag' && s.next.flag === 'done' && (s.text.startsWith('了', s.next.at + s.next.raw.length) || /已/.test(s.next.pre + s.next.raw));
  if (!doneAlready && !(/\s/.test(tok.pre) && /[\d一二两三四五六七八九十]\s*[个人]/.test(s.text.slice(plan.at, tok.at)))) return;
  s.notCounted = null;
  // Its 再 (再完成三个) was the plan's: no new ones for the name after.
  s.incr = 'none';
}
