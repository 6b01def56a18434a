// Feature extraction: every token gets SLOTS hashed feature ids (0 = absent).
// Features are 32-bit FNV-1a hashes of (template, value) so the hot path never
// builds feature strings or touches a string-keyed map.
import { foldWord, segment, shapeOf, SHAPES } from "./arabic.js";
import { coreOf, type PhraseGazetteer, type TrieNode } from "./gazetteer.js";
import type { WordLexicon } from "./lexicon.js";
import type { CharLM } from "./charlm.js";
import { NUM_LABELS as LABEL_COUNT } from "./labels.js";
import { CoreSlot, nextGeneration } from "./core-slot.js";

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
  Shape3, PfxM1, PreM1, LexM2, LexP2, CharLm,
}

export const SLOTS = 50;

// A module-local copy: hot loops then read a constant, not an imported binding (which some
// loaders, e.g. tsx in development, compile to a getter call).
const NUM_LABELS = LABEL_COUNT;

/** Optional feature groups a model can be trained with (bit mask, recorded in the model header). */
export const EXTRA_CONTEXT = 1;

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
  /** Optional feature groups (EXTRA_* bits) the model was trained with; 0 or absent: none. */
  extra?: number;
  /** Character trigram models of the classes (charlm.ts). */
  charLM?: CharLM | null;
}

export const BOS = "<s>";
export const EOS = "</s>";

/** Fills `out` (length n * SLOTS) with the hashed features of every token. */
export function extractFeatures(words: readonly string[], gaz: Gazetteers, out?: Uint32Array): Uint32Array {
  return featureSentence(words, gaz, out).feats;
}

/**
 * What a word contributes wherever it stands, computed once per distinct word and cached:
 * its own features and its features as a neighbour. Only the pair features are hashed per token.
 */
export interface WordEntry {
  folded: string;
  core: string;
  base: string;
  shape: string;
  lex: string | null;
  own: Uint32Array;
  wm1: number; wp1: number; wm2: number; wp2: number;
  baseM1: number; baseP1: number; stemM1: number;
  sfxM1: number; sfxP1: number; lexM1: number; lexP1: number;
  pfxM1: number; preM1: number; lexM2: number; lexP2: number;
}

const CACHE_LIMIT = 200_000;
const NO_LEXICON = {};
const caches = new WeakMap<object, Map<string, WordEntry>>();

/** The cached analysis of one word (computed on first sight). */
export function wordEntry(word: string, gaz: Gazetteers): WordEntry {
  const key = gaz.charLM ?? gaz.lexicon ?? NO_LEXICON;
  let cache = caches.get(key);
  if (!cache) caches.set(key, (cache = new Map()));
  let x = cache.get(word);
  if (!x) {
    if (cache.size > CACHE_LIMIT) cache.clear();
    cache.set(word, (x = entryOf(word, gaz.lexicon, gaz.charLM)));
  }
  return x;
}

function entryOf(word: string, lexicon: WordLexicon | null | undefined, charLM: CharLM | null | undefined): WordEntry {
  const f = foldWord(word);
  const sg = segment(f);
  const base = sg.base;
  const core = sg.article ? "ال" + base : base;
  const len = f.length;
  const shape = shapeOf(f) + (len <= 2 ? "s" : len <= 5 ? "m" : "l");
  const lex = lexicon ? lexicon.get(core) : null;
  const own: number[] = [
    hash1(T.Bias, ""), hash1(T.W0, f), hash1(T.Base0, base), hash1(T.Stem0, sg.stem), hash1(T.Pre0, sg.pre),
    hash1(T.Shape0, shape), hash1(T.Art0, sg.article ? "1" : "0"),
  ];
  const bl = base.length;
  if (bl >= 3) own.push(hash1(T.Pfx2, base.slice(0, 2)), hash1(T.Pfx3, base.slice(0, 3)));
  if (bl >= 2) own.push(hash1(T.Sfx1, base.slice(bl - 1)));
  if (bl >= 3) own.push(hash1(T.Sfx2, base.slice(bl - 2)));
  if (bl >= 4) own.push(hash1(T.Sfx3, base.slice(bl - 3)));
  if (bl >= 5) own.push(hash1(T.Sfx4, base.slice(bl - 4)));
  if (lex !== null) own.push(hash1(T.Lex0, lex));
  if (charLM) for (const v of charLM.features(base)) own.push(hash1(T.CharLm, v));
  const sfx2 = bl >= 3 ? base.slice(bl - 2) : base;
  return {
    folded: f, core, base, shape, lex, own: Uint32Array.from(own),
    wm1: hash1(T.Wm1, f), wp1: hash1(T.Wp1, f), wm2: hash1(T.Wm2, f), wp2: hash1(T.Wp2, f),
    baseM1: hash1(T.BaseM1, base), baseP1: hash1(T.BaseP1, base), stemM1: hash1(T.StemM1, sg.stem),
    sfxM1: hash1(T.SfxM1, sfx2), sfxP1: hash1(T.SfxP1, sfx2),
    lexM1: lex !== null ? hash1(T.LexM1, lex) : 0, lexP1: lex !== null ? hash1(T.LexP1, lex) : 0,
    pfxM1: hash1(T.PfxM1, base.slice(0, 2)), preM1: hash1(T.PreM1, sg.pre),
    lexM2: lex !== null ? hash1(T.LexM2, lex) : 0, lexP2: lex !== null ? hash1(T.LexP2, lex) : 0,
  };
}

/** The neighbours' shapes as one value (cached: there are few shapes). */
const shapePairs = new Map<string, Map<string, string>>();
function shapePair(a: string, b: string): string {
  let m = shapePairs.get(a);
  if (!m) shapePairs.set(a, (m = new Map()));
  let v = m.get(b);
  if (v === undefined) m.set(b, (v = a + "|" + b));
  return v;
}

/** Sentence-boundary neighbour features (as if the neighbour were "<s>" / "</s>"). */
export const EDGE = {
  wm1: hash1(T.Wm1, BOS), wp1: hash1(T.Wp1, EOS), wm2: hash1(T.Wm2, BOS), wp2: hash1(T.Wp2, EOS),
  baseM1: hash1(T.BaseM1, BOS), baseP1: hash1(T.BaseP1, EOS), stemM1: hash1(T.StemM1, BOS),
  sfxM1: hash1(T.SfxM1, BOS), sfxP1: hash1(T.SfxP1, EOS), lexM1: hash1(T.LexM1, BOS), lexP1: hash1(T.LexP1, EOS),
  pfxM1: hash1(T.PfxM1, BOS), preM1: hash1(T.PreM1, BOS), lexM2: hash1(T.LexM2, BOS), lexP2: hash1(T.LexP2, EOS),
};
export const GAZ_HASH = [T.GazT0, T.GazTm1, T.GazTp1, T.GazE0].map((t) => {
  const row = new Uint32Array(256);
  for (let v = 0; v < 256; v++) row[v] = hash1(t, String(v));
  return row;
});

/** Features of one sentence plus the word cores (for prediction history). */
export function featureSentence(words: readonly string[], gaz: Gazetteers, out?: Uint32Array): { feats: Uint32Array; cores: string[] } {
  const n = words.length;
  const feats = out && out.length >= n * SLOTS ? out : new Uint32Array(n * SLOTS);
  feats.fill(0, 0, n * SLOTS);
  const key = gaz.charLM ?? gaz.lexicon ?? NO_LEXICON;
  let cache = caches.get(key);
  if (!cache) caches.set(key, (cache = new Map()));
  if (cache.size > CACHE_LIMIT) cache.clear();
  const e: WordEntry[] = new Array(n);
  const folded: string[] = new Array(n);
  const cores: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    let x = cache.get(words[i]);
    if (!x) cache.set(words[i], (x = entryOf(words[i], gaz.lexicon, gaz.charLM)));
    e[i] = x;
    folded[i] = x.folded;
    cores[i] = x.core;
  }
  const gt = gaz.train ? gaz.train.match(folded, cores) : null;
  const ge = gaz.external ? gaz.external.match(folded, cores) : null;
  const lexOn = !!gaz.lexicon;
  const ctx = ((gaz.extra ?? 0) & EXTRA_CONTEXT) !== 0;
  for (let i = 0; i < n; i++) {
    const x = e[i];
    const p = i > 0 ? e[i - 1] : null;
    const q = i + 1 < n ? e[i + 1] : null;
    const pp = i > 1 ? e[i - 2] : null;
    const qq = i + 2 < n ? e[i + 2] : null;
    let k = i * SLOTS;
    feats.set(x.own, k);
    k += x.own.length;
    feats[k++] = p ? p.wm1 : EDGE.wm1;
    feats[k++] = q ? q.wp1 : EDGE.wp1;
    feats[k++] = pp ? pp.wm2 : EDGE.wm2;
    feats[k++] = qq ? qq.wp2 : EDGE.wp2;
    feats[k++] = p ? p.baseM1 : EDGE.baseM1;
    feats[k++] = q ? q.baseP1 : EDGE.baseP1;
    feats[k++] = p ? p.stemM1 : EDGE.stemM1;
    feats[k++] = p ? p.sfxM1 : EDGE.sfxM1;
    feats[k++] = q ? q.sfxP1 : EDGE.sfxP1;
    feats[k++] = hash2(T.Shapes, p ? p.shape : BOS, q ? q.shape : EOS);
    feats[k++] = hash2(T.BiM1, p ? p.folded : BOS, x.folded);
    feats[k++] = hash2(T.BiP1, x.folded, q ? q.folded : EOS);
    feats[k++] = hash2(T.BiM2M1, pp ? pp.folded : BOS, p ? p.folded : BOS);
    if (i === 0) feats[k++] = hash1(T.First, x.shape);
    if (gt) {
      feats[k++] = GAZ_HASH[0][gt[i]];
      feats[k++] = GAZ_HASH[1][i > 0 ? gt[i - 1] : 255];
      feats[k++] = GAZ_HASH[2][i + 1 < n ? gt[i + 1] : 255];
    }
    if (ge) feats[k++] = GAZ_HASH[3][ge[i]];
    if (lexOn) {
      feats[k++] = p ? p.lexM1 : EDGE.lexM1;
      feats[k++] = q ? q.lexP1 : EDGE.lexP1;
      feats[k++] = hash2(T.LexW0M1, x.lex!, p ? p.base : BOS);
    }
    if (ctx) {
      feats[k++] = hash2(T.Shape3, x.shape, shapePair(p ? p.shape : BOS, q ? q.shape : EOS));
      feats[k++] = p ? p.pfxM1 : EDGE.pfxM1;
      feats[k++] = p ? p.preM1 : EDGE.preM1;
      if (lexOn) {
        feats[k++] = pp ? pp.lexM2 : EDGE.lexM2;
        feats[k++] = qq ? qq.lexP2 : EDGE.lexP2;
      }
    }
  }
  return { feats, cores };
}

/** A model as the fast path sees it: hash → weight row (-1: unknown), and its quantised weights (NUM_LABELS per row). */
export interface RowLookup {
  row(h: number): number;
  readonly qweights: Int16Array | null;
}

/**
 * A word's features resolved once to integer weight sums, so the hot path skips the hash table:
 * what the word contributes at its own position (`own`), as the previous word (`left`: Wm1,
 * BaseM1, StemM1, SfxM1, LexM1), as the next word (`right`: Wp1, BaseP1, SfxP1, LexP1), and the
 * rows of its features two positions away. Integer sums are exact, so grouping them is free.
 */
interface RowEntry {
  /** The word as given, and the word cache it belongs to (ModelRows.generation): see ResolvedWord. */
  text: string;
  generation: number;
  word: WordEntry;
  /**
   * Where the word's sums begin in its model's slab (ModelRows.slab), L each at: OWN, LEFT, RIGHT,
   * LEFT2, RIGHT2, then the word-pair sums at the sentence edges laid out as a pair's (see
   * pairSums) at EDGE_PAIR: BiP1 before "</s>", BiM1 and LexW0M1 after "<s>", BiM2M1 after "<s>".
   */
  off: number;
  /** This word's shape (shapeId). */
  shape: number;
  /** Where the sums of the word-pair features of this word followed by another begin in the slab (see pairSums), filled as met. */
  next: Map<RowEntry, number> | null;
  /** Where phrases starting with this word begin in the training-name and external gazetteers. */
  trainFirst: TrieNode | undefined;
  externalFirst: TrieNode | undefined;
  /** The word's core for prediction history (one slot per core among the model's cached words). */
  hist: CoreSlot;
}

/** Offsets in a word's block of the slab (times NUM_LABELS); a word takes WORD_BLOCK, a pair PAIR_BLOCK. */
const OWN = 0, LEFT = NUM_LABELS, RIGHT = 2 * NUM_LABELS, LEFT2 = 3 * NUM_LABELS, RIGHT2 = 4 * NUM_LABELS, EDGE_PAIR = 5 * NUM_LABELS;
const WORD_BLOCK = 8 * NUM_LABELS;
const PAIR_BLOCK = 3 * NUM_LABELS;
/**
 * The slab's fixed start: the sums of a pair the model knows nothing of (zeros, shared by most
 * pairs), BiM2M1 at a sentence's first word ("<s>" "<s>") laid out as a pair's, and a word block
 * whose LEFT, RIGHT, LEFT2 and RIGHT2 are the sentence edges' contributions.
 */
const NO_PAIR = 0;
const BOS_BOS = PAIR_BLOCK;
const EDGE_WORD = 2 * PAIR_BLOCK;
const SLAB_START = EDGE_WORD + WORD_BLOCK;

/** Per model: the sentence-edge contributions, the gazetteer-value rows and the word cache. */
interface ModelRows {
  /**
   * The integer sums of every cached word and word pair in one array (blocks at RowEntry.off and
   * in the `next` maps), so the hot loop reads one typed array; `used` entries are taken.
   */
  slab: Int32Array;
  used: number;
  /**
   * Weight sums of the shape features by shape id (shapeId), L per entry: Shapes per neighbour
   * pair [p * S + n], First per word; rows of Shape3 per word and neighbours [(x * S + p) * S + n].
   * A small table of sums instead of a row of the large weight table per token (cache misses).
   */
  shapeSums: Int32Array;
  shape3Rows: Int32Array;
  firstSums: Int32Array;
  /** Word pairs cached in the entries' `next` maps (bounded with the word cache). */
  pairs: number;
  /** Weight sums of the four gazetteer features by value (256 * L each). */
  gaz: Int32Array[];
  /**
   * shapeSums plus the gazetteer sums of a token no phrase touches (value 0 for each gazetteer
   * the Gazetteers object has), and the gazetteer sums by value less the value-0 sum (0 where a
   * gazetteer is absent): most tokens then take no gazetteer row of their own.
   */
  shapeGazSums: Int32Array;
  gazDelta: Int32Array[];
  words: Map<string, RowEntry>;
  /** The history slots of the cached words' cores, dropped with them (a new generation then). */
  slots: Map<string, CoreSlot>;
  generation: number;
}

/**
 * Word shapes (shapeOf plus the length class) and the sentence edges, numbered so that the
 * shape features resolve to rows through small tables instead of hashing strings per token.
 */
const SHAPE_NAMES: readonly string[] = [BOS, EOS, ...SHAPES.flatMap((k) => ["s", "m", "l"].map((len) => k + len))];
const NUM_SHAPES = SHAPE_NAMES.length;
const SHAPE_IDS = new Map(SHAPE_NAMES.map((name, id) => [name, id]));
const BOS_SHAPE = 0;
const EOS_SHAPE = 1;

function shapeId(shape: string): number {
  const id = SHAPE_IDS.get(shape);
  if (id === undefined) throw new Error(`tagger: unknown word shape "${shape}"`);
  return id;
}

/** The shape-feature rows of a model for every combination of shape ids (a few thousand hashes, once). */
function shapeTables(m: RowLookup, ctx: boolean): Pick<ModelRows, "shapeSums" | "shape3Rows" | "firstSums"> {
  const S = NUM_SHAPES;
  const shapeSums = new Int32Array(S * S * NUM_LABELS);
  const shape3Rows = new Int32Array(ctx ? S * S * S : 0).fill(-1);
  const firstSums = new Int32Array(S * NUM_LABELS);
  for (let a = 0; a < S; a++) {
    firstSums.set(sumOf(m, [hash1(T.First, SHAPE_NAMES[a])]), a * NUM_LABELS);
    for (let b = 0; b < S; b++) {
      shapeSums.set(sumOf(m, [hash2(T.Shapes, SHAPE_NAMES[a], SHAPE_NAMES[b])]), (a * S + b) * NUM_LABELS);
      if (ctx) for (let x = 0; x < S; x++) shape3Rows[(x * S + a) * S + b] = m.row(hash2(T.Shape3, SHAPE_NAMES[x], shapePair(SHAPE_NAMES[a], SHAPE_NAMES[b])));
    }
  }
  return { shapeSums, shape3Rows, firstSums };
}

/** News vocabulary repeats well within this many words. */
const ROW_CACHE_LIMIT = 100_000;
/** Per model and Gazetteers object (a Tagger holds one of each). */
const rowCaches = new WeakMap<RowLookup, WeakMap<Gazetteers, ModelRows>>();

/** 0 (empty slot) has no row. */
function rowOf(m: RowLookup, h: number): number {
  return h === 0 ? -1 : m.row(h);
}

function sumOf(m: RowLookup, hashes: ArrayLike<number>): Int32Array {
  const sum = new Int32Array(NUM_LABELS);
  const q = m.qweights!;
  for (let k = 0; k < hashes.length; k++) {
    const r = rowOf(m, hashes[k]);
    if (r < 0) continue;
    const wo = r * NUM_LABELS;
    for (let c = 0; c < NUM_LABELS; c++) sum[c] += q[wo + c];
  }
  return sum;
}

function modelRows(m: RowLookup, gaz: Gazetteers): ModelRows {
  let byLex = rowCaches.get(m);
  if (!byLex) rowCaches.set(m, (byLex = new WeakMap()));
  const key = gaz;
  let mr = byLex.get(key);
  if (!mr) {
    const lexOn = !!gaz.lexicon;
    const ctx = ((gaz.extra ?? 0) & EXTRA_CONTEXT) !== 0;
    const slab = new Int32Array(1 << 16);
    const edge = groups(EDGE, lexOn, ctx);
    slab.set(sumOf(m, [hash2(T.BiM2M1, BOS, BOS)]), BOS_BOS + 2 * NUM_LABELS);
    slab.set(sumOf(m, edge.left), EDGE_WORD + LEFT);
    slab.set(sumOf(m, edge.right), EDGE_WORD + RIGHT);
    slab.set(sumOf(m, edge.left2), EDGE_WORD + LEFT2);
    slab.set(sumOf(m, edge.right2), EDGE_WORD + RIGHT2);
    mr = {
      slab,
      used: SLAB_START,
      gaz: GAZ_HASH.map((hashes) => {
        const sums = new Int32Array(256 * NUM_LABELS);
        for (let v = 0; v < 256; v++) sums.set(sumOf(m, [hashes[v]]), v * NUM_LABELS);
        return sums;
      }),
      words: new Map(),
      slots: new Map(),
      generation: nextGeneration(),
      ...shapeTables(m, ctx),
      pairs: 0,
      shapeGazSums: new Int32Array(0),
      gazDelta: [],
    };
    gazTables(mr, !!gaz.train, !!gaz.external);
    byLex.set(key, mr);
  }
  return mr;
}

/** Fills shapeGazSums and gazDelta (see ModelRows); the train gazetteer has three features, the external one one. */
function gazTables(mr: ModelRows, train: boolean, external: boolean): void {
  const L = NUM_LABELS;
  const present = [train, train, train, external];
  const zero = new Int32Array(L);
  for (let k = 0; k < 4; k++) if (present[k]) for (let c = 0; c < L; c++) zero[c] += mr.gaz[k][c];
  mr.shapeGazSums = mr.shapeSums.map((v, i) => v + zero[i % L]);
  mr.gazDelta = mr.gaz.map((sums, k) => (present[k] ? sums.map((v, i) => v - sums[i % L]) : new Int32Array(sums.length)));
}

type Neighbourly = Pick<WordEntry, "wm1" | "wp1" | "wm2" | "wp2" | "baseM1" | "baseP1" | "stemM1" | "sfxM1" | "sfxP1" | "lexM1" | "lexP1" | "pfxM1" | "preM1" | "lexM2" | "lexP2">;

/** A word's features as seen from the token after it (left), before it (right), two after (left2) and two before (right2). */
function groups(x: Neighbourly, lexOn: boolean, ctx: boolean) {
  return {
    left: [x.wm1, x.baseM1, x.stemM1, x.sfxM1, lexOn ? x.lexM1 : 0, ctx ? x.pfxM1 : 0, ctx ? x.preM1 : 0],
    right: [x.wp1, x.baseP1, x.sfxP1, lexOn ? x.lexP1 : 0],
    left2: [x.wm2, ctx && lexOn ? x.lexM2 : 0],
    right2: [x.wp2, ctx && lexOn ? x.lexP2 : 0],
  };
}

/** Takes `size` entries of the slab (zeros), growing it as needed; returns where they begin. */
function take(mr: ModelRows, size: number): number {
  if (mr.used + size > mr.slab.length) {
    const grown = new Int32Array(Math.max(2 * mr.slab.length, mr.used + size));
    grown.set(mr.slab.subarray(0, mr.used));
    mr.slab = grown;
  }
  const off = mr.used;
  mr.used += size;
  return off;
}

function rowEntryOf(m: RowLookup, mr: ModelRows, text: string, x: WordEntry, gaz: Gazetteers, lexOn: boolean, ctx: boolean): RowEntry {
  const g = groups(x, lexOn, ctx);
  const off = take(mr, WORD_BLOCK);
  const slab = mr.slab;
  slab.set(sumOf(m, x.own), off + OWN);
  slab.set(sumOf(m, g.left), off + LEFT);
  slab.set(sumOf(m, g.right), off + RIGHT);
  slab.set(sumOf(m, g.left2), off + LEFT2);
  slab.set(sumOf(m, g.right2), off + RIGHT2);
  slab.set(sumOf(m, [hash2(T.BiP1, x.folded, EOS)]), off + EDGE_PAIR);
  slab.set(sumOf(m, lexOn ? [hash2(T.BiM1, BOS, x.folded), hash2(T.LexW0M1, x.lex!, BOS)] : [hash2(T.BiM1, BOS, x.folded)]), off + EDGE_PAIR + NUM_LABELS);
  slab.set(sumOf(m, [hash2(T.BiM2M1, BOS, x.folded)]), off + EDGE_PAIR + 2 * NUM_LABELS);
  return {
    text,
    generation: mr.generation,
    word: x,
    off,
    shape: shapeId(x.shape),
    next: null,
    trainFirst: gaz.train ? gaz.train.first(x.core) : undefined,
    externalFirst: gaz.external ? gaz.external.first(x.core) : undefined,
    hist: slotOf(mr, x.core),
  };
}

function slotOf(mr: ModelRows, core: string): CoreSlot {
  let s = mr.slots.get(core);
  if (!s) mr.slots.set(core, (s = new CoreSlot(core, mr.generation)));
  return s;
}

/** Word pairs kept per model before the word cache (and with it the pairs) is dropped. */
const PAIR_LIMIT = 400_000;

/**
 * The weight sums of the word-pair features over adjacent words a b: BiP1 at a's position
 * [0, L), BiM1 and LexW0M1 (b's lexicon value after a's base) at b's [L, 2L), BiM2M1 at the
 * position after b [2L, 3L). Cached on a's entry; summed once so that each token reads one
 * small array instead of four rows scattered over the large weight table.
 */
function pairSums(m: RowLookup, mr: ModelRows, a: RowEntry, b: RowEntry, lexOn: boolean): number {
  let next = a.next;
  if (!next) a.next = next = new Map();
  let r = next.get(b);
  if (r === undefined) {
    const fa = a.word.folded;
    const fb = b.word.folded;
    const biP1 = m.row(hash2(T.BiP1, fa, fb));
    const biM1 = m.row(hash2(T.BiM1, fa, fb));
    const biM2M1 = m.row(hash2(T.BiM2M1, fa, fb));
    const lexRow = lexOn ? m.row(hash2(T.LexW0M1, b.word.lex!, a.word.base)) : -1;
    if (biP1 < 0 && biM1 < 0 && biM2M1 < 0 && lexRow < 0) r = NO_PAIR;
    else {
      r = take(mr, PAIR_BLOCK);
      mr.slab.set(rowsSum(m, [biP1]), r);
      mr.slab.set(rowsSum(m, [biM1, lexRow]), r + NUM_LABELS);
      mr.slab.set(rowsSum(m, [biM2M1]), r + 2 * NUM_LABELS);
    }
    next.set(b, r);
    mr.pairs++;
  }
  return r;
}

/** Sum of the quantised weights of model rows (-1 = none). */
function rowsSum(m: RowLookup, rows: readonly number[]): Int32Array {
  const sum = new Int32Array(NUM_LABELS);
  const q = m.qweights!;
  for (const r of rows) {
    if (r < 0) continue;
    for (let c = 0; c < NUM_LABELS; c++) sum[c] += q[r * NUM_LABELS + c];
  }
  return sum;
}

/**
 * Per-sentence arrays reused across calls (tagging is synchronous; only the first n entries are
 * read): a sentence then allocates a few short-lived arrays less. They grow as written.
 */
const scratch = {
  entries: [] as RowEntry[],
  folded: [] as string[],
  trainFirsts: [] as Array<TrieNode | undefined>,
  externalFirsts: [] as Array<TrieNode | undefined>,
  pairs: [] as number[],
  slots: [] as CoreSlot[],
  trainMatch: new Uint8Array(256),
  externalMatch: new Uint8Array(256),
};

/**
 * A word as featureSumsSentence resolved it against a model's word cache (opaque to callers). A
 * caller that meets the same word forms again (the entity stage, per distinct token) may keep
 * them and hand them back: a kept one that is still current for the word skips the cache lookup.
 */
export type ResolvedWord = RowEntry;

/**
 * The features of featureSentence as integer weight sums over the model's quantised weights,
 * written into `acc` (its first n * NUM_LABELS entries; no need to clear them): the same sums as
 * LinearModel.quantisedSums over the hashed features. Returns the words' core slots (for
 * prediction history) in a scratch array that the next call reuses (its first `words.length`
 * entries are this sentence's).
 */
export function featureSumsSentence(
  words: readonly string[],
  gaz: Gazetteers,
  m: RowLookup,
  acc: Int32Array,
  /** When given: kept words by position (undefined: none), replaced by the words as resolved. */
  resolved?: Array<ResolvedWord | undefined>,
): readonly CoreSlot[] {
  const n = words.length;
  const L = NUM_LABELS;
  const q = m.qweights;
  if (!q) throw new Error("featureSumsSentence: model has no quantised weights");
  const mr = modelRows(m, gaz);
  const cache = mr.words;
  const lexOn = !!gaz.lexicon;
  const ctx = ((gaz.extra ?? 0) & EXTRA_CONTEXT) !== 0;
  const e = scratch.entries;
  const folded = scratch.folded;
  const trainFirsts = scratch.trainFirsts;
  const externalFirsts = scratch.externalFirsts;
  const cores = scratch.slots;
  if (cache.size > ROW_CACHE_LIMIT || mr.pairs > PAIR_LIMIT) {
    // Callers may still hold entries (ResolvedWord): their pairs go now, not with them.
    for (const r of cache.values()) r.next = null;
    cache.clear();
    mr.slots.clear();
    mr.generation = nextGeneration();
    mr.pairs = 0;
    mr.used = SLAB_START;
    mr.slab.fill(0, SLAB_START);
  }
  for (let i = 0; i < n; i++) {
    let r = resolved?.[i];
    if (r === undefined || r.generation !== mr.generation || r.text !== words[i]) {
      r = cache.get(words[i]);
      if (!r) cache.set(words[i], (r = rowEntryOf(m, mr, words[i], wordEntry(words[i], gaz), gaz, lexOn, ctx)));
      if (resolved) resolved[i] = r;
    }
    e[i] = r;
    folded[i] = r.word.folded;
    cores[i] = r.hist;
    trainFirsts[i] = r.trainFirst;
    externalFirsts[i] = r.externalFirst;
  }
  if (n > scratch.trainMatch.length) {
    scratch.trainMatch = new Uint8Array(2 * n);
    scratch.externalMatch = new Uint8Array(2 * n);
  }
  const gt = gaz.train ? gaz.train.matchFrom(trainFirsts, folded, n, scratch.trainMatch) : null;
  const ge = gaz.external ? gaz.external.matchFrom(externalFirsts, folded, n, scratch.externalMatch) : null;
  const [d0, d1, d2, d3] = mr.gazDelta;
  // Word-pair sums of each adjacent pair (i, i + 1).
  const pr = scratch.pairs;
  for (let i = 0; i + 1 < n; i++) pr[i] = pairSums(m, mr, e[i], e[i + 1], lexOn);
  const shapeGaz = mr.shapeGazSums;
  const S = NUM_SHAPES;
  // Every sum below is read from the slab, at the blocks of the token, its neighbours (EDGE_WORD
  // beyond the sentence) and its pairs.
  const slab = mr.slab;
  for (let i = 0; i < n; i++) {
    const r = e[i];
    const x = r.off;
    const p = i > 0 ? e[i - 1].off : EDGE_WORD;
    const nx = i + 1 < n ? e[i + 1].off : EDGE_WORD;
    const pp = i > 1 ? e[i - 2].off : EDGE_WORD;
    const qq = i + 2 < n ? e[i + 2].off : EDGE_WORD;
    const o = i * L;
    // The pair sums this token takes: as a (BiP1), as b (BiM1, LexW0M1), as the word after b (BiM2M1).
    const pa = i + 1 < n ? pr[i] : x + EDGE_PAIR;
    const pb = (i > 0 ? pr[i - 1] : x + EDGE_PAIR) + L;
    const pc = (i > 1 ? pr[i - 2] : i > 0 ? p + EDGE_PAIR : BOS_BOS) + 2 * L;
    const ps = i > 0 ? e[i - 1].shape : BOS_SHAPE;
    const ns = i + 1 < n ? e[i + 1].shape : EOS_SHAPE;
    const so = (ps * S + ns) * L;
    for (let c = 0; c < L; c++) {
      acc[o + c] = slab[x + OWN + c] + slab[p + LEFT + c] + slab[nx + RIGHT + c] + slab[pp + LEFT2 + c] + slab[qq + RIGHT2 + c] + slab[pa + c] + slab[pb + c] + slab[pc + c] + shapeGaz[so + c];
    }
    if (i === 0) for (let c = 0, fo = r.shape * L; c < L; c++) acc[o + c] += mr.firstSums[fo + c];
    // Gazetteer values other than 0 (255 beyond the sentence), as differences from value 0 (in shapeGaz).
    const v0 = gt ? gt[i] : 0;
    const v1 = gt ? (i > 0 ? gt[i - 1] : 255) : 0;
    const v2 = gt ? (i + 1 < n ? gt[i + 1] : 255) : 0;
    const v3 = ge ? ge[i] : 0;
    if ((v0 | v1 | v2 | v3) !== 0) {
      const o0 = v0 * L, o1 = v1 * L, o2 = v2 * L, o3 = v3 * L;
      for (let c = 0; c < L; c++) acc[o + c] += d0[o0 + c] + d1[o1 + c] + d2[o2 + c] + d3[o3 + c];
    }
    if (ctx) {
      const row = mr.shape3Rows[(r.shape * NUM_SHAPES + ps) * NUM_SHAPES + ns];
      if (row >= 0) for (let c = 0, wo = row * L; c < L; c++) acc[o + c] += q[wo + c];
    }
  }
  return cores;
}

export { coreOf };
