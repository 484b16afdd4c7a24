// Okapi BM25 over small documents (a topic header or one item). k1/b are the usual defaults.
const K1 = 1.2;
const B = 0.75;

export class Bm25 {
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly lengths: number[] = [];
  private avgLength = 1;
  private readonly idfs = new Map<string, number>();

  constructor(docs: string[][]) {
    docs.forEach((tokens, doc) => {
      this.lengths.push(tokens.length);
      const tf = new Map<string, number>();
      for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [term, n] of tf) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = []));
        list.push({ doc, tf: n });
      }
    });
    this.avgLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, docs.length) || 1;
  }

  get size(): number {
    return this.lengths.length;
  }

  /** Inverse document frequency; a word no document contains gets the highest value. */
  idf(term: string): number {
    const known = this.idfs.get(term);
    if (known !== undefined) return known;
    const df = this.postings.get(term)?.length ?? 0;
    const n = this.lengths.length;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    // Only the corpus's own words are remembered, so questions cannot grow the cache without end.
    if (df > 0) this.idfs.set(term, idf);
    return idf;
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** Scores of every document for the (deduplicated) query terms, each optionally weighted. */
  score(terms: Iterable<string>, weight: (term: string) => number = () => 1): Float64Array {
    const scores = new Float64Array(this.lengths.length);
    for (const term of new Set(terms)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term) * weight(term);
      for (const { doc, tf } of list) {
        const norm = 1 - B + (B * this.lengths[doc]!) / this.avgLength;
        scores[doc] = scores[doc]! + (idf * tf * (K1 + 1)) / (tf + K1 * norm);
      }
    }
    return scores;
  }
}
