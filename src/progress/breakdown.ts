// "党组织换届完成12个，其中村10个、社区3个": a breakdown into villages and communities is set aside as an aside,
// but the two parts must make the figure they break down — 10 and 3 are 13, not 12, and which one is wrong
// cannot be known. Such a message is refused as two different figures for one indicator; a breakdown that
// adds up, or names one part only (其中社区3个), is left as it was. A part that does not stand (其中1个无效需重选)
// is refused too.
import type { IndicatorKey } from '../store/types.js';
import { DONE_KEYS, type BoundItem } from './bind-values.js';
import type { ReportError } from './types.js';
import { parseAnyNumber } from '../numerals.js';

// On the figure's line, or opening the next line ("党组织完成15个\n其中村13个、社区3个").
const BREAKDOWN = /(?:[^。；;\n]{0,6}?|[^\S\n]*\n\s*)其中([^。；;\n)）,，]*)/y;
const NUM = '(\\d+|[零一二两三四五六七八九十百]+)';
/** Villages of a breakdown, in digits or words (其中村10个, 村七个, 7个村). */
const VILLAGES = new RegExp(`(?:^|[^委居社])村\\s*${NUM}|${NUM}\\s*个?(?:行政)?村(?![委民])`);
/** The next clause after a figure: 有 and a count, then words of a void election. */
const VOID_NEXT = /^\s*[,，]\s*(有\s*[\d一二两三四五六七八九十]+\s*个(?:村|社区)?[^,，。;；\n]{0,12}?(?:无效|重选|重新选举|另行选举)[^,，。;；\n]*)/;
const VOID = /无效|重选|重新选举|另行选举|补选|辞职|罢免/;
/** Counts of villages or of post holders: a part of them can be void. */
const HOLDERS: IndicatorKey[] = [...DONE_KEYS, 'oneShoulder', 'crossPost'];
const COMMUNITIES = new RegExp(`社区\\s*${NUM}|${NUM}\\s*个?社区`);

/** "(北片6个、南片7个)": a bracket holding only named counts of villages — parts of the figure before it. */
const PARTS = /^\(((?:[^\d()、，,和及新增较比昨今又多少共计剩差还]{1,4}\s*\d+\s*个\s*[、，,和及]\s*)+[^\d()、，,和及新增较比昨今又多少共计剩差还]{1,4}\s*\d+\s*个)\s*\)/;

/** Post holders and members, named one by one after their count (分别是：…、…). */
const PEOPLE: IndicatorKey[] = ['oneShoulder', 'crossPost', 'female', 'under35', 'college'];
const PEOPLE_NAMED = /^\s*[,，]?\s*(?:分别是|分别为|名单是|名单为|名单如下|他们是|她们是)\s*[:：]?\s*((?:[\u4e00-\u9fff]{2,12}\s*、\s*)+[\u4e00-\u9fff]{2,12})\s*(?:[。;!\n]|$)/;

/** All done said straight after a figure, before its bracket. */
const ALL_DONE_HEAD = /^(?:已|均已|都已)?(?:全部|都|均)(?:完成|选完|结束)了?\s*/;
/** A bracket of villages and communities summed before binding (parts.ts): "(15个(10+5))". */
const SUMMED = /^\((\d+)\s*个\s*\(\d+\+\d+\)\s*\)/;

/** "完成3个:杨家岭村、石门村": the villages named after a count, to the clause's end — they must be as many. */
// A name is two characters or more before 村/社区, not a word like 均为村 (和 may be inside one: 和平社区).
const NAMED = /^\s*[:(]\s*((?:(?![均都全共各为是其])[\u4e00-\u9fff]{2,5}?(?:村|社区)\s*[、,]\s*)*(?![均都全共各为是其])[\u4e00-\u9fff]{2,5}?(?:村|社区))\s*\)?\s*(?:[。;!\n]|$)/;

/**
 * "监委完成4个(新华、站前、王庄村)": a bracket of names only, some without 村/社区 (a 街道's communities are often
 * called by the name alone), at least one with it — as many as the figure, or it cannot be told which is wrong.
 */
const BRACKET_NAMED = /^\s*\(\s*((?:(?!均|都|全|共|各|为|是|其|含|新增|今天|包括)[\u4e00-\u9fff]{2,5}?(?:村|社区)?\s*、\s*)+(?!均|都|全|共|各|为|是|其|含|新增|今天|包括)[\u4e00-\u9fff]{2,5}?(?:村|社区)?)\s*\)\s*(?:[。;!,\n]|$)/;

/** A body's name and 换届 between a count of villages and a colon, then two or more names ending the sentence. */
const COLON_NAMED = /^(?:的)?[^\d,，。;；\n:：()、]{0,10}?[:：]\s*((?:[\u4e00-\u9fff]{2,5}\s*、\s*)+[\u4e00-\u9fff]{2,5})\s*(?:[。;!\n]|$)/;

/** Words of bodies, posts and counts: a bracket of them ("(党组织、村委会)", "(书记、主任)") names no places. */
const NO_PLACE = /委|会|党|支部|书记|主任|成员|人|个|届|选/;

/** "(北关、南关、东街、西街、城郊)": three or more bare names, none a body or post, are places too. */
function placeNames(list: string): boolean {
  const names = list.split('、').map((n) => n.trim());
  return names.length >= 3 && names.every((n) => n.length >= 2 && n.length <= 4 && !NO_PLACE.test(n));
}

export function breakdownConflicts(text: string, items: BoundItem[]): ReportError[] {
  const errors: ReportError[] = [];
  for (const item of items) {
    if (!DONE_KEYS.includes(item.key) || item.key === 'due' || item.value.kind === 'percent' || item.value.kind === 'all') continue;
    // Beside another figure of the same body (今日完成2个 累计11个 (柳湾村、后庄村)) the names may be either's.
    if (items.some((i) => i !== item && i.key === item.key)) continue;
    const after = text.slice(item.at + item.value.raw.length);
    const bracketed = BRACKET_NAMED.exec(after);
    // "今天完成3个村党组织换届:王庄、李家洼": villages counted, the body between, then the villages named after a colon.
    const listed = COLON_NAMED.exec(after);
    const villagesListed = listed && (/(?:村|社区)$/.test(item.value.raw) || /^(?:村|社区)(?!委|务|民)/.test(after)) && listed[1]!.split('、').every((n) => !NO_PLACE.test(n.trim())) ? listed : null;
    const named = NAMED.exec(after) ?? (bracketed && (/村|社区/.test(bracketed[1]!) || placeNames(bracketed[1]!)) ? bracketed : null) ?? villagesListed;
    if (!named) continue;
    const count = named[1]!.split(/[、,]/).length;
    if (count !== item.value.n) errors.push({ code: 'conflict', field: item.key, value: count, limit: item.value.n, raw: named[0].trim() });
  }
  // "一肩挑4人，分别是：柳树湾村张涛、前营村李秀英、后营村赵国强": the people named one by one must be as many.
  for (const item of items) {
    if (!PEOPLE.includes(item.key) || item.value.kind !== 'number') continue;
    const listed = PEOPLE_NAMED.exec(text.slice(item.at + item.value.raw.length));
    const count = listed ? listed[1]!.split('、').length : 0;
    if (listed && count !== item.value.n) errors.push({ code: 'conflict', field: item.key, value: count, limit: item.value.n, raw: listed[0].trim() });
  }
  // "党组织完成14个(北片6个、南片7个)": named parts in a bracket must make the figure, as 其中 parts must.
  for (const item of items) {
    if (!DONE_KEYS.includes(item.key) || item.value.kind !== 'number') continue;
    const after = text.slice(item.at + item.value.raw.length).trimStart();
    // "14个(村10个,社区5个)": the villages and communities, summed as the text was prepared ("(15个(10+5))").
    // (全部完成 may stand between: "党组织14个全部完成(村11个,社区2个)".)
    const summed = SUMMED.exec(after.replace(ALL_DONE_HEAD, ''));
    if (summed && Number(summed[1]) !== item.value.n) errors.push({ code: 'conflict', field: item.key, value: Number(summed[1]), limit: item.value.n, raw: summed[0] });
    const parts = PARTS.exec(after);
    if (!parts) continue;
    const sum = [...parts[1]!.matchAll(/(\d+)\s*个/g)].reduce((a, m) => a + Number(m[1]), 0);
    if (sum !== item.value.n) errors.push({ code: 'conflict', field: item.key, value: sum, limit: item.value.n, raw: parts[0] });
  }
  // "党组织10个，有1个选举无效要重选": a count told void in the next clause, without 其中 or 另, may be one of the
  // figure or beside it — which cannot be read, so the figure does not stand as said.
  if (VOID.test(text)) {
    for (const item of items) {
      if (!DONE_KEYS.includes(item.key) || item.key === 'due' || item.value.kind !== 'number') continue;
      const next = VOID_NEXT.exec(text.slice(item.at + item.value.raw.length));
      if (next) errors.push({ code: 'not-done', field: item.key, raw: next[1]! });
    }
  }
  if (!text.includes('其中')) return errors;
  for (const item of items) {
    if (!HOLDERS.includes(item.key) || item.value.kind !== 'number') continue;
    BREAKDOWN.lastIndex = item.at + item.value.raw.length;
    const after = BREAKDOWN.exec(text);
    if (!after) continue;
    // "完成7个，但其中1个村选举无效需重选", "一肩挑8人，其中1人已辞职": part of the figure does not stand — how
    // many do cannot be read off it.
    if (VOID.test(after[1]!)) {
      errors.push({ code: 'not-done', field: item.key, raw: after[0].replace(/^[\s,，、]+/, '').trim() });
      continue;
    }
    if (!DONE_KEYS.includes(item.key)) continue;
    const v = VILLAGES.exec(after[1]!);
    const c = COMMUNITIES.exec(after[1]!.replace(VILLAGES, ' '));
    if (!v || !c) continue;
    const sum = (parseAnyNumber(v[1] ?? v[2]!) ?? NaN) + (parseAnyNumber(c[1] ?? c[2]!) ?? NaN);
    if (Number.isNaN(sum)) continue;
    if (sum !== item.value.n) errors.push({ code: 'conflict', field: item.key, value: sum, limit: item.value.n, raw: after[0].replace(/^[\s,，、]+/, '').trim() });
  }
  return errors;
}
