// The `--llm` part of `npm run eval:reports`: each report set with the rules alone and with the configured
// model, a proposed reading counted as confirmed. Exits with 2, having sent nothing, when no model is configured.
import { ConfigError, loadConfig } from '../../src/config.js';
import { ModelClient } from '../../src/model/client.js';
import { ModelReportReader } from '../../src/model/reports.js';
import { loadCases } from '../progress/eval-runner.js';
import { loadWriterCases } from '../progress/writers-runner.js';
import { runWithModel, type ModelTally } from './model-eval-runner.js';

function reader(): ModelReportReader {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    console.error(err instanceof ConfigError ? err.message : String(err));
    process.exit(2);
  }
  if (!config.LLM_BASE_URL || !config.LLM_MODEL) {
    console.error('--llm: no model endpoint is configured (set LLM_BASE_URL and LLM_MODEL in the environment or .env; see docs/model-assist.md). Nothing was sent.');
    process.exit(2);
  }
  console.log(`\nmodel ${config.LLM_MODEL} at ${new URL(config.LLM_BASE_URL).origin}, timeout ${config.LLM_TIMEOUT_MS} ms`);
  // One call at a time: a county endpoint is often small, and the figures must not depend on its queue.
  const client = new ModelClient({ baseUrl: config.LLM_BASE_URL, apiKey: config.LLM_API_KEY, model: config.LLM_MODEL, timeoutMs: config.LLM_TIMEOUT_MS, maxConcurrent: 1, failuresToOpen: 5, openMs: 30_000 });
  return new ModelReportReader(client);
}

const pct = (n: number, d: number) => (d ? `${((n / d) * 100).toFixed(1)}%` : 'n/a');
const signed = (n: number) => `${n >= 0 ? '+' : ''}${n}`;

function line(label: string, t: ModelTally): string {
  return `${label.padEnd(16)} good messages exact ${t.exact}/${t.good} ${pct(t.exact, t.good)} · stored wrong ${t.storedWrong} · bad messages stored ${t.storedBad}/${t.bad}`;
}

export async function printModelComparison(heldout: boolean): Promise<void> {
  const model = reader();
  const sets: [string, ReturnType<typeof loadCases>][] = [
    ['fixtures (test/fixtures/reports)', loadCases()],
    ['independent writers, tuning', loadWriterCases('tuning')],
    ...(heldout ? ([['independent writers, HELD OUT (figures only)', loadWriterCases('heldout')]] as [string, ReturnType<typeof loadCases>][]) : []),
  ];
  for (const [name, cases] of sets) {
    const rules = await runWithModel(cases);
    const helped = await runWithModel(cases, model);
    console.log(`\n== ${name}, rules alone and with the model (a proposed reading counted as confirmed)`);
    console.log(line('rules alone', rules));
    console.log(line('with the model', helped));
    console.log(`model asked ${helped.asked} times, proposed ${helped.proposed} readings`);
    console.log(`change           exact ${signed(helped.exact - rules.exact)}, stored wrong ${signed(helped.storedWrong - rules.storedWrong)}, bad stored ${signed(helped.storedBad - rules.storedBad)}`);
  }
}
