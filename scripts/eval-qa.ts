// npm run eval:qa — how well the shipped knowledge base answers the hand-written question sets: the tuning
// set (test/fixtures/qa/*.yaml) and, separately, each held-out set (heldout*.yaml): questions written
// after the tuning, to show how the answers carry over to questions nobody tuned on.
// Prints topic accuracy, item accuracy and abstention precision/recall, then every miss.
// `npm run eval:qa -- --quiet` prints the figures only.
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { evaluate, isHeldout, loadCases, type QaMetrics } from '../src/knowledge/evaluate.js';
import { KnowledgeService } from '../src/knowledge/service.js';

const root = join(import.meta.dirname, '..');
const fixtures = join(root, 'test', 'fixtures', 'qa');
const quiet = process.argv.includes('--quiet');
const service = new KnowledgeService(join(root, 'templates', 'knowledge'));
const loaded = service.reload();
if (!loaded.ok) {
  console.error('knowledge base failed to load:', JSON.stringify(loaded.issues, null, 2));
  process.exit(1);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function print(name: string, m: QaMetrics): void {
  console.log(`\n== ${name}`);
  console.log(`cases                 ${m.cases} (${m.answerable} answerable, ${m.cases - m.answerable} to decline)`);
  console.log(`topic accuracy        ${pct(m.topicAccuracy)}`);
  console.log(`item accuracy         ${pct(m.itemAccuracy)} of ${m.itemCases} cases naming an item`);
  console.log(`right or rightly declined ${pct(m.rightOrDeclined)} of ${m.cases}`);
  console.log(`answer-kind accuracy  ${pct(m.kindAccuracy)}`);
  console.log(`wrong answers         ${m.wrongAnswers} (answered with a topic or item that was not expected), ${m.wrongDiscipline} about discipline lists`);
  console.log(`abstention precision  ${pct(m.abstentionPrecision)}`);
  console.log(`abstention recall     ${pct(m.abstentionRecall)}`);
  console.log(`clarify accuracy      ${pct(m.clarifyAccuracy)}`);
  console.log(`out of scope answered ${m.outOfScopeAnswered}`);
  if (quiet || !m.failures.length) return;
  console.log('misses:');
  for (const f of m.failures) {
    const want = f.c.expect ?? (f.c.accept ? f.c.accept.join("|") : undefined) ?? `${f.c.topic?.join('|')}${f.c.item ? `#${f.c.item.join('|')}` : ''}${f.c.kind ? ` (${f.c.kind})` : ''}`;
    console.log(`  ${f.c.file}  ${f.c.q}  → ${f.kind} ${f.topic ?? ''}${f.item ? `#${f.item}` : ''} (conf ${f.confidence.toFixed(2)}); wanted ${want}`);
  }
}

print('tuning set (test/fixtures/qa/*.yaml)', evaluate(service, loadCases(fixtures)));
for (const file of readdirSync(fixtures).filter(isHeldout).sort()) {
  print(`held-out set (test/fixtures/qa/${file})`, evaluate(service, loadCases(fixtures, file as `${string}.yaml`)));
}

// The independent writers' questions (test/fixtures/qa-writers): tuning sets, then the held-out writers
// (heldout-*.yaml) as figures only — nobody reads their questions or misses while the answerer changes.
const writers = join(root, 'test', 'fixtures', 'qa-writers');
print('independent writers, tuning (test/fixtures/qa-writers/Q*.yaml)', evaluate(service, loadCases(writers)));
if (process.argv.includes('--heldout')) {
  const held = evaluate(service, loadCases(writers, 'heldout'));
  print("independent writers, HELD OUT (figures only)", { ...held, failures: process.argv.includes("--show") ? held.failures : [] });
}
