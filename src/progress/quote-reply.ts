// A reply to a quoted message: the quoted message is someone else's, and only the reply is read.
import type { Lexicon } from './lexicon.js';

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
  const quoted = m[1] ?? m[2]!;
  if (lexicon.names.some((n) => reply.includes(n.text))) return reply;
  const named = lexicon.names.filter((n) => quoted.includes(n.text));
  const keys = new Set(named.map((n) => (lexicon.keysOf.get(n.text) ?? []).join()));
  return keys.size === 1 ? `${named.sort((a, b) => b.text.length - a.text.length)[0]!.text} ${reply}` : reply;
}
