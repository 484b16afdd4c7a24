// npm run eval:qa — how well the shipped knowledge base answers the hand-written question set.
// Prints topic accuracy, item accuracy and abstention precision/recall, then every miss.
import { join } from 'node:path';
import { evaluate, loadCases } from '../src/knowledge/evaluate.js';
import { KnowledgeService } from '../src/knowledge/service.js';

const root = join(import.meta.dirname, '..');
const service = new KnowledgeService(join(root, 'templates', 'knowledge'));
const loaded = service.reload();
if (!loaded.ok) {
  console.error('knowledge base failed to load:', JSON.stringify(loaded.issues, null, 2));
  process.exit(1);
}
const m = evaluate(service, loadCases(join(root, 'test', 'fixtures', 'qa')));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`cases                 ${m.cases} (${m.answerable} answerable, ${m.cases - m.answerable} to decline)`);
console.log(`topic accuracy        ${pct(m.topicAccuracy)}`);
console.log(`item accuracy         ${pct(m.itemAccuracy)} of ${m.itemCases} cases naming an item`);
console.log(`answer-kind accuracy  ${pct(m.kindAccuracy)}`);
console.log(`abstention precision  ${pct(m.abstentionPrecision)}`);
console.log(`abstention recall     ${pct(m.abstentionRecall)}`);
console.log(`clarify accuracy      ${pct(m.clarifyAccuracy)}`);
console.log(`out of scope answered ${m.outOfScopeAnswered}`);
if (m.failures.length) {
  console.log('\nmisses:');
  for (const f of m.failures) {
    const want = f.c.expect ?? `${f.c.topic?.join('|')}${f.c.item ? `#${f.c.item.join('|')}` : ''}${f.c.kind ? ` (${f.c.kind})` : ''}`;
    console.log(`  ${f.c.file}  ${f.c.q}  → ${f.kind} ${f.topic ?? ''}${f.item ? `#${f.item}` : ''} (conf ${f.confidence.toFixed(2)}); wanted ${want}`);
  }
}
