// What a county's model adds to report reading, measured on the report fixture sets: each message is run
// through the real report skill on a fresh in-memory store, once with the rules alone and once with the model,
// where a proposed reading counts as confirmed by its sender (the most the model can change). Used by
// `npm run eval:reports -- --llm` and its test.
import { join } from 'node:path';
import { confirmCommand } from '../../src/conversation/model-reports.js';
import { MemoryProposals } from '../../src/conversation/proposals.js';
import { reportSkill, type ProgressChatDeps } from '../../src/conversation/progress.js';
import { normalise } from '../../src/conversation/router.js';
import type { ReportInfo, Turn } from '../../src/conversation/types.js';
import { identify, loadCounty, type Platform } from '../../src/county.js';
import type { ModelReportReader } from '../../src/model/reports.js';
import { ProgressLedger } from '../../src/progress/ledger.js';
import { loadLexicon } from '../../src/progress/lexicon.js';
import { TownshipMatcher } from '../../src/progress/townships.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { Templates } from '../../src/templates.js';
import { localDate } from '../../src/time.js';
import type { ReportCase } from '../progress/eval-runner.js';

const ROOT = join(import.meta.dirname, '..', '..');

export type ModelVerdict = 'exact' | 'refused-good' | 'stored-wrong' | 'refused-bad' | 'stored-bad';

export interface ModelTally {
  cases: number;
  good: number;
  exact: number;
  storedWrong: number;
  refusedGood: number;
  bad: number;
  storedBad: number;
  /** Messages the model was asked about, and the readings it proposed. */
  asked: number;
  proposed: number;
}

const sorted = (f: Record<string, number | undefined>) => JSON.stringify(Object.fromEntries(Object.entries(f).sort(([a], [b]) => a.localeCompare(b))));

/** A good message must be stored exactly; a bad one, or a non-report, must store nothing. */
function verdict(c: ReportCase, report: ReportInfo | undefined, today: string): ModelVerdict {
  const stored = report?.accepted ? report.records : [];
  if (!('records' in c.expect)) return stored.length ? 'stored-bad' : 'refused-bad';
  if (!stored.length) return 'refused-good';
  const want = Object.entries(c.expect.records).map(([key, figures]) => {
    const [township, date] = key.split(' ') as [string, string | undefined];
    return { township, date: date ?? today, figures };
  });
  const same =
    stored.length === want.length &&
    want.every((w) => {
      const got = stored.find((r) => r.township === w.township && r.date === w.date);
      return got && sorted(got.figures) === sorted(w.figures);
    });
  return same ? 'exact' : 'stored-wrong';
}

export async function runWithModel(cases: ReportCase[], reader?: Pick<ModelReportReader, 'model' | 'read'>): Promise<ModelTally> {
  const county = loadCounty(join(ROOT, 'templates', 'county.example.yaml'));
  const lexicon = loadLexicon(join(ROOT, 'templates', 'indicators.yaml'));
  const templates = new Templates(join(ROOT, 'templates', 'messages'));
  const townships = new TownshipMatcher(county.townships);
  const t: ModelTally = { cases: 0, good: 0, exact: 0, storedWrong: 0, refusedGood: 0, bad: 0, storedBad: 0, asked: 0, proposed: 0 };
  const counted = reader && {
    model: reader.model,
    read: (...args: Parameters<ModelReportReader['read']>) => (t.asked++, reader.read(...args)),
  };
  for (const c of cases) {
    const store = new SqliteStore(':memory:');
    try {
      for (const b of c.before) await store.writeRecord({ ...b, by: 'fixture', at: new Date('2026-01-01T00:00:00Z'), kind: 'report' });
      const ledger = new ProgressLedger({ store, lexicon, townships });
      const model = counted ? { reader: counted, pending: new MemoryProposals() } : undefined;
      const deps: ProgressChatDeps = { ledger, templates, county: () => county, ...(model ? { model } : {}) };
      const [platform, userId] = c.from.split(/:(.*)/s) as [Platform, string];
      const at = new Date(c.at);
      const today = localDate(at, county.timezone);
      const turn = (text: string, messageId: string): Turn => ({
        msg: { platform, userId, messageId, chatType: 'group', chatId: 'eval', text: normalise(text), at },
        sender: identify(county, platform, userId),
        today,
      });
      let report = (await reportSkill(deps).handle(turn(c.text, `eval-${c.file}-${c.index}`)))?.report;
      if (model && report?.proposed) {
        t.proposed++;
        report = (await confirmCommand(deps, model).run(turn('确认', `eval-${c.file}-${c.index}-ok`), '')).report;
      }
      const v = verdict(c, report, today);
      t.cases++;
      if ('records' in c.expect) t.good++;
      else t.bad++;
      if (v === 'exact') t.exact++;
      else if (v === 'stored-wrong') t.storedWrong++;
      else if (v === 'refused-good') t.refusedGood++;
      else if (v === 'stored-bad') t.storedBad++;
    } finally {
      await store.close();
    }
  }
  return t;
}
