// The indicator vocabulary (templates/indicators.yaml): labels people read, names people type, typos.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { INDICATOR_KEYS, type IndicatorKey } from '../store/types.js';
import { toHalfWidth } from '../numerals.js';
import { PHRASE_KINDS, type Phrases } from './phrases.js';
import { buildColumnWords, columnsSchema, type ColumnWords } from './table-words.js';

export interface IndicatorInfo {
  key: IndicatorKey;
  label: string;
  unit: string;
  names: string[];
}

export interface Lexicon {
  indicators: Record<IndicatorKey, IndicatorInfo>;
  /** Every name (folded) with the keys it stands for, longest first so the longest match wins. */
  names: { text: string; keys: IndicatorKey[] }[];
  typos: [string, string][];
  /** English words typed among the characters (done, avg age), lower case, with the words they stand for. */
  latin: Map<string, string>;
  /** A leader's one-character shorthand before a figure (党9 村7), with the name each stands for. */
  shorthand: Record<string, string>;
  /** Sticky alternation of `names`, longest first: one regex test per position while scanning. */
  pattern: RegExp;
  keysOf: Map<string, IndicatorKey[]>;
  /** First characters of all names: positions starting otherwise are skipped without a regex test. */
  firstChars: Set<string>;
  /** Indicator names by first character, longest first: the scanner's lookup (see longestAt). */
  nameIndex: Map<string, string[]>;
  /** The steering words (indicators.yaml `words`) by text, their pattern (longest first) and first characters. */
  words: Map<string, WordKind>;
  wordPattern: RegExp;
  /** The steering words by first character, longest first. */
  wordIndex: Map<string, string[]>;
  wordFirst: Set<string>;
  /** Words after a body's name that make it a group of people ("党组织成员"), sticky. */
  posts: RegExp;
  /** The increment words (新增, 又…), to tell today's batch from a total. */
  incrWords: string[];
  /** Words that mean what they say and are never a misheard name (组织部 is no 支部). */
  plain: string[];
  /** Phrases that give an indicator the figure 0 ("没有不通过的"), longest first. */
  zero: [string, IndicatorKey][];
  /** A pasted table's header words by role (indicators.yaml `columns`, read by table.ts). */
  columns: ColumnWords;
  /** The binder's word lists (indicators.yaml `phrases`), each an alternation (phrases.ts). */
  phrases: Phrases;
  /** Parts of words that tell which indicator a name no list holds is about (roots.ts), and clauses never so read. */
  roots: { index: Map<string, string[]>; keyOf: Map<string, IndicatorKey>; not: RegExp };
}

export const WORD_KINDS = ['vague', 'correction', 'replaced', 'wrong', 'slip', 'incr', 'aside', 'remain', 'share', 'notdone', 'unsure', 'text', 'plan', 'sub', 'both', 'same', 'neg', 'cumul', 'all', 'unstarted', 'resp', 'done', 'join', 'other'] as const;
export type WordKind = (typeof WORD_KINDS)[number];

const keySchema = z.enum(INDICATOR_KEYS);
const fileSchema = z.strictObject({
  // z.record over an enum requires every key: a missing indicator is a load error.
  indicators: z.record(
    keySchema,
    z.strictObject({ label: z.string().min(1), unit: z.string().default(''), names: z.array(z.string().min(1)).min(1) }),
  ),
  groups: z.record(z.string().min(1), z.array(keySchema).min(2)).default({}),
  typos: z.record(z.string().min(1), z.string().min(1)).default({}),
  shorthand: z.record(z.string().min(1), z.string().min(1)).default({}),
  latin: z.record(z.string().regex(/^[a-z]+(?: [a-z]+)*$/), z.string().min(1)).default({}),
  words: z.partialRecord(z.enum(WORD_KINDS), z.array(z.string().min(1))).default({}),
  posts: z.array(z.string().min(1)).default([]),
  when: z.array(z.string().min(1)).default([]),
  zero: z.partialRecord(keySchema, z.array(z.string().min(1))).default({}),
  plain: z.array(z.string().min(1)).default([]),
  columns: columnsSchema,
  phrases: z.partialRecord(z.enum(PHRASE_KINDS), z.array(z.string().min(1))).default({}),
  roots: z.partialRecord(keySchema, z.array(z.string().min(1))).default({}),
  notRoots: z.array(z.string().min(1)).default([]),
});

export const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An alternation that never matches, for an empty word list. */
const NEVER = '(?!)';

/** The folding every text goes through before matching: half-width, straight quotes, no brackets variants. */
/**
 * Numbers written the cheque way (拾壹个, 肆拾壹点叁岁): the everyday characters. Runs only (a decimal's 点 inside
 * one), or one before a unit — 收拾 stays.
 */
const CAPITAL_DIGITS = /[壹贰叁肆伍陆柒捌玖拾佰]{2,}(?:点[壹贰叁肆伍陆柒捌玖]+)?|[壹贰叁肆伍陆柒捌玖拾佰](?=[个人名位岁])/g;
const EVERYDAY_DIGIT: Record<string, string> = { 壹: '一', 贰: '二', 叁: '三', 肆: '四', 伍: '五', 陆: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十', 佰: '百' };

/** Any character the replaces below change: most messages have none, and skip all four. */
const FOLDED_MARKS = /[壹贰叁肆伍陆柒捌玖拾佰“”„‟〝〞‘’【〔［】〕］]/;

export function foldText(text: string): string {
  const half = toHalfWidth(text);
  const folded = !FOLDED_MARKS.test(half)
    ? half
    : half
        .replace(CAPITAL_DIGITS, (run) => [...run].map((c) => EVERYDAY_DIGIT[c] ?? c).join(''))
        .replace(/[“”„‟〝〞]/g, '"')
        .replace(/[‘’]/g, "'")
        .replace(/[【〔［]/g, '[')
        .replace(/[】〕］]/g, ']');
  // 廿六人, 卅个: the old words for twenty and thirty (a day, 廿一日, is read by dates.ts as it is).
  if (!folded.includes('廿') && !folded.includes('卅')) return folded;
  return folded
    .replace(/廿(?=[一二三四五六七八九个人名])(?![一二三四五六七八九]?[日号])/g, '二十')
    .replace(/卅(?=[一二三四五六七八九个人名])(?![一二三四五六七八九]?[日号])/g, '三十');
}

export function buildLexicon(raw: unknown, source = 'indicators file'): Lexicon {
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`${source}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ')}`);
  }
  const indicators = {} as Record<IndicatorKey, IndicatorInfo>;
  const names = new Map<string, IndicatorKey[]>();
  for (const key of INDICATOR_KEYS) {
    const entry = parsed.data.indicators[key]!;
    indicators[key] = { key, label: entry.label, unit: entry.unit, names: entry.names };
    for (const n of entry.names) {
      const text = foldText(n);
      const prev = names.get(text);
      if (prev && prev[0] !== key) throw new Error(`${source}: name "${n}" is used by both ${prev[0]} and ${key}`);
      names.set(text, [key]);
    }
  }
  for (const [group, keys] of Object.entries(parsed.data.groups)) names.set(foldText(group), keys);
  const words = new Map<string, WordKind>();
  for (const kind of WORD_KINDS) {
    for (const w of (parsed.data.words[kind] ?? []).flatMap((x) => expandWhen(x, parsed.data.when))) {
      const text = foldText(w);
      const prev = words.get(text);
      if (prev && prev !== kind) throw new Error(`${source}: word "${w}" is listed under both ${prev} and ${kind}`);
      words.set(text, kind);
    }
  }
  const rootKey = new Map<string, IndicatorKey>();
  for (const [key, roots] of Object.entries(parsed.data.roots) as [IndicatorKey, string[]][]) {
    for (const r of roots.map(foldText)) {
      const prev = rootKey.get(r);
      if (prev && prev !== key) throw new Error(`${source}: root "${r}" is listed under both ${prev} and ${key}`);
      rootKey.set(r, key);
    }
  }
  const byLength = (xs: Iterable<string>) => [...xs].sort((a, b) => b.length - a.length).map(escape).join('|') || NEVER;
  const sortedNames = [...names].map(([text, keys]) => ({ text, keys })).sort((a, b) => b.text.length - a.text.length);
  return {
    indicators,
    names: sortedNames,
    keysOf: names,
    firstChars: new Set(sortedNames.map((n) => n.text[0]!)),
    pattern: new RegExp(sortedNames.map((n) => escape(n.text)).join('|'), 'y'),
    nameIndex: byFirst(sortedNames.map((n) => n.text)),
    words,
    wordPattern: new RegExp(byLength(words.keys()), 'y'),
    wordIndex: byFirst(words.keys()),
    wordFirst: new Set([...words.keys()].map((w) => w[0]!)),
    // “两委”成员: the body's name may be quoted, its people just after the closing mark.
    posts: new RegExp(`"?(?:${byLength(parsed.data.posts.map(foldText))})`, 'y'),
    plain: parsed.data.plain.map(foldText),
    incrWords: (parsed.data.words.incr ?? []).map(foldText),
    zero: (Object.entries(parsed.data.zero) as [IndicatorKey, string[]][])
      .flatMap(([key, phrases]) => phrases.map((p) => [foldText(p), key] as [string, IndicatorKey]))
      .sort((a, b) => b[0].length - a[0].length),
    columns: buildColumnWords(parsed.data.columns, foldText, source),
    phrases: Object.fromEntries(PHRASE_KINDS.map((k) => [k, byLength((parsed.data.phrases[k] ?? []).map(foldText))])) as Phrases,
    roots: { index: byFirst(rootKey.keys()), keyOf: rootKey, not: new RegExp(byLength(parsed.data.notRoots.map(foldText))) },
    shorthand: Object.fromEntries(Object.entries(parsed.data.shorthand).map(([k, v]) => [foldText(k), foldText(v)])),
    latin: new Map(Object.entries(parsed.data.latin).map(([k, v]) => [k, foldText(v)])),
    typos: Object.entries(parsed.data.typos)
      .map(([from, to]) => [foldText(from), foldText(to)] as [string, string])
      .sort((a, b) => b[0].length - a[0].length),
  };
}

/** "{when}报的" is one word per time word of the file's `when` list (中午报的, 昨晚报的, …). */
function expandWhen(word: string, when: string[]): string[] {
  return word.includes('{when}') ? when.map((w) => word.replace('{when}', w)) : [word];
}

/** Words grouped by first character, each group longest first. */
function byFirst(words: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const w of words) out.set(w[0]!, [...(out.get(w[0]!) ?? []), w]);
  for (const list of out.values()) list.sort((a, b) => b.length - a.length);
  return out;
}

const byCode = new WeakMap<Map<string, string[]>, (string[] | undefined)[]>();
/**
 * The index's lists by UTF-16 code unit (its keys are single code units): most positions start no word, and are told
 * so by an array look-up before a one-character string is made and hashed.
 */
function listsByCode(index: Map<string, string[]>): (string[] | undefined)[] {
  let lists = byCode.get(index);
  if (!lists) {
    lists = new Array<string[] | undefined>(0x10000).fill(undefined);
    for (const [first, list] of index) if (first.length === 1) lists[first.charCodeAt(0)] = list;
    byCode.set(index, lists);
  }
  return lists;
}

/**
 * The longest word of the index that starts at `pos`: the same answer as a sticky alternation of them all,
 * but only the words sharing the first character are tried (a scan tries this at most characters).
 */
export function longestAt(index: Map<string, string[]>, text: string, pos: number): string | null {
  const list = listsByCode(index)[text.charCodeAt(pos)];
  if (!list) return null;
  for (const w of list) if (text.startsWith(w, pos)) return w;
  return null;
}

export function loadLexicon(file: string): Lexicon {
  return buildLexicon(parseYaml(readFileSync(file, 'utf8')), file);
}
