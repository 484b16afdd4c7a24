// 一肩挑 told by its exceptions: "选完的18个里除了南岭、北岭都是一肩挑", "5个社区居委会选举全部结束，除了文化路社区，都实现了
// 书记主任一肩挑". The count said before, less the villages named, is the figure; with no count said before it the
// message says no figure (it had stored the 18, or left 一肩挑 out and stored the rest).
import { COUNT_NUMERAL, parseAnyNumber } from '../numerals.js';

const NAME = '[\\u4e00-\\u9fff]{2,6}?';
const EXCEPT_ONE_SHOULDER = new RegExp(
  `(?:(${COUNT_NUMERAL})个(?:村|社区)?[^,，。;；\\n]{0,12}?[,，]?\\s*)?除(?:了|去|开)?(${NAME}(?:[、和]${NAME})*)(?:以外|之外|外)?[,，]?\\s*(?:其余|其他|剩下)?的?(?:都|均|全)(?:是|为|实现了?|实行了?)(?:书记主任|书记、主任|书记和主任)?["“]?一肩挑["”]?`,
  'g',
);

/** "一肩挑除了北关村、南关村都实现了": the name first — with no count said, no figure. */
const ONE_SHOULDER_FIRST = new RegExp(`一肩挑\\s*除(?:了|去|开)?${NAME}(?:[、和]${NAME})*(?:以外|之外|外)?[,，]?\\s*(?:其余|其他|剩下)?的?(?:都|均|全)(?:是|实现了?|实行了?)`, 'g');

export function oneShoulderExcepted(text: string): string {
  if (!text.includes('一肩挑') || !text.includes('除')) return text;
  return text.replace(EXCEPT_ONE_SHOULDER, (m, base: string | undefined, names: string) => {
    // 和 between names, never a name's own first character (和平社区).
    const left = names.split(/、|(?<=[^、])和/).filter(Boolean).length;
    const n = base === undefined ? null : parseAnyNumber(base);
    if (n === null || n < left) return m;
    // "选完的18个里": the count the exceptions are taken from, no figure of its own — kept as a note.
    const said = m.slice(0, m.indexOf('除')).replace(/[,，]\s*$/, '');
    return `${/(?:里|中|当中)$/.test(said) ? `(${said})` : said},一肩挑${n - left}人`;
  });
}

/** 一肩挑 told by its exceptions with no count to take them from: the words, to be refused as no figure. */
export function oneShoulderUncounted(text: string): string[] {
  if (!text.includes('一肩挑') || !text.includes('除')) return [];
  const found = [...text.matchAll(ONE_SHOULDER_FIRST)].map((m) => m[0]);
  for (const m of text.matchAll(EXCEPT_ONE_SHOULDER)) if (m[1] === undefined) found.push(m[0].slice(m[0].indexOf('除')));
  return found;
}
