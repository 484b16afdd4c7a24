// Looks at a store through its port only, so the same checks run on SQLite and on MongoDB: every
// record must equal the replay of its revisions, and a snapshot of records and history compares two
// stores (or one store before and after) as plain data.
import type { Figures, Store } from '../../src/store/types.js';

/**
 * Problems where a record is not what its revisions say: each revision's `old` must be the value the
 * field had, and the last `new` of every field must be the record's figure (absent when null).
 */
export async function historyProblems(store: Pick<Store, 'listRecords' | 'listRevisions'>): Promise<string[]> {
  const [records, revisions] = await Promise.all([store.listRecords(), store.listRevisions()]);
  return replayProblems(records, revisions);
}

interface Replayed {
  township: string;
  date: string;
}

/** The same check on records and revisions read any way (the port, or a SQLite file directly). */
export function replayProblems(
  records: (Replayed & { figures: Figures })[],
  revisions: (Replayed & { field: string; old: number | null; new: number | null })[],
): string[] {
  const problems: string[] = [];
  const state = new Map<string, Record<string, number>>();
  for (const r of revisions) {
    const key = `${r.township}|${r.date}`;
    const figures = state.get(key) ?? {};
    const had = figures[r.field] ?? null;
    if (had !== r.old) problems.push(`${key} ${r.field}: revision says old ${r.old}, replay had ${had}`);
    if (r.new === null) delete figures[r.field];
    else figures[r.field] = r.new;
    state.set(key, figures);
  }
  const stored = new Map(records.map((r) => [`${r.township}|${r.date}`, r.figures as Record<string, number>]));
  for (const key of new Set([...state.keys(), ...stored.keys()])) {
    const replayed = JSON.stringify(sorted(state.get(key) ?? {}));
    const actual = JSON.stringify(sorted(stored.get(key) ?? {}));
    if (replayed !== actual) problems.push(`${key}: record ${actual} but revisions replay to ${replayed}`);
  }
  return problems;
}

/** Records and history as plain data, in the store's own order. */
export async function contents(store: Pick<Store, 'listRecords' | 'listRevisions'>) {
  const [records, revisions] = await Promise.all([store.listRecords(), store.listRevisions()]);
  return {
    records: records.map((r) => ({ ...r, figures: sorted(r.figures) })),
    revisions,
  };
}

const sorted = (o: Figures) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

/** Everything a refused input must leave as it was, read through the port: records, history, audit, jobs. */
export async function everything(store: Pick<Store, 'listRecords' | 'listRevisions' | 'listAudit' | 'listJobRuns' | 'listDeliveries'>) {
  const [data, audit, jobRuns, deliveries] = await Promise.all([contents(store), store.listAudit(100_000), store.listJobRuns(), store.listDeliveries()]);
  return { ...data, audit, jobRuns, deliveries };
}
