// What each target is sent: the bulletin as markdown parts within the platform's limit (续 markers on
// parts 2..n), and reminders as text parts that each @-mention the liaisons of the townships they name.
import { liaisonIds, type County, type Township } from '../county.js';
import type { GroupTarget, OutboundMessage, PlatformModule, PlatformName } from '../platforms/types.js';
import type { Templates } from '../templates.js';
import type { BulletinData } from './compose.js';
import type { Outgoing } from './deliver.js';
import { bulletinTitle, dateParts, renderBulletin, type RenderOptions } from './render.js';
import { chunkItems, splitText } from './split.js';

/** Used to plan parts when a target's platform is not enabled here (its delivery then fails visibly). */
const FALLBACK_LIMIT = { markdown: 4096, text: 2048 } as const;

export type PlatformLookup = (name: PlatformName) => PlatformModule | undefined;

const limitOf = (platform: PlatformLookup, name: PlatformName, format: 'text' | 'markdown') => platform(name)?.limit(format) ?? FALLBACK_LIMIT[format];

export function bulletinParts(templates: Templates, data: BulletinData, platform: PlatformName, limit: number, opts: RenderOptions = {}): OutboundMessage[] {
  const title = bulletinTitle(templates, data, platform);
  const text = renderBulletin(templates, data, platform, opts);
  const marker = (index: number, total: number) => templates.render('bulletin-continued', { title, index, total }, platform);
  return splitText(text, limit, marker).map((part) => ({ text: part, format: 'markdown', title }));
}

/** One Outgoing per target; targets on the same platform share the rendering. */
export function bulletinOutgoing(templates: Templates, data: BulletinData, targets: GroupTarget[], platform: PlatformLookup): Outgoing[] {
  const byPlatform = new Map<PlatformName, OutboundMessage[]>();
  return targets.map((target) => {
    let parts = byPlatform.get(target.platform);
    if (!parts) {
      parts = bulletinParts(templates, data, target.platform, limitOf(platform, target.platform, 'markdown'));
      byPlatform.set(target.platform, parts);
    }
    return { target, parts };
  });
}

export interface ReminderInput {
  county: County;
  date: string;
  /** Townships with no report for `date`, in county-file order. */
  unreported: Township[];
}

export function reminderParts(templates: Templates, input: ReminderInput, platform: PlatformName, limit: number): OutboundMessage[] {
  const { month, day } = dateParts(input.date);
  const view = (items: Township[], index: number, total: number) => ({
    county: input.county.county,
    month,
    day,
    deadline: input.county.schedule.deadline,
    count: input.unreported.length,
    townships: items.map((t, i) => ({ name: t.name, mentions: liaisonIds(t, platform), last: i === items.length - 1 })),
    part: total > 1 ? { index, total } : null,
  });
  const chunks = chunkItems(input.unreported, limit, (items, index, total) => templates.render('reminder', view(items, index, total), platform));
  return chunks.map((c) => {
    const mention = [...new Set(c.items.flatMap((t) => liaisonIds(t, platform)))];
    return { text: c.text, format: 'text', ...(mention.length ? { mention } : {}) };
  });
}

export function reminderOutgoing(templates: Templates, input: ReminderInput, targets: GroupTarget[], platform: PlatformLookup): Outgoing[] {
  if (!input.unreported.length) return [];
  const byPlatform = new Map<PlatformName, OutboundMessage[]>();
  return targets.map((target) => {
    let parts = byPlatform.get(target.platform);
    if (!parts) {
      parts = reminderParts(templates, input, target.platform, limitOf(platform, target.platform, 'text'));
      byPlatform.set(target.platform, parts);
    }
    return { target, parts };
  });
}
