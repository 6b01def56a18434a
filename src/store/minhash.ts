// Near-duplicate detection: MinHash signatures over 3-word shingles of the
// analysed terms, with LSH banding (16 bands × 4 rows: pairs with Jaccard
// similarity ≥ ~0.5 share a band with high probability). Syndicated copies of
// one story (re-headed, trimmed, a paragraph added) keep most shingles.

const PERMS = 64;
const ROWS = 4;
export const BANDS = PERMS / ROWS;
/** Estimated Jaccard similarity from which two articles are one story. */
export const SAME_STORY = 0.5;
const SHINGLE = 3;

// Int32 (as `h ^ seed` reads them): a plain array held the values above 2^31 as doubles, converted on every use.
const SEEDS = Int32Array.from({ length: PERMS }, (_, i) => mix32(0x9e3779b9 ^ (i * 0x85ebca6b)));

function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

/** FNV-1a of terms[from..to) joined by spaces, without building the string. */
function shingleHash(terms: readonly string[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let j = from; j < to; j++) {
    if (j > from) h = Math.imul(h ^ 0x20, 0x01000193);
    const s = terms[j];
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

/** MinHash signature (PERMS unsigned 32-bit values) of a term sequence. */
export function signature(terms: readonly string[]): Uint32Array {
  const n = Math.max(1, terms.length - SHINGLE + 1);
  const hashes = new Int32Array(n);
  for (let i = 0; i < n; i++) hashes[i] = shingleHash(terms, i, Math.min(terms.length, i + SHINGLE));
  // One permutation at a time over all shingles: the running minimum stays in a register.
  const sig = new Uint32Array(PERMS);
  for (let p = 0; p < PERMS; p++) {
    const seed = SEEDS[p];
    let min = 0xffffffff;
    for (let i = 0; i < n; i++) {
      const v = mix32(hashes[i] ^ seed);
      if (v < min) min = v;
    }
    sig[p] = min;
  }
  return sig;
}

/** One signed 32-bit hash per band (fits an integer column on both backends). */
export function bands(sig: Uint32Array): number[] {
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ sig[b * ROWS + r], 0x01000193);
    out.push(h | 0);
  }
  return out;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < PERMS; i++) if (a[i] === b[i]) same++;
  return same / PERMS;
}

export function toHex(sig: Uint32Array): string {
  let s = "";
  for (const v of sig) s += v.toString(16).padStart(8, "0");
  return s;
}

export function fromHex(hex: string): Uint32Array {
  const sig = new Uint32Array(PERMS);
  for (let i = 0; i < PERMS; i++) sig[i] = parseInt(hex.slice(i * 8, i * 8 + 8), 16) >>> 0;
  return sig;
}
