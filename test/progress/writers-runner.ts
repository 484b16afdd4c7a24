// Scores the report reader on messages from independent writers (test/fixtures/report-writers/*.yaml):
// people briefed with the liaison's role, the county file and the indicator list only. Files whose
// name starts with "heldout-" are held out: run once, reported as aggregates and failure classes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { INDICATOR_KEYS } from '../../src/store/types.js';
import { createHarness, ROOT, type ReportCase } from './eval-runner.js';

export const WRITERS_DIR = join(ROOT, 'test', 'fixtures', 'report-writers');

const figures = z.partialRecord(z.enum(INDICATOR_KEYS), z.number());
const writerCase = z.object({
  text: z.union([z.string(), z.number()]).transform(String),
  from: z.string().optional(),
  at: z.string().optional(),
  note: z.string().optional(),
  before: z.array(z.object({ township: z.string(), date: z.union([z.string(), z.date()]).transform((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d)), figures })).default([]),
  expect: z.union([
    z.object({ records: z.record(z.string(), figures) }),
    z.object({ refuse: z.union([z.string(), z.boolean()]) }),
    z.object({ ignore: z.union([z.string(), z.boolean()]) }),
  ]),
});
const writerFile = z.object({
  writer: z.string(),
  defaults: z.object({ from: z.string(), at: z.string() }),
  cases: z.array(writerCase),
});

export type Verdict = 'exact' | 'refused-good' | 'stored-wrong' | 'refused-bad' | 'left-alone' | 'stored-bad';
export interface WriterResult {
  file: string;
  index: number;
  text: string;
  good: boolean;
  verdict: Verdict;
  /** Refusal reason codes, or what differed: the failure class. */
  detail: string[];
  reply: string;
  /** Expected figures of a good message, and how many were stored exactly. */
  fields: number;
  fieldsRight: number;
}

export const isHeldoutWriter = (file: string) => file.startsWith('heldout-');

export function loadWriterCases(set: 'tuning' | 'heldout', dir = WRITERS_DIR): ReportCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && (set === 'heldout') === isHeldoutWriter(f))
    .sort()
    .flatMap((file) => {
      const parsed = writerFile.parse(parseYaml(readFileSync(join(dir, file), 'utf8')));
      return parsed.cases.map((c, index) => {
        const e = c.expect;
        const expect = 'records' in e ? { records: e.records, warnings: [] } : 'refuse' in e ? { refuse: 'vague' as const, mention: [], avoid: [] } : { ignore: true as const };
        return { ...c, expect, file, index, from: c.from ?? parsed.defaults.from, at: c.at ?? parsed.defaults.at } as ReportCase;
      });
    });
}

/** Runs every case: a good message must be stored exactly; a bad one or a non-report must store nothing. */
export async function evaluateWriters(cases: ReportCase[]): Promise<WriterResult[]> {
  const h = createHarness({ sameState: true });
  const out: WriterResult[] = [];
  for (const c of cases) {
    const r = await h.run(c);
    const good = 'records' in c.expect;
    const refusedCodes = r.problems.flatMap((p) => (p.startsWith('refused: ') ? p.slice(9).split(', ') : []));
    let verdict: Verdict;
    let detail: string[] = [];
    if (good) {
      // Warnings are not part of this corpus's expectations: only the stored figures count.
      const figureProblems = r.problems.filter((p) => !p.startsWith('warnings '));
      if (!figureProblems.length) verdict = 'exact';
      else if (figureProblems.some((p) => p.startsWith('refused') || p === 'not read as a report')) {
        verdict = 'refused-good';
        detail = refusedCodes.length ? refusedCodes : ['not-read'];
      } else {
        verdict = 'stored-wrong';
        detail = figureProblems;
      }
    } else {
      const accepted = r.problems.some((p) => p.startsWith('accepted: '));
      if (accepted) {
        verdict = 'stored-bad';
        detail = r.problems.filter((p) => p.startsWith('accepted: '));
      } else verdict = r.problems.includes('not read as a report') || 'ignore' in c.expect && r.ok ? 'left-alone' : 'refused-bad';
    }
    out.push({ file: c.file, index: c.index, text: c.text, good, verdict, detail, reply: r.reply, fields: r.fields, fieldsRight: r.fieldsRight });
  }
  return out;
}

export function tally(results: WriterResult[]) {
  const count = (v: Verdict) => results.filter((r) => r.verdict === v).length;
  const good = results.filter((r) => r.good).length;
  const fields = results.reduce((n, r) => n + r.fields, 0);
  const fieldsRight = results.reduce((n, r) => n + r.fieldsRight, 0);
  return { cases: results.length, fields, fieldsRight, good, bad: results.length - good, exact: count('exact'), refusedGood: count('refused-good'), storedWrong: count('stored-wrong'), refusedBad: count('refused-bad'), leftAlone: count('left-alone'), storedBad: count('stored-bad') };
}
