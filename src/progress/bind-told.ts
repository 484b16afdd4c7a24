// Counts left without a name at the message's end that tell of something else (a sentence naming no body, what
// some of a figure are), and figures the sender does not report yet (a guess still being counted, a figure left out):
// quoted as not counted, never stored, beside the figures that are read.
import { asNote } from './bind-asides.js';
import { sentenceStart } from './bind-rest.js';
import type { BindState } from './bind-state.js';
import { clauseStart } from './bind-values.js';
import type { ReportError } from './types.js';
import type { Token } from './scan.js';
import { SELF_TOWN } from './townships.js';

const SENTENCE_END = /[。;\n!?]/;
const CLAUSE_END = /[,，。;\n!?]/;
const CLAUSE_STOPS = ',，;。!?\n';

/** Where the sentence (or clause) holding `at` ends. */
function sentenceEnd(text: string, at: number, ends = SENTENCE_END): number {
  const k = text.slice(at).search(ends);
  return k < 0 ? text.length : at + k;
}

/** The number token a refusal quotes (the first, or the first that `also` holds for). */
function numberOf(tokens: Token[], raw: string | undefined, also: (t: Token) => boolean = () => true): Extract<Token, { t: 'num' }> | undefined {
  return tokens.find((t): t is Extract<Token, { t: 'num' }> => t.t === 'num' && t.raw === raw && also(t));
}

export function settleToldCounts(s: BindState, tokens: Token[]): void {
  toldCountsAsNotes(s, tokens);
  reasonClausesAsNotes(s, tokens);
  reasonPartsAsNotes(s, tokens);
  pendingGuessesAsNotes(s);
  leftOutAsNotes(s, tokens);
}

/** Words that tell a sentence's figures are a report (done, new, total, left, corrected…), not a story. */
const STORY_FLAGS = new Set(['other', 'text', 'aside', 'resp', 'plan', 'sub']);
const PROSE = /[\u4e00-\u9fff]/gu;

/**
 * "请问…需不需要单独联审？我们这边有两个村在问。今天河东党组织完成5个。", "下午开了培训会,参会42人。": beside figures
 * that are read, a count in a sentence of its own that names no body, township, day or progress word (完成, 新增,
 * 累计, 还差…) tells of something else — a note, quoted. A sentence that short ("另外有2个") says too little to tell
 * what it is: still refused.
 */
function toldCountsAsNotes(s: BindState, tokens: Token[]): void {
  if (!s.out.items.some((i) => i.key !== 'due')) return;
  for (const error of s.out.errors.filter((e) => e.code === 'missing-indicator')) {
    const tok = numberOf(tokens, error.raw);
    if (!tok || s.out.items.some((i) => i.seg === tok.seg)) continue;
    const sentence = tokens.filter((t) => t.seg === tok.seg);
    // 我们街道 in a sentence of praise names no township being reported on (SELF_TOWN).
    const reported = sentence.some((t) => t.t === 'ind' || (t.t === 'town' && t.name !== SELF_TOWN) || t.t === 'date' || t.t === 'pct' || t.t === 'vague' || (t.t === 'flag' && !STORY_FLAGS.has(t.flag)));
    if (reported) continue;
    // The sentence runs from the stop before it (words the scanner skips are in it too) to its own stop.
    const stop = tokens.filter((t) => t.seg < tok.seg).at(-1);
    const last = sentence.at(-1)!;
    const words = s.text.slice(stop ? stop.at + stop.raw.length : 0, last.at + last.raw.length).replace(/[0-9零〇一二两三四五六七八九十百千万个人名村社区俩仨]/gu, '');
    if ((words.match(PROSE) ?? []).length < 6) continue;
    asNote(s, error, tok.at, tok.at + tok.raw.length);
  }
}

/** A clause that gives a reason (因2个村追加推荐人选, 由于3个村…): the villages it counts are the reason's. */
const REASON = /^\s*(?:因为|因|由于|鉴于)/;

/**
 * "联审人数由63名增至70名" after "因2个村追加推荐人选,": a count in a clause of reason that names no body, beside figures
 * read, tells why — a note, quoted, never a refusal of the whole message.
 */
function reasonClausesAsNotes(s: BindState, tokens: Token[]): void {
  if (!s.out.items.some((i) => i.key !== 'due')) return;
  for (const error of s.out.errors.filter((e) => e.code === 'missing-indicator')) {
    const tok = numberOf(tokens, error.raw);
    // Villages counted only: people counted in a reason (因为有1人…不合格) may be the figure the next clause names.
    if (!tok || !/(?:村|社区)\)?$/.test(tok.raw)) continue;
    // (After a heading's colon too: "资格联审补充情况:因2个村…".)
    const from = Math.max(...[...',，:：;；。\n'].map((c) => s.text.lastIndexOf(c, tok.at - 1))) + 1;
    const to = sentenceEnd(s.text, tok.at, CLAUSE_END);
    if (!REASON.test(s.text.slice(from, tok.at)) || tokens.some((t) => t.t === 'ind' && t.at >= from && t.at < to)) continue;
    asNote(s, error, from, to);
  }
}

/** After a count: what some of them are (一个是…, 俩是有违法记录的, 四个里有一个是…), never a figure of its own. */
const PART_IS = /^\s*(?:的)?(?:是|属于|因为|因|由于)/;

/**
 * "不合格的仨 仨里头俩是有违法记录的一个是长期不在村", "不合格的俩 一个是受过处分…一个是参与非法宗教活动": after a
 * figure read in the same sentence, counts told with what they are (是…, 因为…) are a breakdown of it — notes,
 * quoted, as long as together they are no more than it.
 */
function reasonPartsAsNotes(s: BindState, tokens: Token[]): void {
  const parts = s.out.errors
    .filter((e) => e.code === 'missing-indicator')
    .map((error) => ({ error, tok: numberOf(tokens, error.raw, (t) => PART_IS.test(s.text.slice(t.at + t.raw.length))) }))
    .filter((p): p is { error: ReportError; tok: Extract<Token, { t: 'num' }> } => !!p.tok);
  const bySeg = new Map<number, typeof parts>();
  for (const p of parts) bySeg.set(p.tok.seg, [...(bySeg.get(p.tok.seg) ?? []), p]);
  for (const [seg, list] of bySeg) {
    const first = Math.min(...list.map((p) => p.tok.at));
    const whole = s.out.items.filter((i) => i.seg === seg && i.at < first && i.value.kind === 'number').at(-1);
    if (!whole || whole.value.kind !== 'number' || list.reduce((n, p) => n + p.tok.value, 0) > whole.value.n) continue;
    for (const p of list) asNote(s, p.error, p.tok.at, p.tok.at + p.tok.raw.length);
  }
}

/** Said of a figure not yet known: still being counted, to be checked, or left for someone else to report. */
const PENDING = /还在统计|正在统计|还没统计|没细统计|还没算|还没核|还在核|(?:还没|还未|尚未)(?:汇总|收齐|统计|算完|核完|报齐|定下来)|还[得要]再?算|(?:算准|核准|弄准|核实|统计完|汇总完)了?再报|回头(?:再)?(?:问|核|确认|报)|核实后再报|核完再报|等.{0,8}(?:自己报|再报|确认|核实)|待核实/;

/**
 * "交叉任职的数还在统计,应该30人左右", "35岁以下的听陈书记说有十来个,还没细统计": a guess said in the same sentence as
 * being still counted or left to be confirmed is not reported yet — quoted as not counted, beside figures that are
 * read. A guess alone, or with no such words, is refused as before.
 */
function pendingGuessesAsNotes(s: BindState): void {
  for (const error of s.out.errors.filter((e) => e.code === 'vague' && e.raw)) {
    const at = s.text.indexOf(error.raw!);
    if (at < 0) continue;
    const from = sentenceStart(s.text, at);
    const pending = PENDING.exec(s.text.slice(from, sentenceEnd(s.text, at)));
    // Beside figures read outside the guess: a message that only guesses stays refused.
    if (!pending || !s.out.items.some((i) => i.key !== 'due' && (i.at < at || i.at >= at + error.raw!.length))) continue;
    // The guessed figure itself is never stored, whatever name it was bound to ("应该30人左右" had read 30).
    s.out.items = s.out.items.filter((i) => i.at < at || i.at >= at + error.raw!.length);
    // Quoted from the clause that says it is pending, or the guess's own, to the end of the guess's clause.
    const [start, end] = [clauseStart(s.text, Math.min(from + pending.index, at), CLAUSE_STOPS), sentenceEnd(s.text, Math.max(at, from + pending.index), CLAUSE_END)];
    asNote(s, error, start, end);
    // "平均年龄大概45岁左右，表还没汇总完": the name the guess was of waits for nothing now.
    const quoted = s.text.slice(start, end);
    s.out.errors = s.out.errors.filter((e) => e.code !== 'missing-figure' || !e.raw || !quoted.includes(e.raw));
  }
}

/** Words telling what was heard, not seen. */
const HEARD = '听说|据说|说是|村里报的|村里说';
/** The sender leaves a figure out on purpose (先不报, 不算在内), or says it is hearsay not yet checked (听说…还没核对). */
const LEFT_OUT = new RegExp(`先不报|先不录|先别录|先不算|不算在内|暂不报|暂不统计|先不统计|别统计|不要统计|暂不计入|先不计入|(?:${HEARD})[^。;!?\\n]*(?:还没核|没核对|没核实|未核实)`);
/** Doubt said of all the figures: the whole message waits. */
const ALL_OF_THEM = /以上|上面|上述|这些|全部|都|这条|本条|此条|这一条|整条/;

const HEARSAY = new RegExp(`${HEARD}|据.{1,4}讲`);

/**
 * "党组织12个，村委会10个，这个数先别录，还在跟村里核对": words to hold back said in a clause of their own, naming no
 * indicator and no figure, after several figures of the sentence hold them all — the message waits, nothing
 * stored. Hearsay in the figure's own clause (村里报的是7个) still marks that figure alone.
 */
function heldWhole(s: BindState, tokens: Token[], at: number, figure: string, from: number, to: number): boolean {
  if (from <= at + figure.length) return false;
  // The reason may name what is being checked ("先别录哈，监委会的数还在跟各村核对"): only a name in the hold's own
  // clause ("一肩挑先别录") narrows the hold to it.
  const hold = LEFT_OUT.exec(s.text.slice(at + figure.length, to));
  const holdAt = hold ? at + figure.length + hold.index : from;
  // A count in the reason after the hold ("先别录，有两个村的选举结果还在核对") is no figure of the message's.
  const reasonFrom = hold ? holdAt + hold[0].length : to;
  if (tokens.some((t) => (t.t === 'num' || t.t === 'pair') && t.at >= from && t.at < reasonFrom)) return false;
  const [clauseFrom, clauseTo] = [Math.max(from, clauseStart(s.text, holdAt, CLAUSE_STOPS)), sentenceEnd(s.text, holdAt, CLAUSE_END)];
  if (tokens.some((t) => t.t === 'ind' && t.at >= Math.min(from, clauseFrom) && t.at < (hold ? clauseTo : to) && (!hold || t.at >= clauseFrom))) return false;
  if (HEARSAY.test(s.text.slice(clauseStart(s.text, at, CLAUSE_STOPS), to))) return false;
  const start = sentenceStart(s.text, at);
  return s.out.items.some((i) => i.key !== 'due' && i.at >= start && i.at < at);
}

/**
 * "据周书记讲一肩挑能达到7个,目前村委会还没选,先不报", "35岁以下的村里报的是7个,还没核对,先不报": a figure the sender
 * says to leave out, or tells as hearsay not yet checked, is not reported — quoted as not counted and never stored,
 * beside the figures the sender does report. Doubt about all of them (以上数据待核实) still refuses the message.
 */
function leftOutAsNotes(s: BindState, tokens: Token[]): void {
  for (const error of s.out.errors.filter((e) => e.code === 'unverified' && e.raw?.includes('…'))) {
    const [figure, word] = error.raw!.split('…') as [string, string];
    const wordAt = s.text.indexOf(word);
    const at = s.text.lastIndexOf(figure, wordAt);
    // The doubt must be said in the figure's own sentence: across a stop it is about something else.
    if (wordAt < 0 || at < 0 || SENTENCE_END.test(s.text.slice(at, wordAt))) continue;
    const to = sentenceEnd(s.text, wordAt);
    // "党组织13个，一肩挑的数村里还没核对，先不报": the doubt is of an indicator named in a clause of its own after the
    // figure, with no figure given — that indicator is left out; the figure before stands.
    const from = clauseStart(s.text, wordAt, CLAUSE_STOPS);
    const namedAfter = from > at + figure.length && tokens.some((t) => t.t === 'ind' && t.at >= from && t.at < wordAt)
      && !tokens.some((t) => (t.t === 'num' || t.t === 'pair') && t.at >= from && t.at < to);
    if (namedAfter && LEFT_OUT.test(s.text.slice(wordAt, to)) && !ALL_OF_THEM.test(s.text.slice(from, to))) {
      asNote(s, error, from, to);
      continue;
    }
    if (!LEFT_OUT.test(s.text.slice(sentenceStart(s.text, at), to)) || ALL_OF_THEM.test(s.text.slice(at, to))) continue;
    // Spoken, a pause parts the clauses as a comma would ("村委会十二个 监委会十一个 先别录哈还在核对").
    const paused = Math.max(from, s.text.lastIndexOf(' ', wordAt) + 1, s.text.lastIndexOf('\t', wordAt) + 1);
    if (heldWhole(s, tokens, at, figure, paused, to)) continue;
    const kept = s.out.items.filter((i) => i.at < at || i.at >= at + figure.length);
    if (!kept.some((i) => i.key !== 'due')) continue;
    s.out.items = kept;
    asNote(s, error, clauseStart(s.text, at, CLAUSE_STOPS), to);
  }
}
