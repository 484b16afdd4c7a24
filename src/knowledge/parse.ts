// One topic file → Topic, or the exact problems (file, line, code) a clerk needs to fix it.
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { parseNumeral } from './numerals.js';
import type { Item, KnowledgeIssue, Topic } from './types.js';

const text = z.string().trim().min(1);
const words = z.array(z.union([z.string(), z.number()]).transform(String)).default([]);

const frontMatter = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: text,
  kind: z.enum(['list', 'facts']),
  family: text.optional(),
  variant: text.optional(),
  markers: words,
  aliases: words,
  source: z.strictObject({ issuer: text, document: text, date: z.union([text, z.number().transform(String), z.date().transform((d) => d.toISOString().slice(0, 10))]) }),
  scope: text,
  check: text.optional(),
  questions: words,
  requires: words,
});

export class TopicFileError extends Error {
  constructor(readonly issues: KnowledgeIssue[]) {
    super(issues.map((i) => `${i.file}${i.line ? `:${i.line}` : ''} ${i.code}`).join('; '));
    this.name = 'TopicFileError';
  }
}

const HEADING = /^##\s*(\d+)\s*[.、．]\s*(.*)$/;
const FIELD = /^(关键词|出处|核实|条款)\s*[:：]\s*(.*)$/;

function zodIssue(file: string, raw: unknown, lineOf: (key: PropertyKey | undefined) => number | undefined, i: z.core.$ZodIssue): KnowledgeIssue {
  const field = i.path.join('.') || '(front matter)';
  if (i.code === 'unrecognized_keys') return { file, line: lineOf(i.path[0] ?? i.keys[0]), severity: 'error', code: 'field-unknown', params: { field: i.keys.join(', ') } };
  const line = lineOf(i.path[0]);
  const value = i.path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), raw);
  if (value === undefined) return { file, line, severity: 'error', code: 'field-missing', params: { field } };
  return { file, line, severity: 'error', code: 'field-invalid', params: { field, reason: i.message } };
}

function parseItems(file: string, lines: string[], firstLine: number, issues: KnowledgeIssue[]): { intro: string; items: Item[] } {
  const intro: string[] = [];
  const items: Item[] = [];
  let current: (Item & { bodyLines: string[] }) | undefined;
  const finish = () => {
    if (!current) return;
    const { bodyLines, ...item } = current;
    item.body = bodyLines.join('\n').trim();
    if (!item.title) issues.push({ file, line: item.line, severity: 'error', code: 'item-no-title', params: { n: item.n } });
    if (!item.keywords.length) issues.push({ file, line: item.line, severity: 'error', code: 'item-no-keywords', params: { n: item.n } });
    if (!item.source) issues.push({ file, line: item.line, severity: 'error', code: 'item-no-source', params: { n: item.n } });
    items.push(item);
  };
  lines.forEach((raw, i) => {
    const line = firstLine + i;
    const heading = HEADING.exec(raw.trim());
    if (heading) {
      finish();
      const n = Number(heading[1]);
      if (n !== items.length + 1) issues.push({ file, line, severity: 'error', code: 'item-number', params: { expected: items.length + 1, got: n } });
      current = { n, title: heading[2]!.trim(), keywords: [], examples: [], source: '', body: '', line, bodyLines: [] };
      return;
    }
    if (/^##\s/.test(raw.trim())) {
      issues.push({ file, line, severity: 'error', code: 'item-heading', params: { text: raw.trim().slice(0, 30) } });
      return;
    }
    if (!current) {
      intro.push(raw);
      return;
    }
    const field = FIELD.exec(raw.trim());
    if (!field) {
      current.bodyLines.push(raw);
      return;
    }
    const value = field[2]!.trim();
    if (field[1] === '关键词') current.keywords = value.split(/[、,，;；\s]+/).filter(Boolean);
    else if (field[1] === '出处') current.source = value;
    else if (field[1] === '核实') current.check = value;
    else {
      const m = /第?\s*([0-9零〇一二两三四五六七八九十百]+)\s*条?/.exec(value);
      const article = m ? parseNumeral(m[1]!) : undefined;
      if (article === undefined) issues.push({ file, line, severity: 'error', code: 'item-article', params: { n: current.n, text: value } });
      else current.article = article;
    }
  });
  finish();
  return { intro: intro.join('\n').trim(), items };
}

/** Parse one topic file; throws TopicFileError listing every problem found. */
export function parseTopicFile(source: string, file: string): Topic {
  const lines = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') throw new TopicFileError([{ file, line: 1, severity: 'error', code: 'no-front-matter' }]);
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) throw new TopicFileError([{ file, line: 1, severity: 'error', code: 'front-matter-open' }]);

  const doc = parseDocument(lines.slice(1, end).join('\n'), { uniqueKeys: true });
  if (doc.errors.length) {
    throw new TopicFileError(
      doc.errors.map((e) => ({ file, line: (e.linePos?.[0]?.line ?? 0) + 1, severity: 'error', code: 'yaml', params: { reason: e.message.split('\n')[0]! } })),
    );
  }
  const lineOfKey = (key: PropertyKey | undefined): number | undefined => {
    const idx = lines.slice(1, end).findIndex((l) => l.startsWith(`${String(key)}:`));
    return idx >= 0 ? idx + 2 : undefined;
  };
  const raw: unknown = doc.toJS() ?? {};
  const parsed = frontMatter.safeParse(raw);
  if (!parsed.success) throw new TopicFileError(parsed.error.issues.map((i) => zodIssue(file, raw, lineOfKey, i)));
  const meta = parsed.data;

  const issues: KnowledgeIssue[] = [];
  if (meta.family && !meta.variant) issues.push({ file, line: lineOfKey('family'), severity: 'error', code: 'variant-missing', params: { family: meta.family } });
  const { intro, items } = parseItems(file, lines.slice(end + 1), end + 2, issues);
  if (!items.length) issues.push({ file, severity: 'error', code: 'no-items' });
  if (issues.length) throw new TopicFileError(issues);
  return {
    id: meta.id,
    title: meta.title,
    kind: meta.kind,
    ...(meta.family ? { family: meta.family, variant: meta.variant! } : {}),
    markers: meta.markers,
    aliases: meta.aliases,
    source: meta.source,
    scope: meta.scope,
    ...(meta.check ? { check: meta.check } : {}),
    questions: meta.questions,
    requires: meta.requires,
    intro,
    items,
    file,
  };
}

/** How a topic or item is cited in answers: document (issuer, date). */
export function citeTopic(t: Topic): string {
  return `${t.source.document}（${t.source.issuer}，${t.source.date}）`;
}
