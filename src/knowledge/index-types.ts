// The shapes the searchable index hands to the answering code: a topic's word sets, and a ranked topic.
import type { Topic } from './types.js';

export interface TopicEntry {
  topic: Topic;
  /** Words of the topic's names (title, aliases, family, markers). */
  nameTerms: Set<string>;
  /** Token sets of each single name: a question equal to one of them just names the topic. */
  names: Set<string>[];
  markerTerms: Set<string>;
  /** Every word of the topic and its items. */
  vocab: Set<string>;
  /** Each item's own words (title, keywords, body). */
  itemVocab: Set<string>[];
  /** Each item's words plus its topic's header words: what an answer with this item explains. */
  itemFit: Set<string>[];
  /** Each item's title and keyword words: what a question must name for the item to be its answer. */
  itemKeys: Set<string>[];
  /** The names that, spelled out in a question, favour the topic: those with a word beyond context and bodies. */
  boostNames: string[][];
  /** Characters of the topic's title and aliases: the last resort for suggestions when no word matched. */
  nameChars: Set<string>;
  /** Bodies (lexicon.bodies indexes) the topic's names name, and those each item names besides. */
  topicBodies: Set<number>;
  itemBodies: Set<number>[];
  headerDoc: number;
  itemDocs: number[];
  /** The words of topic.requires: a question holding none of them is not this topic's. */
  required: Set<string>;
}

export interface Ranked {
  entry: TopicEntry;
  score: number;
  itemScores: number[];
  /** Index of the best-scoring item. */
  bestItem: number;
}
