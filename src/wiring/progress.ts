// Progress: the ledger (w.services.progress), the report skill, 进度/乡镇进度/未报送/撤回, and the API.
import { join } from 'node:path';
import { progressCommands } from '../conversation/progress-commands.js';
import { feedbackSink } from '../conversation/feedback.js';
import { reportSkill, withdrawCommand } from '../conversation/progress.js';
import { progressApi } from '../http/api-progress.js';
import { ProgressLedger } from '../progress/ledger.js';
import { loadLexicon } from '../progress/lexicon.js';
import { TownshipMatcher } from '../progress/townships.js';
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
  const deps = { ledger, templates: w.templates, county: () => w.county, feedback };
  w.commands.push(...progressCommands(deps), withdrawCommand(deps));
  w.skills.push(reportSkill(deps));
  w.api.push(progressApi({ ledger, county: () => w.county, now: w.now }));
  w.services.progress = ledger;
}
