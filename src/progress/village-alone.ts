// "李庄村：书记主任一肩挑1人，女性1人": one village's own figures, said alone, are no township's — asked for the
// township's totals, never stored as them. A roll call of several villages is read line by line, as before; and only
// a village's members' traits or its all done count here: a body's count after a village just named ("石门村，党组织
// 完成13个") may be the township's.
import type { BoundItem } from './bind-values.js';
import type { TownshipMatcher } from './townships.js';
import type { ReportError } from './types.js';

const VILLAGE_TRAITS = new Set<BoundItem['key']>(['oneShoulder', 'crossPost', 'female', 'under35', 'college', 'avgAge']);
/** A message that opens with one village's name, then its figures ("李庄村：…", "今天完成的白庄村，新班子…"). */
const ONE_VILLAGE = /^(?:今天|今日|刚才?)?(?:完成的|选完的|选出来的)?((?:(?![个全乡镇零一二两三四五六七八九十])[\u4e00-\u9fff]){1,5}(?:村|社区))(?![委民务两])(?:[:,\s]|的?(?:新班子|两委|班子)|(?=女性|女的|35岁|大专|一肩挑|交叉任职|平均年龄))/;

/** The refusal for a message that gives one village's own figures alone, or null. */
export function villageAlone(text: string, items: BoundItem[], townships: TownshipMatcher): ReportError | null {
  if (text.includes('\n') || !items.some((i) => (i.value.kind === 'number' && VILLAGE_TRAITS.has(i.key)) || i.value.kind === 'all')) return null;
  const village = ONE_VILLAGE.exec(text);
  return village && !townships.resolve(village[1]!) ? { code: 'unknown-township', raw: village[1]!, suggestions: [] } : null;
}
