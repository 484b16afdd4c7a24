// The county file: townships, due counts, liaisons, admins, where bulletins go and when.
// Parsed once at startup (and by tests); every problem is reported with file and field.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { z } from 'zod';

export type Platform = 'wecom' | 'dingtalk';

const userId = z
  .string()
  .trim()
  .regex(/^((wecom|dingtalk):)?[^\s:]+$/, 'a user id is written platform:userid (wecom:zhangsan, dingtalk:manager4021) or a bare id');
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time is written HH:MM, for example 21:00');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');

/** A user id, or { id, name } so the console can show who a person is (王强 · wecom:hexi_wang). */
const person = z.union([userId, z.strictObject({ id: userId, name: z.string().trim().min(1).max(40) })]);
type Person = z.infer<typeof person>;
const idOf = (p: Person) => (typeof p === 'string' ? p : p.id);

const township = z.strictObject({
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
  due: z.number().int().min(0).describe('应换届村(社区)数'),
  liaisons: z.array(person).default([]),
});

const group = z.strictObject({
  name: z.string().trim().min(1).describe('Name shown in logs and delivery records'),
  platform: z.enum(['wecom', 'dingtalk']),
  webhook: z
    .string()
    .regex(/^[a-z0-9_]+$/i)
    .default('default')
    .describe('Which webhook variable: default → WECOM_WEBHOOK_URL / DINGTALK_WEBHOOK_URL; xyz → …_WEBHOOK_URL_XYZ'),
  bulletin: z.boolean().default(true),
  reminder: z.boolean().default(true),
});

const schedule = z.strictObject({
  bulletin: time.default('21:00'),
  reminder: time.default('18:00'),
  deadline: time.default('20:00').describe('Time by which townships should report; named in reminders'),
  catchUpMinutes: z.number().int().min(0).max(24 * 60).default(120),
  skipDates: z.array(isoDate).default([]),
  skipWeekdays: z.array(z.number().int().min(0).max(6)).default([]).describe('0 = Sunday'),
});

const ranking = z.strictObject({
  partyDone: z.number().min(0).default(0.4),
  committeeDone: z.number().min(0).default(0.4),
  supervisionDone: z.number().min(0).default(0.2),
});

const bulletin = z.strictObject({
  image: z.boolean().default(false).describe('Also post the evening bulletin as a picture of the ranking (PNG), after its text'),
  publicUrl: z
    .url({ protocol: /^https?$/, error: 'publicUrl is the address the bot is reached at from the internet, e.g. https://hjzs.example.gov.cn' })
    .optional()
    .describe('Where DingTalk fetches the picture from (the bot serves it under this address); without it DingTalk groups get the text only'),
});

const countyFile = z.strictObject({
    county: z.string().trim().min(1),
    timezone: z
      .string()
      .default('Asia/Shanghai')
      .refine((tz) => {
        try {
          new Intl.DateTimeFormat('en', { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      }, 'not a known IANA timezone'),
    campaign: z.strictObject({ start: isoDate.optional(), end: isoDate.optional() }).default({}),
    disciplineDefault: z.enum(['national-2021', 'national-2026', 'village']).default('village').describe('The list "十严禁" alone answers with'),
    townships: z.array(township).min(1),
    admins: z.array(person).default([]),
    groups: z.array(group).default([]),
    schedule: schedule.default(schedule.parse({})),
    ranking: ranking.default(ranking.parse({})),
    bulletin: bulletin.default(bulletin.parse({})),
  });

/** Liaisons and admins become plain ids; the names written beside them are kept in `names` (id → name). */
export const countySchema = countyFile.transform((c) => {
  const names: Record<string, string> = {};
  for (const p of [...c.townships.flatMap((t) => t.liaisons), ...c.admins]) if (typeof p !== 'string') names[p.id] = p.name;
  return {
    ...c,
    townships: c.townships.map((t) => ({ ...t, liaisons: t.liaisons.map(idOf) })),
    admins: c.admins.map(idOf),
    names,
  };
});

export type County = z.infer<typeof countySchema>;
export type Township = County['townships'][number];
export type Group = County['groups'][number];

export class CountyFileError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(`county file ${file} has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CountyFileError';
  }
}

type Problem = { path: PropertyKey[]; message: string };

/**
 * Checks across entries (duplicate names, a liaison under two townships). They read the raw data
 * defensively so that they are reported together with schema problems, not only after those are fixed.
 */
function crossCheck(raw: unknown): Problem[] {
  const problems: Problem[] = [];
  const obj = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v : []) as Record<string, unknown>[];
  const strings = (v: unknown) =>
    (Array.isArray(v) ? v : []).flatMap((x: unknown) =>
      typeof x === 'string' ? [x] : x && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'string' ? [(x as { id: string }).id] : [],
    );
  const names = new Map<string, string>();
  const liaisonOf = new Map<string, string>();
  list(obj.townships).forEach((t, i) => {
    if (!t || typeof t !== 'object' || typeof t.name !== 'string') return;
    const name = t.name.trim();
    [name, ...strings(t.aliases)].forEach((n, j) => {
      const prev = names.get(n);
      if (prev) problems.push({ path: ['townships', i, j === 0 ? 'name' : 'aliases'], message: `"${n}" is already used by ${prev}` });
      else names.set(n, name);
    });
    strings(t.liaisons).forEach((id, j) => {
      const prev = liaisonOf.get(id);
      if (prev && prev !== name) problems.push({ path: ['townships', i, 'liaisons', j], message: `liaison ${id} is already listed under ${prev}` });
      else liaisonOf.set(id, name);
    });
  });
  const groups = new Set<string>();
  list(obj.groups).forEach((g, i) => {
    if (!g || typeof g.name !== 'string') return;
    if (groups.has(g.name)) problems.push({ path: ['groups', i, 'name'], message: `duplicate group "${g.name}"` });
    groups.add(g.name);
  });
  return problems;
}

function describePath(county: unknown, path: PropertyKey[]): string {
  // "townships[2] (城关镇).due" reads better than "townships.2.due" for a clerk.
  let out = '';
  let node: unknown = county;
  for (const key of path) {
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const name = node && typeof node === 'object' ? (node as { name?: unknown }).name : undefined;
      out += `[${key}]${typeof name === 'string' ? ` (${name})` : ''}`;
    } else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(top level)';
}

export function parseCounty(text: string, file = 'county file'): County {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length) {
    throw new CountyFileError(
      file,
      doc.errors.map((e) => `line ${e.linePos?.[0]?.line ?? '?'}: ${e.message.split('\n')[0]}`),
    );
  }
  let raw: unknown;
  try {
    // Aliases are resolved here: an undefined anchor, or too many aliases (a YAML "billion laughs"), throws.
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new CountyFileError(file, [`the YAML cannot be read: ${(err as Error).message.split('\n')[0]}`]);
  }
  const parsed = countySchema.safeParse(raw);
  const problems: Problem[] = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((i) => ({
          path: i.path,
          message: i.code === 'unrecognized_keys' ? `unknown key(s) ${i.keys.map((k) => `"${k}"`).join(', ')}` : i.message,
        }))),
    ...crossCheck(raw),
  ];
  if (problems.length || !parsed.success) {
    throw new CountyFileError(file, problems.map((p) => `${describePath(raw, p.path)}: ${p.message}`));
  }
  return parsed.data;
}

export function loadCounty(file: string): County {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new CountyFileError(file, [`cannot read the file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`]);
  }
  return parseCounty(text, file);
}

/** Does a county-file id (platform:userid or bare userid) name this sender? */
export function idMatches(entry: string, platform: Platform, userId: string): boolean {
  const i = entry.indexOf(':');
  if (i < 0) return entry === userId;
  return entry.slice(0, i) === platform && entry.slice(i + 1) === userId;
}

export type Role = 'admin' | 'liaison' | 'other';

export interface SenderInfo {
  platform: Platform;
  userId: string;
  role: Role;
  isAdmin: boolean;
  /** Townships this sender may report for as a liaison. */
  townships: string[];
}

export function identify(county: County, platform: Platform, userId: string): SenderInfo {
  const isAdmin = county.admins.some((a) => idMatches(a, platform, userId));
  const townships = county.townships.filter((t) => t.liaisons.some((l) => idMatches(l, platform, userId))).map((t) => t.name);
  return { platform, userId, isAdmin, townships, role: isAdmin ? 'admin' : townships.length ? 'liaison' : 'other' };
}

/** The name the county file gives a user id ("wecom:hexi_wang", or the bare id), if any. */
export function personName(county: Pick<County, 'names'>, by: string): string | undefined {
  const i = by.indexOf(':');
  const candidates = i < 0 ? [by, `wecom:${by}`, `dingtalk:${by}`] : [by, by.slice(i + 1)];
  for (const id of candidates) if (county.names[id]) return county.names[id];
  return undefined;
}

/** The liaisons of a township on one platform, as platform user ids (bare ids count for both). */
export function liaisonIds(t: Township, platform: Platform): string[] {
  return t.liaisons.flatMap((l) => {
    const i = l.indexOf(':');
    if (i < 0) return [l];
    return l.slice(0, i) === platform ? [l.slice(i + 1)] : [];
  });
}
