// Wires policy Q&A: loads templates/knowledge once, answers questions, and reloads without a restart
// (file change, admin command, POST /api/knowledge/reload). A broken file keeps the old base in use.
import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { feedbackSink } from '../conversation/feedback.js';
import { describeIssue, knowledgeCommands, questionSkill } from '../conversation/knowledge.js';
import { knowledgeApi } from '../http/api-knowledge.js';
import { ModelAssist } from '../knowledge/model-assist.js';
import { ModelClient } from '../knowledge/model-client.js';
import { KnowledgeService, type ReloadResult } from '../knowledge/service.js';
import type { Wiring } from './types.js';

/** Editors save in several writes (temp file, rename): wait for the burst to end. */
const DEBOUNCE_MS = 300;

export async function wireKnowledge(w: Wiring): Promise<void> {
  const dir = join(w.config.TEMPLATES_DIR, 'knowledge');
  const service = new KnowledgeService(dir, () => ({ variantDefaults: { 十严禁: w.county.disciplineDefault } }));
  const log = w.log.child({ feature: 'knowledge' });

  const reload = (trigger: string): ReloadResult => {
    const r = service.reload();
    const problems = r.issues.map((i) => describeIssue(w.templates, i));
    if (r.ok) log.info({ trigger, topics: r.topics, items: r.items, ms: Math.round(r.ms), warnings: problems }, 'knowledge base loaded');
    else log.warn({ trigger, problems }, 'knowledge base not reloaded; previous base kept');
    return r;
  };
  reload('startup');

  const feedback = feedbackSink(w.store, (err, what) => log.error({ err, what }, 'could not keep an unanswered question; the reply is sent anyway'));
  const assist = modelAssist(w, service);
  const deps = { service, templates: w.templates, reload: () => reload('command'), feedback, ...(assist ? { assist: (q: string, r: Parameters<ModelAssist['answer']>[1]) => assist.answer(q, r) } : {}) };
  w.commands.push(...knowledgeCommands(deps));
  w.skills.push(questionSkill(deps));
  w.api.push(knowledgeApi({ service, templates: w.templates, reload: () => reload('api') }));
  w.services.knowledge = { service, reload: () => reload('service') };

  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(dir, () => {
      clearTimeout(timer);
      timer = setTimeout(() => reload('file change'), DEBOUNCE_MS);
    });
    watcher.on('error', (err) => log.warn({ err }, 'knowledge folder watch failed; use 重新加载知识库 to reload'));
    watcher.unref();
  } catch (err) {
    log.warn({ err, dir }, 'cannot watch the knowledge folder; use 重新加载知识库 to reload');
  }
  w.stoppers.push(async () => {
    clearTimeout(timer);
    watcher?.close();
  });
}

/**
 * The county's model (LLM_BASE_URL), when configured: start-up says whether it is on and for what, and
 * /healthz reports its last success and failure (services.model).
 */
function modelAssist(w: Wiring, service: KnowledgeService): ModelAssist | undefined {
  const c = w.config;
  const log = w.log.child({ feature: 'model' });
  if (!c.LLM_BASE_URL || !c.LLM_MODEL) {
    log.info({ on: false }, 'model assist off (LLM_BASE_URL not set)');
    return undefined;
  }
  const client = new ModelClient({ baseUrl: c.LLM_BASE_URL, apiKey: c.LLM_API_KEY, model: c.LLM_MODEL, timeoutMs: c.LLM_TIMEOUT_MS, now: w.now });
  w.services.model = client;
  const qa = c.LLM_USE === 'qa' || c.LLM_USE === 'both';
  // Reading reports with the model is not built yet: LLM_USE=reports or both changes nothing there today.
  log.info({ on: true, model: c.LLM_MODEL, endpoint: new URL(c.LLM_BASE_URL).origin, timeoutMs: c.LLM_TIMEOUT_MS, qa, reports: false }, qa ? 'model assist on for policy questions' : 'model configured but not used for questions (LLM_USE)');
  return qa ? new ModelAssist(service, client, log) : undefined;
}
