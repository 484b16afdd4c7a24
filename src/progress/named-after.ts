// "党支部今天选完了枣园、梨树坪", "村委会完成了赵桥、钱桥两个村", "今日完成:张湾、李家湾、河口": villages named as done
// AFTER the body and its verb — today's new ones, one a village, as when they are named before it (named-rest.ts).
// Written the same way (党支部今天选完新增2个(枣园、梨树坪)), so a total said too is checked against them by the ledger.
// A count said with names it does not match stays beside them, and the two figures are refused as contradicting each
// other; a count said before the names (选完了三个村,大柳树、小柳树、后沟) is left as written when it matches them
// (writers read it as the running total as often as the day's); a list that ends in 等 is not all of them: as written.
import { DONE_KEYS } from './bind-values.js';
import { COUNT_NUMERAL, parseAnyNumber } from '../numerals.js';
import { escape, longestAt, type Lexicon } from './lexicon.js';
import type { TownshipMatcher } from './townships.js';

const NUM = COUNT_NUMERAL;
/** Between the body and its verb, as in named-rest.ts (党组织换届今日完成, 监委会今天选了). */
const MID = String.raw`(?:换届|选举|推选|今天|今日|昨天|前天|昨晚|上午|下午|晚上|刚刚|刚|又|也|已经|已|顺利|正式|的)*`;
const VERB = String.raw`(?:选完|完成|选出来|选出|选好|推选完毕|推选完|选举完毕|选了|搞定|换完|换好)`;
/**
 * What may stand between the verb and the names: 了, 的有/的是, a colon — or a count ("今天党组织完成3个,分别是…"),
 * which is left as written (the running total with its villages named, as writers read it more often than not).
 */
const LEAD = String.raw`了?\s*(?:的(?:村|社区)?(?:有|是)?|情况)?\s*:?\s*`;
/** Words that make the villages named the day's new ones; without them, 已完成: or 完成情况: lists all done so far. */
export const NEW_ONES = /今天|今日|今晚|当天|上午|下午|晚上|刚刚|刚才|刚|又|新/;
export const SO_FAR = /截至|截止|至今|累计|目前/;
/** "已完成党组织换届的村(社区):", "已完成村委会换届的:", "已完成党支部换届:" — the verb before the body: put after it, as the lists below are read. */
const VERB_FIRST = /(已经?|目前已?)(完成|选完)([^,;。:\n]{2,12}?)(?:的(?:村|社区|村\(社区\)|村\(居\))?|(?<=换届|选举|推选))\s*:/g;
/**
 * The names run to the end of the clause; a bracket after them is a note and stays where it is. A bracket between
 * them (刘家沟(上午)、何家庄(下午)) is a note on one, dropped.
 */
const CLAUSE = /^(?:[^,;。!?\n(]|\([^()]*\)(?=\s*[、和]))*/;
const ITEM = String.raw`[\u4e00-\u9fff]{1,6}?`;
const SEP = String.raw`(?:\s*[、\s]\s*|和|跟|与|及|以及)`;
/** 和 between names, not the first character of one (和平社区). */
const JOIN_WORD = /(?<=[^、\s])(?:和|跟|与|及)/;
const splitNames = (list: string) => list.split(/[、\s]+|以及/).flatMap((s) => s.split(JOIN_WORD)).filter(Boolean);
const RUN = new RegExp(String.raw`^(${ITEM}(?:${SEP}${ITEM})*?)(?:\s*(${NUM})\s*个(村|社区)?)?\s*(?:了|啦)?$`);
const VILLAGE = /^[\u4e00-\u9fff]{1,5}(?:村|社区)$/;
/** Words that point at villages or say something of them, never part of a name (只剩前进社区, 第一批, 分别是). */
export const NOT_IN_NAME = /乡|镇|街道|[是剩只还没未已都全这那了在把就等个第首批每各其另外也又再的几余本增无暂]/;
/** Words of the election's own work are never a village's name (选民登记、资格审查). */
/** "党组织换届完成 同昨日": a day or a state (同昨日, 同上, 无, 待定) is no village's name. */
export const NO_NAME = /同(?:昨|上|前)|[昨今明前][天日晚]|^(?:无|暂无|待定|未|没有?)/;
export const NOT_A_PLACE = /[选票审]|举|会议|登记|工作|换届|公告|名单|候|提名|推荐|计划|程序|材料|任职|完成|情况|今天|昨天|明天|主任|委员|书记|成员|班子|人选|代表|组长|干部|领导|女|男|岁|学历|一半|大半|多半|过半|半数|部分|多数|[吗呢吧啊呀哈么啥]|^[一二两三四五六七八九十百几]+成?$|分之|[%％]/;

/**
 * A count closing the names: "，三个村", "，共8个" (a word of the total says whose count a bare 个 is), "(10个)" — a
 * bracket holding the count alone.
 */
const CLOSING_COUNT = new RegExp(String.raw`^\s*(?:[,，]\s*(?:(?:共|一共|总共|合计|计)?(${NUM})\s*个(?:村|社区)|(?:共|一共|总共|合计|共计)(${NUM})\s*个)|\(\s*(?:共|计|共计)?(${NUM})\s*个(?:村|社区)?\s*\))(?=\s*(?:[。;；\n]|$))`);

const UNNAMED_TOTAL = /^(\s*[,;]\s*(?:全乡|全镇|全街道|目前|现在|截至目前|到今天|至今)?)(累计|共计|一共|总共|共)(?=\s*[\d零一二两三四五六七八九十])/;

const COUNT_THEN_BODY = new RegExp(String.raw`((?:又|再|新)?${VERB}了?)\s*(${NUM})\s*个([^,;。:\n\d]{2,12}?)\s*:(?=\s*[\u4e00-\u9fff])`, 'g');

const patterns = new WeakMap<Lexicon, RegExp | null>();

function patternFor(lexicon: Lexicon): RegExp | null {
  let re = patterns.get(lexicon);
  if (re === undefined) {
    const bodies = doneBodyNames(lexicon);
    re = bodies.length ? new RegExp(`((?:${bodies.join('|')})${MID})(${VERB})(${LEAD})(?:(${NUM})\\s*个(?:村|社区)?\\s*[,:]\\s*)?`, 'g') : null;
    patterns.set(lexicon, re);
  }
  return re;
}

interface Names {
  names: string[];
  /** The count said with them, when there is one. */
  count: number | null;
  /** How many names stand after the last 和: a count may be of those alone (北街村和东街、西街两个社区). */
  lastGroup: number;
}

/** The clause after the verb as a run of village names, or null when anything in it is not a name. */
function readNames(clause: string, parted: boolean, lexicon: Lexicon, townships?: TownshipMatcher): Names | null {
  if (/等/.test(clause)) return null;
  const run = RUN.exec(clause.replace(/\([^()]*\)/g, '').trim());
  if (!run) return null;
  const [, list = '', said, unit] = run;
  const names = splitNames(list);
  const count = said ? parseAnyNumber(said) : null;
  // A named village among them, or a count of villages with them, says the bare ones are villages too.
  // So does a list of them (选完东关、东门): one bare word after the verb may be anything (完成三分之二).
  parted ||= names.some((n) => VILLAGE.test(n)) || (count !== null && !!unit) || (names.length >= 2 && list.includes('、'));
  // Names without 村/社区 (王家湾、张家坪) are villages where something parts them from the verb (了, a colon,
  // 的是) — "完成数应为7个", "完成三分之二" are no names — and no word in them says otherwise: the election's
  // own work or its people (选民登记, 主任和委员), a township's or an indicator's name.
  // The seat village often bears its township's name (石桥镇's 石桥): one such among three or more names is a village.
  const townNamed = names.filter((n) => townships?.resolve(n));
  const seat = names.length >= 3 && townNamed.length === 1 ? townNamed[0] : undefined;
  const ok = names.every((n) => !NOT_IN_NAME.test(n) && (VILLAGE.test(n) || (parted && n.length >= 2 && n.length <= 4 && !NOT_A_PLACE.test(n) && !NO_NAME.test(n) && !lexicon.keysOf.has(n) && (n === seat || !townships?.resolve(n)))));
  return ok ? { names, count, lastGroup: splitNames(list.split(JOIN_WORD).at(-1) ?? '').length } : null;
}

/** A village's full name standing alone in its clause or line (马坊村, 幸福社区). */
const VILLAGE_ITEM = /^[,\n]\s*([\u4e00-\u9fff]{1,5}(?:村|社区))\s*(?=[,\n。;]|$)/;

/**
 * The names after the verb: its clause — and after a colon, villages' full names listed on with commas or one to a
 * line (完成：马坊村，西马坊村，大营村), each alone in its clause. A clause that is anything else ends the list.
 */
function listed(text: string, end: number, lead: string): string {
  let raw = CLAUSE.exec(text.slice(end))![0];
  if (!lead.includes(':') || !VILLAGE.test(raw.trim())) return raw;
  for (let m = VILLAGE_ITEM.exec(text.slice(end + raw.length)); m; m = VILLAGE_ITEM.exec(text.slice(end + raw.length))) raw += m[0];
  return raw;
}

export function countNamedAfter(text: string, lexicon: Lexicon, townships?: TownshipMatcher): string {
  const re = patternFor(lexicon);
  if (!re) return text;
  text = text.replace(VERB_FIRST, (m, _already: string, verb: string, body: string) => (longestAt(lexicon.nameIndex, body, 0) ? `${body}已${verb}:` : m));
  // "今天又完成3个党组织换届：石桥社区、王湾村": the count and then the body before the names — put as the body, its verb
  // and the count, so the names are checked against the count as when the body comes first.
  if (/[:：]/.test(text)) {
    text = text.replace(COUNT_THEN_BODY, (m, verb: string, count: string, rest: string) => {
      const body = longestAt(lexicon.nameIndex, rest, 0);
      return body && /^(?:换届|的换届|选举|的选举)?\s*$/.test(rest.slice(body.length)) ? `${body}${verb}${count}个:` : m;
    });
  }
  let out = '';
  let from = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const [whole, body = '', verb = '', lead = '', before] = m;
    const end = m.index + whole.length;
    const raw = listed(text, end, lead);
    const clause = raw.replace(/[,\n]/g, '、');
    const read = readNames(clause, lead !== '' || before !== undefined, lexicon, townships);
    if (!read) continue;
    if (before !== undefined) {
      // "党支部今天又选完了三个：西坡、南坪": a count before the names is theirs — as written when it matches
      // them (a total or an increment, as the words say), and refused when it does not.
      if (read.names.length >= 2 && parseAnyNumber(before) !== read.names.length) {
        out += `${text.slice(from, end)}${clause},${longestAt(lexicon.nameIndex, body, 0) ?? ''}${read.names.length}个(${read.names.join('、')})`;
        from = end + raw.length;
        re.lastIndex = from;
      }
      continue;
    }
    const n = read.names.length;
    // "完成幸福、和平、新华、光明4个": a count said with the names that matches them, no word making them new (nor 了:
    // 完成了赵桥、钱桥两个村 tells what happened), is left as written, as a count before them is.
    const clauseStart = Math.max(...[',', ';', '。', '\n'].map((c) => text.lastIndexOf(c, m!.index - 1))) + 1;
    if (read.count === n && !lead.includes('了') && !NEW_ONES.test(text.slice(clauseStart, m.index) + body)) continue;
    // "已换完：前营、后营、马家庄、杜家庄，三个村。": a count of villages closing the sentence after the names is theirs.
    const closing = read.count === null ? CLOSING_COUNT.exec(text.slice(end + raw.length)) : null;
    // A count that is not the names' own stays beside them: two figures for one body, refused as such.
    const count = closing ? parseAnyNumber(closing[1] ?? closing[2] ?? closing[3]!) : read.count;
    // "村委会选举已完成:柏树庄、杨庄、马家河", "村委会选举完成情况:…": all done so far, when no word makes them new.
    // So is a list under a heading that says so far (截至今晚:…村委会完成北关村、南关村).
    // …and names closed by a total (村委会完成：…，共10个).
    const soFar = (/已/.test(body) || lead.includes('情况') || SO_FAR.test(text.slice(0, m.index)) || /共|计/.test(closing?.[0] ?? '')) && !NEW_ONES.test(text.slice(clauseStart, m.index) + body);
    // "村委会已选完：杨家岭村、马鞍山、前沟、后沟；前沟还没选": a village named done and then not done leaves fewer
    // done than named — the two counts disagree and the message is refused.
    const rest = text.slice(end + raw.length);
    const undone = read.names.filter((v) => new RegExp(`${escape(v)}(?:村|社区)?[^,;。\\n]{0,4}?(?:还|仍|尚)?(?:没|未)(?:有)?(?:选|完成|换|推选)`).test(rest)).length;
    const second = undone ? n - undone : count;
    // (Beside names that are all done so far, the other count is another total of the body.)
    const other = second !== null && second !== n && (undone || second !== read.lastGroup) ? `,${soFar ? longestAt(lexicon.nameIndex, body, 0) ?? '新增' : '新增'}${second}个` : '';
    out += `${text.slice(from, m.index)}${body}${verb}${soFar ? '' : '新增'}${n}个(${read.names.join('、')})${other}`;
    from = end + raw.length + (closing?.[0].length ?? 0);
    // "…完成:前进村、红旗村,全乡累计9个": a total said straight after, with no name, is the same body's.
    const total = UNNAMED_TOTAL.exec(text.slice(from));
    const name = longestAt(lexicon.nameIndex, body, 0);
    if (total && name) {
      out += `${total[1]}${name}${total[2]}`;
      from += total[0].length;
    }
    re.lastIndex = from;
  }
  return out + text.slice(from);
}

/** The names of bodies whose elections are counted (党组织, 村委会…), two characters or more, escaped for a pattern. */
export function doneBodyNames(lexicon: Lexicon): string[] {
  return lexicon.names.filter((n) => n.text.length >= 2 && n.keys.every((k) => DONE_KEYS.includes(k))).map((n) => escape(n.text));
}
