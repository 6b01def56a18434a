// Phrase gazetteers for features: folded multi-word names → a bit mask of
// types (PER 1, LOC 2, ORG 4, MISC 8). Matching is greedy longest-first over a
// sentence; the first word of a phrase is matched without its proclitics
// (وألمانيا matches المانيا), as names in the text carry و/ب/ل/ك.
import { foldWord, segment } from "./arabic.js";
import { TYPES, type NerType } from "./labels.js";

export const MAX_PHRASE = 6;

export function typeBit(t: NerType): number {
  return 1 << TYPES.indexOf(t);
}

/** The form a phrase's first word is keyed by: proclitics removed, the article kept. */
export function coreOf(folded: string): string {
  const s = segment(folded);
  return s.article ? "ال" + s.base : s.base;
}

/** A phrase key from raw words. */
export function phraseKey(words: readonly string[]): string {
  const f = words.map(foldWord);
  f[0] = coreOf(f[0]);
  return f.join(" ");
}

/** A word-level trie node: the mask of the phrase ending here (0: none) and the words that extend it. */
export interface TrieNode {
  mask: number;
  next: Map<string, TrieNode> | null;
}

export class PhraseGazetteer {
  readonly phrases = new Map<string, number>();
  /**
   * The phrases as a trie over their words, first level keyed by the first word's core. Matching
   * walks it with the sentence's own word strings, so it never builds or hashes a phrase key.
   */
  private readonly root = new Map<string, TrieNode>();

  add(words: readonly string[], type: NerType): void {
    if (words.length === 0 || words.length > MAX_PHRASE) return;
    const key = phraseKey(words);
    if (key.length < 2) return;
    this.addKey(key, typeBit(type));
  }

  addKey(key: string, mask: number): void {
    const all = (this.phrases.get(key) ?? 0) | mask;
    this.phrases.set(key, all);
    let level = this.root;
    let node: TrieNode | undefined;
    for (const w of key.split(" ")) {
      node = level.get(w);
      if (!node) level.set(w, (node = { mask: 0, next: null }));
      level = node.next ??= new Map();
    }
    node!.mask = all;
  }

  get size(): number {
    return this.phrases.size;
  }

  /**
   * Per token: 0 when no phrase covers it, else (mask << 1) | inside, where inside = 1 for
   * the second and later words of a match. `folded` are folded words, `cores` their cores.
   */
  match(folded: readonly string[], cores: readonly string[]): Uint8Array {
    return this.matchFrom(cores.map((c) => this.root.get(c)), folded);
  }

  /** The trie node a phrase starting with this core begins at (for callers that cache it per word). */
  first(core: string): TrieNode | undefined {
    return this.root.get(core);
  }

  /**
   * As match, with each token's first-word node (`first` of its core) already looked up; over
   * the first `n` tokens (the arrays may be longer: reused scratch). The answer goes into the
   * first `n` entries of `into` when it is given and long enough (reused by the caller).
   */
  matchFrom(firsts: ReadonlyArray<TrieNode | undefined>, folded: readonly string[], n = folded.length, into?: Uint8Array): Uint8Array {
    const out = into && into.length >= n ? into.fill(0, 0, n) : new Uint8Array(n);
    let i = 0;
    while (i < n) {
      let node = firsts[i];
      if (node === undefined) {
        i++;
        continue;
      }
      // Greedy longest match: the longest run of words that ends a phrase.
      let bestLen = node.mask !== 0 ? 1 : 0;
      let bestMask = node.mask;
      const lim = Math.min(MAX_PHRASE, n - i);
      for (let len = 2; len <= lim; len++) {
        node = node.next?.get(folded[i + len - 1]);
        if (node === undefined) break;
        if (node.mask !== 0) {
          bestLen = len;
          bestMask = node.mask;
        }
      }
      if (bestLen === 0) {
        i++;
        continue;
      }
      out[i] = bestMask << 1;
      for (let k = 1; k < bestLen; k++) out[i + k] = (bestMask << 1) | 1;
      i += bestLen;
    }
    return out;
  }

  toJSON(): Array<[string, number]> {
    return [...this.phrases.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  static fromJSON(entries: Array<[string, number]>): PhraseGazetteer {
    const g = new PhraseGazetteer();
    for (const [k, m] of entries) g.addKey(k, m);
    return g;
  }
}
