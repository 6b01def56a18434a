// Feature extraction: every token gets SLOTS hashed feature ids (0 = absent).
// Features are 32-bit FNV-1a hashes of (template, value) so the hot path never
// builds feature strings or touches a string-keyed map.
import { foldWord, segment, shapeOf } from "./arabic.js";
import { coreOf, type PhraseGazetteer } from "./gazetteer.js";
import type { WordLexicon } from "./lexicon.js";

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function mixInt(h: number, v: number): number {
  h = Math.imul(h ^ (v & 0xff), FNV_PRIME);
  h = Math.imul(h ^ ((v >>> 8) & 0xff), FNV_PRIME);
  return h;
}

function mixStr(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h = Math.imul(h ^ (c & 0xff), FNV_PRIME);
    h = Math.imul(h ^ (c >>> 8), FNV_PRIME);
  }
  return h;
}

/** Never 0 (0 marks an empty slot). */
function fin(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0 || 1;
}

export function hash1(template: number, a: string): number {
  return fin(mixStr(mixInt(FNV_OFFSET, template), a));
}
export function hash2(template: number, a: string, b: string): number {
  return fin(mixStr(mixInt(mixStr(mixInt(FNV_OFFSET, template), a), 0xffff), b));
}

/** Feature templates. Numbers are part of the model: append, never renumber. */
const enum T {
  Bias = 1, W0, Base0, Stem0, Pre0, Wm1, Wp1, Wm2, Wp2, BaseM1, BaseP1,
  Pfx2, Pfx3, Sfx1, Sfx2, Sfx3, Sfx4, Shape0, Shapes, BiM1, BiP1, BiM2M1,
  Art0, GazT0, GazE0, GazTm1, GazTp1, First, StemM1,
  Lex0, LexM1, LexP1, SfxM1, SfxP1, LexW0M1,
}

export const SLOTS = 36;

/** Word analyses shared by the features of a sentence; computed once per token. */
export interface Analysed {
  folded: string[];
  cores: string[];
  bases: string[];
  stems: string[];
  pres: string[];
  articles: boolean[];
  shapes: string[];
}

export function analyse(words: readonly string[]): Analysed {
  const n = words.length;
  const a: Analysed = {
    folded: new Array(n), cores: new Array(n), bases: new Array(n), stems: new Array(n),
    pres: new Array(n), articles: new Array(n), shapes: new Array(n),
  };
  for (let i = 0; i < n; i++) {
    const f = foldWord(words[i]);
    const s = segment(f);
    a.folded[i] = f;
    a.bases[i] = s.base;
    a.stems[i] = s.stem;
    a.pres[i] = s.pre;
    a.articles[i] = s.article;
    a.cores[i] = s.article ? "ال" + s.base : s.base;
    const shape = shapeOf(f);
    const len = f.length;
    a.shapes[i] = shape + (len <= 2 ? "s" : len <= 5 ? "m" : "l");
  }
  return a;
}

export interface Gazetteers {
  /** Names derived from the training corpora. */
  train: PhraseGazetteer | null;
  /** Names from the external gazetteers (countries, cities, organisations). */
  external: PhraseGazetteer | null;
  /** How each word was labelled in the training corpora. */
  lexicon?: WordLexicon | null;
}

const BOS = "<s>";
const EOS = "</s>";

/** Fills `out` (length n * SLOTS) with the hashed features of every token. */
export function extractFeatures(words: readonly string[], gaz: Gazetteers, out?: Uint32Array): Uint32Array {
  return featuresOf(analyse(words), gaz, out);
}

/** extractFeatures over an analysis the caller already has. */
export function featuresOf(a: Analysed, gaz: Gazetteers, out?: Uint32Array): Uint32Array {
  const n = a.folded.length;
  const feats = out && out.length >= n * SLOTS ? out : new Uint32Array(n * SLOTS);
  feats.fill(0, 0, n * SLOTS);
  const gt = gaz.train ? gaz.train.match(a.folded, a.cores) : null;
  const ge = gaz.external ? gaz.external.match(a.folded, a.cores) : null;
  const w = a.folded;
  const lex = gaz.lexicon ? a.cores.map((c) => gaz.lexicon!.get(c)) : null;
  const sfx2 = (i: number) => {
    if (i < 0) return BOS;
    if (i >= n) return EOS;
    const b = a.bases[i];
    return b.length >= 3 ? b.slice(b.length - 2) : b;
  };
  const at = (arr: string[], i: number) => (i < 0 ? BOS : i >= n ? EOS : arr[i]);
  for (let i = 0; i < n; i++) {
    const o = i * SLOTS;
    const base = a.bases[i];
    let k = o;
    feats[k++] = hash1(T.Bias, "");
    feats[k++] = hash1(T.W0, w[i]);
    feats[k++] = hash1(T.Base0, base);
    feats[k++] = hash1(T.Stem0, a.stems[i]);
    feats[k++] = hash1(T.Pre0, a.pres[i]);
    feats[k++] = hash1(T.Wm1, at(w, i - 1));
    feats[k++] = hash1(T.Wp1, at(w, i + 1));
    feats[k++] = hash1(T.Wm2, at(w, i - 2));
    feats[k++] = hash1(T.Wp2, at(w, i + 2));
    feats[k++] = hash1(T.BaseM1, at(a.bases, i - 1));
    feats[k++] = hash1(T.BaseP1, at(a.bases, i + 1));
    feats[k++] = hash1(T.StemM1, at(a.stems, i - 1));
    if (base.length >= 3) {
      feats[k++] = hash1(T.Pfx2, base.slice(0, 2));
      feats[k++] = hash1(T.Pfx3, base.slice(0, 3));
    }
    const bl = base.length;
    if (bl >= 2) feats[k++] = hash1(T.Sfx1, base.slice(bl - 1));
    if (bl >= 3) feats[k++] = hash1(T.Sfx2, base.slice(bl - 2));
    if (bl >= 4) feats[k++] = hash1(T.Sfx3, base.slice(bl - 3));
    if (bl >= 5) feats[k++] = hash1(T.Sfx4, base.slice(bl - 4));
    feats[k++] = hash1(T.Shape0, a.shapes[i]);
    feats[k++] = hash2(T.Shapes, at(a.shapes, i - 1), at(a.shapes, i + 1));
    feats[k++] = hash2(T.BiM1, at(w, i - 1), w[i]);
    feats[k++] = hash2(T.BiP1, w[i], at(w, i + 1));
    feats[k++] = hash2(T.BiM2M1, at(w, i - 2), at(w, i - 1));
    feats[k++] = hash1(T.Art0, a.articles[i] ? "1" : "0");
    if (i === 0) feats[k++] = hash1(T.First, a.shapes[i]);
    if (gt) {
      feats[k++] = hash1(T.GazT0, String(gt[i]));
      feats[k++] = hash1(T.GazTm1, String(i > 0 ? gt[i - 1] : 255));
      feats[k++] = hash1(T.GazTp1, String(i + 1 < n ? gt[i + 1] : 255));
    }
    if (ge) feats[k++] = hash1(T.GazE0, String(ge[i]));
    feats[k++] = hash1(T.SfxM1, sfx2(i - 1));
    feats[k++] = hash1(T.SfxP1, sfx2(i + 1));
    if (lex) {
      feats[k++] = hash1(T.Lex0, lex[i]);
      feats[k++] = hash1(T.LexM1, i > 0 ? lex[i - 1] : BOS);
      feats[k++] = hash1(T.LexP1, i + 1 < n ? lex[i + 1] : EOS);
      feats[k++] = hash2(T.LexW0M1, lex[i], at(a.bases, i - 1));
    }
  }
  return feats;
}

export { coreOf };
