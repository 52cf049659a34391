/** BM25 over pre-analysed passages (terms from the Dutch analyzer). */
export interface LexicalHit {
  index: number;
  score: number;
}

export interface LexicalIndexData {
  documentTerms: string[][];
}

export class LexicalIndex {
  private readonly postings = new Map<string, Array<[number, number]>>();
  private readonly lengths: number[];
  private readonly averageLength: number;
  readonly documentFrequency = new Map<string, number>();

  constructor(
    readonly data: LexicalIndexData,
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    this.lengths = data.documentTerms.map((terms) => terms.length);
    this.averageLength = this.lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, this.lengths.length);
    data.documentTerms.forEach((terms, index) => {
      const counts = new Map<string, number>();
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, count] of counts) {
        let list = this.postings.get(term);
        if (!list) {
          list = [];
          this.postings.set(term, list);
        }
        list.push([index, count]);
        this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
      }
    });
  }

  get size(): number {
    return this.lengths.length;
  }

  /** Inverse document frequency (BM25 form, never negative). */
  idf(term: string): number {
    const frequency = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (this.size - frequency + 0.5) / (frequency + 0.5));
  }

  search(queryTerms: readonly string[], limit: number, filter?: (index: number) => boolean): LexicalHit[] {
    const scores = new Map<number, number>();
    const weights = new Map<string, number>();
    for (const term of queryTerms) weights.set(term, (weights.get(term) ?? 0) + 1);
    for (const [term, queryCount] of weights) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      for (const [index, count] of list) {
        if (filter && !filter(index)) continue;
        const length = this.lengths[index] ?? 0;
        const tf = (count * (this.k1 + 1)) / (count + this.k1 * (1 - this.b + (this.b * length) / this.averageLength));
        scores.set(index, (scores.get(index) ?? 0) + idf * tf * Math.min(queryCount, 2));
      }
    }
    return [...scores.entries()]
      .map(([index, score]) => ({ index, score }))
      .sort((left, right) => right.score - left.score || left.index - right.index)
      .slice(0, limit);
  }

  /**
   * Share of the query's idf weight that a passage contains: 1 = every query term occurs in it. Words the corpus
   * does not know weigh as the rarest words do — or, with `unknownWeight`, that share of it (a question's own
   * conversational words, "lukt", "nou", are often unknown to the corpus without making the question off-topic).
   */
  coverage(queryTerms: readonly string[], index: number, options: { unknownWeight?: number } = {}): number {
    const unique = [...new Set(queryTerms)];
    const terms = new Set(this.data.documentTerms[index] ?? []);
    let total = 0;
    let found = 0;
    for (const term of unique) {
      const weight = this.documentFrequency.has(term) ? this.idf(term) : Math.log(1 + this.size) * (options.unknownWeight ?? 1);
      total += weight;
      if (terms.has(term)) found += weight;
    }
    return total === 0 ? 0 : found / total;
  }
}
