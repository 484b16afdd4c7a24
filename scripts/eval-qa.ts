// npm run eval:qa — how well the shipped knowledge base answers the hand-written question sets: the tuning
// set (test/fixtures/qa/*.yaml) and, separately, each held-out set (heldout*.yaml): questions written
// after the tuning, to show how the answers carry over to questions nobody tuned on.
// Prints topic accuracy, item accuracy and abstention precision/recall, then every miss.
// `npm run eval:qa -- --quiet` prints the figures only.
// `npm run eval:qa -- --llm` also asks the configured model (LLM_BASE_URL, see docs/policy-qa.md) about every
// question the rules decline or ask back, and prints each set's figures without and with its help.
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { EVAL_VARIANTS, evaluate, isHeldout, loadCases, score, type QaCase, type QaMetrics } from '../src/knowledge/evaluate.js';
import { ModelAssist } from '../src/knowledge/model-assist.js';
import { evalModelClient } from './eval-model.js';
import { byWriterFolds } from './eval-folds.js';
import { KnowledgeService } from '../src/knowledge/service.js';

const root = join(import.meta.dirname, '..');
const fixtures = join(root, 'test', 'fixtures', 'qa');
const withModel = process.argv.includes('--llm');
const quiet = process.argv.includes('--quiet') || withModel;
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

const assist = withModel ? modelAssist() : undefined;
const outcomes = { calls: 0, picked: 0 };

/** Each question the rules decline or ask back goes to the model; its allowed pick replaces the rules' answer. */
async function withAssist(cases: QaCase[]): Promise<QaMetrics> {
  const results = [];
  for (const c of cases) {
    const ruled = service.ask(c.q, { variantDefaults: EVAL_VARIANTS });
    if (assist?.eligible(c.q, ruled)) outcomes.calls++;
    const assisted = assist ? await assist.answer(c.q, ruled) : null;
    if (assisted) outcomes.picked++;
    results.push(assisted ?? ruled);
  }
  return score(cases, results);
}

async function report(name: string, cases: QaCase[], figuresOnly = false): Promise<void> {
  const rules = evaluate(service, cases);
  print(withModel ? `${name} — rules alone` : name, figuresOnly ? { ...rules, failures: [] } : rules);
  if (!withModel) return;
  const before = { ...outcomes };
  const helped = await withAssist(cases);
  print(`${name} — with the model`, { ...helped, failures: [] });
  console.log(`model asked ${outcomes.calls - before.calls} times, matched ${outcomes.picked - before.picked}`);
  console.log(`change                right or rightly declined ${signed(helped.rightOrDeclined - rules.rightOrDeclined)}, wrong answers ${signedCount(helped.wrongAnswers - rules.wrongAnswers)} (discipline ${signedCount(helped.wrongDiscipline - rules.wrongDiscipline)}), out of scope answered ${signedCount(helped.outOfScopeAnswered - rules.outOfScopeAnswered)}`);
}

const withoutFailures = (m: QaMetrics, drop: boolean): QaMetrics => (drop ? { ...m, failures: [] } : m);
const signed = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} points`;
const signedCount = (n: number) => `${n >= 0 ? '+' : ''}${n}`;

/** The configured model, or a plain explanation and exit when none is configured. */
function modelAssist(): ModelAssist {
  return new ModelAssist(service, evalModelClient('docs/policy-qa.md', '; run without --llm for the rules alone'));
}

await report('tuning set (test/fixtures/qa/*.yaml)', loadCases(fixtures));
for (const file of readdirSync(fixtures).filter(isHeldout).sort()) {
  await report(`held-out set (test/fixtures/qa/${file})`, loadCases(fixtures, file as `${string}.yaml`));
}

// The independent writers' questions (test/fixtures/qa-writers): tuning sets, then the held-out writers
// (heldout-*.yaml) as figures only — nobody reads their questions or misses while the answerer changes.
const writers = join(root, 'test', 'fixtures', 'qa-writers');
const tuning = loadCases(writers);
// Their own questions are example questions of the base: this figure says little of reach (see eval-folds.ts).
await report('independent writers, tuning, own questions as examples (test/fixtures/qa-writers/Q*.yaml)', tuning, true);
const lists = new Set(service.topics().filter((t) => t.kind === 'list').map((t) => t.id));
print('independent writers, tuning, by writer (each fold answered with the other fold\'s questions as examples)', withoutFailures(byWriterFolds(join(root, 'templates', 'knowledge'), tuning, lists), quiet));
if (process.argv.includes('--heldout')) {
  // `--show` lists the held-out misses: only once a round has been run and reported.
  await report('independent writers, HELD OUT (figures only)', loadCases(writers, 'heldout'), !process.argv.includes('--show'));
}
