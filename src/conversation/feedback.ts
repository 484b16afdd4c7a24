// Keeps what the bot could not handle — refused reports, declined or clarified questions — for the
// county admins' review pages. Keeping it is secondary to answering: a store failure here is logged
// and swallowed, so the sender still gets the normal reply.
import type { RefusalEntry, Store, UnansweredEntry } from '../store/types.js';
import type { Turn } from './types.js';

export interface FeedbackSink {
  refusal(turn: Turn, reasons: string[]): Promise<void>;
  unanswered(turn: Turn, kind: UnansweredEntry['kind'], suggestions: string[]): Promise<void>;
}

export type FeedbackStore = Pick<Store, 'logRefusal' | 'logUnanswered'>;

/** Told about a failed write; gets only the error and which log it was, never the message text. */
export type FeedbackFailure = (err: unknown, what: 'refusal' | 'unanswered') => void;

function common(turn: Turn) {
  return {
    at: turn.msg.at,
    date: turn.today,
    platform: turn.msg.platform,
    sender: `${turn.msg.platform}:${turn.msg.userId}`,
    text: turn.msg.text,
    ...(turn.msg.messageId ? { messageId: turn.msg.messageId } : {}),
  };
}

export function feedbackSink(store: FeedbackStore, onFailure: FeedbackFailure): FeedbackSink {
  const keep = async (what: 'refusal' | 'unanswered', write: () => Promise<void>) => {
    try {
      await write();
    } catch (err) {
      try {
        onFailure(err, what);
      } catch {
        // A broken logger must not cost the reply either.
      }
    }
  };
  return {
    refusal: (turn, reasons) => {
      const entry: RefusalEntry = { ...common(turn), townships: [...turn.sender.townships], reasons: [...reasons] };
      return keep('refusal', () => store.logRefusal(entry));
    },
    unanswered: (turn, kind, suggestions) => {
      const entry: UnansweredEntry = { ...common(turn), kind, suggestions: [...suggestions] };
      return keep('unanswered', () => store.logUnanswered(entry));
    },
  };
}
