// /api/knowledge: reload, topic list and a test box for the console's knowledge browser. The test box shows
// the rules alone (what to fix in the base); `?llm=1` also asks the county's model as chat does.
import type Router from '@koa/router';
import { answerInfo, describeIssue, isOutOfScope, renderAnswer } from '../conversation/knowledge.js';
import { citeTopic } from '../knowledge/parse.js';
import type { KnowledgeService, ReloadResult } from '../knowledge/service.js';
import type { AskResult } from '../knowledge/types.js';
import type { Templates } from '../templates.js';
import { HttpError } from './errors.js';

export interface KnowledgeApiDeps {
  service: KnowledgeService;
  templates: Templates;
  reload: () => ReloadResult;
  /** The county's model for questions, when on: used only with ?llm=1. */
  assist?: (question: string, ruled: AskResult) => Promise<AskResult | null>;
}

export function knowledgeApi(deps: KnowledgeApiDeps) {
  const describe = (r: ReloadResult) => r.issues.map((i) => ({ file: i.file, ...(i.line ? { line: i.line } : {}), severity: i.severity, code: i.code, message: describeIssue(deps.templates, i) }));
  return (router: Router) => {
    router.post('/api/knowledge/reload', (ctx) => {
      const r = deps.reload();
      if (!r.ok) throw new HttpError(422, 'knowledge base not reloaded; the previous base is still in use', describe(r));
      ctx.body = { ok: true, topics: r.topics, items: r.items, ms: Math.round(r.ms), warnings: describe(r) };
    });

    router.get('/api/knowledge/topics', (ctx) => {
      const status = deps.service.status();
      ctx.body = {
        loadedAt: status.loadedAt?.toISOString() ?? null,
        problems: status.issues.map((i) => ({ file: i.file, ...(i.line ? { line: i.line } : {}), severity: i.severity, message: describeIssue(deps.templates, i) })),
        topics: deps.service.topics().map((t) => ({
          id: t.id,
          title: t.title,
          kind: t.kind,
          ...(t.family ? { family: t.family, variant: t.variant } : {}),
          aliases: t.aliases,
          scope: t.scope,
          source: t.source,
          citation: citeTopic(t),
          file: t.file,
          items: t.items.map((i) => ({ n: i.n, title: i.title, keywords: i.keywords, source: i.source, ...(i.article ? { article: i.article } : {}) })),
        })),
      };
    });

    router.get('/api/knowledge/ask', async (ctx) => {
      const q = typeof ctx.query.q === 'string' ? ctx.query.q.trim() : '';
      if (!q) throw new HttpError(400, 'query parameter q (the question) is required');
      if (q.length > 500) throw new HttpError(400, 'q is longer than 500 characters');
      const platform = ctx.query.platform === 'dingtalk' ? 'dingtalk' : 'wecom';
      const ruled = deps.service.ask(q);
      const outOfScope = isOutOfScope(deps.service, q, ruled);
      const withModel = ctx.query.llm === '1';
      const r = (withModel && !outOfScope && deps.assist ? await deps.assist(q, ruled).catch(() => null) : null) ?? ruled;
      ctx.body = {
        ...(withModel ? { model: deps.assist ? (r.assisted ? 'matched' : 'no match') : 'off' } : {}),
        ...answerInfo(r, outOfScope),
        kind: r.kind,
        confidence: Number(r.confidence.toFixed(3)),
        situational: r.situational,
        suggestions: r.suggestions.map((t) => ({ id: t.id, title: t.title })),
        reply: renderAnswer(deps.templates, q, r, platform, { outOfScope }),
      };
    });
  };
}
