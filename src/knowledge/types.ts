// Shapes of the policy knowledge base (templates/knowledge/*.md) and of an answer to a question.

export interface Source {
  issuer: string;
  document: string;
  date: string;
}

export interface Item {
  /** 1-based position in its topic; "第N条" of a list topic addresses it. */
  n: number;
  title: string;
  keywords: string[];
  /** The item's own source line (出处). */
  source: string;
  /** What the asker must still check locally (核实); falls back to the topic's check. */
  check?: string;
  /** Article number in the law or regulation the item paraphrases (条款), e.g. 15 for 第十五条. */
  article?: number;
  body: string;
  /** Questions in cadres' words that this item answers (templates/knowledge/questions/). */
  examples: string[];
  /** Line of the item heading in its file, for error reports. */
  line: number;
}

export interface Topic {
  id: string;
  title: string;
  /** list: one numbered list (answered whole on request, 第N条 addresses items); facts: separate rules. */
  kind: 'list' | 'facts';
  /** Versions of the same list share a family (十严禁: village, national-2021, national-2026). */
  family?: string;
  variant?: string;
  /** Words that, in a question, select this variant over its siblings. */
  markers: string[];
  aliases: string[];
  source: Source;
  scope: string;
  check?: string;
  questions: string[];
  /** Words one of which a question must hold for the topic to answer it (the bot's own help: 报, 进度); none: any question. */
  requires: string[];
  intro: string;
  items: Item[];
  /** File name inside the knowledge folder. */
  file: string;
}

/** Synonyms, typos and stopwords (templates/knowledge/synonyms.yaml). */
export interface Lexicon {
  /** Each group's first word is the canonical form of the others. */
  groups: string[][];
  typos: Record<string, string>;
  stopwords: string[];
  /**
   * Words that tell a story rather than ask about a rule: who it is about (表哥, 老丈人, 隔壁家, 老王 — kin
   * beyond the 近亲属 the law names, neighbours, nicknames) and when (这回, 前年, 后来). Kept whole when
   * cutting ("俺表哥" is not 表 + 哥), then ignored like stopwords.
   */
  story?: string[];
  /** Domain context words (换届, 村委会, 候选人): they show a question is in scope but do not pick a topic. */
  context: string[];
  /** Extra words the tokenizer must keep whole. */
  terms: string[];
  /**
   * Bodies a rule can be about (村委会, 居委会, 党组织 …), each with the words that name it. A question that
   * names one body is not answered from a rule that names only others ("村委会任期" is not the 居委会 term).
   */
  bodies: string[][];
  /**
   * Places that say which body a question asks about when it names none: the first word of a row is a body's
   * word, the rest the place's words ("我们社区的租户能登记吗" asks about the 居委会). The first row is the base's
   * main place (the village): a question that also says it ("村（社区）") is read by the main place, as one that
   * names no place.
   */
  places: string[][];
  /**
   * Words that name matters this base does not cover (人大代表, 低保, 工资, 党费 …): a question using one is
   * declined unless a topic uses the word too, however well its other words match ("人大代表换届选民登记").
   */
  outside: string[];
  /**
   * Outside matters a candidate may promise or threaten to withhold for a vote (低保, 宅基地): told as what a vote
   * wins or loses ("不选他就别想吃低保"), such a word is the stakes of a breach, not the matter asked.
   */
  stakes?: string[];
  /**
   * A person's condition no list names (拘留, 被拘过): outside the base like the words above, and never answered by
   * the list of who may not stand, however its other words match (被行政拘留过能不能提名).
   */
  unlisted?: string[];
  /** Words telling of a breach (冒名, 伪造, 威胁): only a rule that forbids it, or names it, answers such a story. */
  misconduct: string[];
  /** A breach told by its means names the breach it serves: 送礼 (giving money, gifts) is a means of 贿选. */
  means: Record<string, string>;
  /**
   * Phrases whose words stand apart (替她投, 帮俺娘投: the person between the verb and its object), each a
   * regular expression and the word it says; matched after typos are fixed, the phrase is read as the word.
   */
  phrases?: { pattern: string; word: string }[];
  /**
   * Kinds of question and the rules that answer them: a question containing one of `ask` ("什么意思")
   * prefers, within its topic, an item whose title contains one of `answer` ("含义").
   */
  intents: { ask: string[]; answer: string[] }[];
}

export interface KnowledgeBase {
  topics: Topic[];
  lexicon: Lexicon;
}

/** A problem in a knowledge file: a code (worded in templates/messages/qa-errors.yaml) and its parameters. */
export interface KnowledgeIssue {
  file: string;
  line?: number;
  severity: 'error' | 'warning';
  code: string;
  params?: Record<string, string | number>;
}

export type AskKind = 'item' | 'list' | 'overview' | 'missing-item' | 'clarify' | 'abstain';

export interface AskResult {
  kind: AskKind;
  topic?: Topic;
  item?: Item;
  /** The question reads like "does X count / may Y…" — the answer names the deciding rule and what to check. */
  situational: boolean;
  /** 0..1: how much of the question the chosen topic (or item) explains. */
  confidence: number;
  /** Other versions of the same list (family), named in the answer. */
  others: Topic[];
  /** Further rules that bear on the same question (other lists, same article). */
  related: { topic: Topic; item: Item }[];
  /** Closest topics, offered when abstaining or asking back. */
  suggestions: Topic[];
  /** For missing-item: the N asked for. */
  asked?: number;
  citations: string[];
  /** Parts of a question of several that no rule answers: the answer says so, and answers the rest. */
  unanswered?: string[];
  /** The item was picked by the county's model among items offered to it (the text is still the base's own). */
  assisted?: true;
}

export interface AskOptions {
  /** family → variant used when a question does not name one (county.disciplineDefault for 十严禁). */
  variantDefaults?: Record<string, string>;
}
