// Example questions per item (templates/knowledge/questions/<topic id>.yaml), written in cadres' words
// by people who read the item: indexed beside the item's own text, the way curated answer systems keep
// question–answer pairs. A file naming an unknown topic or item is reported, never guessed at.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { KnowledgeIssue, Topic } from './types.js';

export const EXAMPLES_DIR = 'questions';

const fileSchema = z.strictObject({
  topic: z.string().min(1),
  items: z.record(z.string().regex(/^\d+$/), z.array(z.union([z.string(), z.number()]).transform(String)).min(1)),
});

/** Adds each file's questions to its topic's items (Item.examples); returns what could not be used. */
export function attachExamples(dir: string, topics: Topic[]): KnowledgeIssue[] {
  const folder = join(dir, EXAMPLES_DIR);
  if (!existsSync(folder)) return [];
  const issues: KnowledgeIssue[] = [];
  // One level of sub-folders too: the writers' questions (from-writers/) are kept apart from the hand-written ones.
  const names = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml') && f.split(/[\\/]/).length <= 2);
  for (const name of names.map((f) => f.replaceAll('\\', '/')).sort()) {
    const file = `${EXAMPLES_DIR}/${name}`;
    let raw: unknown;
    try {
      raw = parseYaml(readFileSync(join(folder, name), 'utf8'));
    } catch (err) {
      issues.push({ file, severity: 'error', code: 'yaml', params: { reason: (err as Error).message.split('\n')[0]! } });
      continue;
    }
    const parsed = fileSchema.safeParse(raw);
    if (!parsed.success) {
      issues.push({ file, severity: 'error', code: 'examples-invalid', params: { reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') } });
      continue;
    }
    const topic = topics.find((t) => t.id === parsed.data.topic);
    if (!topic) {
      issues.push({ file, severity: 'error', code: 'examples-topic', params: { id: parsed.data.topic } });
      continue;
    }
    for (const [n, questions] of Object.entries(parsed.data.items)) {
      const item = topic.items[Number(n) - 1];
      if (!item) issues.push({ file, severity: 'error', code: 'examples-item', params: { id: topic.id, n } });
      else item.examples.push(...questions.map((q) => q.trim()).filter(Boolean));
    }
  }
  return issues;
}
