// The two review lists as CSV files for Excel or WPS (same encoding rules as the figures export).
import type { RefusalEntry, UnansweredEntry } from '../../store/types.js';
import { stamp } from './data.js';
import { csvDocument } from './export-files.js';
import { normaliseQuestion } from './feedback-data.js';
import type { Labels } from './views.js';

/** A reason in words; a code this version has no words for (kept by another version) shows as itself. */
export function reasonLabel(labels: Labels, code: string): string {
  return (labels.refusalReasons as Record<string, string>)[code] ?? code;
}

export function platformLabel(labels: Labels, platform: string): string {
  return (labels.platforms as Record<string, string>)[platform] ?? platform;
}

export function refusalsCsv(items: RefusalEntry[], labels: Labels, tz: string): string {
  const c = labels.feedbackColumns;
  return csvDocument([
    [c.at, c.platform, c.sender, c.townships, c.reasons, c.reasonCodes, c.text],
    ...items.map((r) => [
      stamp(r.at, tz),
      platformLabel(labels, r.platform),
      r.sender,
      r.townships.join('、'),
      r.reasons.map((code) => reasonLabel(labels, code)).join('；'),
      r.reasons.join(' '),
      r.text,
    ]),
  ]);
}

export function unansweredCsv(items: UnansweredEntry[], labels: Labels, tz: string): string {
  const c = labels.feedbackColumns;
  return csvDocument([
    [c.at, c.platform, c.sender, c.kind, c.text, c.question, c.suggestions],
    ...items.map((q) => [
      stamp(q.at, tz),
      platformLabel(labels, q.platform),
      q.sender,
      labels.unansweredKinds[q.kind],
      q.text,
      normaliseQuestion(q.text),
      q.suggestions.join('；'),
    ]),
  ]);
}
