// The report skill (free text → ledger → confirmation) and the 撤回 command.
import type { County } from '../county.js';
import type { ProgressLedger, SubmitResult } from '../progress/ledger.js';
import { localTime } from '../time.js';
import type { Templates } from '../templates.js';
import type { FeedbackSink } from './feedback.js';
import { proposeReading, type ModelReportDeps } from './model-reports.js';
import { proposalKey } from './proposals.js';
import { dateLabel, renderIssue, renderSubmit, type ReplyContext } from './progress-reply.js';
import type { Command, Outcome, ReportInfo, Skill, Turn } from './types.js';

export interface ProgressChatDeps {
  ledger: ProgressLedger;
  templates: Templates;
  county: () => County;
  /** Where refused reports are kept for the admins (absent: not kept). */
  feedback?: FeedbackSink;
  /** The county's model, asked for a reading the sender confirms when the rules cannot read a message (absent: off). */
  model?: ModelReportDeps;
}

export const senderKey = (turn: Turn) => `${turn.msg.platform}:${turn.msg.userId}`;

export function replyContext(deps: ProgressChatDeps, turn: Turn): ReplyContext {
  return {
    templates: deps.templates,
    lexicon: deps.ledger.lexicon,
    platform: turn.msg.platform,
    today: turn.today,
    townshipNames: deps.ledger.townships.names(),
    own: turn.sender.townships,
  };
}

function reportInfo(result: SubmitResult): ReportInfo {
  return {
    accepted: result.accepted,
    records: result.records.map((r) => ({ township: r.township, date: r.date, figures: { ...r.set } as Record<string, number> })),
    errors: result.errors.map((e) => e.code),
    warnings: result.warnings.map((w) => w.code),
  };
}

export function reportSkill(deps: ProgressChatDeps): Skill {
  return {
    name: 'report',
    async handle(turn): Promise<Outcome | null> {
      const ctx = replyContext(deps, turn);
      if (!turn.msg.text && turn.msg.hasAttachment) {
        const text = deps.templates.render('report-refused', { errors: [{ text: renderIssue(ctx, 'error', { code: 'attachment-only' }) }] }, turn.msg.platform);
        await deps.feedback?.refusal(turn, ['attachment-only']);
        return { intent: 'report', replies: [{ text }], report: { accepted: false, records: [], errors: ['attachment-only'], warnings: [] } };
      }
      const result = await deps.ledger.submit({
        text: turn.msg.text,
        by: senderKey(turn),
        sender: turn.sender,
        today: turn.today,
        smallHours: turn.smallHours,
        at: turn.msg.at,
        messageId: turn.msg.messageId,
      });
      if (!result) return null;
      const report = reportInfo(result);
      if (!report.accepted) await deps.feedback?.refusal(turn, report.errors);
      // Kept as refused either way: the rules missed it, and the next fixtures come from such messages.
      const proposed = !report.accepted && deps.model ? await proposeReading(deps, deps.model, turn, report.errors) : null;
      if (proposed) return proposed;
      // "或重新发送": a new report replaces a reading still waiting for 确认.
      deps.model?.pending.drop(proposalKey(turn.msg));
      return { intent: 'report', replies: [{ text: renderSubmit(ctx, result) }], report, ...(result.asked.length ? { rest: result.asked.join('\n') } : {}) };
    },
  };
}

export function withdrawCommand(deps: ProgressChatDeps): Command {
  return {
    name: '撤回',
    aliases: ['撤销', '撤回报送', '撤回上一条'],
    async run(turn) {
      const ctx = replyContext(deps, turn);
      const tz = deps.county().timezone;
      const result = await deps.ledger.withdraw(senderKey(turn), turn.msg.at, turn.msg.messageId);
      const platform = turn.msg.platform;
      let text: string;
      if (!result.ok && result.reason === 'nothing') text = deps.templates.render('report-withdraw-nothing', {}, platform);
      else if (!result.ok) {
        text = deps.templates.render('report-withdraw-expired', { reportedAt: localTime(result.reportedAt!, tz), example: ctx.own[0] ?? ctx.townshipNames[0] }, platform);
      } else {
        const labels = deps.ledger.lexicon.indicators;
        const show = (n: number | null) => (n === null ? '—' : String(n));
        text = deps.templates.render(
          'report-withdrawn',
          {
            reportedAt: localTime(result.reportedAt, tz),
            records: result.records.map((r) => ({
              township: r.township,
              dateLabel: dateLabel(ctx, r.date),
              removed: r.removed,
              fields: r.fields.map((f) => ({ label: labels[f.key].label, from: show(f.from), to: show(f.to) })),
              kept: r.kept.map((k) => labels[k].label).join('、'),
            })),
          },
          platform,
        );
      }
      return { intent: 'command', replies: [{ text }] };
    },
  };
}
