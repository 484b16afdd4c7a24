// Counts said in words rather than figures, written as figures before the scan reads them: villages named (to do,
// or done today), what is left under a 剩余： heading, and none yet (一个都还没选). Each rewrite keeps the words it
// counted beside the figure, so the reply can still name them.
//
// "党组织只剩石门村没选了", "村委会就剩东岭村和西岭村了": the villages still to do, named but not counted.
// Written as their count with the names in brackets (只剩1个(石门村)没选了), the binder reads a remainder as
// it reads "还差3个": done = due − the villages left. Names before their count ("还剩东岭村、西岭村、南沟村三个
// 没选") are put the same way round, however many names stand between the word and the figure.
import { doneBodyNames, NEW_ONES, NO_NAME, SO_FAR } from './named-after.js';
import { parseAnyNumber } from '../numerals.js';
import { longestAt, type Lexicon } from './lexicon.js';
import type { TownshipMatcher } from './townships.js';

/** One named village or community: not a count (两个村), nor a word that points at villages (剩下的村, 其余村). */
// No 个 anywhere in it: "最后三个村" counts villages, it names none.
const NAME = String.raw`(?![的个几各其这那全每本余\d零〇一二两三四五六七八九十百])(?:(?!个)[\u4e00-\u9fff]){1,4}?(?:村|社区)`;
const JOIN = String.raw`(?:[、,和跟与及]|以及)`;
const JOIN_RE = new RegExp(JOIN);
/** How many villages a run of names joined by 、/和 names. */
const countNames = (names: string) => names.split(JOIN_RE).filter(Boolean).length;
/** The count after the names, when they have one (三个, 2个村). */
const COUNT = String.raw`\s*([\d零一二两三四五六七八九十]+\s*个(?:村|社区)?)`;
/** What may follow names with no count: not done yet, the end of the clause, or 了. */
const AFTER = String.raw`(?=\s*(?:还|都|仍|尚)?(?:没|未)|\s*(?:了|啦)|\s*$|\s*[,;。!\n])`;

const BARE = String.raw`(?![的个几各其这那全每本余\d零〇一二两三四五六七八九十百今昨]|前天)[\u4e00-\u9fff]{2,4}?`;
const patterns = new WeakMap<Lexicon, RegExp | null>();

function patternFor(lexicon: Lexicon): RegExp | null {
  let re = patterns.get(lexicon);
  if (re === undefined) {
    const remain = [...lexicon.words].filter(([, kind]) => kind === 'remain').map(([w]) => w).sort((a, b) => b.length - a.length);
    re = remain.length ? new RegExp(`(${remain.join('|')})(${NAME}(?:${JOIN}${NAME})*|${BARE}(?:、${BARE})+)(?:${COUNT}|${AFTER})`, 'g') : null;
    patterns.set(lexicon, re);
  }
  return re;
}

export function countNamedRest(text: string, lexicon: Lexicon, townships?: TownshipMatcher): string {
  const re = patternFor(lexicon);
  if (!re) return text;
  return text.replace(re, (m, word: string, names: string, counted: string | undefined) => {
    // "就剩西坡、南坡了": names without 村 are villages when none is a township's or an indicator's name.
    if (!/村|社区/.test(names) && !bareVillages(names, lexicon, townships)) return m;
    const named = countNames(names);
    // Two names before their count the binder reads as written (还剩王庄村、后河村两个没选): left word for word.
    if (counted && named <= 2) return m;
    const count = counted ?? `${named}个`;
    return `${word}${count}(${names})`;
  });
}

// "白沙今天沙河村、前进村监委会选完", "西沟、大柳树、杏树坪三个村监委会今天推选完成": villages named as done — today's
// increment, one a village (written 新增2个(沙河村、前进村)监委会选完), whether or not the message gives a total
// too (the ledger then checks the two agree). A count said with the names must be as many as the names; names
// without 村/社区 are villages only with such a count. Listed after 完成的有 they are the running total.
/** A village named as done: no count, time, township or body word inside it (今天村党组织, 俩村, 镇村 are none). */
const DONE_NAME = String.raw`(?![今昨天日午晚刚又也都各其这那全每本余把]|[上下](?:午|周|个|次|回|礼拜|星期|半|面|边)|前天|[一二三四五六七八九十]是)(?:和(?!村|社区))?(?:(?!街道)[^\s\d个的俩仨几,;。:、和跟与及()村社区乡镇把将被给于在到从对向]){1,4}?(?:村|社区)`;
/** Between the body and its verb: when, how, and the election's own words (党支部今天选完了, 村委会选举今天完成). */
const MID = String.raw`(?:换届|选举|推选|今天|今日|上午|下午|晚上|刚刚|刚|也|都|均|已经|已|一起|同时|顺利|正式|全部|的)*`;
const VERB = String.raw`(?:选完|完成|选出来|选好|推选完毕|推选完|选举结束|换届结束|结束|完毕|搞定|选举产生|产生|换完|换好)`;
/** A time said between the villages and the body (王家村、李庄村今天村委会选完了). */
const WHEN = String.raw`(?:今天|今日|上午|下午|晚上|刚刚|刚才)?`;
const donePatterns = new WeakMap<Lexicon, RegExp | null>();
const verbFirstPatterns = new WeakMap<Lexicon, RegExp | null>();
const UP_TO_NOW = /(?:截至|截止|到)(?:今[天晚日]|目前|现在)/g;
const SPAN_OF_DAYS = /这[两几些]天|近[两几]天|最近|前几天|这段时间/;

/**
 * "今天建设路社区、人民路社区完成居委会选举", "今天完成沙湾村、新庄村村委会选举": villages named with the verb before
 * the body — the same day's new ones as when the body comes first.
 */
function verbBeforeBodyFor(lexicon: Lexicon): RegExp | null {
  let re = verbFirstPatterns.get(lexicon);
  if (re === undefined) {
    const bodies = doneBodyNames(lexicon);
    const names = String.raw`${DONE_NAME}(?:${JOIN}${DONE_NAME})*`;
    re = bodies.length
      ? new RegExp(`(?<=^|[\\s,;。:今天今日上午下午晚上刚才刚刚又号日])(?:(${VERB})了?(${names})|(${names})(${WHEN})(${VERB}))((?:${bodies.join('|')})(?:换届|选举|推选)?)(?=\\s*(?:了|啦)?\\s*(?:[,;。!\\n]|$))`, 'g')
      : null;
    verbFirstPatterns.set(lexicon, re);
  }
  return re;
}

function donePatternFor(lexicon: Lexicon): RegExp | null {
  let re = donePatterns.get(lexicon);
  if (re === undefined) {
    const bodies = doneBodyNames(lexicon);
    // Names ending in 村/社区 may stand apart with spaces only ("沙河村 新庄村 村委会完成").
    const names = String.raw`${DONE_NAME}(?:(?:${JOIN}|\s+)${DONE_NAME})*|${BARE}(?:、${BARE})+(?=\s*[\d零一二两三四五六七八九十]+\s*个(?:村|社区)|${bodies.join('|')})`;
    re = bodies.length
      ? new RegExp(`(?<=^|[\\s,;。:又]|今天|今日|上午|下午|晚上|刚才|刚刚)(${names})(?:${COUNT})?的?\\s*(${WHEN})((?:${bodies.join('|')})${MID})(${VERB})(?!了?\\s*[\\d零一二两三四五六七八九十]+\\s*个)(?!\\s*(?:${bodies.join('|')}))`, 'g')
      : null;
    donePatterns.set(lexicon, re);
  }
  return re;
}

/** Names without 村/社区 ("沙岗、沙窝党支部选完了") are villages when none is a township's or an indicator's name. */
const bareVillages = (names: string, lexicon: Lexicon, townships?: TownshipMatcher) =>
  names.split('、').every((n) => !/乡|镇|街道|[村社]/.test(n) && !NO_NAME.test(n) && !lexicon.keysOf.has(n) && !townships?.resolve(n));

export function countNamedDone(text: string, lexicon: Lexicon, townships?: TownshipMatcher): string {
  const re = donePatternFor(lexicon);
  if (!re) return text;
  // "截至今晚村(居)委会换届完成的有：幸福社区、和平社区、柳湾村": the villages done so far, listed — their count.
  return text
    .replace(re, (m, names: string, counted: string | undefined, when: string, body: string, verb: string, at: number, whole: string) => {
      // "张庄、李庄等村": 等 says the names are not all of them — how many is not said.
      if (names.includes('等')) return m;
      // "党组织、村委会、村务监督委员会换届全部完成": the bodies' own names listed are no villages.
      // Nor is a township with a day (石桥今天村的…, left when 最后3个 was read as all done).
      if (names.split(/[、,，\s]+/).some((n) => lexicon.keysOf.has(n) || /^(?:村|居)(?:委|务|民|党)/.test(n) || /今天|今日|昨天|明天/.test(n))) return m;
      const named = countNames(names.trim().replace(/\s+/g, '、'));
      // A count that is not the names' own ("东坡村、西沟村等5个村"): left as written.
      if (counted && parseAnyNumber(counted.replace(/个.*/, '')) !== named) return m;
      if (!counted && !/村|社区/.test(names) && !bareVillages(names, lexicon, townships)) return m;
      // 都/均 there says all the named villages, not all the township's (党支部今天都选完).
      const said = body.replace(/[都均](?=[^都均]*$)/, '');
      // "北湾村、石门村党支部今天都选完，党组织累计6个": the body's figure comes later — the names are a note on it.
      const keys = lexicon.keysOf.get(longestAt(lexicon.nameIndex, body, 0) ?? '') ?? [];
      const rest = whole.slice(at + m.length);
      if (lexicon.names.some((n) => n.keys.some((k) => keys.includes(k)) && hasFigureAfter(rest, n.text))) return `${when}(${names}${said}${verb})`;
      // "截至今晚：张庄、李庄、王庄三个村党组织已换完": under a heading of so far, or said 已 with no word of today, the
      // villages named are all done so far — their count is the total (as named-after.ts reads them).
      const clause = whole.slice(Math.max(0, ...[',', ';', '。', '\n'].map((c) => whole.lastIndexOf(c, at - 1) + 1)), at) + when + body;
      // (截至今晚 is the heading of so far, not a word of today's.)
      const soFar = (/已/.test(body) || SO_FAR.test(whole.slice(0, at))) && !NEW_ONES.test(clause.replace(UP_TO_NOW, ''));
      // The body first, so the increment is its figure alone and the figures after it stay as they are said; the
      // day said between the names and the body stays before them (王家村、李庄村今天村委会选完了).
      return `${when}${said}${verb}${soFar ? '' : '新增'}${named}个(${names})`;
    })
    .replace(verbBeforeBodyFor(lexicon) ?? /$^/, (m, verb1: string | undefined, names1: string | undefined, names2: string | undefined, when: string | undefined, verb2: string | undefined, body: string, at: number, whole: string) => {
      // "这两天完成了…": new ones over days whose record may already hold some of them — left as written.
      if (SPAN_OF_DAYS.test(whole.slice(Math.max(0, at - 8), at))) return m;
      const names = (names1 ?? names2 ?? '').trim();
      if (names.split('、').some((n) => NO_NAME.test(n))) return m;
      return `${when ?? ''}${body}${verb1 ?? verb2 ?? ''}新增${countNames(names)}个(${names})`;
    })
    // …listed, they are the total only in a message with no figure of its own.
    .replace(DONE_LISTED, (m, word: string, names: string) => (FIGURE.test(text) ? m : `${word}${countNames(names)}个(${names})`))
    // "党支部今天选完了三个村,大柳树、小柳树、后沟": a count done today followed by as many names is those villages — the
    // day's new ones. (Without the day, "完成3个社区:幸福里、光明、新建" names the villages of a total.)
    .replace(COUNT_THEN_NAMES, (m, verb: string, count: string, unit: string, names: string) => {
      const n = parseAnyNumber(count);
      if (n === null || n !== countNames(names) || (!/村|社区/.test(names) && !bareVillages(names, lexicon, townships))) return m;
      return `${verb}新增${count}个${unit}(${names})`;
    });
}

const COUNT_THEN_NAMES = new RegExp(`(?<=(?:今天|今日|上午|下午|晚上|刚才|刚刚)[^,;。!\\n]{0,8})(${VERB})了?\\s*([\\d零一二两三四五六七八九十]+)个(村|社区)\\s*[,:]\\s*(${NAME}(?:${JOIN}${NAME})*|${BARE}(?:、${BARE})+)(?=\\s*$|\\s*[,;。!\\n])`, 'g');

/** Whether the name occurs in the text with a count after it in its clause (党组织累计6个). */
function hasFigureAfter(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (/^[^,;。\n、]{0,8}?[\d零一二两三四五六七八九十]+\s*个/.test(text.slice(at + name.length))) return true;
  }
  return false;
}

const FIGURE = /[0-9零〇一二两三四五六七八九十]\s*[个人名村]|\d/;
const DONE_LISTED = new RegExp(`(完成|选完|选出来)了?的(?:村|社区)?(?:有|是)\\s*:?\\s*(${NAME}(?:${JOIN}${NAME})*)(?=\\s*$|\\s*[。;\\n])`, 'g');

/** A heading that says the figures after it are what is left (剩余：支部1个，村委2个). */
const REMAIN_HEAD = /(?:剩余|还剩|尚余|未完成|没完成|还差)(?:情况|数|的)?\s*:/;

const LEFT_COUNT = /(?<![\d零一二两三四五六七八九十.])([\d零一二两三四五六七八九十]+(?:\s*个|(?=\s*(?:[,;、\s]|$))))/g;

/**
 * "白沙 剩余：支部1个，村委2个，监委5个": every figure after such a heading, to the end of its line, is what is
 * left of its indicator — written as 还剩N个 beside each, and the heading taken out. So too a clause that starts with
 * what is left before the first name ("还差党组织1个,村委会4个"), unless words of done or new ones come in it.
 */
export function remainHeading(text: string, lexicon: Lexicon): string {
  let out = text;
  if (out.includes(':')) {
    out = out
      .split('\n')
      .map((line) => {
        const head = REMAIN_HEAD.exec(line);
        if (!head) return line;
        // A count with 个 or standing alone ("还差：党1 村4 监7"); none marked, the heading stays and is read as written.
        const after = line.slice(head.index + head[0].length);
        const rest = after.replace(LEFT_COUNT, '还剩$1');
        return rest === after ? line : `${line.slice(0, head.index)} ${rest}`;
      })
      .join('\n');
  }
  if (REMAIN_WORD.test(out)) out = remainLinesBelow(out);
  const before = remainBeforeName(lexicon);
  return before ? out.replace(before, (m, clause: string) => (DONE_IN_CLAUSE.test(clause) ? m : clause.replace(LEFT_COUNT, '还剩$1'))) : out;
}

const REMAIN_WORD = /剩余|还剩|尚余|未完成|没完成|还差/;
/** A line that is only such a heading, its figures on the lines below ("柳林乡还差：" / "还差"). */
const REMAIN_LINE = /^(.*?)(?:剩余|还剩|尚余|未完成|没完成|还差)(?:情况|数|的)?(?:\((?:个|村)\))?\s*:?\s*$/;

/**
 * "柳林乡还差：\n党组织0\n村委会2": the figures on the lines below a heading of what is left, to the first line that
 * gives no figure or tells of done ones, are what is left of each — never counts done.
 */
function remainLinesBelow(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length - 1; i++) {
    const head = REMAIN_LINE.exec(lines[i]!);
    // Only the heading and a name before it (柳林乡还差：): no column heads (应换届 已完成 未完成).
    if (!head || !/^[\u4e00-\u9fff]{0,8}$/.test(head[1]!.trim()) || DONE_IN_CLAUSE.test(head[1]!)) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      if (!FIGURE.test(line) || DONE_IN_CLAUSE.test(line)) break;
      lines[j] = line.replace(LEFT_COUNT, '还剩$1');
    }
  }
  return lines.join('\n');
}

const DONE_IN_CLAUSE = /完成|选完|选了|选好|新增|累计|共|已|又|全部|都/;
const remainBefore = new WeakMap<Lexicon, RegExp | null>();
function remainBeforeName(lexicon: Lexicon): RegExp | null {
  let re = remainBefore.get(lexicon);
  if (re === undefined) {
    const bodies = doneBodyNames(lexicon);
    re = bodies.length ? new RegExp(`(?:还差|还剩|尚余|剩余)((?:${bodies.join('|')})[^。;\n]*)`, 'g') : null;
    remainBefore.set(lexicon, re);
  }
  return re;
}

/** "监委会一个都还没选": none done yet — the indicator named before it has nought. */
const NONE_YET = /(?:一个|1个)(?:都|也)(?:还)?(?:没|未)(?:有)?(?=选|完成|开始|动|换)/g;

/** Only straight after an indicator's name: "今天一个也没选" names none, and stays as written. */
export function noneYet(text: string, lexicon: Lexicon): string {
  return text.replace(NONE_YET, (m, at: number) => {
    const before = text.slice(Math.max(0, at - 12), at).trimEnd();
    return lexicon.names.some((n) => before.endsWith(n.text)) ? '0个 ' : m;
  });
}
