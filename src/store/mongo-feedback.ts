// The feedback collections of the MongoDB store: refused reports and unanswered questions, typed with
// the port's own entry types.
import { Schema, type Connection, type Model } from 'mongoose';
import { MAX_KEPT_TEXT, type DateRange, type RefusalEntry, type UnansweredEntry } from './types.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const feedbackSchemas = {
  refusal: new Schema<RefusalEntry>(
    {
      at: { type: Date, required: true },
      date: { type: String, required: true, match: DATE },
      platform: { type: String, required: true },
      sender: { type: String, required: true },
      townships: { type: [String], default: [] },
      // Not `required`: mongoose treats '' as missing, and an attachment without text is kept as ''.
      text: { type: String, default: '' },
      reasons: { type: [String], default: [] },
      messageId: String,
    },
    { collection: 'refusals', versionKey: false },
  ).index({ date: 1, at: 1 }),
  unanswered: new Schema<UnansweredEntry>(
    {
      at: { type: Date, required: true },
      date: { type: String, required: true, match: DATE },
      platform: { type: String, required: true },
      sender: { type: String, required: true },
      text: { type: String, default: '' },
      kind: { type: String, required: true, enum: ['abstain', 'clarify'] },
      suggestions: { type: [String], default: [] },
      messageId: String,
    },
    { collection: 'unanswered', versionKey: false },
  ).index({ date: 1, at: 1 }),
};

function dateFilter(range: DateRange): { date?: { $gte?: string; $lte?: string } } {
  if (!range.from && !range.to) return {};
  return { date: { ...(range.from ? { $gte: range.from } : {}), ...(range.to ? { $lte: range.to } : {}) } };
}

const optionalId = (id: string | null | undefined) => (id ? { messageId: id } : {});

export class FeedbackModels {
  readonly refusal: Model<RefusalEntry>;
  readonly unanswered: Model<UnansweredEntry>;

  constructor(conn: Connection) {
    this.refusal = conn.model<RefusalEntry>('Refusal', feedbackSchemas.refusal);
    this.unanswered = conn.model<UnansweredEntry>('Unanswered', feedbackSchemas.unanswered);
  }

  async init(): Promise<void> {
    await Promise.all([this.refusal.init(), this.unanswered.init()]);
  }

  async logRefusal(e: RefusalEntry): Promise<void> {
    await this.refusal.create({ ...e, text: e.text.slice(0, MAX_KEPT_TEXT) });
  }

  async listRefusals(range: DateRange): Promise<RefusalEntry[]> {
    const docs = await this.refusal.find(dateFilter(range)).sort({ at: 1, _id: 1 }).lean();
    return docs.map((d) => ({
      at: d.at,
      date: d.date,
      platform: d.platform,
      sender: d.sender,
      townships: [...d.townships],
      text: d.text ?? '',
      reasons: [...d.reasons],
      ...optionalId(d.messageId),
    }));
  }

  async logUnanswered(e: UnansweredEntry): Promise<void> {
    await this.unanswered.create({ ...e, text: e.text.slice(0, MAX_KEPT_TEXT) });
  }

  async listUnanswered(range: DateRange): Promise<UnansweredEntry[]> {
    const docs = await this.unanswered.find(dateFilter(range)).sort({ at: 1, _id: 1 }).lean();
    return docs.map((d) => ({
      at: d.at,
      date: d.date,
      platform: d.platform,
      sender: d.sender,
      text: d.text ?? '',
      kind: d.kind,
      suggestions: [...d.suggestions],
      ...optionalId(d.messageId),
    }));
  }
}
