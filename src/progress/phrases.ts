// The binder's own word lists (indicators.yaml `phrases`): words it reads between figures, by what they do.
// A county adds a word there without touching code; each list is compiled here once per lexicon, inside the
// shape the rule that uses it needs (anchored to a line, to the end of the text before a figure…).
export const PHRASE_KINDS = ['correcting', 'earlier', 'ditto', 'restates', 'events', 'notJoined', 'columnTotal', 'columnAdded', 'putOff', 'note', 'pending', 'noteData', 'stage', 'merged'] as const;
export type PhraseKind = (typeof PHRASE_KINDS)[number];
/** Each list as an alternation, longest first (a never-matching one for an empty list). */
export type Phrases = Record<PhraseKind, string>;

/**
 * The list `kind` inside `shape`, where `{}` stands for the alternation ("^(?:{})$": one whole word of it), as a
 * function of the lexicon's phrases — compiled once per lexicon, looked up once per call (the reader's hot path).
 */
export function phrase(kind: PhraseKind, shape = '{}'): (phrases: Phrases) => RegExp {
  const compiled = new WeakMap<Phrases, RegExp>();
  return (phrases) => {
    let re = compiled.get(phrases);
    if (!re) compiled.set(phrases, (re = new RegExp(shape.replace('{}', phrases[kind]))));
    return re;
  };
}
