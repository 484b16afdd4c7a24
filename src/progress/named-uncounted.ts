// "河西乡今天后营村、前营村两委同步选完，明天选大柳树村": villages named done, a body named, and no figure at all. No count
// can be read (how many that adds to the record is never guessed), yet it is plainly a report: it gets a reply that says
// to write the count, where it had got none.
import type { Token } from './scan.js';

/** A village or community named: two to four characters, not a word of counting or of the whole (个村, 各村, 全村). */
const PLACE = /(?:(?![个各全本该每其余有些镇乡道区])[\u4e00-\u9fff]){1,4}(?:村|社区)(?=[、和及与,，;；:：\s(（✔√]|两委|党|支部|村委|居委|监委|的|今天|也|都|已|$)/g;
/** Words before a name that are none of it (今天后营村, 会和城南社区: 村委会和…). */
const LEAD = /^(?:今天|今日|昨天|又|在|把|会和|会、|和|及|与)+/;
/** A word saying the election is done. */
const DONE = /选完|完成|选出|选好|结束|推选产生|产生了|搞定|✔|√/;

/** The places named, joined, when a message names villages done and a body but gives no figure; else null. */
export function villagesNamedUncounted(text: string, tokens: Token[]): string | null {
  const done = DONE.test(text) || tokens.some((t) => t.t === 'flag' && (t.flag === 'incr' || t.flag === 'done' || t.flag === 'all'));
  if (!done || tokens.some((t) => t.t === 'num' || t.t === 'pair' || t.t === 'pct') || !tokens.some((t) => t.t === 'ind')) return null;
  const places = [...new Set((text.match(PLACE) ?? []).map((p) => p.replace(LEAD, '')).filter((p) => p.length >= 2 && !/^(?:村|社区)$/.test(p)))];
  return places.length ? places.slice(0, 4).join('、') : null;
}
