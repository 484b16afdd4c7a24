// Read templates/knowledge/: every topic file plus synonyms.yaml. All problems are collected, so one
// reload reports every broken file at once; the caller decides whether to keep the previous base.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { attachExamples } from './examples.js';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { parseTopicFile, TopicFileError } from './parse.js';
import type { KnowledgeBase, KnowledgeIssue, Lexicon, Topic } from './types.js';

export const LEXICON_FILE = 'synonyms.yaml';
/** Files in the folder that are not topics. */
const NOT_TOPICS = new Set(['README.md']);

/** Answers must fit chat limits: a WeCom text is 2048 bytes, a markdown message 4096. */
export const ITEM_BYTES = 1800;
export const LIST_BYTES = 4000;

const word = z.union([z.string(), z.number()]).transform((v) => String(v).trim()).pipe(z.string().min(1));
function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

const lexiconSchema = z.strictObject({
  groups: z.array(z.array(word).min(2)).default([]),
  typos: z.record(z.string(), word).default({}),
  stopwords: z.array(word).default([]),
  story: z.array(word).default([]),
  context: z.array(word).default([]),
  terms: z.array(word).default([]),
  bodies: z.array(z.array(word).min(1)).default([]),
  places: z.array(z.array(word).min(2)).default([]),
  outside: z.array(word).default([]),
  stakes: z.array(word).default([]),
  unlisted: z.array(word).default([]),
  misconduct: z.array(word).default([]),
  means: z.record(z.string(), word).default({}),
  phrases: z.array(z.strictObject({ pattern: z.string().refine(compiles, 'not a regular expression'), word })).default([]),
  intents: z.array(z.strictObject({ ask: z.array(word).min(1), answer: z.array(word).min(1) })).default([]),
});

export function parseLexicon(source: string, file = LEXICON_FILE): { lexicon?: Lexicon; issues: KnowledgeIssue[] } {
  const doc = parseDocument(source, { uniqueKeys: true });
  if (doc.errors.length) {
    return { issues: doc.errors.map((e) => ({ file, line: e.linePos?.[0]?.line, severity: 'error', code: 'yaml', params: { reason: e.message.split('\n')[0]! } })) };
  }
  const parsed = lexiconSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    return { issues: parsed.error.issues.map((i) => ({ file, severity: 'error', code: 'field-invalid', params: { field: i.path.join('.') || '(top level)', reason: i.message } })) };
  }
  const issues: KnowledgeIssue[] = [];
  const seen = new Map<string, number>();
  parsed.data.groups.forEach((g, i) =>
    g.forEach((w) => {
      const prev = seen.get(w);
      if (prev !== undefined && prev !== i) issues.push({ file, severity: 'error', code: 'synonym-twice', params: { word: w } });
      seen.set(w, i);
    }),
  );
  return issues.length ? { issues } : { lexicon: parsed.data, issues };
}

function byteLength(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Cross-file checks: unique ids and variants; answers that would not fit a chat message. */
function checkBase(topics: Topic[]): KnowledgeIssue[] {
  const issues: KnowledgeIssue[] = [];
  const ids = new Map<string, string>();
  const variants = new Map<string, string>();
  for (const t of topics) {
    const prev = ids.get(t.id);
    if (prev) issues.push({ file: t.file, severity: 'error', code: 'duplicate-id', params: { id: t.id, other: prev } });
    ids.set(t.id, t.file);
    if (t.family) {
      const key = `${t.family}/${t.variant}`;
      const other = variants.get(key);
      if (other) issues.push({ file: t.file, severity: 'error', code: 'duplicate-variant', params: { family: t.family, variant: t.variant!, other } });
      variants.set(key, t.file);
    }
    for (const item of t.items) {
      const bytes = byteLength(item.title + item.body + item.source + (item.check ?? ''));
      if (bytes > ITEM_BYTES - 300) issues.push({ file: t.file, line: item.line, severity: 'warning', code: 'item-too-long', params: { n: item.n, bytes } });
    }
    if (t.kind === 'list') {
      const bytes = byteLength(t.intro + t.items.map((i) => `${i.n}. ${i.title}\n`).join(''));
      if (bytes > LIST_BYTES - 400) issues.push({ file: t.file, severity: 'warning', code: 'list-too-long', params: { bytes } });
    }
  }
  return issues;
}

export interface LoadResult {
  /** Absent when any error was found. */
  base?: KnowledgeBase;
  issues: KnowledgeIssue[];
}

export function loadKnowledge(dir: string): LoadResult {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.md') && !NOT_TOPICS.has(f)).sort();
  } catch (err) {
    return { issues: [{ file: dir, severity: 'error', code: 'read-failed', params: { reason: (err as NodeJS.ErrnoException).code ?? String(err) } }] };
  }
  const issues: KnowledgeIssue[] = [];
  const read = (file: string): string | undefined => {
    try {
      return readFileSync(join(dir, file), 'utf8');
    } catch (err) {
      issues.push({ file, severity: 'error', code: 'read-failed', params: { reason: (err as NodeJS.ErrnoException).code ?? String(err) } });
      return undefined;
    }
  };
  const topics: Topic[] = [];
  for (const file of files) {
    const text = read(file);
    if (text === undefined) continue;
    try {
      topics.push(parseTopicFile(text, file));
    } catch (err) {
      if (!(err instanceof TopicFileError)) throw err;
      issues.push(...err.issues);
    }
  }
  if (!files.length) issues.push({ file: dir, severity: 'error', code: 'no-topics' });
  let lexicon: Lexicon | undefined = { groups: [], typos: {}, stopwords: [], story: [], context: [], terms: [], bodies: [], places: [], outside: [], stakes: [], unlisted: [], misconduct: [], means: {}, phrases: [], intents: [] };
  const lexText = existsSync(join(dir, LEXICON_FILE)) ? read(LEXICON_FILE) : undefined;
  if (lexText !== undefined) {
    const parsed = parseLexicon(lexText);
    issues.push(...parsed.issues);
    lexicon = parsed.lexicon;
  }
  issues.push(...checkBase(topics));
  // Example questions only for a base that loaded: a broken topic file is the one problem to report.
  if (!issues.some((i) => i.severity === 'error')) issues.push(...attachExamples(dir, topics));
  const failed = issues.some((i) => i.severity === 'error');
  return failed || !lexicon ? { issues } : { base: { topics, lexicon }, issues };
}
