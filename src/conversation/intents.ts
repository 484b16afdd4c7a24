// Commands in the words people use (templates/intents.yaml): "今天排名咋样了", "哪些乡镇还没报",
// "帮我看看河西的进度". A short message is a command when, fillers ("查一下", "今天", "咋样了", "呢")
// set aside, all that remains is the command's core word(s) in order, plus at most one argument the
// command already takes (a township or a date). Anything else left over ("进度报送有啥要求": 报送有啥要求)
// and the message is not a command: it goes on to the skills (reports, policy Q&A) as before.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

export type ArgumentKind = 'township' | 'date';

export interface Intent {
  command: string;
  /** Slots in order; each lists the words that fill it. */
  core: string[][];
  /** Fillers for this intent only (longest first), besides the table's. */
  fillers: string[];
  argument: ArgumentKind[];
  requires?: ArgumentKind;
}

export interface IntentTable {
  maxLength: number;
  fillers: string[];
  intents: Intent[];
}

/** How a piece of text reads as an argument: the township's official name, a date as typed, or null. */
export interface ArgumentReaders {
  township(text: string): string | null;
  date(text: string): boolean;
}

export interface IntentMatch {
  command: string;
  /** '' when none, else the township's official name or the date as typed. */
  arg: string;
}

const words = z.array(z.string().trim().min(1));
const fileSchema = z.strictObject({
  maxLength: z.number().int().positive().default(24),
  fillers: words.default([]),
  intents: z.array(
    z.strictObject({
      command: z.string().min(1),
      core: z.array(words.min(1)).min(1),
      fillers: words.default([]),
      argument: z.array(z.enum(['township', 'date'])).default([]),
      requires: z.enum(['township', 'date']).optional(),
    }),
  ),
});

const longestFirst = (xs: string[]) => [...new Set(xs)].sort((a, b) => b.length - a.length);

export function buildIntents(raw: unknown, source = 'intents'): IntentTable {
  const parsed = fileSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw new Error(`${source}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ')}`);
  }
  const file = parsed.data;
  const intents = file.intents.map((it, i): Intent => {
    if (it.requires && !it.argument.includes(it.requires)) throw new Error(`${source}: intents.${i}: requires ${it.requires} but argument does not list it`);
    return { command: it.command, core: it.core.map(longestFirst), fillers: longestFirst(it.fillers), argument: it.argument, ...(it.requires ? { requires: it.requires } : {}) };
  });
  // The more specific reading first: "通报发了没" is 通报记录 (two slots), not 排名 (通报 + fillers).
  const ordered = intents.map((it, i) => ({ it, i })).sort((a, b) => b.it.core.length - a.it.core.length || a.i - b.i).map((x) => x.it);
  return { maxLength: file.maxLength, fillers: longestFirst(file.fillers), intents: ordered };
}

export function loadIntents(file: string): IntentTable {
  return buildIntents(parseYaml(readFileSync(file, 'utf8')), file);
}

/** Spaces and light punctuation between words say nothing. */
const SEPARATOR = /[\s,，、。.!！?？~～…]/;
/** Longest township name or date tried as an argument. */
const MAX_ARG = 12;

interface Found {
  arg: string;
}

/** Read `text` as fillers + the intent's core slots in order + at most one argument; null when it is not. */
function read(table: IntentTable, intent: Intent, text: string, readers: ArgumentReaders): Found | null {
  const fillers = longestFirst([...table.fillers, ...intent.fillers]);
  const failed = new Set<string>();
  const visit = (pos: number, slot: number, arg: { kind: ArgumentKind; value: string } | null): Found | null => {
    if (pos === text.length) {
      if (slot < intent.core.length) return null;
      if (intent.requires && arg?.kind !== intent.requires) return null;
      return { arg: arg?.value ?? '' };
    }
    const key = `${pos}:${slot}:${arg ? 1 : 0}`;
    if (failed.has(key)) return null;
    const found = step(pos, slot, arg);
    if (!found) failed.add(key);
    return found;
  };
  const step = (pos: number, slot: number, arg: { kind: ArgumentKind; value: string } | null): Found | null => {
    if (SEPARATOR.test(text[pos]!)) return visit(pos + 1, slot, arg);
    if (slot < intent.core.length) {
      for (const w of intent.core[slot]!) if (text.startsWith(w, pos)) {
        const r = visit(pos + w.length, slot + 1, arg);
        if (r) return r;
      }
    }
    for (const w of fillers) if (text.startsWith(w, pos)) {
      const r = visit(pos + w.length, slot, arg);
      if (r) return r;
    }
    if (!arg && intent.argument.length) {
      for (let end = Math.min(text.length, pos + MAX_ARG); end > pos; end--) {
        const piece = text.slice(pos, end);
        if (intent.argument.includes('township')) {
          const name = readers.township(piece);
          if (name) {
            const r = visit(end, slot, { kind: 'township', value: name });
            if (r) return r;
          }
        }
        if (intent.argument.includes('date') && readers.date(piece)) {
          const r = visit(end, slot, { kind: 'date', value: piece });
          if (r) return r;
        }
      }
    }
    return null;
  };
  return visit(0, 0, null);
}

/** The command a short chat message asks for, in the words of templates/intents.yaml, or null. */
export function matchIntent(table: IntentTable, text: string, readers: ArgumentReaders): IntentMatch | null {
  const t = text.trim();
  if (!t || t.length > table.maxLength) return null;
  for (const intent of table.intents) {
    const found = read(table, intent, t, readers);
    if (found) return { command: intent.command, arg: found.arg };
  }
  return null;
}
