// Policy Q&A in chat: the question skill (runs after the progress skill, so it answers or abstains on
// anything left), 政策目录 and 重新加载知识库. Wording lives in templates/messages/qa-*.md.
import Mustache from 'mustache';
import type { KnowledgeService, ReloadResult } from '../knowledge/service.js';
import type { AskResult, KnowledgeIssue, Topic } from '../knowledge/types.js';
import { citeTopic } from '../knowledge/parse.js';
import type { OutboundMessage } from '../platforms/types.js';
import type { Templates } from '../templates.js';
import type { FeedbackSink } from './feedback.js';
import type { AnswerInfo, Command, Skill, Turn } from './types.js';

const join = (xs: string[]) => xs.join('；');

function suggestion(t: Topic) {
  return { title: t.title, example: t.questions[0] ?? t.aliases[0] ?? '' };
}

/**
 * The reply (one message) for an answer; lists go out as markdown so numbered lines render. An abstention
 * on a question that is not about re-election at all (养老金, 彩票, 天气; KnowledgeService.outOfScope)
 * says so and what the bot can do, instead of "no rule in the base" with unrelated topics.
 */
export function renderAnswer(templates: Templates, question: string, r: AskResult, platform?: string, opts: { outOfScope?: boolean } = {}): OutboundMessage {
  const t = r.topic;
  const common = t ? { topicTitle: t.title, scope: t.scope, othersText: join(r.others.map((o) => o.title)) } : {};
  switch (r.kind) {
    case 'item': {
      const item = r.item!;
      // An item's own 核实 line always goes with it (it may say the rule has changed since the text
      // quoted); the topic's general one only when the question describes a local situation.
      const check = item.check ?? (r.situational ? t!.check : undefined);
      const text = templates.render(
        'qa-item',
        {
          ...common,
          isList: t!.kind === 'list',
          n: item.n,
          title: item.title,
          body: item.body,
          situational: r.situational,
          check,
          unansweredText: (r.unanswered ?? []).map((q) => q.slice(0, 30)).join('”“'),
          relatedText: join(r.related.map((x) => `${x.topic.title}${x.topic.kind === 'list' ? ` ${x.item.n}. ` : '：'}${x.item.title}（${x.item.source}）`)),
          source: item.source,
        },
        platform,
      );
      // The model chose which item; the words are the base's own, and the reader is told to check the source.
      return { text: r.assisted ? `${text.trimEnd()}\n${templates.render('qa-assisted', {}, platform).trim()}` : text };
    }
    case 'list':
      return { text: templates.render('qa-list', { ...common, intro: t!.intro, items: t!.items, source: citeTopic(t!) }, platform), format: 'markdown', title: t!.title };
    case 'overview':
      return { text: templates.render('qa-overview', { ...common, intro: t!.intro, items: t!.items, example: t!.questions[0] ?? '', source: citeTopic(t!) }, platform) };
    case 'missing-item':
      return { text: templates.render('qa-missing-item', { ...common, count: t!.items.length, asked: r.asked, name: t!.family ?? t!.aliases[0] ?? t!.title, source: citeTopic(t!) }, platform) };
    case 'clarify':
      return { text: templates.render('qa-clarify', { asked: r.asked, suggestions: r.suggestions.map(suggestion) }, platform) };
    default:
      if (opts.outOfScope) return { text: templates.render('qa-out-of-scope', { question: question.slice(0, 40) }, platform) };
      return { text: templates.render('qa-abstain', { question: question.slice(0, 40), hasSuggestions: r.suggestions.length > 0, suggestions: r.suggestions.map(suggestion) }, platform) };
  }
}

export function answerInfo(r: AskResult, outOfScope = false): AnswerInfo {
  const declined = r.kind === 'abstain' || r.kind === 'clarify';
  return {
    topic: declined ? '' : (r.topic?.id ?? ''),
    ...(r.kind === 'item' && r.item ? { item: r.item.n } : {}),
    abstained: declined,
    ...(outOfScope && r.kind === 'abstain' ? { outOfScope: true } : {}),
    citations: declined ? [] : r.citations,
  };
}

/** An abstention on a question with no re-election word in it (see KnowledgeService.outOfScope). */
export function isOutOfScope(service: KnowledgeService, question: string, r: AskResult): boolean {
  return r.kind === 'abstain' && service.outOfScope(question);
}

/** One knowledge-file problem in the clerk's words: "negative-list.md 第12行：第3条缺少“出处：”一行". */
export function describeIssue(templates: Templates, issue: KnowledgeIssue): string {
  const table = templates.strings('qa-errors');
  const render = (tpl: string | undefined, data: object) => (tpl ? Mustache.render(tpl, data, undefined, { escape: (s: string) => s }) : '');
  const where = render(table.where, issue) || issue.file;
  const message = render(table[issue.code], issue.params ?? {}) || `${issue.code} ${JSON.stringify(issue.params ?? {})}`;
  return `${where}：${message}`;
}

export function renderReload(templates: Templates, r: ReloadResult, platform?: string): string {
  const shown = r.ok ? r.issues : r.issues.filter((i) => i.severity === 'error');
  return templates.render('qa-reload', { ...r, ms: Math.round(r.ms), hasIssues: shown.length > 0, issues: shown.map((i) => describeIssue(templates, i)) }, platform);
}

export interface KnowledgeChatDeps {
  service: KnowledgeService;
  templates: Templates;
  /** Reload and report (the wiring logs it too). */
  reload: () => ReloadResult;
  /** Where declined and clarified questions are kept for the admins (absent: not kept). */
  feedback?: FeedbackSink;
  /**
   * The county's model, asked when the rules decline or ask back a question in scope (absent: off). It
   * resolves a model-assisted item or null, and never rejects; `asking` is called just before the model is.
   */
  assist?: (question: string, ruled: AskResult, asking?: () => void) => Promise<AskResult | null>;
}

export function questionSkill(deps: KnowledgeChatDeps): Skill {
  return {
    name: 'question',
    async handle(turn: Turn) {
      const text = turn.msg.text.trim();
      if (!text) return null;
      const ruled = deps.service.ask(text);
      const outOfScope = isOutOfScope(deps.service, text, ruled);
      // Out-of-scope questions are kept too (kind abstain), with no topics: their reply offered none. A
      // question the model then matches is kept as well: the rules missed it, and the base may want an example.
      if (ruled.kind === 'abstain' || ruled.kind === 'clarify') await deps.feedback?.unanswered(turn, ruled.kind, outOfScope ? [] : ruled.suggestions.map((t) => t.title));
      const asking = () => turn.msg.interim?.({ text: deps.templates.render('qa-model-searching', {}, turn.msg.platform) });
      const r = (!outOfScope && deps.assist ? await deps.assist(text, ruled, asking).catch(() => null) : null) ?? ruled;
      const reply = renderAnswer(deps.templates, text, r, turn.msg.platform, { outOfScope });
      return { intent: 'question', replies: [reply], answer: answerInfo(r, outOfScope) };
    },
  };
}

export function knowledgeCommands(deps: KnowledgeChatDeps): Command[] {
  const catalog: Command = {
    name: '政策目录',
    aliases: ['政策列表', '知识库目录', '政策主题'],
    async run(turn) {
      const topics = deps.service.topics().map((t, i) => ({ index: i + 1, title: t.title, example: t.questions[0] ?? '' }));
      const issues = turn.sender.isAdmin ? deps.service.status().issues.filter((i) => i.severity === 'error') : [];
      const problems = issues.map((i) => `· ${describeIssue(deps.templates, i)}`).join('\n');
      return { intent: 'command', replies: [{ text: deps.templates.render('qa-catalog', { count: topics.length, topics, problems }, turn.msg.platform) }] };
    },
  };
  const reload: Command = {
    name: '重新加载知识库',
    aliases: ['重载知识库', '刷新知识库'],
    adminOnly: true,
    async run(turn) {
      return { intent: 'command', replies: [{ text: renderReload(deps.templates, deps.reload(), turn.msg.platform) }] };
    },
  };
  return [catalog, reload];
}
