// Character trigram models of word shapes per class (O, PER, LOC, ORG, MISC), after
// Abdul-Hamid & Darwish (2010): how much more a word's letters look like a name of each type
// than like an ordinary word. It gives the tagger a signal for names it has never seen
// (transliterated foreign names have telltale letter sequences). Trained on distinct
// (word, class) pairs of the training corpora, jackknifed like the word lexicon.
import { TYPES } from "./labels.js";

const CLASSES = 1 + TYPES.length;
const K = 0.1;

export class CharLM {
  /** trigram → counts per class (0 = O, 1 + type index). */
  private readonly tri = new Map<string, Uint32Array>();
  /** bigram context → counts per class. */
  private readonly ctx = new Map<string, Uint32Array>();
  private alphabet = 0;

  static build(pairs: Iterable<[string, number]>): CharLM {
    const lm = new CharLM();
    const chars = new Set<string>();
    for (const [w, c] of pairs) {
      const p = `^^${w}$`;
      for (const ch of w) chars.add(ch);
      for (let i = 2; i < p.length; i++) lm.count(p.slice(i - 2, i + 1), c, 1);
    }
    lm.alphabet = chars.size + 1;
    return lm;
  }

  private count(tri: string, c: number, n: number): void {
    let t = this.tri.get(tri);
    if (!t) this.tri.set(tri, (t = new Uint32Array(CLASSES)));
    t[c] += n;
    const b = tri.slice(0, 2);
    let x = this.ctx.get(b);
    if (!x) this.ctx.set(b, (x = new Uint32Array(CLASSES)));
    x[c] += n;
  }

  /** Per type (PER, LOC, ORG, MISC): bucketed mean log-likelihood ratio against O, and the best class. */
  features(word: string): string[] {
    if (word.length < 3) return [];
    const p = `^^${word}$`;
    const logp = new Float64Array(CLASSES);
    for (let i = 2; i < p.length; i++) {
      const t = this.tri.get(p.slice(i - 2, i + 1));
      const x = this.ctx.get(p.slice(i - 2, i));
      for (let c = 0; c < CLASSES; c++) logp[c] += Math.log(((t ? t[c] : 0) + K) / ((x ? x[c] : 0) + K * this.alphabet));
    }
    const n = p.length - 2;
    const out: string[] = [];
    let best = 0;
    for (let c = 1; c < CLASSES; c++) {
      const d = (logp[c] - logp[0]) / n;
      out.push(`${TYPES[c - 1]}:${Math.max(-6, Math.min(6, Math.round(d * 4)))}`);
      if (logp[c] > logp[best]) best = c;
    }
    out.push(`best:${best === 0 ? "O" : TYPES[best - 1]}`);
    return out;
  }

  toJSON(): { alphabet: number; trigrams: Array<[string, number[]]> } {
    const trigrams = [...this.tri.entries()].map(([k, v]): [string, number[]] => [k, Array.from(v)]);
    trigrams.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return { alphabet: this.alphabet, trigrams };
  }

  static fromJSON(j: { alphabet: number; trigrams: Array<[string, number[]]> }): CharLM {
    const lm = new CharLM();
    lm.alphabet = j.alphabet;
    for (const [k, v] of j.trigrams) v.forEach((n, c) => n && lm.count(k, c, n));
    return lm;
  }
}
