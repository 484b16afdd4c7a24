// The writers' tuning figure, measured fairly: their own questions are example questions of the shipped base
// (npm run examples:writers), and a question is trivially close to itself. So the writers are split into two
// folds by number (odd, even) and each fold is answered by a copy of the base holding only the other fold's
// questions as examples — every question is answered as if its writer were new.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVAL_VARIANTS, score, type QaCase, type QaMetrics } from '../src/knowledge/evaluate.js';
import { examplesFromCases, writeExamples, WRITERS_DIR } from '../src/knowledge/example-bank.js';
import { EXAMPLES_DIR } from '../src/knowledge/examples.js';
import { KnowledgeService } from '../src/knowledge/service.js';

const fold = (file: string) => Number(file.replace(/\D/g, '')) % 2;

export function byWriterFolds(knowledgeDir: string, cases: QaCase[], lists: ReadonlySet<string>): QaMetrics {
  const dir = mkdtempSync(join(tmpdir(), 'eval-folds-'));
  try {
    const answered = new Map<QaCase, ReturnType<KnowledgeService['ask']>>();
    for (const k of [0, 1]) {
      const copy = join(dir, String(k));
      cpSync(knowledgeDir, copy, { recursive: true });
      const bank = join(copy, EXAMPLES_DIR, WRITERS_DIR);
      rmSync(bank, { recursive: true, force: true });
      writeExamples(bank, examplesFromCases(cases.filter((c) => fold(c.file) !== k), lists), '# fold');
      const service = new KnowledgeService(copy);
      const loaded = service.reload();
      if (!loaded.ok) throw new Error(`fold ${k}: the base does not load: ${JSON.stringify(loaded.issues)}`);
      for (const c of cases.filter((x) => fold(x.file) === k)) answered.set(c, service.ask(c.q, { variantDefaults: EVAL_VARIANTS }));
    }
    return score(cases, cases.map((c) => answered.get(c)!));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
