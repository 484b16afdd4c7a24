import type { SenderInfo } from '../county.js';
import type { InboundMessage, OutboundMessage } from '../platforms/types.js';

export type Intent = 'question' | 'report' | 'command' | 'unknown';

export interface Turn {
  msg: InboundMessage;
  sender: SenderInfo;
  /** The message's date (YYYY-MM-DD) in the county timezone. */
  today: string;
  /** Sent between midnight and 4 a.m. (county time): a 今天 in it may mean either day. */
  smallHours?: boolean;
}

/** Set by the Q&A skill (see issue "Policy Q&A"). */
export interface AnswerInfo {
  topic: string;
  item?: number;
  abstained: boolean;
  /** Set on an abstention when the question is not about re-election at all (养老金, 天气 …). */
  outOfScope?: true;
  citations: string[];
}

/** Set by the progress skill (see issue "Daily progress reports"). */
export interface ReportInfo {
  accepted: boolean;
  records: { township: string; date: string; figures: Record<string, number> }[];
  errors: string[];
  warnings: string[];
  /** A reading proposed by the county's model, waiting for the sender's 确认 (nothing is stored yet). */
  proposed?: { township: string; date: string; figures: Record<string, number> }[];
  /** Stored from a model's reading the sender confirmed. */
  assisted?: true;
}

export interface Outcome {
  intent: Intent;
  replies: OutboundMessage[];
  answer?: AnswerInfo;
  report?: ReportInfo;
  /** Text the skill left for the skills after it (a question asked beside a report): their replies follow. */
  rest?: string;
}

export interface Command {
  /** The word a user types, e.g. 帮助. Also the key of its description in templates/messages/commands.yaml. */
  name: string;
  aliases?: string[];
  adminOnly?: boolean;
  /**
   * Recognise the command in normalised text and return its argument ('' for none), or null.
   * Default: the text is the name or an alias, optionally followed by an argument.
   */
  match?(text: string): string | null;
  run(turn: Turn, arg: string): Promise<Outcome>;
}

/** A handler for free text (reports, questions): returns null when the text is not for it. */
export interface Skill {
  name: string;
  handle(turn: Turn): Promise<Outcome | null>;
}
