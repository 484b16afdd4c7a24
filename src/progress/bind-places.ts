// Townships and dates: where and when the figures after them stand. A township or a date also switches
// the pattern bare figures carry (bind-carry.ts).
import { aside, asideNext } from './bind-asides.js';
import type { BindState } from './bind-state.js';
import { clauseStart, type Ref } from './bind-values.js';
import { isMonthDay } from './dates.js';
import type { Token } from './scan.js';
import { SELF_TOWN } from './townships.js';

/** After a day compared with: more by a count ("多4个", "多了3个", "增加2名"). */
const SINCE_MORE = /^(?:的|那天|报的)?\s*(?:又)?(?:多了?|增加了?|新增了?|多出了?)\s*[\d零一二两三四五六七八九十俩仨]/;
/** Words straight before a township that make it the one compared with, or only heard of. */
const COMPARED = /(?:比起|相比于?|不如|听说|据说|听讲|比|较|仅次于|次于|落后于|超过了?|赶上了?|追上了?|紧追|紧随|紧跟|追赶|对标|看齐|领先于?|高于|低于|快于|慢于|多于|少于)$/;
/** A comparison said in words only after the township compared with (快一步, 都快, 还慢些), to its clause's end. */
const IN_WORDS_ONLY = /^(?:都|还|要|稍|略)?(?:快|慢|早|晚|好|强|差)(?:一步|一点|一些|些|点|得多|很多|不少)?(?=[\s,，;；。!！]|$)/;
/** After a day, the words that make it the day compared with ("和20号报的比,", "跟5号的数比起来"). */
const COMPARED_WITH_DAY = /^\s*(?:报的|上报的|的)?\s*(?:数据?|数字|情况)?\s*(?:相比|比较|对比|比)(?:起来|来看|的话)?\s*[,，:：]/;
/** A total said after the comparison, in its sentence: then the comparison is an aside. */
const TOTAL_AFTER = /现在|目前|一共|总共|累计|共计|合计|达到|到今天|截至/;

/** A township's name; `before` is the token two back, the township a 、 or 和 may join it to. */
/** 今日 as a heading (城关镇今日：…, 今日进展:): the figures under it are the day's state, not what was done today. */
const VILLAGES_NAMED = /^\s*[\u4e00-\u9fff]{2,5}[、和与及,，]/;
const TODAY_HEADING = /^\s*(?:换届)?(?:工作)?(?:进度|进展|情况|数据|汇报|统计)?(?:如下)?\s*[:：]/;

export function town(s: BindState, tok: Extract<Token, { t: 'town' }>, prev: Token | undefined, before: Token | undefined) {
  // "没报上 补一下 城关镇监委会…": what is not done was said before this township was named.
  if (s.notCounted?.code === 'not-done') s.notCounted = null;
  // "比河东多2个", "较城关镇少1个": the township compared with, and the figure after it, are an aside; the
  // township being reported stays.
  // "听说石桥镇已经完成14个了": what is heard of another township is set aside the same way.
  // "新华街道比我们多1个": a township followed by 比 is the one compared, its figure the comparison's.
  const after = /^的?(?:比|较)/.test(s.text.slice(tok.at + tok.raw.length));
  // (听说 may have been read as a word of its own: "…,听说河东那边也快了".)
  const heard = prev?.t === 'flag' && /^(?:听说|据说|听讲)$/.test(prev.raw) && !tok.pre.trim() ? [prev.raw] : null;
  // "比柳林、马坊都快", "仅次于河东": a township joined to one compared with is compared too.
  const joinedToCompared = prev?.t === 'join' && before?.t === 'town' && before.at === s.comparedTownAt;
  const looked = COMPARED.exec(tok.pre) ?? heard ?? (after || joinedToCompared ? [''] : null);
  if (looked) {
    s.comparedTownAt = tok.at;
    // The aside is quoted from the first township compared when this one is joined to it (比柳林、马坊都快).
    const from = joinedToCompared && s.ignoreNext === 'aside' ? s.asideFrom : tok.at - (looked[0] ?? '').length;
    // "比龙泉快一步 村委 done 10": compared in words only, the comparison has no figure to wait for.
    const words = IN_WORDS_ONLY.exec(s.text.slice(tok.at + tok.raw.length));
    if (words) {
      aside(s, from, tok.at + tok.raw.length + words[0].length);
      if (joinedToCompared) s.ignoreNext = null;
      return;
    }
    asideNext(s, tok);
    s.asideFrom = from;
    return;
  }
  // "河东镇向城关镇学习，…完成9个": a township learned from or looked to is no township reported.
  // Likewise one whose experience or way is followed ("根据河西乡的经验", "学习借鉴龙泉镇做法"), or whose chat group is
  // named ("昨天的数报到马坊群里去了").
  if (/(?:向|根据|按照|参照|对照|比照|学习|借鉴)$/.test(tok.pre) || /^的?(?:经验|做法|模式|办法|样子|(?:工作|换届)?群(?:里|中|内))/.test(s.text.slice(tok.at + tok.raw.length))) return;
  // "城关镇河西村党组织换届完成": straight after a township, a name followed by 村 is that township's village.
  // Not a township's whole name, nor one the message named already ("河西和柳林的：河西乡村委会完成12个", "石桥、白沙…：
  // 石桥村委应为8个": the township again, then its committees).
  const again = /(?:乡|镇|街道)$/.test(tok.raw) || s.out.towns.some((t) => t.value === tok.name);
  if (prev?.t === 'town' && prev.name !== tok.name && /^[\s:：]*$/.test(tok.pre) && s.text[tok.at + tok.raw.length] === '村' && !again) return;
  const ref: Ref<string | null> = { at: tok.at, seg: tok.seg, value: tok.name, raw: tok.raw };
  // "城关镇、河东镇…": a township joined to the one before, with nothing between, names the same figures.
  // "新华 东城两个街道…": two names with only a space between are joined the same way.
  const other = prev?.t === 'join' ? before : prev?.t === 'town' && /^\s+$/.test(tok.pre) ? prev : undefined;
  const joined = other?.t === 'town' && s.out.towns[s.out.towns.length - 1]?.at === other.at;
  if (joined) {
    const first = s.out.towns[s.out.towns.length - 1]!;
    ref.with = [...(first.with ?? [first]), ref];
    for (const r of ref.with) r.with = ref.with;
  }
  s.out.towns.push(ref);
  // "马坊乡…平均年龄46.8岁。俺们乡头一回…": the sender's own township named again starts no new pattern of figures.
  if (tok.name === SELF_TOWN) return;
  s.carry.switched();
  // "今天党组织选完了3个,加上之前的10个,白沙一共13个": the township named again, or named only now after figures said
  // without one, goes on with the same figures — the day's count still pairs with the total after it.
  const last = s.out.towns.at(-2);
  const same = last ? last.value === tok.name && !last.with : s.out.items.length > 0;
  if (!joined && !same) s.today.pair();
}

/** Words after a day that make it the day of an event still to come. */
const EVENT_NEXT = /^(?:的)?(?:正式)?(?:召开|选举|开会|举行|进行|投票|换届|再选|另行选举|开选)/;
/** Words that tell a count as done. */
const DONE_WORD = /完成|选完|选好|选出|产生|结束|搞定|弄完|整完|办完/;

/**
 * "另外村委会有3个村明天正式选举": a count straight before a day to come and its event counts the villages the
 * event is set for, not ones done — taken back and set aside with its clause. A count told as done (完成3个 明天
 * 开始整理材料) stands.
 */
function scheduledCount(s: BindState, tok: Extract<Token, { t: 'date' }>): void {
  const last = s.out.items.at(-1);
  if (!last || last.key === 'due' || last.seg !== tok.seg || !EVENT_NEXT.test(s.text.slice(tok.at + tok.raw.length))) return;
  // Spoken, figures run on in one clause ("党组织完成13个 村委会3个明天正式选举"): the count's part starts after the
  // figure before it.
  const before = s.out.items.at(-2);
  const from = Math.max(clauseStart(s.text, last.at), before && before.seg === last.seg ? before.at + before.value.raw.length : 0);
  // Nothing between the count and the day: "一肩挑9 刘家庄明天另行选举" names the village the day is for.
  if (s.text.slice(last.at + last.value.raw.length, tok.at).trim() || DONE_WORD.test(s.text.slice(from, tok.at))) return;
  s.out.items = s.out.items.filter((i) => i.at < from);
  const end = s.text.slice(tok.at).search(/[,，;。!?\n]/);
  aside(s, from, end < 0 ? s.text.length : tok.at + end);
}

/** A date: the day the figures after it are for, unless a plan or a comparison names it. */
/** The rest of the sentence from `at`, its brackets left out. */
function sentenceOf(text: string, at: number): string {
  return text.slice(at).split(/[。!?\n]/)[0]!.replace(/\([^()]*\)/g, '');
}

export function date(s: BindState, tok: Extract<Token, { t: 'date' }>, prev: Token | undefined) {
  // "预计周三全部完成", "下周一至周三…": a day a plan names governs no figure; nor does a day to come
  // after the line's figures ("都选完了 明天开始整理材料").
  if (s.notCounted?.code === 'plan') return;
  // "又完成了4个村委会 昨天报的10个 今天14个": a day named after the day's increment ends it — what follows is
  // each day's total.
  if (s.incr !== 'none' && s.lineValues > 0) s.incr = 'none';
  if (s.lineValues > 0 && tok.spec.kind === 'relative' && tok.spec.days > 0) return scheduledCount(s, tok);
  // "完成5个，阳光社区定于24日选举", "24日召开党员大会": after the line's figures, a day an event is set
  // for is the event's, not the figures' (it refused whole reports as a future date).
  const event = /^(?:召开|选举|开会|举行|进行|开展|集中|统一|投票|换届|再选|另行选举|重新选举|重选|补选|二次选举)/.test(s.text.slice(tok.at + tok.raw.length)) || /(?:定于|定在|定到|拟于|将于|计划于|安排在|安排于|放在|改在)$/.test(tok.pre);
  if (s.lineValues > 0 && event && tok.spec.kind !== 'relative') return;
  // "小王庄昨天的选举,县民政局复核认定无效(…),要重新选。": a day that says whose event it was (昨天的选举), in a
  // sentence with no figure of its own, dates nothing else.
  if (/^的(?:选举|投票|换届选举|大会|会议|会|事)/.test(s.text.slice(tok.at + tok.raw.length)) && !/[\d零一二两三四五六七八九十]/.test(sentenceOf(s.text, tok.at + tok.raw.length))) return;
  // "其中后沟村是昨天已经报过的": the day something was reported before, with no figure in its clause, dates nothing.
  if (/^(?:已经|早就|早已|就|都|也|已)?(?:报过|上报过)/.test(s.text.slice(tok.at + tok.raw.length)) && !/[\d零一二两三四五六七八九十]/.test(s.text.slice(tok.at + tok.raw.length).split(/[,;。!?\n]/)[0]!)) return;
  // "西河村（选举日定在12月3日）", "人民路社区党总支明天", "站前、和平社区周末": a day said of a village named just before
  // it in its clause is that village's, dating nothing else.
  if (!(tok.spec.kind === 'relative' && tok.spec.days === 0) && villagesDay(s.text, tok.at)) return;
  // "剩下3个村周四集中选举", "剩余1个村定于24日选举": a day said inside an aside belongs to the aside.
  if (s.asideOpen || s.ignoreNext === 'aside') {
    aside(s, s.asideFrom, tok.at + tok.raw.length);
    return;
  }
  // "白沙监委会比上周五多4个", "村委会比前天多3个": a day compared with before any figure of the line, the figure
  // straight after it told as more — the new ones since that day's record (parse.ts reads them from it).
  // With a total after it in its sentence ("比周一多了3个,现在一共11人") the comparison stays an aside.
  const rest = s.text.slice(tok.at + tok.raw.length);
  if (/(?:较|比)$/.test(tok.pre) && s.lineValues === 0 && !s.since && SINCE_MORE.test(rest) && !TOTAL_AFTER.test(rest.split(/[。;!?\n]/)[0]!)) {
    s.since = { at: tok.at, seg: tok.seg, value: tok.spec, raw: tok.raw };
    return;
  }
  // "和20号报的比,党组织又完成了4个,村委会又完成3个": a day compared with before the sentence's figures, in words
  // that say so after it — every figure to the sentence's end counts up from that day's record.
  const withWord = /(?:和|跟|同|与)$/.test(tok.pre) || (prev?.t === 'join' && /^(?:和|跟|同|与)$/.test(prev.raw) && !tok.pre.trim());
  if (withWord && s.lineValues === 0 && !s.since && COMPARED_WITH_DAY.test(rest)) {
    s.since = { at: tok.at, seg: tok.seg, value: tok.spec, raw: tok.raw };
    s.sinceHeld = true;
    // A day of a sentence before ("周末两天没报。") is not the figures': counted up to now, they are today's.
    const last = s.out.dates.at(-1);
    if (last && /[。!?\n]/.test(s.text.slice(last.at, tok.at))) s.out.dates.push({ at: tok.at, seg: tok.seg, value: { kind: 'relative', days: 0 }, raw: tok.raw });
    return;
  }
  // "较11月21日增加2个": the day compared with, and the figure after it, are an aside; so is another day
  // said to have the same figure after today's is given ("村委完成8个,昨天报的也是8个"), or what was reported on
  // it ("村委会完成8个昨天报的是6个": the old figure, quoted; the day dates nothing of today's).
  // So is the figure reported on it, quoted straight after 报的 once the message has given figures of its own
  // ("…应为186人。昨天报的168是笔误").
  const same =
    (s.lineValues > 0 && /^(?:(?:报的|的)?也(?:是|为|有)|(?:报的|上报的|报上去的)(?:是|为)?)/.test(s.text.slice(tok.at + tok.raw.length, tok.at + tok.raw.length + 5))) ||
    (s.out.items.length > 0 && /^(?:报的|上报的)(?:是|为)?\s*[\d零一二两三四五六七八九十]/.test(s.text.slice(tok.at + tok.raw.length)));
  // "1.党组织 累计15个 完成率83.3% 昨日13个": a past day closing a line of figures with only its own figure after it is
  // the comparison with that day — an aside, never a day for the lines below.
  // (Not after another day named on the line: "前天…9人 昨天11人" gives each day its figure.)
  const lineStart = s.text.lastIndexOf('\n', tok.at - 1) + 1;
  const closing = s.lineValues > 0 && tok.spec.kind === 'relative' && tok.spec.days < 0 && !s.out.dates.some((d) => d.at >= lineStart && d.at < tok.at) && /^\s*(?:为|是)?\s*[\d零一二两三四五六七八九十]+\s*[个人名]?\s*(?:\n|$)/.test(rest);
  if (/(较|比|比起|相比|同)$/.test(tok.pre) || (prev?.t === 'flag' && prev.flag === 'aside') || same || closing) {
    asideNext(s, tok);
    s.asideFrom = same ? tok.at : tok.at - 1;
    return;
  }
  // "在昨天的基础上又完成2个": the day the increment is counted from, not the day of the figure.
  if (/^的?基础上/.test(s.text.slice(tok.at + tok.raw.length, tok.at + tok.raw.length + 4))) return;
  s.carry.switched();
  const after = s.text.slice(tok.at + tok.raw.length);
  // "到今天，全乡党组织换届完成五个": how far it has got by today, as 截至今天 — what follows is the running total.
  if (/(?:^|[^\u4e00-\u9fff]|[说])(?:到|至)$/.test(s.text.slice(Math.max(0, tok.at - 2), tok.at)) && /^(?:为止)?\s*[,，]/.test(after)) s.today.cumul();
  // Not a heading over villages named done that day (今日情况：王家庄、前进村两个村村委会选举顺利完成).
  s.today.date(tok, TODAY_HEADING.test(after) && !VILLAGES_NAMED.test(after.replace(TODAY_HEADING, '')));
  // "补报昨天(11月21日)情况：…当日新增3个": 当日/当天 is the day already named, not the day of sending.
  const named = s.out.dates.filter((d) => !d.stamp).pop();
  const spec = tok.spec.kind === 'relative' && tok.spec.days === 0 && /^当/.test(tok.raw) && named ? named.value : tok.spec;
  s.out.dates.push({ at: tok.at, seg: tok.seg, value: spec, raw: tok.raw, ...(tok.stamp ? { stamp: true } : {}) });
  s.lineDates.push(s.out.dates[s.out.dates.length - 1]!);
}

/**
 * "党组织 11.29 完成2个 11.30 完成1个": a dotted month-day that a done word or a count follows is a day even with an
 * indicator waiting — no count is 11.29. Read like 29号. So is a slashed one before a done word and its count.
 */
export function dayInLine(s: BindState, tok: Extract<Token, { t: 'pair' }>, next: Token | undefined, prev: Token | undefined): boolean {
  // A slashed one ("监委会：11/30完成10个，12/1完成11个") only before a done word and a count: "9/12完成" is a fraction.
  const doneNext = next?.t === 'flag' && next.flag === 'done';
  const dayRow = tok.sep === '.' ? next?.t === 'num' || doneNext : tok.sep === '/' && doneNext && s.afterNext?.t === 'num' && !s.afterNext.pre.trim();
  if (!dayRow || tok.unit !== 'none' || !isMonthDay(tok.a, tok.b) || s.columns) return false;
  date(s, { t: 'date', spec: { kind: 'monthDay', month: tok.a, day: tok.b }, stamp: false, raw: tok.raw, at: tok.at, seg: tok.seg, pre: tok.pre, br: tok.br }, prev);
  return true;
}

/**
 * A slash pair over the same whole as a fraction written straight after a name ("党 全部完成 12/12 村10/12",
 * "党8/12 寸3/12") is a fraction too, never a date: a message does not give two days in one month-of-twelve.
 */
export function overSameWhole(tokens: Token[], i: number): boolean {
  const tok = tokens[i]!;
  const before = tokens[i - 1];
  if (tok.t !== 'pair' || tok.sep !== '/' || !before) return false;
  // A pair opening its line or after the township's name is the line's day ("11/22 党8/22") — unless a word the
  // reader does not know is glued to it ("石桥 当10/14 村6/14": a name misspelt, its figure never a day).
  const glued = /\p{Script=Han}$/u.test(tok.pre);
  if (!glued && (before.t === 'town' || before.t === 'date' || before.t === 'sep' || /\n/.test(tok.pre))) return false;
  for (let j = 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t !== tok && t.t === 'pair' && t.sep === '/' && t.b === tok.b && tokens[j - 1]!.t === 'ind') return true;
  }
  return false;
}

/**
 * "河西1122\n党10/12", "龙泉1119 党9 村5": four figures straight after the township's name (or opening the
 * message), before a name or the end of the line, are the day written without a mark — no count is 1122.
 */
export function dayRunTogether(s: BindState, tok: Extract<Token, { t: 'num' }>, prev: Token | undefined, next: Token | undefined): boolean {
  if (!/^\d{4}$/.test(tok.raw) || tok.unit !== 'none' || s.pending.length || (prev && prev.t !== 'town')) return false;
  if (next && next.t !== 'ind' && !(next.t === 'sep' && /\n/.test(next.raw)) && !/\n/.test(next.pre)) return false;
  const month = Number(tok.raw.slice(0, 2));
  const day = Number(tok.raw.slice(2));
  if (!isMonthDay(month, day)) return false;
  date(s, { t: 'date', spec: { kind: 'monthDay', month, day }, stamp: false, raw: tok.raw, at: tok.at, seg: tok.seg, pre: tok.pre, br: tok.br }, prev);
  return true;
}

/**
 * "城关16/18，河西12/12，河东13/15": a pair after a township's name, in a run of such pairs where one cannot be a
 * day (16/18), is a fraction like its siblings — 12/12 is no 12 December there.
 */
export function amongTownFractions(tokens: Token[], i: number): boolean {
  const tok = tokens[i]!;
  if (tok.t !== 'pair' || tok.sep !== '/' || tokens[i - 1]?.t !== 'town') return false;
  return tokens.some((t, j) => t !== tok && t.t === 'pair' && t.sep === '/' && tokens[j - 1]?.t === 'town' && !isMonthDay(t.a, t.b));
}

/** A village's or community's name (not 村委会, 村民, 村务…), then up to a few words with no figure, to the day. */
// (Named: no count, place or pronoun in the name — 7个村, 在村里, 各社区 — and no township, colon or 党… after it.)
const VILLAGE_BEFORE_DAY = /(?:^|[^\u4e00-\u9fff]|[、和与及])[^\s\d个在各本全该每这那的里、和与及:]{1,5}(?:村|社区)(?!委|民|务|级|两委|干部|组织|居委|党|里|上|中|内)[^\d零一二两三四五六七八九十,;。!?:\n乡镇]{0,10}$/;
function villagesDay(text: string, at: number): boolean {
  return VILLAGE_BEFORE_DAY.test(text.slice(clauseStart(text, at), at));
}

/**
 * "11/22", "11.22", "11-22" with no indicator waiting are dates; after one, a fraction or decimal. "党8/12 寸3/12": after
 * a fraction over 12, another over 12 is a fraction too, even with its name unread. After 占 it is a share ("完成6个，
 * 占3/4"). Under a table's columns, the columns decide.
 */
export function pairIsDay(s: BindState, tok: Extract<Token, { t: 'pair' }>, tokens: Token[], i: number, prev: Token | undefined): boolean {
  if (tok.unit !== 'none' || !isMonthDay(tok.a, tok.b) || s.columns || (prev?.t === 'flag' && prev.flag === 'share')) return false;
  return !overSameWhole(tokens, i) && !amongTownFractions(tokens, i);
}
