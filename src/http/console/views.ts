// Console pages are mustache templates in templates/console/ (the words live there, not here), read once
// at startup. Mustache's {{x}} escapes HTML; only server-built SVG goes through {{{x}}}.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from 'koa';
import Mustache from 'mustache';
import { parse } from 'yaml';
import { z } from 'zod';
import { REASON_CODES, type ReasonCode } from '../../progress/types.js';
import { INDICATOR_KEYS, type IndicatorKey } from '../../store/types.js';

const PAGES = ['dashboard', 'township', 'export', 'knowledge', 'simulator', 'refusals', 'unanswered', 'login', 'denied', 'notFound'] as const;
const indicatorKey = z.enum(INDICATOR_KEYS);
const text = z.string().trim().min(1);

const labelsSchema = z
  .strictObject({
    indicators: z.strictObject(Object.fromEntries(INDICATOR_KEYS.map((k) => [k, text])) as Record<IndicatorKey, typeof text>),
    rates: z.strictObject({ party: text, committee: text, supervision: text }),
    groups: z
      .array(z.strictObject({ name: text.max(31).regex(/^[^[\]:*?/\\]+$/, 'not allowed in an Excel sheet name'), keys: z.array(indicatorKey).min(1) }))
      .min(1),
    columns: z.strictObject({ date: text, township: text, updatedBy: text, updatedAt: text }),
    rateColumns: z.strictObject({ party: text, committee: text, supervision: text }),
    rankingSheet: z.strictObject({
      name: text.max(20).regex(/^[^[\]:*?/\\]+$/, 'not allowed in an Excel sheet name'),
      rank: text,
      score: text,
      todayParty: text,
      todayCommittee: text,
      todaySupervision: text,
      notes: text,
      finished: text,
      unreported: text,
      first: text,
      late: text,
      carried: text,
    }),
    revisionKinds: z.strictObject({ report: text, correction: text, withdraw: text }),
    roles: z.strictObject({ liaison: text, admin: text }),
    status: z.strictObject({ unreported: text, finished: text }),
    titles: z.strictObject(Object.fromEntries(PAGES.map((p) => [p, text])) as Record<(typeof PAGES)[number], typeof text>),
    exportFile: text,
    workbookCreator: text,
    refusalReasons: z.strictObject(Object.fromEntries(REASON_CODES.map((c) => [c, text])) as Record<ReasonCode, typeof text>),
    unansweredKinds: z.strictObject({ abstain: text, clarify: text }),
    platforms: z.strictObject({ wecom: text, dingtalk: text }),
    feedbackColumns: z.strictObject({
      at: text,
      platform: text,
      sender: text,
      townships: text,
      reasons: text,
      reasonCodes: text,
      text: text,
      kind: text,
      question: text,
      suggestions: text,
    }),
    refusalsFile: text,
    unansweredFile: text,
  })
  .superRefine((l, ctx) => {
    const grouped = l.groups.flatMap((g) => g.keys);
    for (const k of INDICATOR_KEYS) {
      if (!grouped.includes(k)) ctx.addIssue({ code: 'custom', path: ['groups'], message: `indicator ${k} is in no group` });
    }
  });

export type Labels = z.infer<typeof labelsSchema>;

export function loadLabels(dir: string): Labels {
  const file = join(dir, 'labels.yaml');
  const parsed = labelsSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

export type Nav = 'dashboard' | 'export' | 'knowledge' | 'simulator' | 'refusals' | 'unanswered' | 'none';

export interface PageFrame {
  title: string;
  nav: Nav;
  /** Page name for console.js (data-page on <body>). */
  script?: string;
}

/** Headers on every console page: no inline script, no framing, no third-party anything. */
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

export class Views {
  private readonly pages = new Map<string, string>();
  readonly labels: Labels;

  constructor(
    dir: string,
    private readonly countyName: string,
    /** Whether a logout button makes sense (ADMIN_TOKEN set). */
    private readonly loginEnabled: boolean,
  ) {
    for (const f of readdirSync(dir)) if (f.endsWith('.html')) this.pages.set(f.slice(0, -5), readFileSync(join(dir, f), 'utf8'));
    for (const required of ['layout', 'login', 'denied', 'not-found', 'dashboard', 'township', 'export', 'knowledge', 'simulator', 'refusals', 'unanswered']) {
      if (!this.pages.has(required)) throw new Error(`${dir}: missing ${required}.html`);
    }
    this.labels = loadLabels(dir);
  }

  title(page: keyof Labels['titles'], prefix?: string): string {
    return prefix ? `${prefix} ${this.labels.titles[page]}` : this.labels.titles[page];
  }

  html(name: string, data: object, frame: PageFrame): string {
    const body = Mustache.render(this.pages.get(name)!, data);
    return Mustache.render(this.pages.get('layout')!, {
      ...frame,
      body,
      county: this.countyName,
      [`nav_${frame.nav}`]: true,
      showNav: frame.nav !== 'none',
      canLogout: this.loginEnabled && frame.nav !== 'none',
    });
  }

  send(ctx: Context, name: string, data: object, frame: PageFrame, status = 200): void {
    ctx.set(SECURITY_HEADERS);
    ctx.status = status;
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = this.html(name, data, frame);
  }
}
