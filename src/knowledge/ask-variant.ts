// Which version of a list family (十严禁 2021, 2026, the village one) answers a question: the one a request for the
// list picks (chooseVariant), and the one asked what it says or changed (versionAsked).
import type { KnowledgeIndex, Ranked } from './index.js';
import type { AskOptions, Topic } from './types.js';
import { namedLists } from './names.js';

/**
 * Pick the version of a list family: the one a marker names ("2021年"), else the one whose items
 * explain the rest of the question best ("带病提拔" is only in the 2026 list), else the county default,
 * else the newest.
 */
export function chooseVariant(index: KnowledgeIndex, best: Ranked, ranked: Ranked[], terms: string[], opts: AskOptions, wholeList = false): Ranked {
  const family = best.entry.topic.family;
  if (!family) return best;
  const siblings = ranked.filter((r) => r.entry.topic.family === family);
  const hits = siblings.map((r) => terms.filter((t) => r.entry.markerTerms.has(t)).length);
  const top = Math.max(...hits);
  let candidates = top > 0 ? siblings.filter((_, i) => hits[i] === top) : siblings;
  // Words that name none of the versions ("带病提拔") decide between them by what their items say — when the whole
  // list is asked for, only if they are mostly explained by one item ("新出的十严禁…加了一条不准带病提拔的,列一下"):
  // a word or two shared by chance ("今年又发了严肃换届纪律的通知，都有哪几条": 通知) leaves the newest.
  const familyNames = new Set(siblings.flatMap((r) => [...r.entry.nameTerms]));
  const beyond = terms.filter((t) => !familyNames.has(t) && !index.common(t));
  const fitOf = (r: Ranked) => (beyond.length ? index.coverage(beyond, r.entry.itemVocab[r.bestItem]!, false) : 0);
  // "带病提名是啥意思 村里换届也适用吗": a version's marker (村里) says where the rule is asked of, not which rule; a
  // rule only another version has (带病提名, 2026) is that version's, when no marked version's rule explains it.
  if (top > 0 && !wholeList && Math.max(...candidates.map(fitOf)) < 0.5 && siblings.some((r) => fitOf(r) >= 0.5)) candidates = siblings;
  const fit = candidates.map(fitOf);
  const bestFit = Math.max(...fit);
  if (!wholeList || bestFit >= 0.5) candidates = candidates.filter((_, i) => fit[i]! >= bestFit - 1e-9);
  const byDefault = candidates.find((r) => r.entry.topic.variant === opts.variantDefaults?.[family]);
  if (byDefault) return byDefault;
  return [...candidates].sort((a, b) => b.entry.topic.source.date.localeCompare(a.entry.topic.source.date))[0] ?? best;
}

/** Markers that name a version as the newest one. */
const NEWEST = new Set(['新版', '最新']);

/** What a version of a list says or changed (都是啥, 有啥变化, 跟2021年那版比, 新加了啥). */
const WHAT_IT_SAYS = /都是啥|都是什么|都有啥|都有什么|有哪些|哪十条|哪几条|变化|不一样|不同|区别|新加|新增|增加了|多了|加了|改了/;

/** The version compared with ("跟2021年那版比", "和以前的有啥不一样", "比2021年多了啥"): it names no version asked for. */
const COMPARED_WITH = /(?:跟|和|与|同|比)起?[^，,。？?！!\s]{1,10}?(?:比|相比|比较|对比|有啥不一样|有什么不一样|不一样|有啥不同|不同|有啥区别|区别|多了|多出|少了|新加|新增|增加|加了)/g;

/**
 * "2026年中纪委中组部那个换届纪律通知，跟2021年那版比有啥变化": a version of a list named by its markers (2026,
 * 新, 中纪委) — not the one it is compared with — and asked what it says or changed is that list, not the history
 * of the lists that names it. The newest of those marked when two are.
 */
export function versionAsked(index: KnowledgeIndex, ranked: Ranked[], terms: Set<string>, cleaned: string): Ranked | undefined {
  // Not which rule or which version (新增的是哪一条, 最新的是哪个版本): one item, or the history, answers that.
  if (!WHAT_IT_SAYS.test(cleaned) || /哪一?条|第几条|哪个版本|哪一?版|哪份|那个版本/.test(cleaned)) return undefined;
  const families = new Set(namedLists(index, terms).map((e) => e.topic.family).filter(Boolean));
  if (!families.size) return undefined;
  const rest = cleaned.replace(COMPARED_WITH, ' ');
  const own = new Set(index.terms(rest));
  // A year, or two of its markers (中央 and 新): one word such as 村里 names no version. Beside another version compared
  // with, a word only the newest is called by (新版, 最新: "今年新出的十严禁和2021年那版有啥不一样") names it too.
  const compared = rest !== cleaned;
  const hits = (r: Ranked) => [...r.entry.markerTerms].filter((t) => own.has(t));
  const marked = ranked.filter((r) => r.entry.topic.kind === 'list' && families.has(r.entry.topic.family) && (hits(r).some((t) => /\d/.test(t) || (compared && NEWEST.has(t))) || hits(r).length >= 2));
  const most = Math.max(0, ...marked.map((r) => hits(r).length));
  return marked.filter((r) => hits(r).length === most).sort((a, b) => b.entry.topic.source.date.localeCompare(a.entry.topic.source.date))[0];
}

/** Asked what a version added ("跟2021年比多了哪几条", "新增了哪两条", "加了啥"). */
const ADDED_ASKED = /(?:新增|新加|增加|添加|多出|多|加)了?[^，,。？?！!]{0,3}(?:哪|什么|啥)/;
const MARKED_NEW = /新增/;
const OTHER_COUNT = /(?<!第)(?:[一二三四五六七八九]|十[一二三四五六七八九])(?:严禁|不准|不选|个严禁)/;

/**
 * "新的十严禁跟2021年比，多了哪几条": what a list family's newer version added are the rules it marks as new — not the
 * older list the question names to compare with. Only when the question, the compared-with words left out, names no
 * other version's year.
 */
export function addedAsked(index: KnowledgeIndex, terms: Set<string>, cleaned: string): { topic: Topic; items: Topic['items'] } | undefined {
  // "以前是九严禁现在是十严禁，多了哪条", "十一严禁比十严禁多出来的": a list of another count compared is the history's.
  if (!ADDED_ASKED.test(cleaned) || OTHER_COUNT.test(cleaned)) return undefined;
  const families = new Set(namedLists(index, terms).map((e) => e.topic.family).filter(Boolean));
  const own = new Set(index.terms(cleaned.replace(COMPARED_WITH, ' ')));
  const asked = [...terms];
  for (const family of families) {
    const versions = index.entries.filter((e) => e.topic.kind === 'list' && e.topic.family === family);
    const newer = versions.filter((e) => e.topic.items.some((i) => MARKED_NEW.test(i.title))).sort((a, b) => b.topic.source.date.localeCompare(a.topic.source.date))[0];
    if (!newer) continue;
    const otherYear = versions.some((e) => e !== newer && [...e.markerTerms].some((t) => /\d/.test(t) && own.has(t)));
    if (otherYear) continue;
    // The new rule the question names comes first ("新增的是哪一条 A…B严禁带病提名…").
    const fresh = newer.topic.items.map((item, i) => ({ item, fit: index.coverage(asked, newer.itemVocab[i]!, false) })).filter((x) => MARKED_NEW.test(x.item.title));
    return { topic: newer.topic, items: fresh.sort((a, b) => b.fit - a.fit).map((x) => x.item) };
  }
  return undefined;
}
