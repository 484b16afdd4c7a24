// A liaison quoting the county's evening bulletin ("通报里我乡党组织写的8个，实际9个", a pasted bulletin line): the
// bulletin's figures are what the county already holds, so said again they report nothing. Only what the liaison
// puts right or adds after them is read — and they never meet the new figures as a conflict.

/**
 * The county's bulletin quoted: 通报里/中/上, 通报写的, its line for a township (通报石桥镇…写的), a bulletin of a day (11月25日的通报, 昨天通报, 今晚通报, 【12月3日通报】).
 * Not 通报 as a verb ("在会上通报:", "今天通报三个乡镇…"), and not 通报后 ("since the bulletin"), which starts what is new.
 */
const NAMES_BULLETIN = /通报(?:里|中|上|写|为|是|原文)|通报(?=[\u4e00-\u9fff]{1,4}?(?:乡|镇|街道)(?![:：]))|(?:日|期|晚|昨天|昨日)的?通报(?!后|以后|之后|发出|发了|发布)/;
/** Words that put the bulletin right: what follows them is the liaison's own figure. */
const PUTS_RIGHT = /实际|实为|应为|应该是|其实|准确|更正|不对|有误|错了|又|新增|现在|目前|今天/;
/**
 * A bulletin pasted after a colon or under its heading, to the line's end or the closing quote. Its heading ends in its
 * own clause: "看了昨天的通报，我们也补上：…" pastes nothing, it adds.
 */
const PASTED = new RegExp(String.raw`((?:${NAMES_BULLETIN.source})[^\n:：」”",，。;；]{0,12}?(?:[:：]|原文)|\[[^\]\n]*(?:${NAMES_BULLETIN.source})[^\]\n]*\])([ \t]*[:：]?[ \t]*["“「]?)([^\n」”"]*)`, 'g');
/** A clause: up to a comma, a full stop, a semicolon or a line's end. */
const CLAUSE = /[^,，。;；\n]+[,，。;；\n]?|[,，。;；\n]/g;
/** "写的8个", "写成了十一个": the figure as the bulletin printed it. */
const AS_WRITTEN = new RegExp(String.raw`(写的是?|写成了?|写为|写着|登的是?|显示的?是?|通报为|通报是)\s*(?:${figure()})`, 'g');
/** A figure with its unit or as a fraction of the due count, never a date's month or day (11月22日). */
const FIGURE = new RegExp(figure(), 'g');

function figure(): string {
  // An age group is a name (35岁以下), not a figure.
  return String.raw`(?<![\d.])\d+(?:\.\d+)?(?:\s*\/\s*\d+|\s*(?:个|人|名|%)|\s*周?岁(?!\s*(?:及|以)))?(?![\d.]|\s*[月日号年点时:岁周])|[零一二两三四五六七八九十百]+\s*(?:个|人|名|周?岁(?!\s*(?:及|以)))`;
}

/** "昨天通报后又完成1个": what was done since yesterday's bulletin is today's — the day named is the bulletin's. */
const SINCE_BULLETIN = /(?:昨天|昨日|昨晚)的?(?=通报(?:发出|发布|发了)?(?:以后|之后|后))/g;

export function withoutBulletinFigures(text: string): string {
  text = text.replace(SINCE_BULLETIN, '');
  if (!NAMES_BULLETIN.test(text)) return text;
  return text
    .replace(PASTED, (m, head: string, open: string, rest: string, at: number, whole: string) => {
      // "更正昨天通报：柳林乡党组织是6个": what follows a correction of the bulletin is the liaison's own.
      if (PUTS_RIGHT.test(whole.slice(whole.lastIndexOf('\n', at) + 1, at))) return m;
      // From the clause that puts it right ("——女性应为12人"): its name is the liaison's.
      const right = PUTS_RIGHT.exec(rest);
      const from = right ? Math.max(0, ...[...rest.slice(0, right.index).matchAll(/[,，、;；—\s]/g)].map((d) => d.index + 1)) : rest.length;
      return `${head}${open} ${rest.slice(from)}`;
    })
    .replace(AS_WRITTEN, '$1')
    .replace(CLAUSE, (clause) => (NAMES_BULLETIN.test(clause) && !PUTS_RIGHT.test(clause) ? clause.replace(FIGURE, '') : clause));
}
