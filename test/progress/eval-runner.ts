// Runs the report fixtures (test/fixtures/reports/*.yaml) through the real report skill on an
// in-memory SQLite store. Used by test/progress/fixtures.test.ts and scripts/eval-reports.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { reportSkill } from '../../src/conversation/progress.js';
import { turnOf } from '../../src/conversation/router.js';
import { loadCounty, type County, type Platform } from '../../src/county.js';
import { ProgressLedger } from '../../src/progress/ledger.js';
import { loadLexicon, type Lexicon } from '../../src/progress/lexicon.js';
import { TownshipMatcher } from '../../src/progress/townships.js';
import { REASON_CODES, WARNING_CODES } from '../../src/progress/types.js';
import { SqliteStore } from '../../src/store/sqlite.js';
import { INDICATOR_KEYS, type Figures } from '../../src/store/types.js';
import { Templates } from '../../src/templates.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURE_DIR = join(ROOT, 'test', 'fixtures', 'reports');

const figures = z.partialRecord(z.enum(INDICATOR_KEYS), z.number());
const caseSchema = z.strictObject({
  text: z.string(),
  from: z.string().regex(/^(wecom|dingtalk):\S+$/).optional(),
  at: z.string().optional(),
  note: z.string().optional(),
  before: z.array(z.strictObject({ township: z.string(), date: z.string(), figures })).default([]),
  expect: z.union([
    z.strictObject({ records: z.record(z.string(), figures), warnings: z.array(z.enum(WARNING_CODES)).default([]) }),
    z.strictObject({ refuse: z.enum(REASON_CODES), mention: z.array(z.string()).default([]), avoid: z.array(z.string()).default([]) }),
    z.strictObject({ ignore: z.literal(true) }),
  ]),
});
const fileSchema = z.strictObject({
  defaults: z.strictObject({ from: z.string(), at: z.string() }),
  cases: z.array(caseSchema),
});

export type ReportCase = z.infer<typeof caseSchema> & { file: string; index: number; from: string; at: string };

export function loadCases(dir = FIXTURE_DIR): ReportCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((file) => {
      const parsed = fileSchema.parse(parseYaml(readFileSync(join(dir, file), 'utf8')));
      return parsed.cases.map((c, index) => ({ ...c, file, index, from: c.from ?? parsed.defaults.from, at: c.at ?? parsed.defaults.at }));
    });
}

export interface CaseResult {
  case: ReportCase;
  kind: 'accept' | 'refuse' | 'ignore';
  ok: boolean;
  /** Expected fields (accept cases) and how many came out exactly right. */
  fields: number;
  fieldsRight: number;
  problems: string[];
  reply: string;
}

export interface Harness {
  county: County;
  lexicon: Lexicon;
  templates: Templates;
  run(c: ReportCase): Promise<CaseResult>;
}

/** The longest literal stretch of a template: present in every reply rendered from it. */
export function signature(dir: string, name: string): string {
  const source = readFileSync(join(dir, `${name}.md`), 'utf8');
  return source
    .split(/\{\{[^}]*\}\}/)
    .map((s) => s.trim())
    .sort((a, b) => b.length - a.length)[0]!;
}

function expectedRecords(spec: Record<string, Figures>, today: string) {
  return Object.entries(spec).map(([key, f]) => {
    const [township, date] = key.split(' ') as [string, string | undefined];
    return { township, date: date ?? today, figures: f };
  });
}

/**
 * `sameState`: compare the township's state each record leaves — a figure equal to the one on record before its
 * date counts the same written or carried (the independent writers differ on copying them). The conversation
 * tests keep the strict comparison: what they say is written must be written.
 */
export function createHarness({ sameState = false } = {}): Harness {
  const county = loadCounty(join(ROOT, 'templates', 'county.example.yaml'));
  const lexicon = loadLexicon(join(ROOT, 'templates', 'indicators.yaml'));
  const messagesDir = join(ROOT, 'templates', 'messages');
  const templates = new Templates(messagesDir);
  const townships = new TownshipMatcher(county.townships);

  async function run(c: ReportCase): Promise<CaseResult> {
    const store = new SqliteStore(':memory:');
    try {
      for (const b of c.before) await store.writeRecord({ ...b, by: 'fixture', at: new Date('2026-01-01T00:00:00Z'), kind: 'report' });
      const ledger = new ProgressLedger({ store, lexicon, townships });
      const skill = reportSkill({ ledger, templates, county: () => county });
      const [platform, userId] = c.from.split(/:(.*)/s) as [Platform, string];
      const at = new Date(c.at);
      const turn = turnOf(county, { platform, userId, messageId: `fixture-${c.file}-${c.index}`, chatType: 'group', text: c.text, at });
      const { today } = turn;
      const outcome = await skill.handle(turn);
      const reply = outcome?.replies.map((r) => r.text).join('\n') ?? '';
      const problems: string[] = [];
      const e = c.expect;
      if ('ignore' in e) {
        if (outcome) problems.push(`should be left to other skills, got intent ${outcome.intent}`);
        return { case: c, kind: 'ignore', ok: !problems.length, fields: 0, fieldsRight: 0, problems, reply };
      }
      const report = outcome?.report;
      if ('refuse' in e) {
        if (!report) problems.push('not read as a report');
        else if (report.accepted) problems.push(`accepted: ${JSON.stringify(report.records)}`);
        else if (!report.errors.includes(e.refuse)) problems.push(`refused for ${report.errors.join(', ')} instead of ${e.refuse}`);
        const sig = signature(messagesDir, `report-error-${e.refuse}`);
        if (report && !report.accepted && !reply.includes(sig)) problems.push(`reply lacks the ${e.refuse} sentence "${sig}"`);
        for (const m of e.mention) if (!reply.includes(m)) problems.push(`reply does not mention "${m}"`);
        for (const a of e.avoid) if (reply.includes(a)) problems.push(`reply mentions "${a}", which the message did not say`);
        return { case: c, kind: 'refuse', ok: !problems.length, fields: 0, fieldsRight: 0, problems, reply };
      }
      // "东城没有新增" keeps the township's figures for today without setting one: a day reported, no figure
      // written. A record that sets nothing and no record are the same to a clerk, on either side.
      const sets = (r: { figures: Record<string, number> }) => Object.keys(r.figures).length > 0;
      // A due count equal to the county file's says nothing new ("党组织5/6" of a township of 6): stored or not,
      // the record reads the same. Writers differ on whether to write it; neither side is counted.
      const countyDue = (t: string) => county.townships.find((x) => x.name === t)?.due;
      const plain = <R extends { township: string; figures: Record<string, number> }>(r: R): R => {
        if (r.figures.due === undefined || r.figures.due !== countyDue(r.township)) return r;
        const { due: _, ...rest } = r.figures;
        return { ...r, figures: rest };
      };
      // "党组织新增2个，其他同昨日": the figures the day keeps from the record before are the township's state that day
      // whether a record writes them again or not — writers who copy them into the day's record and a reader that
      // carries them read the same. A figure equal to the last one on record before its date is left out on both
      // sides (one that differs is still compared).
      const carried = (t: string, date: string) => {
        const last: Record<string, number> = {};
        for (const b of [...c.before].filter((b) => b.township === t && b.date < date).sort((a, b) => a.date.localeCompare(b.date))) Object.assign(last, b.figures);
        return last;
      };
      const fresh = <R extends { township: string; date: string; figures: Record<string, number> }>(r: R): R => {
        if (!sameState) return r;
        const last = carried(r.township, r.date);
        return { ...r, figures: Object.fromEntries(Object.entries(r.figures).filter(([k, v]) => last[k] !== v)) };
      };
      const want = expectedRecords(e.records, today).map(plain).map(fresh).filter(sets);
      const got = report?.accepted ? report.records.map(plain).map(fresh).filter(sets) : [];
      let fields = 0;
      let right = 0;
      for (const w of want) {
        const g = got.find((r) => r.township === w.township && r.date === w.date);
        for (const [k, v] of Object.entries(w.figures)) {
          fields++;
          if (g?.figures[k] === v) right++;
        }
        if (!g) problems.push(`missing record ${w.township} ${w.date}`);
        else if (JSON.stringify(sorted(g.figures)) !== JSON.stringify(sorted(w.figures))) {
          problems.push(`${w.township} ${w.date}: got ${JSON.stringify(g.figures)}, want ${JSON.stringify(w.figures)}`);
        }
      }
      for (const g of got) if (!want.some((w) => w.township === g.township && w.date === g.date)) problems.push(`unexpected record ${g.township} ${g.date}`);
      if (!report) problems.push('not read as a report');
      else if (!report.accepted) problems.push(`refused: ${report.errors.join(', ')}`);
      else if ([...report.warnings].sort().join() !== [...e.warnings].sort().join()) problems.push(`warnings ${report.warnings.join(', ') || '(none)'}, want ${e.warnings.join(', ') || '(none)'}`);
      return { case: c, kind: 'accept', ok: !problems.length, fields, fieldsRight: right, problems, reply };
    } finally {
      await store.close();
    }
  }
  return { county, lexicon, templates, run };
}

function sorted(f: Record<string, number | undefined>) {
  return Object.fromEntries(Object.entries(f).sort(([a], [b]) => a.localeCompare(b)));
}

export interface Summary {
  results: CaseResult[];
  byKind: Record<CaseResult['kind'], { total: number; ok: number }>;
  messages: { total: number; ok: number };
  fields: { total: number; ok: number };
}

export async function evaluate(cases = loadCases()): Promise<Summary> {
  const h = createHarness();
  const results: CaseResult[] = [];
  for (const c of cases) results.push(await h.run(c));
  const byKind = { accept: { total: 0, ok: 0 }, refuse: { total: 0, ok: 0 }, ignore: { total: 0, ok: 0 } };
  for (const r of results) {
    byKind[r.kind].total++;
    if (r.ok) byKind[r.kind].ok++;
  }
  return {
    results,
    byKind,
    messages: { total: results.length, ok: results.filter((r) => r.ok).length },
    fields: { total: results.reduce((s, r) => s + r.fields, 0), ok: results.reduce((s, r) => s + r.fieldsRight, 0) },
  };
}

/** One test file's runner through the real report skill: its sender and day, then a text and what is expected. */
export function reportRunner(file: string, from: string, at: string) {
  const h = createHarness();
  return (text: string, expect: ReportCase['expect'], extra: Partial<ReportCase> = {}) => h.run({ file, index: 0, from, at, before: [], text, expect, ...extra } as ReportCase);
}

/** The problems saying a message that should store nothing stored something. */
export const storedOf = (problems: string[]) => problems.filter((p) => p.startsWith('accepted'));
