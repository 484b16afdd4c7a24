// Writers' questions as example questions: every question an independent writer wrote and a labeller tied to
// exactly one item becomes one more example of that item (templates/knowledge/questions/from-writers/).
// Questions that several items answer, or that ask for a whole list, are left out: an example says one item.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { QaCase } from './evaluate.js';

/** The folder, under the examples folder, that holds the writers' questions. */
export const WRITERS_DIR = 'from-writers';

/**
 * Questions per topic id and item number, in the cases' order, each once. `lists` are the ids of the
 * discipline lists: their questions are left out — a list is answered by the rules alone, where a
 * neighbouring rule does most harm (ask-examples.ts), and writers' stories of a breach sit close to any rule.
 */
export function examplesFromCases(cases: QaCase[], lists: ReadonlySet<string>): Map<string, Map<number, string[]>> {
  const bank = new Map<string, Map<number, string[]>>();
  for (const c of cases) {
    if (c.expect || c.kind || c.accept || c.topic?.length !== 1 || c.item?.length !== 1 || lists.has(c.topic[0]!)) continue;
    const items = bank.get(c.topic[0]!) ?? new Map<number, string[]>();
    bank.set(c.topic[0]!, items);
    const qs = items.get(c.item[0]!) ?? [];
    items.set(c.item[0]!, qs);
    if (!qs.includes(c.q.trim())) qs.push(c.q.trim());
  }
  return bank;
}

/** Writes one examples file per topic into `dir`; returns how many questions were written. */
export function writeExamples(dir: string, bank: Map<string, Map<number, string[]>>, header: string): number {
  mkdirSync(dir, { recursive: true });
  let count = 0;
  for (const [topic, items] of [...bank].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = Object.fromEntries([...items].sort(([a], [b]) => a - b).map(([n, qs]) => [String(n), qs]));
    count += [...items.values()].reduce((sum, qs) => sum + qs.length, 0);
    writeFileSync(join(dir, `${topic}.yaml`), `${header}\n${stringify({ topic, items: sorted }, { lineWidth: 0 })}`);
  }
  return count;
}
