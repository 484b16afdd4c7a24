// The `--llm` part of `npm run eval:reports`: each report set with the rules alone and with the configured
// model, a proposed reading counted as confirmed. Exits with 2, having sent nothing, when no model is configured.
import { evalModelClient } from '../../scripts/eval-model.js';
import { ModelReportReader } from '../../src/model/reports.js';
import { loadCases } from '../progress/eval-runner.js';
import { loadWriterCases } from '../progress/writers-runner.js';
import { runWithModel, type ModelTally } from './model-eval-runner.js';

function reader(): ModelReportReader {
  return new ModelReportReader(evalModelClient('docs/model-assist.md', ''));
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
