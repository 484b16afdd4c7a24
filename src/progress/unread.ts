// A message that names a township and counts a body's figure, yet gives no figure the reading can take: it asks in
// the clause it reports in (河东镇报数咋样:党组织十二个…, 城关今天又选完2个村委会,这样是不是累计15个了?) or tells
// the change in words the reading does not know (河西乡剩下没选的村委会又少了3个). Left to the questions, it was
// answered with some rule and the liaison never learnt that nothing was recorded: refused instead, with how to write it.
import type { Token } from './scan.js';
import { QUESTION } from './report-questions.js';
import type { ReportError } from './types.js';

/** Where a clause ends: a split after each such mark keeps the marks, so clauses add up to the text. */
const CLAUSE_AFTER = /(?<=[,，;；。:：\n])/;
/** A counted figure. */
const FIGURE = /[\d零一二两三四五六七八九十]+\s*个/;
/** The most of the message quoted back. */
const QUOTED = 30;

export function unreadReport(text: string, tokens: Token[], asks: boolean): ReportError | null {
  if (!tokens.some((t) => t.t === 'town' && t.name)) return null;
  // A message that asks is unread only when it asks about a figure of its own (这样是不是累计15个了) or asks in a heading
  // over the figures (河东镇报数咋样:党组织十二个…). One that tells a case and asks about it (河西乡有个村党支部选了5个
  // 委员,这样合规吗) is a question for the policy answers.
  const clauses = text.split(CLAUSE_AFTER);
  const heading = QUESTION.test(clauses[0]!) && /[:：]$/.test(clauses[0]!);
  if (asks && !heading && !clauses.some((c) => QUESTION.test(c) && FIGURE.test(c))) return null;
  // A body's figure counted next to its name (not the villages due alone: 全乡共3个村,什么时候选?), in a clause that
  // does not ask (河西乡一肩挑5个算啥比例 asks about its figure: a question).
  const starts = clauses.map((_, i) => clauses.slice(0, i).join('').length);
  const clauseOf = (at: number) => clauses[starts.filter((from) => from <= at).length - 1]!;
  const counted = tokens.some((t, i) => t.t === 'num' && t.unit === 'count' && !QUESTION.test(clauseOf(t.at)) && tokens.slice(Math.max(0, i - 3), i + 3).some((o) => o.t === 'ind' && o.keys.some((k) => k !== 'due')));
  if (!counted) return null;
  // The clause that asks, when one does; else the message.
  const raw = (clauses.find((c) => QUESTION.test(c)) ?? text).replace(/[,，;；。:：\n]$/, '').trim();
  return { code: 'unread', raw: raw.length > QUOTED ? `${raw.slice(0, QUOTED)}…` : raw };
}
