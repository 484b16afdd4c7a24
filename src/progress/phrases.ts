// The binder's own word lists (indicators.yaml `phrases`): words it reads between figures, by what they do.
// A county adds a word there without touching code; each list is compiled here once per lexicon, inside the
// shape the rule that uses it needs (anchored to a line, to the end of the text before a figure…).
export const PHRASE_KINDS = ['correcting', 'earlier', 'ditto', 'restates', 'events', 'notJoined', 'columnTotal', 'columnAdded', 'putOff'] as const;
export type PhraseKind = (typeof PHRASE_KINDS)[number];
/** Each list as an alternation, longest first (a never-matching one for an empty list). */
export type Phrases = Record<PhraseKind, string>;

const cache = new WeakMap<Phrases, Map<string, RegExp>>();

/** The list `kind` inside `shape`, where `{}` stands for the alternation: "^(?:{})$" is one whole word of it. */
export function phraseRe(phrases: Phrases, kind: PhraseKind, shape = '{}'): RegExp {
  let compiled = cache.get(phrases);
  if (!compiled) cache.set(phrases, (compiled = new Map()));
  const key = `${kind}\u0000${shape}`;
  let re = compiled.get(key);
  if (!re) compiled.set(key, (re = new RegExp(shape.replace('{}', phrases[kind]))));
  return re;
}
