// Measure answers against hand-written cases (test/fixtures/qa/*.yaml): used by `npm run eval:qa`
// and by the test that guards the accuracy reached.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { KnowledgeService } from './service.js';
import type { AskKind, AskResult } from './types.js';

const oneOrMany = <T extends z.ZodType>(t: T) => z.union([t, z.array(t)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.infer<T>[]);

export const caseSchema = z.strictObject({
  q: z.union([z.string(), z.number()]).transform(String),
  topic: oneOrMany(z.string()).optional(),
  item: oneOrMany(z.number().int().positive()).optional(),
  kind: z.enum(['item', 'list', 'overview', 'missing-item']).optional(),
  expect: z.enum(['abstain', 'clarify']).optional(),
  /**
   * Every right answer as topic#item, when several items each give the fact asked (writers' sets); a bare topic
   * id accepts that topic as a whole (a list asked for entire), as `topic:` alone does.
   */
  accept: z.array(z.string().regex(/^[a-z0-9-]+(?:#\d+)?$/)).optional(),
  /** A fact the base does not hold (the case expects an abstention until an item is added). */
  missing: z.string().optional(),
  note: z.string().optional(),
});
export type QaCase = z.infer<typeof caseSchema> & { file: string };

/** Question sets written after the tuning set and never tuned on (heldout*.yaml): reported and guarded on their own. */
export const isHeldout = (file: string) => file.startsWith('heldout');

/**
 * The tuning set (every file but the held-out ones), all held-out files, or one file by name. Each case
 * keeps its file name, so results can be split per file.
 */
export function loadCases(dir: string, set: 'tuning' | 'heldout' | `${string}.yaml` = 'tuning'): QaCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && (set === 'tuning' ? !isHeldout(f) : set === 'heldout' ? isHeldout(f) : f === set))
    .sort()
    .flatMap((file) => z.array(caseSchema).parse(parseYaml(readFileSync(join(dir, file), 'utf8'))).map((c) => ({ ...c, file })));
}

export interface CaseOutcome {
  c: QaCase;
  kind: AskKind;
  topic?: string;
  item?: number;
  confidence: number;
  topicOk: boolean;
  itemOk: boolean;
  kindOk: boolean;
}

export interface QaMetrics {
  cases: number;
  answerable: number;
  topicAccuracy: number;
  itemCases: number;
  itemAccuracy: number;
  kindAccuracy: number;
  /** Of the questions the bot declined (abstain or clarify), the share that should have been declined. */
  abstentionPrecision: number;
  /** Of the questions that should have been declined, the share the bot declined. */
  abstentionRecall: number;
  /** Questions answered with a right item (or topic, when no item is named) or rightly declined/clarified. */
  rightOrDeclined: number;
  /** Out-of-scope questions answered with policy: must be 0. */
  outOfScopeAnswered: number;
  /** Answered, but with a topic or item the case did not expect (or a policy answer to an out-of-scope question). */
  wrongAnswers: number;
  /** Wrong answers that quote or concern an election-discipline list: the worst kind. */
  wrongDiscipline: number;
  clarifyAccuracy: number;
  failures: CaseOutcome[];
}

/** Topic ids of the election-discipline lists (十严禁, 十不准, earlier versions). */
const DISCIPLINE = /^(discipline-|ten-no-)/;

const declined = (k: AskKind) => k === 'abstain' || k === 'clarify';

/** The county default the fixtures were written against. */
export const EVAL_VARIANTS: Record<string, string> = { 十严禁: 'village' };

export function evaluate(service: KnowledgeService, cases: QaCase[], variantDefaults: Record<string, string> = EVAL_VARIANTS): QaMetrics {
  return score(cases, cases.map((c) => service.ask(c.q, { variantDefaults })));
}

/** The figures for answers already given (results[i] answers cases[i]), e.g. with a model's help. */
export function score(cases: QaCase[], results: AskResult[]): QaMetrics {
  const outcomes: CaseOutcome[] = cases.map((c, i) => {
    const r = results[i]!;
    const topic = r.topic?.id;
    const item = r.kind === 'item' ? r.item?.n : undefined;
    const accepted = (t: string) => !!c.accept?.some((p) => p === t || p.startsWith(`${t}#`));
    const whole = !!topic && !!c.accept?.includes(topic);
    const topicOk = c.expect
      ? r.kind === c.expect || (c.expect === 'clarify' && r.kind === 'abstain')
      : !declined(r.kind) && !!topic && (c.accept ? accepted(topic) : !!c.topic?.includes(topic));
    const itemOk = topicOk && (c.accept ? whole || (item !== undefined && c.accept.includes(`${topic}#${item}`)) : !c.item || (item !== undefined && c.item.includes(item)));
    const kindOk = topicOk && (c.kind ? r.kind === c.kind : whole ? true : c.item || c.accept ? r.kind === 'item' : true);
    return { c, kind: r.kind, ...(topic ? { topic } : {}), ...(item ? { item } : {}), confidence: r.confidence, topicOk, itemOk, kindOk };
  });
  const answerable = outcomes.filter((o) => !o.c.expect);
  const withItem = answerable.filter((o) => o.c.item || o.c.accept);
  const shouldDecline = outcomes.filter((o) => o.c.expect);
  const didDecline = outcomes.filter((o) => declined(o.kind));
  const ratio = (n: number, d: number) => (d ? n / d : 1);
  const wrong = outcomes.filter((o) => !declined(o.kind) && (o.c.expect === 'abstain' || (!o.c.expect && (!o.topicOk || !o.itemOk))));
  return {
    cases: outcomes.length,
    answerable: answerable.length,
    topicAccuracy: ratio(answerable.filter((o) => o.topicOk).length, answerable.length),
    itemCases: withItem.length,
    itemAccuracy: ratio(withItem.filter((o) => o.itemOk).length, withItem.length),
    kindAccuracy: ratio(answerable.filter((o) => o.kindOk).length, answerable.length),
    abstentionPrecision: ratio(didDecline.filter((o) => o.c.expect).length, didDecline.length),
    abstentionRecall: ratio(shouldDecline.filter((o) => declined(o.kind)).length, shouldDecline.length),
    outOfScopeAnswered: outcomes.filter((o) => o.c.expect === 'abstain' && !declined(o.kind)).length,
    rightOrDeclined: ratio(outcomes.filter((o) => (o.c.expect ? declined(o.kind) : o.topicOk && o.itemOk)).length, outcomes.length),
    clarifyAccuracy: ratio(outcomes.filter((o) => o.c.expect === 'clarify' && o.kind === 'clarify').length, outcomes.filter((o) => o.c.expect === 'clarify').length),
    wrongAnswers: wrong.length,
    wrongDiscipline: wrong.filter((o) => [o.topic, ...(o.c.topic ?? []), ...(o.c.accept ?? []).map((p) => p.split('#')[0])].some((t) => t !== undefined && DISCIPLINE.test(t))).length,
    failures: outcomes.filter((o) => !o.topicOk || !o.itemOk || !o.kindOk),
  };
}
