// Word-label lexicon: for each word core seen in the training corpora, a compact
// summary of how it was labelled (dominant class, how often, how frequent the word is).
// Built per cross-validation fold for training so the model learns how far to trust it
// on words it has not seen.
import { TYPES } from "./labels.js";

export class WordLexicon {
  /** core → summary feature value, e.g. "PER:9:f2" (PER in ≥ 90% of its occurrences, frequency bucket 2). */
  readonly entries = new Map<string, string>();

  static build(counts: ReadonlyMap<string, Uint32Array>): WordLexicon {
    const lex = new WordLexicon();
    for (const [w, c] of counts) {
      // c[0] = O, c[1 + t] = type t
      let total = 0;
      for (let i = 0; i < c.length; i++) total += c[i];
      if (total < 2 && c[0] === total) continue; // singletons that were never names say nothing
      let best = 0;
      for (let i = 1; i < c.length; i++) if (c[i] > c[best]) best = i;
      const ratio = c[best] / total;
      const bucket = ratio >= 0.9 ? 9 : ratio >= 0.6 ? 6 : ratio >= 0.3 ? 3 : 0;
      const freq = total >= 20 ? 3 : total >= 5 ? 2 : total >= 2 ? 1 : 0;
      const name = best === 0 ? "O" : TYPES[best - 1];
      let v = `${name}:${bucket}:f${freq}`;
      if (best === 0 && c[0] < total) {
        // Mostly O but sometimes a name: which one.
        let second = 1;
        for (let i = 2; i < c.length; i++) if (c[i] > c[second]) second = i;
        v += `:${TYPES[second - 1]}`;
      }
      lex.entries.set(w, v);
    }
    return lex;
  }

  get(core: string): string {
    return this.entries.get(core) ?? "unk";
  }

  toJSON(): Array<[string, string]> {
    return [...this.entries.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  static fromJSON(e: Array<[string, string]>): WordLexicon {
    const lex = new WordLexicon();
    for (const [k, v] of e) lex.entries.set(k, v);
    return lex;
  }
}

/** Adds one sentence's words to per-core label counts (index 0 = O, 1 + type index). */
export function countWords(counts: Map<string, Uint32Array>, cores: readonly string[], types: ReadonlyArray<number>): void {
  for (let i = 0; i < cores.length; i++) {
    let c = counts.get(cores[i]);
    if (!c) counts.set(cores[i], (c = new Uint32Array(TYPES.length + 1)));
    c[types[i]]++;
  }
}
