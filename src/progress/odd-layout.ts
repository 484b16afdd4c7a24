// Layout a phone or a hurried hand gives a report: villages counted in 家 or 处 (社区党组织完成４家, 党组织１８处), and a
// name at a line's end with its figure on the next line (取消资格\n２人). Written the usual way before the figures are read.
import { afterNames } from './said-around-names.js';
import type { Lexicon } from './lexicon.js';
import type { IndicatorKey } from '../store/types.js';

const VILLAGE_KEYS: ReadonlySet<IndicatorKey> = new Set(['due', 'partyDone', 'committeeDone', 'supervisionDone']);

/** A name of villages counted, its verb, then a count in 家 or 处. */
const IN_OTHER_UNIT_TAIL = String.raw`((?:换届)?(?:选举)?(?:工作)?(?:已经?|均已|都已)?(?:完成了?|选完了?|结束了?)?[ \t]*[:：]?[ \t]*)(\d+)[ \t]*[家处](?![\u4e00-\u9fff])`;
const inOtherUnit = (lexicon: Lexicon) => afterNames(lexicon, IN_OTHER_UNIT_TAIL);
/** A name ending its line, the next line starting with its figure alone (and a unit). */
const FIGURE_NEXT_LINE_TAIL = String.raw`[ \t]*\n[ \t]*(?=\d+(?:\.\d+)?[ \t]*(?:个|人|名|位|村|社区|岁)?[ \t]*(?:[,，。;；!！\n]|$))`;
const figureNextLine = (lexicon: Lexicon) => afterNames(lexicon, FIGURE_NEXT_LINE_TAIL);

function keysOf(lexicon: Lexicon, name: string): IndicatorKey[] {
  return lexicon.names.find((n) => n.text === name)?.keys ?? [];
}

export function oddLayout(t: string, lexicon: Lexicon): string {
  if (/\d\s*[家处]/.test(t)) {
    t = t.replace(inOtherUnit(lexicon), (m, name: string, verb: string, n: string) => (keysOf(lexicon, name).length && keysOf(lexicon, name).every((k) => VILLAGE_KEYS.has(k)) ? `${name}${verb}${n}个` : m));
  }
  if (t.includes('\n')) t = t.replace(figureNextLine(lexicon), (m, name: string) => name);
  return t;
}
