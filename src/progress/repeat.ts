// "今天又完成村委会换届2个" sent twice by the same person minutes apart is counted twice: an increment
// cannot tell a resend from new progress. It is still recorded (both may be true), but the reply says
// it repeats the earlier message and how to undo it, so a slip of the thumb does not go unnoticed.
import type { Store } from '../store/types.js';
import type { PlannedRecord, ReportWarning } from './types.js';

export interface RepeatInput {
  text: string;
  by: string;
  at: Date;
  messageId: string;
  /** The 撤回 window: a repeat older than this can no longer be undone, so it is not pointed out. */
  windowMs: number;
}

/** How many of the sender's newest revisions are looked at: a dozen reports' worth of fields. */
const RECENT_REVISIONS = 40;

/** A warning per record this message adds an increment to, when the same sender sent the same text within the 撤回 window. */
export async function repeatedIncrement(store: Store, input: RepeatInput, records: PlannedRecord[]): Promise<ReportWarning[]> {
  const incremented = records.filter((r) => r.changes.some((c) => c.spec.kind === 'increment'));
  if (!incremented.length) return [];
  const since = new Date(input.at.getTime() - input.windowMs);
  // The sender's newest revisions only: a burst (an import, a load test) must not make every report slower.
  const mine = (await store.listRevisions({ by: input.by, since, latest: RECENT_REVISIONS })).filter((r) => r.at.getTime() <= input.at.getTime());
  const earlier = mine.filter((r) => r.kind === 'report' && r.messageId && r.messageId !== input.messageId);
  if (!earlier.length) return [];
  const texts = await store.messageTexts([...new Set(earlier.map((r) => r.messageId!))]);
  const same = earlier.filter((r) => texts.get(r.messageId!)?.trim() === input.text.trim()).at(-1);
  // Withdrawn since: sending it again is the fix, not a slip.
  if (!same || mine.some((r) => r.kind === 'withdraw' && r.at.getTime() >= same.at.getTime())) return [];
  const minutes = Math.max(1, Math.round((input.at.getTime() - same.at.getTime()) / 60_000));
  return incremented.map((r) => ({ code: 'repeated', township: r.township, date: r.date, value: minutes }));
}
