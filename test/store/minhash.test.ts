// Stored signatures must not change with how signature() loops: it is checked against the
// definition (per shingle, every permutation's minimum of the mixed FNV-1a hash).
import { describe, expect, it } from "vitest";
import { signature, toHex } from "../../src/store/minhash.js";

const PERMS = 64;
const SHINGLE = 3;

function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The signature by its definition: each 3-term shingle (the whole sequence when shorter) joined by spaces. */
function reference(terms: string[]): Uint32Array {
  const sig = new Uint32Array(PERMS).fill(0xffffffff);
  const n = Math.max(1, terms.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const h = fnv(terms.slice(i, i + SHINGLE).join(" "));
    for (let p = 0; p < PERMS; p++) {
      const v = mix32(h ^ mix32(0x9e3779b9 ^ (p * 0x85ebca6b)));
      if (v < sig[p]) sig[p] = v;
    }
  }
  return sig;
}

describe("signature", () => {
  it("equals the definition for empty, short and long term sequences", () => {
    const words = ["وزير", "الخارجية", "لافروف", "موسكو", "19_8", "x", "القاهرة", "اتفاقية"];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (const len of [0, 1, 2, 3, 4, 10, 57, 300]) {
      const terms = Array.from({ length: len }, () => words[next() % words.length]);
      expect(toHex(signature(terms))).toBe(toHex(reference(terms)));
    }
  });
});
