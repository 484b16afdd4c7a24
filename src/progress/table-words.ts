// The words of a pasted table's header (templates/indicators.yaml `columns`): which role each column plays.
// Kept out of lexicon.ts so the table reader's vocabulary can grow without touching the line reader's.
import { z } from 'zod';

/** Roles a header cell can name by itself; `done`/`rate`/`increment` follow an indicator name instead. */
export const COLUMN_ROLES = ['township', 'area', 'village', 'date', 'rank', 'indicator', 'corrected', 'figure', 'aside', 'total'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];
// due/left: a column of what is to be done, or still left ("项目 | 应换届 | 已完成 | 未完成"), in a row-per-indicator table.
const SUFFIX_KINDS = ['done', 'rate', 'increment', 'due', 'left'] as const;
export type SuffixKind = (typeof SUFFIX_KINDS)[number];

const words = z.array(z.string().min(1)).default([]);
export const columnsSchema = z
  .strictObject({
    ...Object.fromEntries(COLUMN_ROLES.map((r) => [r, words])),
    ...Object.fromEntries(SUFFIX_KINDS.map((r) => [r, words])),
    empty: words,
    order: words,
  } as Record<ColumnRole | SuffixKind | 'empty' | 'order', typeof words>)
  .partial()
  .default({});

export interface ColumnWords {
  /** Folded header word → its role. */
  roles: Map<string, ColumnRole>;
  /** Folded word after an indicator name → what the column gives of that indicator. */
  suffixes: Map<string, SuffixKind>;
  empty: Set<string>;
  order: string[];
}

/** Validated words; a word listed under two roles (or two suffix kinds) is a load error, as for `words`. */
export function buildColumnWords(raw: z.infer<typeof columnsSchema>, fold: (s: string) => string, source: string): ColumnWords {
  const collect = <K extends ColumnRole | SuffixKind>(kinds: readonly K[]) => {
    const out = new Map<string, K>();
    for (const kind of kinds) {
      for (const w of raw[kind] ?? []) {
        const text = fold(w);
        const prev = out.get(text);
        if (prev && prev !== kind) throw new Error(`${source}: column word "${w}" is listed under both ${prev} and ${kind}`);
        out.set(text, kind);
      }
    }
    return out;
  };
  return {
    roles: collect(COLUMN_ROLES),
    suffixes: collect(SUFFIX_KINDS),
    empty: new Set((raw.empty ?? []).map(fold)),
    order: (raw.order ?? []).map(fold),
  };
}
