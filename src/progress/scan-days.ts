// Days written in a report that are not the day of its figures: read as text, not as a date.
import { sticky } from './scan-number.js';
import type { Token } from './scan-tokens.js';

/** After a date: the day something began ("11月10日启动以来"). */
const SINCE = /\s*(?:开始|启动|以来|起(?!来))/y;
/** Before a date: its figures are added to the ones given ("加上前天的"). */
const ADDED_ON = /(?:加上|连同|算上|加)$/;
/** After a date: a bulletin, meeting or notice of that day ("看了县里昨天的通报，…我们也补上：…"). */
const OF_EVENT = /的?(?:通报|会上|会议|调度会|推进会|通知|讲话|部署|要求)/y;
/**
 * A message that puts figures right or speaks of that day again ("…写的是7个，那天其实完成了8个"): the day of the
 * bulletin is the day of its figures.
 */
const CORRECTS = /更正|有误|应为|应该是|纠正|订正|改为|改成|写错|报错|错了|不对|漏报|其实|实际|那天|当天|那日/;

/** After a word naming no single day: when a figure was reported ("这个数是我们上周报的"), not the figures' day. */
const REPORTED_THEN = /(?:报的|报送的|上报的|说的|填报的|报过的)/y;

/**
 * "自11月10日启动以来" (the day the work began), "加上前天的一共4个" (a day whose figures are added in), "补报20号的:那天…"
 * (那天 after a day named is that day), "县里昨天的通报" outside a correction (the bulletin's day).
 */
export function dayAsText(text: string, at: number, date: { length: number; spec: { kind: string } }, tokens: Token[]): boolean {
  if (text[at] === '那' && tokens.some((t) => t.t === 'date')) return true;
  const end = at + date.length;
  if (date.spec.kind !== 'relative' && sticky(SINCE, text, end)) return true;
  if (ADDED_ON.test(text.slice(Math.max(0, at - 3), at))) return true;
  if (date.spec.kind === 'unclear' && sticky(REPORTED_THEN, text, end) && !CORRECTS.test(text)) return true;
  return sticky(OF_EVENT, text, end) !== null && !CORRECTS.test(text);
}
