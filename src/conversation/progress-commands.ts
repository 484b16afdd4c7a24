// 进度 (the county today), 城关镇进度 (one township), 未报送 (who has not reported).
import { isModelAssisted } from '../progress/model-reading.js';
import { readDateArg } from '../progress/dates.js';
import { historyOf, UNKNOWN, type HistoryEntry } from '../figures.js';
import { formatNumber } from '../numerals.js';
import type { IndicatorKey } from '../store/types.js';
import { totalsOf, type RankedTownship } from '../progress/ranking.js';
import { addDays, localDate, localTime } from '../time.js';
import { dateLabel, figureLines, rate, renderIssue } from './progress-reply.js';
import { replyContext, type ProgressChatDeps } from './progress.js';
import type { Command, Outcome, Turn } from './types.js';

const SUFFIX = /(乡|镇|街道)$/;
const ASK_PREFIX = /^(?:请|麻烦)?(?:帮我|帮忙)?(?:查一下|查询一下|查询|查查|查看|查|看一下|看看|看)/;
const ASK_SUFFIX = /(?:情况)?(?:怎么样了?|咋样了?|如何|呢)?$/;

function reply(text: string): Outcome {
  return { intent: 'command', replies: [{ text }] };
}

/** "9/12(75%)": numbers and symbols only, so it can live in code. Never reported: "—", not 0 (docs/figures.md). */
function share(done: number | null | undefined, due: number): string {
  if (done === undefined || done === null) return UNKNOWN;
  const r = rate(done, due);
  return `${formatNumber(done)}/${due}${r !== null ? `(${r}%)` : ''}`;
}

async function ranked(deps: ProgressChatDeps, date: string): Promise<RankedTownship[]> {
  const county = deps.county();
  return deps.ledger.ranked(date, county.townships, county.ranking);
}

/** The date argument of a command, or a reply explaining it could not be read or has not come yet. */
function dateArg(deps: ProgressChatDeps, turn: Turn, arg: string, command: string): { date: string } | { outcome: Outcome } {
  if (!arg) return { date: turn.today };
  const r = readDateArg(arg, turn.today);
  if (r?.ok) return { date: r.date };
  const future = r?.reason === 'future-date' && r.date ? { future: true, month: Number(r.date.slice(5, 7)), day: Number(r.date.slice(8, 10)) } : {};
  return { outcome: reply(deps.templates.render('progress-bad-date', { raw: arg, command, ...future }, turn.msg.platform)) };
}

async function townshipView(deps: ProgressChatDeps, turn: Turn, name: string): Promise<Outcome> {
  const ctx = replyContext(deps, turn);
  const county = deps.county();
  const tz = county.timezone;
  const record = await deps.ledger.latest(name, turn.today);
  const due = record?.figures.due ?? deps.ledger.townships.due(name) ?? 0;
  const previous = record ? await deps.ledger.latest(name, addDays(record.date, -1)) : null;
  const rows = await ranked(deps, turn.today);
  const row = rows.find((r) => r.name === name);
  const history = historyOf(await deps.ledger.history(name)).slice(0, RECENT_CHANGES);
  const data = {
    township: name,
    due,
    record: record
      ? {
          dateLabel: dateLabel(ctx, record.date),
          isToday: record.date === turn.today,
          lines: figureLines(ctx, record.figures, due, previous?.figures ?? null),
          previousDateLabel: previous ? dateLabel(ctx, previous.date) : '',
          previousIsDayBefore: previous?.date === addDays(record.date, -1),
          rank: row?.ranked ? row.rank : null,
          finished: !!row?.finished,
          total: rows.length,
        }
      : null,
    hasRevisions: history.length > 0,
    revisions: history.map((h) => historyLine(ctx, deps, h, tz)),
  };
  return reply(deps.templates.render('progress-township', data, turn.msg.platform));
}

/** How many of a township's latest changes 乡镇进度 lists. */
const RECENT_CHANGES = 5;

/** One history entry as the reply shows it: only what the message stated; a 撤回 says what the day shows again. */
function historyLine(ctx: ReturnType<typeof replyContext>, deps: ProgressChatDeps, h: HistoryEntry, tz: string) {
  const label = (k: IndicatorKey) => deps.ledger.lexicon.indicators[k].label;
  const value = (v: number | null) => (v === null ? UNKNOWN : formatNumber(v, 2));
  return {
    when: `${dateLabel(ctx, localDate(h.at, tz))} ${localTime(h.at, tz)}`,
    // A change to another day's figures (a backfill or 更正 of yesterday) names that day.
    forDate: h.date === localDate(h.at, tz) ? '' : dateLabel(ctx, h.date),
    by: h.by.slice(h.by.indexOf(':') + 1),
    fields: h.stated.map((f, i) => ({ label: label(f.field), old: value(f.old), new: value(f.new), fresh: f.old === null, last: i === h.stated.length - 1 })),
    repeats: h.repeats ? dateLabel(ctx, h.repeats) : '',
    restored: h.restored
      ? {
          dateLabel: h.restored.date ? dateLabel(ctx, h.restored.date) : '',
          figures: (Object.keys(h.restored.figures) as IndicatorKey[])
            .filter((k) => k !== 'due')
            .map((k) => `${label(k)}${value(h.restored!.figures[k]!)}`)
            .join('、'),
        }
      : null,
    correction: h.kind === 'correction',
    withdraw: h.kind === 'withdraw',
    assisted: isModelAssisted(h.messageId),
  };
}

function unknownTownship(deps: ProgressChatDeps, turn: Turn, raw: string): Outcome {
  const ctx = replyContext(deps, turn);
  return reply(renderIssue(ctx, 'error', { code: 'unknown-township', raw, suggestions: deps.ledger.townships.suggest(raw) }));
}

export function progressCommands(deps: ProgressChatDeps): Command[] {
  const county: Command = {
    name: '进度',
    aliases: ['今日进度', '全县进度', '查看进度', '换届进度', '查一下进度', '查询进度', '看看进度', '看一下进度', '进度怎么样'],
    async run(turn, arg) {
      const town = arg ? deps.ledger.townships.resolve(arg) : null;
      if (town) return townshipView(deps, turn, town);
      const d = dateArg(deps, turn, arg, '进度');
      if ('outcome' in d) return d.outcome;
      const ctx = replyContext(deps, turn);
      const rows = await ranked(deps, d.date);
      const totals = totalsOf(rows);
      const data = {
        county: deps.county().county,
        dateLabel: dateLabel(ctx, d.date),
        reported: totals.reported,
        total: totals.townships,
        example: rows[0]?.name ?? '',
        missing: rows.filter((r) => !r.ranked && !r.finished).map((r) => r.name).join('、'),
        missingCount: totals.missing,
        finished: rows.filter((r) => !r.reported && r.finished).map((r) => r.name).join('、'),
        nobody: totals.reported === 0,
        // The totals count unreported townships' last reported figures; the reply says so.
        carried: rows.some((r) => r.carriedFrom),
        rows: rows.filter((r) => r.ranked).map((r) => ({
          rank: r.rank,
          name: r.name,
          finished: r.finished,
          party: share(r.figures.partyDone, r.due),
          committee: share(r.figures.committeeDone, r.due),
          supervision: share(r.figures.supervisionDone, r.due),
          oneShoulder: r.figures.oneShoulder ?? null,
        })),
        totals: {
          party: share(totals.partyDone, totals.due),
          committee: share(totals.committeeDone, totals.due),
          supervision: share(totals.supervisionDone, totals.due),
        },
      };
      return reply(deps.templates.render('progress-county', data, turn.msg.platform));
    },
  };

  const township: Command = {
    name: '乡镇进度',
    match(text) {
      // Said as people type it in a group: 查一下河西进度, 河西乡的进度怎么样, 进度城关 (no space).
      const asked = text.replace(ASK_PREFIX, '').replace(ASK_SUFFIX, '');
      const after = /^进度(.{1,8})$/.exec(asked);
      if (after) return deps.ledger.townships.resolve(after[1]!) ?? null;
      const m = /^(.{1,8}?)的?(今日|今天)?进度$/.exec(asked);
      if (!m) return null;
      const name = deps.ledger.townships.resolve(m[1]!);
      if (name) return name;
      return SUFFIX.test(m[1]!) ? `?${m[1]}` : null;
    },
    async run(turn, arg) {
      if (arg.startsWith('?')) return unknownTownship(deps, turn, arg.slice(1));
      return townshipView(deps, turn, arg);
    },
  };

  const missing: Command = {
    name: '未报送',
    aliases: ['未报', '没报送', '还有谁没报', '未报送乡镇'],
    async run(turn, arg) {
      const d = dateArg(deps, turn, arg, '未报送');
      if ('outcome' in d) return d.outcome;
      const ctx = replyContext(deps, turn);
      // A township that has finished everything owes no report.
      const rows = (await ranked(deps, d.date)).filter((r) => !r.reported && !r.finished);
      const data = {
        dateLabel: dateLabel(ctx, d.date),
        time: localTime(turn.msg.at, deps.county().timezone),
        count: rows.length,
        names: rows.map((r) => r.name).join('、'),
      };
      return reply(deps.templates.render('progress-missing', data, turn.msg.platform));
    },
  };

  return [county, township, missing];
}
