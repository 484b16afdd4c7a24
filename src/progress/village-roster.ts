// One body's villages, each with its state, under the body's name: "马坊乡党支部换届情况：\n马坊村 完成\n前屯 已选\n后屯
// 未选\n南沟 明天选", "杨家岭乡村党组织换届 杨家岭村完成，上庄完成，石门未选 共完成4个", "村委会：南关√北关√城南×". The
// villages said done are counted for that body, in the list's place:
// - a total said after the list (累计完成17个, 全乡完成8个) is the figure: the list only says which villages, and a
//   list of some of them (today's) would disagree with it — the list goes, the total stays;
// - a heading that says today (今天党支部：, 今日) makes the count the day's new ones;
// - else a list that names villages not yet done as well, three or more villages, is the township's roll: its count
//   of done villages is the total. A list of done villages alone is left to the other readers (news or total, it
//   does not say).
// A village named with a state this reader does not know ends the list; if the words after it still read as a
// village with a state, nothing is counted (a count short of what was sent would be stored).
import { DONE_KEYS } from './bind-values.js';
import { escape, type Lexicon } from './lexicon.js';
import { parseAnyNumber } from '../numerals.js';

/** A village's name: no digit, no word that opens a total, a time or a pronoun instead (全乡, 累计, 其他, 剩下, 今天…). */
// Nor a word of finishing or a count ("又完成了两个 明天继续" holds no village).
const NAME = String.raw`(?:(?!全|累计|共|合计|总|截至|截止|其|剩|余|除|别|这|那|每|各|已|另|今天|今日|当天|明天|还|都|未|没|又|完成|选完|换完|[一二两三四五六七八九十]个)[\u4e00-\u9fff]){1,6}?`;
const DONE = String.raw`(?:已经?)?(?:完成了?|选完了?|选好了?|选举完成|换届完成|完毕|结束了?|选出来了?|选了)|已选|已换|√`;
/** Not done yet: not chosen, chosen on a later day, being counted now. */
const LATER = String.raw`(?:还)?(?:没有?|未|待)(?:选|完成|开始|换届|开)\S{0,3}?|(?:明天|后天|下周[一二三四五六日天]?|(?:下?周|星期|礼拜)[一二三四五六日天]|\d{1,2}月\d{1,2}[号日]|\d{1,2}[号日]|[一二三四五六七八九十廿]{1,3}[号日])(?:再|才|开始)?(?:选举|选|开会|举行|进行)?|(?:今天|今日)?(?:上午|下午|晚上)?(?:正在|在)(?:选|计票|投票|唱票)[^,;。\s]*|×`;
/** A state of not done yet at the start of a text (未选, 明天选, 25号选, 正在计票): also a roll call's (roll-call.ts). */
export const LATER_STATE = new RegExp(`^(?:${LATER})`);
const ITEM = new RegExp(
  String.raw`^[\s,;、]*(${NAME}(?:\s*、\s*${NAME})*)(?:\s*[一二两三四五六七八九十\d]+个(?:村|社区))?\s*(?:都|均|也)?\s*(?:(${DONE})|(${LATER}))(?:\s*\([^()]*\))?(?![\d零一二两三四五六七八九十]|个)`,
);
/** The same, anywhere in a text: a village still with a state after the list ended. */
const ITEM_ANYWHERE = new RegExp(ITEM.source.slice(1));
/** After the body's name: what the heading says of it, before the villages. */
const HEAD_TAIL = /^(?:换届|选举)*(?:工作)?(?:情况|进度|进展|名单)?(?:今日|今天|当天)?\s*(?::\s*)?(?:今日|今天|当天|目前)?\s*/;
const DAY = /(?:\d{1,2}月)?\d{1,2}[日号]/g;
const TODAY = /今天|今日|当天|新完成|新增|又/;
/** A total said after the list: its figure is the one. */
const TOTAL = /(?:累计|共|合计|总计|一共|总共|全(?:乡|镇|街道|部)|截[至止]).{0,8}?[\d零一二两三四五六七八九十]/;
/** The total's figure: the count of villages (截至25日累计完成12个 — not the day). */
const TOTAL_FIGURE = /([\d零一二两三四五六七八九十]+)\s*个(?!月)/;

const patterns = new WeakMap<Lexicon, RegExp | null>();

function bodyPattern(lexicon: Lexicon): RegExp | null {
  let p = patterns.get(lexicon);
  if (p === undefined) {
    const names = lexicon.names.filter((n) => n.keys.length === 1 && DONE_KEYS.includes(n.keys[0]!)).map((n) => escape(n.text));
    p = names.length ? new RegExp(`(?:${names.sort((a, b) => b.length - a.length).join('|')})`, 'g') : null;
    patterns.set(lexicon, p);
  }
  return p;
}

/** The text with a body's roll of villages read as its count, or null when it holds none. */
export function readRoster(text: string, lexicon: Lexicon): string | null {
  const bodies = bodyPattern(lexicon);
  if (!bodies) return null;
  for (const body of text.matchAll(bodies)) {
    const lineStart = text.lastIndexOf('\n', body.index) + 1;
    const before = text.slice(lineStart, body.index);
    // The heading opens its line: a township, a day, 补报 — no figure, no other body.
    if (/[\d,;。]/.test(before.replace(DAY, '')) || before.length > 16) continue;
    const head = HEAD_TAIL.exec(text.slice(body.index + body[0].length))!;
    let at = body.index + body[0].length + head[0].length;
    let done = 0;
    let later = 0;
    let items = 0;
    for (let m = ITEM.exec(text.slice(at)); m; m = ITEM.exec(text.slice(at))) {
      if (lexicon.names.some((n) => m![1]!.includes(n.text))) break;
      const villages = m[1]!.split(/\s*、\s*/).length;
      const count = /[一二两三四五六七八九十\d]+(?=个(?:村|社区))/.exec(m[0]);
      if (count && parseAnyNumber(count[0]) !== villages) return null;
      if (m[2]) done += villages;
      else later += villages;
      items++;
      at += m[0].length;
    }
    if (items < 2) continue;
    const rest = text.slice(at);
    // A village the list did not read, still with a state after it.
    if (ITEM_ANYWHERE.test(rest.split(/[。\n]/).find((l) => /村|社区|完成|选/.test(l) && !TOTAL.test(l)) ?? '')) return null;
    const { label, unit } = lexicon.indicators[lexicon.keysOf.get(body[0])![0]!];
    const name = `${before}${label}`;
    const n = `${done}${unit || '个'}`;
    const said = rest.split(/[。\n]/).slice(0, 2).join(' ');
    const totalSaid = TOTAL.test(said);
    const total = totalSaid ? parseAnyNumber(TOTAL_FIGURE.exec(said)?.[1] ?? '') : null;
    let counted: string;
    // More villages listed done than the total: one of the two is wrong, and both are kept for the reply to say so.
    if (total !== null && done > total) counted = `${name}完成${n},${label}:`;
    else if (totalSaid) counted = `${name}:`;
    else if (TODAY.test(before + head[0])) counted = `${name}新增${n}`;
    else if (later > 0 && done + later >= 3) counted = `${name}完成${n}`;
    else return null;
    // 全镇 before the total is the township's (全镇累计完成15个), said of the body named in the heading.
    const tail = counted.endsWith(':') ? rest.replace(/^[\s,;。]*(?:全(?:乡|镇|街道)(?=累计|共|完成|合计|一共|总))?/, '') : rest.replace(/^[\s,]+/, ',');
    return `${text.slice(0, lineStart)}${counted}${tail}`;
  }
  return null;
}
