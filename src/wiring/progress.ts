// Progress: the ledger (w.services.progress), the report skill, 进度/乡镇进度/未报送/撤回, and the API.
import { join } from 'node:path';
import { progressCommands } from '../conversation/progress-commands.js';
import { feedbackSink } from '../conversation/feedback.js';
import { confirmCommand } from '../conversation/model-reports.js';
import { MemoryProposals } from '../conversation/proposals.js';
import { reportSkill, withdrawCommand, type ProgressChatDeps } from '../conversation/progress.js';
import { progressApi } from '../http/api-progress.js';
import { ProgressLedger } from '../progress/ledger.js';
import { loadLexicon } from '../progress/lexicon.js';
import { TownshipMatcher } from '../progress/townships.js';
import { ModelReportReader } from '../model/reports.js';
import { modelUse } from './model.js';
import type { Wiring } from './types.js';

export async function wireProgress(w: Wiring): Promise<void> {
  const lexicon = loadLexicon(join(w.config.TEMPLATES_DIR, 'indicators.yaml'));
  const ledger = new ProgressLedger({
    store: w.store,
    lexicon,
    townships: new TownshipMatcher(w.county.townships),
    onLeaseError: (err) => w.log.warn({ err }, 'progress write lease not released; it expires by itself'),
  });
  const feedback = feedbackSink(w.store, (err, what) => w.log.error({ err, what }, 'could not keep a refused report; the reply is sent anyway'));
  const deps: ProgressChatDeps = { ledger, templates: w.templates, county: () => w.county, feedback, ...modelReports(w) };
  w.commands.push(...progressCommands(deps), withdrawCommand(deps));
  if (deps.model) w.commands.push(confirmCommand(deps, deps.model));
  w.skills.push(reportSkill(deps));
  w.api.push(progressApi({ ledger, county: () => w.county, now: w.now }));
  w.services.progress = ledger;
}

/** Readings proposed by the county's model for reports the rules cannot read (LLM_USE reports or both). */
function modelReports(w: Wiring): Pick<ProgressChatDeps, 'model'> {
  const use = modelUse(w);
  if (!use?.reports) return {};
  const reader = new ModelReportReader(use.client, w.log.child({ feature: 'model' }));
  return { model: { reader, pending: new MemoryProposals(), audit: (e) => w.store.audit(e) } };
}
