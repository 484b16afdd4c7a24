// "城关17 河西11 河东13 都是党支部", "各乡镇今晚进度(党组织):柳林8个": a line that names its one indicator last, or in a
// bracket before a colon, is rewritten with the name first — the way the binder reads a line.
import type { Lexicon } from './lexicon.js';

/** "城关17 河西11 河东13 都是党支部": figures first, then the one indicator they all are, at the line's end. */
const NAMED_LAST = /^(.*?)[,\s]*(?:都是|均为|全是|都为|都指)([^\s,。!?]+?)[。!]?$/;
const ALL_ARE = /都是|均为|全是|都为|都指/;

/** "各乡镇今晚进度(党组织):柳林8个": a bracket holding only an indicator's name before a colon names the line. */
const NAME_IN_BRACKETS = /\(([^()\n]{1,12})\)\s*:/g;
/** "(按党组织完成数)": words that only say the bracket sorts or counts by the name inside it. */
const BRACKET_NAME_FILLER = /^(?:按照|按|以)?(.+?)(?:完成数|完成情况|完成率|完成|进度|情况|数|排序|排名|计)*$/;

/** Such a line is read as the line it stands for, with the name first: "党支部:城关17 河西11 河东13". */
export function nameFirst(text: string, lexicon: Lexicon): string {
  if (text.includes('(')) {
    text = text.replace(NAME_IN_BRACKETS, (m, inner: string) => {
      const name = inner.replace(BRACKET_NAME_FILLER, '$1');
      return lexicon.keysOf.has(name) ? ` ${name}:` : m;
    });
  }
  if (!ALL_ARE.test(text)) return text;
  return text
    .split('\n')
    .map((line) => {
      const m = NAMED_LAST.exec(line);
      if (!m || !lexicon.keysOf.has(m[2]!) || !/\d|[一二两三四五六七八九十]/.test(m[1]!)) return line;
      // Only when no indicator is named before: "党组织9个 村委会8个 都是…" says something else.
      for (let i = 0; i < m[1]!.length; i++) {
        lexicon.pattern.lastIndex = i;
        if (lexicon.pattern.test(m[1]!)) return line;
      }
      return `${m[2]}:${m[1]}`;
    })
    .join('\n');
}
