// A leader's shorthand: one character a body, straight before its figure ("党9 村7 监5 挑6", "河东 党13村11监9").
// Read only where the message writes at least two such pairs, each starting a word (after a space, a mark, a
// figure or a township's name), so "东坡村3个" keeps its village. The characters and the names they stand for are
// the county's (indicators.yaml `shorthand`).
import { escape, type Lexicon } from './lexicon.js';
import type { TownshipMatcher } from './townships.js';

// On the same line: "一肩挑：否\n4.张家堡村" is no shorthand 否 4. A plus sign may come first ("党 +2").
// Or the whole said done ("党 全部完成 12/12").
// A word of change or remainder may stand between a name and its figure ("党又2", "村今+2", "村剩1", "监还差2个", "党差1"),
// and a dash join them ("党-12").
const FIGURE = '(?=[ \\t\\u3000]*[:\\-]?[ \\t\\u3000]*(?:今增|今天?|又|再|新增|累计|共|还剩|还差|剩|差)?[ \\t]*[+＋]?[ \\t]*(?:\\d|[零一二两三四五六七八九十]|全部完成|全部选完|全完|齐(?![\\u4e00-\\u9fff])|齐了))';
const LINE_PAIR = /^[ \t\u3000]*(?:[-·•*]|\d[.、])?[ \t\u3000]*[^\s\d+＋]{1,2}[ \t\u3000]*[+＋]?[ \t]*\d+(?:\.\d|\/\d+)?[个人岁名]?[ \t\u3000]*(?:[（(][^（()）]*[)）])?(?:[ \t\u3000]+[^\s\d+＋][^\n]*)?$/;
/** What may open a line before its one pair: a correction or a backfill and the day it is for ("更正20号 挑3"). */
const FRAME = /^[ \t\u3000]*(?:(?:更正|修正|补报|今天|今日|昨天|昨日|\d{1,2}[号日]|\d{1,2}[.月]\d{1,2}[号日]?)[ \t\u3000:：,，]*)+/;
const lineOf = (text: string, at: number) => text.slice(text.lastIndexOf('\n', at - 1) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1);
const cache = new WeakMap<Lexicon, RegExp | null>();

function pattern(lexicon: Lexicon): RegExp | null {
  if (cache.has(lexicon)) return cache.get(lexicon)!;
  const chars = Object.keys(lexicon.shorthand).sort((a, b) => b.length - a.length);
  const re = chars.length ? new RegExp(`(${chars.map(escape).join('|')})${FIGURE}`, 'g') : null;
  cache.set(lexicon, re);
  return re;
}

function startsWord(text: string, at: number, townships: TownshipMatcher | undefined): boolean {
  const before = text[at - 1];
  // After anything but a letter or a Han character: a space, a mark, a figure, a bullet ("1.党", "·村", "①监").
  if (before === undefined || !/[\p{L}]/u.test(before)) return true;
  // "19号党7 20号党8 今天党9/12", "今天又完成党2 村3", "累计党6 监5": after a day, a word of finishing or a total.
  if (/(?:\d[号日]|[今昨][天日]|完成|新增|增加|选完|累计|合计|共计)$/.test(text.slice(Math.max(0, at - 3), at))) return true;
  // "马坊党5村4": straight after a township's name — not one among villages named in a row ("马鞍山、杨家岭村两个
  // 村党组织", where 杨家岭村 is the village named after its township).
  return !!townships && townships.formTexts().some((t) => text.slice(Math.max(0, at - t.length), at) === t && !/[、和及与]$/.test(text.slice(0, at - t.length)));
}

const pairs = new WeakMap<Lexicon, RegExp>();
/** The line writes at least `least` names straight before their figures ("居委会4 监委3"). */
function amongPairs(lexicon: Lexicon, line: string, least = 2): boolean {
  let re = pairs.get(lexicon);
  if (!re) pairs.set(lexicon, (re = new RegExp(`(?:${lexicon.names.map((n) => escape(n.text)).join('|')})[ \\t]*(?:又|再|新增|累计|共|还剩|还差|剩|差)?[ \\t]*[+＋]?\\d`, 'g')));
  return (line.match(re) ?? []).length >= least;
}

/**
 * "党 村 监 一肩 交叉\n20 19 17 15 26": a line of shorthand names only, over a line of as many figures — each name
 * spelled out, so the reader pairs them in order as it does written-out names.
 */
function headerOfShorthand(text: string, lexicon: Lexicon): string {
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i + 1 < lines.length; i++) {
    const names = lines[i]!.trim().split(/[ \t\u3000]+/);
    const figures = lines[i + 1]!.trim().split(/[ \t\u3000]+/);
    if (names.length < 2 || names.length !== figures.length || !figures.every((f) => /^\d+(?:\.\d+)?$/.test(f))) continue;
    if (!names.every((n) => lexicon.shorthand[n] || lexicon.keysOf.has(n))) continue;
    if (!names.some((n) => lexicon.shorthand[n])) continue;
    // The separators stay as typed: a pasted table's tabs still part its cells (table.ts).
    lines[i] = lines[i]!.replace(/[^ \t\u3000]+/g, (n) => lexicon.shorthand[n] ?? n);
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}

const runs = new WeakMap<Lexicon, RegExp | null>();
/** "东城 党居监都5个": a run of shorthand characters before one figure said of them all (都, 均, 各). */
function sharedFigure(text: string, lexicon: Lexicon, townships: TownshipMatcher | undefined): string {
  let re = runs.get(lexicon);
  if (re === undefined) {
    const singles = Object.keys(lexicon.shorthand).filter((k) => k.length === 1).map(escape).join('');
    re = singles ? new RegExp(`[${singles}]{2,4}(?=[都均各][ \\t]*(?:\\d|[零一二两三四五六七八九十]|全部完成|全完))`, 'g') : null;
    runs.set(lexicon, re);
  }
  if (!re) return text;
  return text.replace(re, (run, at: number) => (startsWord(text, at, townships) ? [...run].map((c) => lexicon.shorthand[c]!).join('、') : run));
}

/** The text with a leader's shorthand spelled out, or null when it has none. */
export function readShorthand(text: string, lexicon: Lexicon, townships?: TownshipMatcher): string | null {
  const re = pattern(lexicon);
  if (!re) return null;
  const shared = sharedFigure(text, lexicon, townships);
  if (shared !== text) return readShorthand(shared, lexicon, townships) ?? shared;
  const headed = text.includes('\n') ? headerOfShorthand(text, lexicon) : text;
  if (headed !== text) return readShorthand(headed, lexicon, townships) ?? headed;
  // exec over the shared pattern, not matchAll: matchAll copies the pattern on every call, and every message comes here.
  let hits: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) if (startsWord(text, m.index, townships)) hits.push(m);
  // One pair alone is shorthand only as a whole line of a list ("河东 12.2\n监 +3（全部完成）"): nothing but a
  // bullet before it, nothing but a note after its figure — in brackets, or after a space ("党19 全县最多").
  // Or among names written out, each with its figure ("社区党组织5 居委会4 监委3 挑4", "大专+38 女21").
  // The line may start with the township it is about ("河西 党6"); a name written out with its figure beside the
  // one shorthand pair makes two pairs ("河西 联审58 不过2").
  // (Only then is the line looked at: with no pair or several there is nothing to decide.)
  if (hits.length === 1) {
    const line = lineOf(text, hits[0]!.index!);
    // A correction or a day may come before the township too ("更正 白沙 村9 不是10").
    const opened = line.replace(FRAME, '');
    const town = townships?.formTexts().find((t) => opened.trimStart().startsWith(t)) ?? '';
    const rest = (town ? opened.trimStart().slice(town.length) : opened).replace(FRAME, '');
    if (!LINE_PAIR.test(rest) && !amongPairs(lexicon, line, 1)) hits = [];
  }
  if (!hits.length) return null;
  let out = '';
  let last = 0;
  for (const m of hits) {
    out += text.slice(last, m.index!) + lexicon.shorthand[m[1]!]!;
    last = m.index! + m[1]!.length;
    // "党齐": all of that body's done, said in one character only in shorthand.
    const all = /^[ \t]*齐了?/.exec(text.slice(last));
    if (all) {
      out += '全部完成';
      last += all[0].length;
    }
  }
  // "河东 党13 村10 监": a shorthand name closing the message with no figure was cut off — spelled out, it is read as
  // a name left without its figure (refused), not dropped.
  const cut = /^([^]*[ \t\u3000])(\S{1,2})[ \t\u3000]*$/.exec(text.slice(last));
  if (cut && lexicon.shorthand[cut[2]!]) return out + cut[1] + lexicon.shorthand[cut[2]!];
  return out + text.slice(last);
}
