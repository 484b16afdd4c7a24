// The model's side of reading a report the rules could not read: one call, its answer checked, the outcome
// logged (model, latency, outcome; the message text only at debug level). Any failure is "no proposal".
import { performance } from 'node:perf_hooks';
import { readingPrompt, readProposal, type ProposedRecord, type ReadingContext, type ReadingLimits } from '../progress/model-reading.js';
import { ModelError, type ModelClient } from './client.js';

/** pino-compatible. */
export interface ModelLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
}

export type ReadingOutcome = 'proposed' | 'void' | 'failed';

export class ModelReportReader {
  constructor(
    private readonly client: ModelClient,
    private readonly log?: ModelLogger,
  ) {}

  get model(): string {
    return this.client.model;
  }

  /** Not paused by the client's circuit. */
  ready(): boolean {
    return this.client.ready();
  }

  /** The proposed records, or null (a failure, or an answer that does not pass readProposal). Never rejects. */
  async read(text: string, ctx: ReadingContext, limits: ReadingLimits): Promise<ProposedRecord[] | null> {
    const started = performance.now();
    const done = (outcome: ReadingOutcome, extra: object = {}) => {
      this.log?.info({ model: this.client.model, ms: Math.round(performance.now() - started), outcome, ...extra }, 'model report reading');
      this.log?.debug({ text, ...extra }, 'model report reading message');
    };
    let answer: string;
    try {
      answer = await this.client.complete(readingPrompt(text, ctx));
    } catch (err) {
      done('failed', { failure: err instanceof ModelError ? err.kind : 'network' });
      return null;
    }
    const records = readProposal(answer, ctx, limits);
    if (!records) {
      done('void');
      return null;
    }
    done('proposed', { records: records.length });
    return records;
  }
}
