// The body a question's setting implies when it names none (lexicon.places): "户口不在我们社区的租户能登记吗" asks
// about the residents' committee, so the village law's rules (the base's main place) do not answer it.

/**
 * The body word of the one place the question names, when that is not the main place (the first row); undefined when
 * it names none, several, or the main place too ("村（社区）").
 */
export function placeAsked(places: string[][], cleaned: string): string | undefined {
  const [main, ...others] = places;
  if (!main || main.slice(1).some((w) => cleaned.includes(w))) return undefined;
  const named = others.filter((row) => row.slice(1).some((w) => cleaned.includes(w)));
  return named.length === 1 ? named[0]![0] : undefined;
}
