// Villages merged or split during the campaign (撤并, 合并, 拆分, 一分为二, 新设社区): the count said after the change is
// the due count (撤并后13个村, 合并后剩7个村, 12个村(撤并后), 应换届20个(2个村合并后为18个)). With none said, what is
// left (还差2个) cannot be turned into a done count against the county's old due count — asked, never guessed.
import type { BoundItem } from './bind-values.js';
import type { ReportError } from './types.js';

const N = '[\\d零一二两三四五六七八九十]+';
const PLACES = '(?:个村\\(社区\\)|个村|个社区|个)';
/** 应换届20个(2个村合并后为18个), 应换届20个,调整后18个: the second count replaces the first. */
const DUE_CHANGED = /(?<=(?:应换届|应选|应换)[^,，。\d]{0,4})(\d+)\s*个\s*(?:[(（][^()（）]{0,16}?|[,，]\s*)(?:合并后|拆分后|调整后|现为|现在是)(?:实际)?(?:为|是)?\s*(\d+)\s*个(?:[^()（）]{0,6}[)）])?/g;
/** The places counted after the change: 撤并后13个村, 合并后剩7个村, 新设2个社区后共20个. */
const AFTER_CHANGE = new RegExp(`(?:撤并|合并|拆分|拆份|一分为二|调整)后(?:的)?(?:只?剩下?|为|是|变为|变成|共|共有|有|还有)?\\s*(${N})\\s*${PLACES}`, 'g');
/** The same, the change in brackets after the count: 12个村(撤并后). */
const CHANGE_AFTER = new RegExp(`(${N})\\s*${PLACES}\\s*\\((?:撤并|合并|拆分|调整)后\\)`, 'g');
/** The places a change is about (新设滨河、锦绣2个社区, 拆分成两个, 原14个村): no figure — set aside. */
const CHANGED_COUNT = new RegExp(`(?:新设(?:的)?|合并成?|撤并成?|拆分成?|拆份成?|分成|并成|合成)[^,，。;\\n\\d党委支监]{0,8}?${N}\\s*个(?:村|社区)?|原(?:先|来)?(?:有|是)?\\s*${N}\\s*个(?:村|社区)`, 'g');
/** The places counted before the change (两个村撤并后…). */
const COUNT_BEFORE_CHANGE = new RegExp(`(?<![(（]\\s*)${N}\\s*个(?:村|社区)(?=[^,，。;\\n\\d()（）]{0,4}?(?:撤并|合并|拆分|合成|并成|一分为二)(?!村))`, 'g');
/** 应换届数+1变为19个: the count the change comes to. */
const SUM_CHANGED = /(应换届[^,，。\d]{0,3}?)\s*[+＋-]\s*\d+\s*个?\s*[,，]?\s*(?:变为|变成|调整为|为|达到)\s*(?=\d)/g;
/** A change of the villages or communities said. */
export const PLACES_CHANGED = /撤并|合并|拆分|拆份|一分为二|新设|撤销/;

export function dueAfterChange(text: string): string {
  const changed = PLACES_CHANGED.test(text);
  if (!changed && !/后|现|变|原/.test(text)) return text;
  const aside = (m: string) => `(${m})`;
  const told = changed ? text.replace(COUNT_BEFORE_CHANGE, aside) : text;
  const due = told.replace(DUE_CHANGED, '由$1个调整为$2个').replace(AFTER_CHANGE, '应换届$1个').replace(CHANGE_AFTER, '应换届$1个').replace(SUM_CHANGED, '$1');
  return changed ? due.replace(CHANGED_COUNT, aside) : due;
}

/** What is left, in a message telling of a change with no due count: the done count it gives is not known. */
export function dueUnknown(text: string, items: BoundItem[]): ReportError[] {
  const changed = PLACES_CHANGED.exec(text);
  if (!changed || items.some((i) => i.key === 'due')) return [];
  const left = items.find((i) => i.value.kind === 'remaining');
  return left ? [{ code: 'due-unknown', raw: changed[0] }] : [];
}
