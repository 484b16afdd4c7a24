// A list asked for whole by its name ("村委会选举的十不准都有哪些", "十不准都有哪几条，我想让村里大喇叭每天念一遍"):
// whatever else the message tells, the answer is that list — unless a word of one of its rules is asked after, or the
// question is about another place's list, another count of rules, the document it comes from, or how two lists differ.
import { parseAnyNumber } from '../numerals.js';
import { COMPARED, outsideOf } from './ask-common.js';
import type { KnowledgeIndex, TopicEntry } from './index.js';
import { beyondNames } from './names.js';
import type { Topic } from './types.js';

/** Words that ask for a whole list by its name (有哪些, 哪几条, 列一下, 全文…) — not a bare 几条, which asks how many. */
// Spoken asks for every rule in turn too: 一条一条说说, 给俺念念, 具体哪十种人.
const WHOLE_ASKED = /有哪些|都有哪|哪几条|哪十条|都是啥|都有啥|都是什么|全文|列出|列一下|发一下|发我|念一下|一条一条|一条条|逐条|挨条|念念|念给|念一念|哪十种|哪几种|哪十个|哪几类/;
/** The document a list comes from, or a list of somewhere else: not the list's own rules. */
const ABOUT_DOCUMENT = /文件|发文|文号|全称|出处|在哪能看|哪里能看|在哪看|隔壁|外地|外县|外省|别的县|其他县|别的地方|其他地方/;
/** "16条负面清单": a count of rules said that is not the list's own names another list. */
export function countsOtherThan(cleaned: string, n: number): boolean {
  // Not a rule's place (第三条, 弟三条, 最后一条, 前三条), nor a count too small to be a list's.
  return [...cleaned.matchAll(/(?<![第弟后前数\d零一二两三四五六七八九十])([\d零一二两三四五六七八九十]+)条/g)].some((m) => {
    const v = parseAnyNumber(m[1]!);
    return v !== null && v >= 5 && v !== n;
  });
}
/** COMPARED without its global flag: a test that keeps no place between calls. */
const COMPARED_ONCE = new RegExp(COMPARED.source);
/** The question with a topic's title and aliases taken out. */
export const withoutNames = (topic: Topic, cleaned: string) => [topic.title, ...topic.aliases].reduce((s, a) => s.split(a).join(' '), cleaned);

export function listAskedWhole(index: KnowledgeIndex, entry: TopicEntry, terms: string[], cleaned: string): boolean {
  const { topic } = entry;
  if (!WHOLE_ASKED.test(withoutNames(topic, cleaned)) || ABOUT_DOCUMENT.test(cleaned) || COMPARED_ONCE.test(cleaned)) return false;
  if (outsideOf(index, cleaned, topic) || countsOtherThan(cleaned, topic.items.length)) return false;
  return !beyondNames(index, terms, entry).some((t) => entry.itemKeys.some((k) => k.has(t)));
}
