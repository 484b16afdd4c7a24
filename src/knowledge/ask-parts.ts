// A question of two questions ("社区居委会几个人 几年一届"): no one rule answers both, so the whole is
// declined by the usual guards. Each part is asked on its own, with the body the first part names carried
// to the parts that name none; when every part gets a rule, the first answers and the others follow it.
// One clause that asks, followed by words the base does not know ("交接都要交啥 给列个单子"), is asked alone:
// those words are the asker's own business — never for one rule of a discipline list, never for another place.
import type { KnowledgeIndex } from './index.js';
import { ASKS, cite, outsideOf } from './ask-common.js';
import type { AskResult } from './types.js';

/** How sure a part's own answer must be to be given beside a part declined. */
const SURE = 0.8;
const BREAK = /[\s，,、；;？?。]+/;

/** The clauses that ask, each with the words before it that ask nothing ("社区那边问 居委会几个人"). */
export function askingParts(cleaned: string): string[] {
  const parts: string[] = [];
  let lead = '';
  for (const piece of cleaned.split(BREAK).filter(Boolean)) {
    if (ASKS.test(piece)) {
      parts.push(lead + piece);
      lead = '';
    } else lead += piece;
  }
  return parts;
}

/**
 * A part that only asks whether it is the same as another body's ("跟村里一样不", "和村委会换届规定一样吗"): the rules
 * the other parts get answer it, shown as they are — it asks no rule of its own.
 */
const LIKE_OTHER = /^(?:这|这个|那)?(?:是不是|是否)?(?:跟|和|与|同)[^,，。?？]{1,10}?(?:是不是|是否)?(?:一样|相同|一致|差不多)(?:吗|不|么|嘛|的|啊|呢)?$/;

/** The topic of an answer that is one rule outside the discipline lists, or undefined. */
function ruleEntry(index: KnowledgeIndex, one: AskResult) {
  return one.kind === 'item' && one.item && one.topic?.kind !== 'list' ? index.entries.find((e) => e.topic === one.topic) : undefined;
}

export function byParts(index: KnowledgeIndex, cleaned: string, askOne: (q: string) => AskResult): AskResult | undefined {
  const all = askingParts(cleaned);
  const parts = all.length > 1 && all.some((p) => !LIKE_OTHER.test(p)) ? all.filter((p) => !LIKE_OTHER.test(p)) : all;
  if (parts.length === 1 && all.length > 1) {
    // Only a comparison beside one question: that question, answered alone by a rule of its own body.
    const one = askOne(parts[0]!);
    const entry = ruleEntry(index, one);
    // The question must name the topic that answers it (居委会几个人 names 居委会): the comparison leaves no room for a guess.
    const named = !!entry && index.terms(parts[0]!).some((t) => entry.nameTerms.has(t));
    return named && !outsideOf(index, cleaned, one.topic!) ? one : undefined;
  }
  if (parts.length === 1) {
    // What follows the one clause that asks: words the base does not know are the asker's own context.
    const pieces = cleaned.split(BREAK).filter(Boolean);
    const last = pieces.map((p) => ASKS.test(p)).lastIndexOf(true);
    const after = pieces.slice(last + 1).join('');
    const told = index.terms(after).filter((t) => index.known(t) && !index.common(t));
    if (after.length >= 4 && !told.length) {
      const one = askOne(parts[0]!);
      if (one.topic && outsideOf(index, cleaned, one.topic)) return undefined;
      return one.kind === 'list' || (one.kind === 'item' && one.topic?.kind !== 'list') ? one : undefined;
    }
    // "多少岁能投票，村里有个17岁半的孩子非说他也要投": a story after the one clause that asks, in the words of the
    // very rule that answers the clause, is the case it is asked for — never for a discipline list's rule.
    if (after.length >= 4 && told.length) {
      const one = askOne(parts[0]!);
      const entry = ruleEntry(index, one);
      if (entry && !outsideOf(index, cleaned, entry.topic) && told.every((t) => entry.vocab.has(t))) return one;
    }
  }
  if (parts.length < 2 || parts.length > 3) return undefined;
  const firstTerms = index.terms(parts[0]!);
  const bodies = firstTerms.filter((t) => index.bodies([t]).size).join('');
  const answers = parts.map((p, i) => askOne(i && bodies && !index.bodies(index.terms(p)).size ? `${bodies}${p}` : p));
  const ruled = answers.filter((a) => a.kind === 'item' && a.topic && a.item);
  if (ruled.length !== answers.length) {
    // "资格联审都是哪些部门审 我需要准备啥材料": a part the base answers is answered, and the reply says the other is not
    // — only when every other part is declined outright (not asked back about, not answered less surely).
    // A part answered must name the topic of its rule, outside the discipline lists, and be sure of it.
    const sure = (a: AskResult, i: number) => {
      const entry = ruleEntry(index, a);
      return !!entry && a.confidence >= SURE && index.terms(parts[i]!).some((t) => entry.nameTerms.has(t)) && !outsideOf(index, cleaned, entry.topic);
    };
    // The first part is the question; a later one alone may be a fragment (有没有标准) that any rule seems to fit.
    if (!sure(answers[0]!, 0) || answers.some((a, i) => a.kind !== 'abstain' && !sure(a, i))) return undefined;
    const one = together(answers.filter(sure));
    return { ...one, unanswered: parts.filter((_, i) => answers[i]!.kind === 'abstain') };
  }
  return together(answers);
}

/** The first part's rule, the other parts' rules beside it. */
function together(answers: AskResult[]): AskResult {
  const [first, ...rest] = answers as (AskResult & Required<Pick<AskResult, 'topic' | 'item'>>)[];
  const others = rest.filter((a) => a.item !== first!.item);
  return {
    ...first!,
    confidence: Math.min(...answers.map((a) => a.confidence)),
    related: [...others.map((a) => ({ topic: a.topic, item: a.item })), ...first!.related].slice(0, 3),
    citations: [cite(first!.topic, first!.item), ...others.map((a) => cite(a.topic, a.item))],
  };
}
