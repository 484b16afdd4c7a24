// "备注：明天集中开2个村的选举大会", "备注：全乡换届全面完成，一肩挑有1个村未实现（书记年龄偏大）": a note after the
// figures, to the end of its line, explains them; it reports nothing. Its figures, days and words were read as
// part of the report (a day to come refused the whole message, a village not done refused it as not done); now
// the note is set aside whole and named in the reply. A note that corrects a figure (备注：昨天报的6个应为5个)
// is read as before: a correction is a report; so is a note that doubts a figure (备注：村委会数还要核实), which
// must still hold the whole message back. Words: indicators.yaml `phrases.note`.
import type { Lexicon } from './lexicon.js';
import { phrase } from './phrases.js';
import { withoutStageCounts } from './stage-counts.js';

const NOTE = phrase('note', '(?:^|(?<=[\\s。；;，,!！]))(?:{})\\s*[:：][^\\n]*');
const NOTE_DATA = phrase('noteData');
/** Something a report could still give once the notes are gone: a figure or an all-done word. */
const FIGURE = /[0-9一二两俩仨三四五六七八九十]|全部|都/;

/** Whether a note holds a word of one of these kinds (a doubt, a correction). */
function says(lexicon: Lexicon, note: string, kinds: string[]): boolean {
  for (const [w, kind] of lexicon.words) if (kinds.includes(kind) && note.includes(w)) return true;
  return false;
}

/** A note with a word of a running total or of the day's new ones, a name of the lexicon and a figure. */
function givesFigure(lexicon: Lexicon, note: string): boolean {
  return says(lexicon, note, ['cumul', 'incr']) && /\d|[一二两三四五六七八九十]+\s*[个人名]/.test(note) && lexicon.names.some((n) => n.text.length >= 2 && note.includes(n.text));
}

/** A heading line of problems or next steps ("二、存在问题", "下一步："), nothing else on it. */
const SECTION = /^\s*(?:[一二三四五六七八九十]+[、.．]|\d{1,2}[、.．]|[①-⑩])?\s*(?:存在(?:的)?问题|存在困难|困难和问题|问题和困难|下一步(?:工作)?(?:打算|计划|安排)?|下步(?:工作)?(?:打算|计划)?|工作打算)\s*[:：]?\s*$/;
/** A point under it: 1. / 1、 / ① / (1) / - at the line's start. */
const POINT = /^\s*(?:\d{1,2}[、.．)）]|[①-⑩]|[(（]\d{1,2}[)）]|[-·•])/;

/**
 * "存在问题:\n①1个村报名人数不足…\n下一步:\n①…": the points under a heading of problems or next steps tell the story
 * around the figures — set aside whole, like a 备注, and named in the reply.
 */
function withoutSections(text: string, doubts: (note: string) => boolean): { text: string; notes: string[] } {
  if (!text.includes('\n')) return { text, notes: [] };
  const lines = text.split('\n');
  const taken = new Set<number>();
  const notes: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!SECTION.test(lines[i]!)) continue;
    let j = i + 1;
    while (j < lines.length && POINT.test(lines[j]!) && !SECTION.test(lines[j]!)) j++;
    const section = lines.slice(i, j);
    if (j === i + 1 || section.some(doubts)) continue;
    notes.push(section.join(' ').trim());
    for (let k = i; k < j; k++) taken.add(k);
    i = j - 1;
  }
  return notes.length ? { text: lines.filter((_, k) => !taken.has(k)).join('\n'), notes } : { text, notes };
}

/**
 * A clause after the figures that tells of an election still to hold on a day to come, to its sentence's end — or to
 * the bracket it was said in ("还差1个(后沟村,下周一重选) 监委会9个"): a bracket it opens itself it holds whole.
 */
const PLAN = /(?<=[。!?;；\n,，！？])\s*(?:另外|然后|还有|我们)?\s*(?:明天|明日|后天|下周[一二三四五六日天]?|下个?星期[一二三四五六日天]?)(?:[^。!?;；\n！？()（）]|[(（][^()（）\n]*[)）])*/g;
const PLAN_DAY = /明天|明日|后天|下周|下个?星期/;
const TO_HOLD = /选|召开|投票|推选|举行|开会/;
const HELD = /完成|选完|选出|选好|产生|结束|完了|选了|[更纠订修]正|应为|有误/;

/**
 * "…居委会4个。明天西园和南苑两个社区选居委会", "党组织6个，明天选3个村委会": what is still to be held says when, not
 * how many are done — set aside like a note. (Its count had been stored as done, or its day refused the message.)
 */
function withoutPlans(text: string, names: RegExp): Aside {
  // PLAN cannot match without one of its day words: most messages have none, and skip the scan.
  if (!PLAN_DAY.test(text)) return { text, notes: [] };
  return asideClauses(text, [...text.matchAll(PLAN)].map((m) => ownClauses(m[0], names)).filter((c) => TO_HOLD.test(c) && !HELD.test(c)));
}

const NAMES = new WeakMap<Lexicon, RegExp>();
/** The indicator names anywhere in a text (the lexicon's pattern is sticky): built once per lexicon. */
function namesOf(lexicon: Lexicon): RegExp {
  let re = NAMES.get(lexicon);
  if (!re) NAMES.set(lexicon, (re = new RegExp(lexicon.pattern.source)));
  return re;
}

/** A numeral, and a word that keeps a clause in the plan (a day or an intention). */
const NUMERAL = /[\d零一二两三四五六七八九十俩仨]/;
const STILL_PLANNED = /明天|明日|后天|下周|星期|号|日前|之前|以前|计划|准备|打算|拟|将|争取|力争|预计|安排/;

/**
 * "明天计划再选1个，村委会目前12个": a plan runs on over commas only while no clause names an indicator with a
 * figure of its own and no day to come — that clause reports, and the plan ends before it (it had been set aside
 * with the plan, the rest stored).
 */
function ownClauses(clause: string, names: RegExp): string {
  const parts = clause.split(/(?=[,，])/);
  const end = parts.findIndex((p, i) => i > 0 && NUMERAL.test(p) && !STILL_PLANNED.test(p) && names.test(p));
  return end < 0 ? clause : parts.slice(0, end).join('');
}

type Aside = { text: string; notes: string[] };

/** The text with the clauses taken out and quoted as notes — unless what is left (`leaves`) would report nothing. */
function asideClauses(text: string, clauses: string[], leaves = (rest: string) => FIGURE.test(rest)): Aside {
  if (!clauses.length) return { text, notes: [] };
  const rest = clauses.reduce((t, n) => t.replace(n, ''), text).trim();
  return leaves(rest) ? { text: rest, notes: clauses.map((n) => n.trim()) } : { text, notes: [] };
}

/** A batch's clauses ("第二批联审人选32名,取消资格1名;"), to the end of their sentence. */
const BATCH = /(?:^|(?<=[:：;；。\n]))\s*(?:其中)?(?:第[一二三四五六七八九十\d]+|首|本|这|此)批[^;；。\n]*/g;
const RUNNING_TOTAL = /累计|总计|共计|合计|两批|[三四五]批共/;

/**
 * "第二批联审人选32名,取消资格1名;两批累计联审97名,累计取消资格3名": beside the running total, a batch's figures
 * tell how it grew — set aside like a note (the two had conflicted).
 */
function withoutBatches(text: string): Aside {
  if (!text.includes('批')) return { text, notes: [] };
  const batches = [...text.matchAll(BATCH)].map((m) => m[0]).filter((c) => !RUNNING_TOTAL.test(c));
  return asideClauses(text, batches, (rest) => RUNNING_TOTAL.test(rest) && FIGURE.test(rest));
}

/** A comparison with the plan to its clause's end ("较计划(16个)多完成1个", "与计划持平"). */
const PLAN_COMPARED = /(?:较|比|与|同|跟|和)(?:县定|县里|原定|既定|全县)?的?(?:计划|目标|计划数|目标数)\s*(?:\([^()]*\))?[^,，;；。\n]*/g;

/** A clause about villages of a kind (软弱涣散村, 试点村), counted: a part of the township, to the clause's end. */
const KIND_OF_VILLAGE = /个(?:软弱涣散|重点|难点|试点|合并|延期|后进|信访|矛盾突出)村/;
const VILLAGES_OF_A_KIND = /(?<=^|[:：,，;；。\n])\s*(?:[一二三四五六七八九十]+、|\d{1,2}[.、])?\s*(?:其中)?[\d一二两三四五六七八九十]+个(?:软弱涣散|重点|难点|试点|合并|延期|后进|信访|矛盾突出)村[^,，;；。\n]*/g;

/**
 * "党组织换届较计划(16个)多完成1个": the plan's figure and the difference tell how it stands; "2个软弱涣散村均已完成
 * 党组织换届": villages of a kind are a part of the township's — each set aside like a note.
 */
function withoutPlanComparisons(text: string): Aside {
  // Each pattern needs its own words (计划/目标, a kind of village): without them there is nothing to scan for.
  if (!/计划|目标/.test(text) && !KIND_OF_VILLAGE.test(text)) return { text, notes: [] };
  return asideClauses(text, [...text.matchAll(PLAN_COMPARED), ...text.matchAll(VILLAGES_OF_A_KIND)].map((m) => m[0]));
}

// (In a section of problems, 不足 and 多 tell the problem: only a correction or a doubt keeps it in the reading.)
function sections(t: string, lexicon: Lexicon): Aside {
  const s = withoutSections(t, (n) => says(lexicon, n, ['unsure', 'correction', 'wrong']));
  return FIGURE.test(s.text) ? s : { text: t, notes: [] };
}

/** Each way of taking story out of the text, in order; built once, not per message. */
const TAKES: ((t: string, lexicon: Lexicon) => Aside)[] = [(t, lexicon) => withoutPlans(t, namesOf(lexicon)), withoutBatches, withoutPlanComparisons, withoutStageCounts, sections];

// "注：魏主任培训期间由综治办小杨代报": who sends it, naming no township, changes nothing of the figures.
function whoSends(n: string, phrases: Lexicon['phrases']): boolean {
  // "注：联络员休假，本周由本人代报": how long someone stands in says nothing of the figures' day either.
  // A township named makes it about whose figures they are; its office signing (镇党委副书记 孙卫东) does not.
  return /代报/.test(n) && !/[乡镇](?!党委|政府|长|纪委|人大)|街道(?!党工委|办事处)/.test(n) && !NOTE_DATA(phrases).test(n.replace(/代报|(?:本周|这周|这几天|近几天|近期|这段时间|期间)(?=由|暂由|临时)/g, ''));
}

function aboutData(n: string, phrases: Lexicon['phrases']): boolean {
  return NOTE_DATA(phrases).test(n) && !whoSends(n, phrases);
}

export function withoutNotes(text: string, lexicon: Lexicon): { text: string; notes: string[]; about: string[] } {
  // Each way of taking story out of the text, the first that finds some; what is left is read again for more.
  for (const take of TAKES) {
    const taken = take(text, lexicon);
    if (!taken.notes.length && taken.text === text) continue;
    const rest = withoutNotes(taken.text, lexicon);
    return { ...rest, notes: [...taken.notes, ...rest.notes] };
  }
  const { phrases } = lexicon;
  const once = NOTE(phrases);
  if (!once.test(text)) return { text, notes: [], about: [] };
  const re = new RegExp(once.source, 'gm');
  // A correction (更正, 应为…: words of kinds correction and wrong) or a doubt (unsure, vague) keeps the note in the reading.
  // "备注：以上数据截至昨日", "附注：本条为白沙镇代报", "注：此数为村委会换届", "备注：党组织数未含社区3个": a note about
  // the figures themselves — their day, township, body or scope — changes what they mean.
  // So does a note giving a body's running total or the day's new ones (备注：今天村委会累计完成15个, 今天新增村委会1个):
  // read, it is checked against the figure it sits beside — set aside, a total that disagrees was never seen.
  const all = [...text.matchAll(re)].map((m) => m[0]).filter((n) => !says(lexicon, n, ['unsure', 'vague', 'correction', 'wrong']) && !givesFigure(lexicon, n));
  // Such a note is asked about: what it changes cannot be read with certainty.
  const about = all.filter((n) => aboutData(n, phrases)).map((n) => n.trim());
  const notes = all.filter((n) => !aboutData(n, phrases));
  if (!notes.length) return { text, notes, about };
  const rest = notes.reduce((t, n) => t.replace(n, ' '), text).replace(/[ \t]+\n/g, '\n').trim();
  return FIGURE.test(rest) ? { text: rest, notes: notes.map((n) => n.trim()), about } : { text, notes: [], about };
}
