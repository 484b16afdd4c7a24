// Every inbound message, from any platform or the simulator, passes through here once:
// command table first, then commands said in other words (templates/intents.yaml), then the skills in
// order (reports before questions), else a polite "not understood".
import { identify, type County } from '../county.js';
import { toSimplified } from '../simplified.js';
import type { InboundMessage } from '../platforms/types.js';
import { readDateArg } from '../progress/dates.js';
import type { Templates } from '../templates.js';
import { localDate, smallHours } from '../time.js';
import { matchIntent, type IntentTable } from './intents.js';
import type { Command, Outcome, Skill, Turn } from './types.js';

export interface RouterDeps {
  county: () => County;
  templates: Templates;
  commands: Command[];
  skills: Skill[];
  /** Commands in the words people use ("今天排名咋样了"); absent: exact names and aliases only. */
  intents?: {
    table: IntentTable;
    /** A township's official name from its name, alias or short form; null when it is none. */
    township(text: string): string | null;
  };
}

/**
 * Fold traditional characters and full-width spaces, and trim edge punctuation. A trailing question mark is kept: it tells a
 * question ("党组织换届完成9个？") from a report, so only command matching ignores it.
 */
export function normalise(text: string): string {
  // Tabs part the cells of a table pasted from Excel (progress/table.ts): kept when the message has several lines.
  return toSimplified(text)
    .replace(text.includes('\n') ? /[\u3000\u2005\u00a0]/g : /[\u3000\u2005\u00a0\t]/g, ' ')
    .replace(/^[\s,，。.!！?？:：]+|[\s,，。.!！]+$/g, '')
    .replace(/ {2,}/g, ' ');
}

const withoutQuestionMark = (text: string) => text.replace(/[\s?？]+$/, '');

export function matchCommand(cmd: Command, text: string): string | null {
  if (cmd.match) return cmd.match(text);
  for (const word of [cmd.name, ...(cmd.aliases ?? [])]) {
    if (text === word) return '';
    if (text.startsWith(word) && /^[\s:：]/.test(text.slice(word.length))) return text.slice(word.length).replace(/^[\s:：]+/, '').trim();
  }
  return null;
}

/** A message as every skill reads it: text normalised, sender known, its day (and small hours) in county time. */
export function turnOf(county: County, msg: InboundMessage): Turn {
  return {
    msg: { ...msg, text: normalise(msg.text) },
    sender: identify(county, msg.platform, msg.userId),
    today: localDate(msg.at, county.timezone),
    smallHours: smallHours(msg.at, county.timezone),
  };
}

export function createRouter(deps: RouterDeps) {
  const reply = (text: string) => ({ text });

  return async function route(msg: InboundMessage): Promise<Outcome> {
    const county = deps.county();
    const turn = turnOf(county, msg);
    const text = turn.msg.text;
    if (!text && !msg.hasAttachment) {
      return { intent: 'unknown', replies: [reply(deps.templates.render('empty', {}, msg.platform))] };
    }
    const run = (cmd: Command, arg: string) => {
      if (cmd.adminOnly && !turn.sender.isAdmin) {
        return Promise.resolve<Outcome>({ intent: 'command', replies: [reply(deps.templates.render('admin-only', { command: cmd.name }, msg.platform))] });
      }
      return cmd.run(turn, arg);
    };
    const bare = withoutQuestionMark(text);
    for (const cmd of deps.commands) {
      const arg = matchCommand(cmd, bare);
      if (arg !== null) return run(cmd, arg);
    }
    if (deps.intents) {
      const { table, township } = deps.intents;
      const said = matchIntent(table, bare, { township, date: (t) => readDateArg(t, turn.today) !== null });
      const cmd = said && deps.commands.find((c) => c.name === said.command);
      if (said && cmd) return run(cmd, said.arg);
    }
    for (const [i, skill] of deps.skills.entries()) {
      const outcome = await skill.handle(turn);
      if (!outcome) continue;
      if (!outcome.rest) return outcome;
      // "村委完成4个了 问一下…算不算一肩挑？": the report is answered first, then the question by the skill that takes it.
      const asked = { ...turn, msg: { ...msg, text: outcome.rest } };
      for (const next of deps.skills.slice(i + 1)) {
        const more = await next.handle(asked);
        if (more) return { ...outcome, replies: [...outcome.replies, ...more.replies], ...(more.answer ? { answer: more.answer } : {}) };
      }
      return outcome;
    }
    return { intent: 'unknown', replies: [reply(deps.templates.render('unknown', { text }, msg.platform))] };
  };
}

export type Route = ReturnType<typeof createRouter>;
