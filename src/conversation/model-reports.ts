// Reports the rules could not read, read with the county's model: the reading is only proposed, in the usual
// confirmation layout; "确认" from the same sender in the same chat within ten minutes stores it through the
// ledger like any report (every check, and a liaison only for their own township), marked model-assisted.
import { allowedDates, assistedMessageId, proposalAsParsed, unreadable, type ProposedRecord, type ReadingContext, type ReadingLimits } from '../progress/model-reading.js';
import { formatNumber } from '../numerals.js';
import type { AuditEntry, IndicatorKey } from '../store/types.js';
import { localTime } from '../time.js';
import { replyContext, senderKey, type ProgressChatDeps } from './progress.js';
import { dateLabel, rate, renderSubmit } from './progress-reply.js';
import { CONFIRM_WINDOW_MS, proposalKey, type PendingProposals } from './proposals.js';
import type { Command, Outcome, Turn } from './types.js';

/** What the report skill needs of the model (src/model/reports.ts). */
export interface ReportModel {
  readonly model: string;
  read(text: string, ctx: ReadingContext, limits: ReadingLimits): Promise<ProposedRecord[] | null>;
  /** False while calls are paused (the client's circuit): then no holding reply is sent. */
  ready?(): boolean;
}

export interface ModelReportDeps {
  reader: ReportModel;
  pending: PendingProposals;
  /** Where a stored model-assisted reading is noted (the store's audit log). */
  audit?: (entry: AuditEntry) => Promise<void>;
}

const DONE: IndicatorKey[] = ['partyDone', 'committeeDone', 'supervisionDone'];

function proposalText(deps: ProgressChatDeps, turn: Turn, records: ProposedRecord[]): string {
  const { lexicon, townships } = deps.ledger;
  const ctx = { templates: deps.templates, platform: turn.msg.platform, today: turn.today };
  const keys = Object.keys(lexicon.indicators) as IndicatorKey[];
  return deps.templates.render(
    'report-model-proposal',
    {
      minutes: CONFIRM_WINDOW_MS / 60_000,
      records: records.map((r) => {
        const due = r.figures.due ?? townships.due(r.township) ?? 0;
        return {
          township: r.township,
          dateLabel: dateLabel(ctx, r.date),
          lines: keys
            .filter((k) => r.figures[k] !== undefined)
            .map((k) => ({
              label: lexicon.indicators[k].label,
              unit: lexicon.indicators[k].unit,
              value: formatNumber(r.figures[k]!, 2),
              due: DONE.includes(k) ? due : null,
              rate: DONE.includes(k) ? rate(r.figures[k], due) : null,
            })),
        };
      }),
    },
    turn.msg.platform,
  );
}

/**
 * After the rules refused a message for not understanding it: ask the model, keep its reading as the sender's
 * pending proposal and reply with it; null (the refusal stands) when the refusal was a check, or the model has
 * no valid reading.
 */
export async function proposeReading(deps: ProgressChatDeps, model: ModelReportDeps, turn: Turn, errors: string[]): Promise<Outcome | null> {
  if (!unreadable(errors)) return null;
  const { ledger } = deps;
  const own = !turn.sender.isAdmin && turn.sender.townships.length === 1 ? turn.sender.townships[0]! : null;
  const limits = { dates: allowedDates(ledger.parse(turn.msg.text, turn.today), turn.today), own };
  // No holding reply while the model's circuit is open: the refusal follows at once.
  if (model.reader.ready?.() ?? true) turn.msg.interim?.({ text: deps.templates.render('report-model-reading', {}, turn.msg.platform) });
  const records = await model.reader.read(turn.msg.text, { lexicon: ledger.lexicon, townships: ledger.townships, today: turn.today }, limits);
  if (!records) return null;
  model.pending.put(proposalKey(turn.msg), { records, text: turn.msg.text, at: turn.msg.at });
  return {
    intent: 'report',
    replies: [{ text: proposalText(deps, turn, records) }],
    report: { accepted: false, records: [], errors, warnings: [], proposed: records.map((r) => ({ ...r, figures: { ...r.figures } as Record<string, number> })) },
  };
}

/** 确认: store the sender's pending proposal through the ledger, or say why there is nothing to store. */
export function confirmCommand(deps: ProgressChatDeps, model: ModelReportDeps): Command {
  return {
    name: '确认',
    aliases: ['确认保存'],
    async run(turn) {
      const platform = turn.msg.platform;
      const reply = (text: string, report?: Outcome['report']): Outcome => ({ intent: 'report', replies: [{ text }], ...(report ? { report } : {}) });
      const taken = model.pending.take(proposalKey(turn.msg), turn.msg.at);
      if (!taken.ok && taken.reason === 'expired') {
        return reply(deps.templates.render('report-model-expired', { minutes: CONFIRM_WINDOW_MS / 60_000, proposedAt: localTime(taken.at!, deps.county().timezone) }, platform));
      }
      if (!taken.ok) return reply(deps.templates.render('report-model-nothing', {}, platform));
      const { proposal } = taken;
      const by = senderKey(turn);
      const result = await deps.ledger.submitReading(proposalAsParsed(proposal.records, proposal.text), {
        text: proposal.text,
        by,
        sender: turn.sender,
        today: turn.today,
        at: turn.msg.at,
        messageId: assistedMessageId(turn.msg.messageId),
      });
      const ctx = replyContext(deps, turn);
      const info = {
        accepted: result.accepted,
        records: result.records.map((r) => ({ township: r.township, date: r.date, figures: { ...r.set } as Record<string, number> })),
        errors: result.errors.map((e) => e.code),
        warnings: result.warnings.map((w) => w.code),
        assisted: true as const,
      };
      if (!result.accepted) {
        await deps.feedback?.refusal({ ...turn, msg: { ...turn.msg, text: proposal.text } }, info.errors);
        return reply(renderSubmit(ctx, result), info);
      }
      for (const r of result.records) {
        await model.audit?.({ at: turn.msg.at, actor: by, action: 'report-model-assisted', detail: `${r.township} ${r.date} model=${model.reader.model}` });
      }
      const mark = deps.templates.render('report-model-confirmed', {}, platform);
      return reply(`${renderSubmit(ctx, result)}\n${mark}`, info);
    },
  };
}
