// Chat commands of the bulletin feature: 排名/通报 (the ranking now), and for admins 预览通报 (the
// bulletin as groups would receive it, to the admin only), 补发通报 <日期> and 通报记录.
// bulletins/ may not import conversation/, so the command shape it fills is declared here; it is
// structurally the router's Command (conversation/types.ts), which the wiring pushes it into.
import type { InboundMessage, OutboundMessage } from '../platforms/types.js';
import type { Templates } from '../templates.js';
import { parseDateArg } from './dates.js';
import { dateParts } from './render.js';
import type { BulletinService } from './service.js';

export interface Turn {
  msg: InboundMessage;
  sender: { isAdmin: boolean };
  /** The message's date in the county timezone. */
  today: string;
}

export interface Outcome {
  intent: 'command';
  replies: OutboundMessage[];
}

export interface Command {
  name: string;
  aliases?: string[];
  adminOnly?: boolean;
  run(turn: Turn, arg: string): Promise<Outcome>;
}

const list = <T extends object>(items: T[]) => items.map((it, i) => ({ ...it, last: i === items.length - 1 }));

export function bulletinCommands(service: BulletinService, templates: Templates): Command[] {
  const reply = (turn: Turn, name: string, data: Record<string, unknown>, extra: Partial<OutboundMessage> = {}): Outcome => ({
    intent: 'command',
    replies: [{ text: templates.render(name, data, turn.msg.platform), ...extra }],
  });

  /** A date from the argument, or the reply explaining what is wrong with it. */
  const dateOf = (turn: Turn, command: string, arg: string): { date: string } | { outcome: Outcome } => {
    const parsed = parseDateArg(arg, turn.today);
    if ('error' in parsed) {
      const name = parsed.error === 'future' ? 'bulletin-date-future' : 'bulletin-date-invalid';
      return { outcome: reply(turn, name, { command, arg, ...(parsed.date ? dateParts(parsed.date) : {}) }) };
    }
    return { date: parsed.date };
  };

  const ranking: Command = {
    name: '排名',
    aliases: ['通报', '今日排名', '今日通报', '今天排名'],
    async run(turn, arg) {
      const d = dateOf(turn, '排名', arg);
      if ('outcome' in d) return d.outcome;
      const text = await service.text(d.date, turn.msg.platform, turn.msg.at);
      return { intent: 'command', replies: [{ text, format: 'markdown' }] };
    },
  };

  const preview: Command = {
    name: '预览通报',
    aliases: ['通报预览'],
    adminOnly: true,
    async run(turn, arg) {
      const d = dateOf(turn, '预览通报', arg);
      if ('outcome' in d) return d.outcome;
      const parts = await service.preview(d.date, turn.msg.platform);
      const targets = list(service.targets('bulletin').map((t) => ({ name: t.name })));
      const missing = list(service.missingWebhooks('bulletin'));
      const time = service.jobs.find((j) => j.name === 'bulletin')?.time;
      const head = templates.render('bulletin-preview', { ...dateParts(d.date), count: parts.length, targets, missing, missingCount: missing.length, time }, turn.msg.platform);
      return { intent: 'command', replies: [{ text: head, private: true }, ...parts.map((p) => ({ ...p, private: true }))] };
    },
  };

  const resend: Command = {
    name: '补发通报',
    aliases: ['重发通报'],
    adminOnly: true,
    async run(turn, arg) {
      const d = dateOf(turn, '补发通报', arg);
      if ('outcome' in d) return d.outcome;
      const missing = list(service.missingWebhooks('bulletin'));
      if (!service.targets('bulletin').length) return reply(turn, 'bulletin-no-targets', { missing, count: missing.length });
      const report = await service.send(d.date, `${turn.msg.platform}:${turn.msg.userId}`);
      return reply(turn, 'bulletin-sent', { ...dateParts(d.date), delivered: report.delivered, failed: report.failed, missing });
    },
  };

  const status: Command = {
    name: '通报记录',
    aliases: ['发送记录'],
    adminOnly: true,
    async run(turn) {
      const labels = templates.strings('bulletin');
      const runs = (await service.runs()).slice(0, 6).map((r) => ({
        ...dateParts(r.key),
        job: labels[`job.${r.job}`] ?? r.job,
        status: labels[`status.${r.status}`] ?? r.status,
        ok: r.status === 'done',
        detail: r.status === 'done' ? '' : (r.detail ?? ''),
      }));
      const failures = (await service.deliveries({ ok: false })).slice(-8).map((f) => ({ ...f, ...dateParts(f.key), job: labels[`job.${f.job}`] ?? f.job }));
      return reply(turn, 'bulletin-status', { runs, failures, hasRuns: runs.length > 0 });
    },
  };

  return [ranking, preview, resend, status];
}
