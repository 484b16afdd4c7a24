// Coverage of the reference policy facts (good-confidence statements, tabled in test/fixtures/coverage/policy-facts.yaml):
// test/fixtures/coverage/policy-facts.yaml maps each fact to the topic#item that states it, a phrase that
// item must contain, and a plain question that must reach it through the real answerer. Questions the
// engine does not route there are listed too (misses, or reachable: false) and must stay unreached, so the
// table keeps telling the truth when the engine changes: a miss that starts to pass fails here until moved.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { KnowledgeService } from '../../src/knowledge/service.js';
import type { AskResult, Item } from '../../src/knowledge/types.js';
import { SHIPPED } from './helpers.js';

const ref = z.string().regex(/^[a-z0-9-]+#\d+$/);
const row = z.strictObject({
  sec: z.union([z.string(), z.number()]).transform(String),
  fact: z.string().min(4),
  at: z.union([ref, z.array(ref).min(1)]).transform((v) => (Array.isArray(v) ? v : [v])),
  contains: z.union([z.string(), z.number()]).transform(String),
  q: z.string().min(2),
  reachable: z.literal(false).optional(),
  reason: z.string().min(10).optional(),
  misses: z.array(z.strictObject({ q: z.string().min(2), why: z.string().min(10) })).optional(),
});
type Row = z.infer<typeof row>;

const rows: Row[] = z.array(row).parse(parseYaml(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'coverage', 'policy-facts.yaml'), 'utf8')));
const service = new KnowledgeService(join(SHIPPED, 'knowledge'));
// The county default the eval uses too: a bare 十严禁 means the village list.
const ask = (q: string) => service.ask(q, { variantDefaults: { 十严禁: 'village' } });
const reached = (r: AskResult) => (r.kind === 'item' ? `${r.topic?.id}#${r.item?.n}` : `${r.kind}${r.topic ? ` ${r.topic.id}` : ''}`);

function item(at: string): Item | undefined {
  const [id, n] = at.split('#');
  return service.topics().find((t) => t.id === id)?.items[Number(n) - 1];
}
const text = (i: Item) => [i.title, i.keywords.join('、'), i.source, i.check ?? '', i.body].join('\n');

beforeAll(() => {
  expect(service.reload().ok).toBe(true);
});

describe('reference facts in the knowledge base', () => {
  it('lists the facts once each, with a reason for every unreachable one', () => {
    expect(rows.length).toBeGreaterThanOrEqual(100);
    expect(new Set(rows.map((r) => r.fact)).size).toBe(rows.length);
    for (const r of rows) expect(r.reachable === false ? !!r.reason : !r.reason, r.fact).toBe(true);
  });

  it.each(rows.map((r) => [`${r.at.join(' | ')} ${r.fact}`, r] as const))('%s: the item exists and states it', (_, r) => {
    for (const at of r.at) {
      const found = item(at);
      expect(found, `${at} does not exist`).toBeDefined();
      expect(text(found!), at).toContain(r.contains);
    }
  });

  it.each(rows.filter((r) => r.reachable !== false).map((r) => [r.q, r] as const))('"%s" reaches its item', (_, r) => {
    expect(r.at).toContain(reached(ask(r.q)));
  });

  it.each(rows.filter((r) => r.reachable === false).map((r) => [r.q, r] as const))('"%s" still does not reach its item (recorded unreachable)', (_, r) => {
    expect(r.at).not.toContain(reached(ask(r.q)));
  });

  const misses = rows.flatMap((r) => (r.misses ?? []).map((m) => [m.q, r] as const));
  it.each(misses)('"%s" still misses (recorded engine gap)', (q, r) => {
    expect(r.at).not.toContain(reached(ask(q)));
  });
});
