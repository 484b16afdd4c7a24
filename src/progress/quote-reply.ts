// A reply to a quoted message: the quoted message is someone else's, and only the reply is read.
import { longestAt, type Lexicon } from './lexicon.js';

/**
 * WeCom's quote-reply: 「who:what they said」, a dashed line, then the reply. Or as phones copy a reply: 回复 who：what
 * they said, then the reply on the lines after.
 */
const QUOTE = /^\s*(?:「([^」]*)」\s*\n\s*(?:-\s*){3,}\n|回复\s*@?[^:：\n]{1,12}[:：]([^\n]*)\n)/;

/**
 * "「刘组长:@王海 河西监委会多少了?」\n- - -\n8个": the quoted message is someone else's — its figures are never
 * the sender's. The reply alone is read; when it names no indicator and the quote names one, that name is what
 * the reply's figure answers.
 */
export function replyToQuote(text: string, lexicon: Lexicon): string {
  const m = QUOTE.exec(text);
  if (!m || !text.slice(m[0].length).trim()) return text;
  const reply = text.slice(m[0].length);
  // "「孙涛:石桥镇党组织14个…」\n- - -\n转一下,补一句,监委会累计8个": the quote forwarded is the report, the reply adds to it.
  if (FORWARDED.test(reply)) return `${(m[1] ?? m[2]!).replace(/^[^:：\n]{1,12}[:：]/, '')}\n${reply}`;
  const asked = namesInOrder(m[1] ?? m[2]!, lexicon);
  const said = lexicon.names.filter((n) => reply.includes(n.text));
  if (said.length) {
    // "马坊党组织几个" answered "八个全部完成 监委会还差两个": a figure before any name answers the one asked.
    const first = FIGURE.exec(reply);
    const own = asked.length === 1 && first && !said.some((n) => reply.indexOf(n.text) < first.index) && !said.some((n) => n.keys.join() === asked[0]!.keys.join());
    return own ? `${asked[0]!.text} ${reply}` : reply;
  }
  if (asked.length === 1) return `${asked[0]!.text} ${reply}`;
  if (asked.length < 2 || asked.length > 3) return reply;
  // "党组织、村委会各完成几个" answered "都是15个": each one asked has it.
  const each = EACH.exec(reply.trim());
  if (each) return asked.map((n) => `${n.text}${each[1]}`).join(',') + reply.trim().slice(each[0].length);
  // "党组织几个村委会几个" answered "分别是7个和6个": one figure each, in the order asked.
  const figures = [...reply.matchAll(FIGURES)];
  if (RESPECTIVELY.test(reply) && figures.length === asked.length) return asked.map((n, i) => `${n.text}${figures[i]![0]}`).join(',');
  return reply;
}

const FORWARDED = /^\s*(?:帮忙|帮我|我)?(?:转一下|转发|转给|转上来|转过来|转个|转)(?![换正])/;
const FIGURE = /[\d零一二两三四五六七八九十]+\s*[个人名]/;
const FIGURES = /[\d零一二两三四五六七八九十]+\s*[个人名]?/g;
const EACH = /^(?:都是|都|各|各是|各自|均为|均是)\s*([\d零一二两三四五六七八九十]+\s*[个人名]?)/;
/** Figures given in the order asked: 分别, or nothing but the figures joined (7个和6个, 7、6). */
const RESPECTIVELY = /分别|^\s*[\d零一二两三四五六七八九十]+\s*[个人名]?\s*(?:和|、|,|;|\s)\s*[\d零一二两三四五六七八九十]+\s*[个人名]?(?:\s*(?:和|、|,)\s*[\d零一二两三四五六七八九十]+\s*[个人名]?)?\s*$/;

/** The indicators a text names, in order, one per key (村委会 and 村委 said twice is one). */
function namesInOrder(text: string, lexicon: Lexicon): { text: string; keys: string[] }[] {
  const out: { text: string; keys: string[] }[] = [];
  for (let at = 0; at < text.length; at++) {
    const name = longestAt(lexicon.nameIndex, text, at);
    const keys = name ? lexicon.keysOf.get(name) : undefined;
    if (!name || !keys?.length) continue;
    if (!out.some((o) => o.keys.join() === keys.join())) out.push({ text: name, keys: [...keys] });
    at += name.length - 1;
  }
  return out;
}
