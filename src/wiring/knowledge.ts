// Wires policy Q&A: loads templates/knowledge once, answers questions, and reloads without a restart
// (file change, admin command, POST /api/knowledge/reload). A broken file keeps the old base in use.
import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { feedbackSink } from '../conversation/feedback.js';
import { describeIssue, knowledgeCommands, questionSkill } from '../conversation/knowledge.js';
import { knowledgeApi } from '../http/api-knowledge.js';
import { ModelAssist } from '../knowledge/model-assist.js';
import { KnowledgeService, type ReloadResult } from '../knowledge/service.js';
import type { AskResult } from '../knowledge/types.js';
import { modelUse } from './model.js';
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
  // The chat says "正在查找…" first only when the model will really be asked (not while its circuit is open).
  const ask = assist
    ? {
        assist: (q: string, r: AskResult, asking?: () => void) => {
          if (assist.eligible(q, r) && assist.ready()) asking?.();
          return assist.answer(q, r);
        },
      }
    : {};
  const deps = { service, templates: w.templates, reload: () => reload('command'), feedback, ...ask };
  w.commands.push(...knowledgeCommands(deps));
  w.skills.push(questionSkill(deps));
  w.api.push(knowledgeApi({ service, templates: w.templates, reload: () => reload('api'), ...ask }));
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

/** Model-assisted matching when the county's model is on for questions (LLM_USE qa or both). */
function modelAssist(w: Wiring, service: KnowledgeService): ModelAssist | undefined {
  const use = modelUse(w);
  return use?.qa ? new ModelAssist(service, use.client, w.log.child({ feature: 'model' })) : undefined;
}
