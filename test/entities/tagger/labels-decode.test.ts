import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { confidences, decoderTables, viterbi } from "../../../src/entities/tagger/decode.js";
import { ALLOWED, canonicalLabel, chunks, LABELS, NUM_LABELS as L, repairBio } from "../../../src/entities/tagger/labels.js";
import { scoreChunks } from "../../../src/entities/tagger/score.js";

function validBio(path: ArrayLike<number>): boolean {
  let prev = L;
  for (let i = 0; i < path.length; i++) {
    if (!ALLOWED[prev * L + path[i]]) return false;
    prev = path[i];
  }
  return true;
}

describe("labels", () => {
  it("maps corpus tags onto PER/LOC/ORG/MISC", () => {
    expect(canonicalLabel("B-PERS")).toBe("B-PER");
    expect(canonicalLabel("I-MIS1")).toBe("I-MISC");
    expect(canonicalLabel("I--ORG")).toBe("I-ORG");
    expect(canonicalLabel("B-GPE")).toBe("B-LOC");
    expect(canonicalLabel("OO")).toBe("O");
  });
  it("chunks like conlleval: I- after O starts a chunk, a type change ends one", () => {
    expect(chunks(["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "I-ORG", "B-ORG"])).toEqual([
      { type: "PER", start: 0, end: 2 },
      { type: "LOC", start: 3, end: 5 },
      { type: "ORG", start: 5, end: 6 },
      { type: "ORG", start: 6, end: 7 },
    ]);
    expect(repairBio(["O", "I-LOC", "I-LOC", "I-ORG"])).toEqual(["O", "B-LOC", "I-LOC", "B-ORG"]);
  });
  it("scores exact span and type only", () => {
    const s = scoreChunks([["B-PER", "I-PER", "O", "B-LOC"]], [["B-PER", "O", "O", "B-LOC"]]);
    expect(s.perClass.LOC).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(s.perClass.PER).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.micro.precision).toBeCloseTo(0.5);
  });
});

describe("viterbi", () => {
  it("always returns a valid BIO sequence, and the best one", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (n, seed) => {
        let s = seed || 1;
        const rnd = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff) * 10 - 5;
        const emit = Float32Array.from({ length: n * L }, rnd);
        const trans = Float32Array.from({ length: (L + 1) * L }, rnd);
        const path = viterbi(emit, n, trans);
        expect(validBio(path)).toBe(true);
        // brute force over all sequences for small n
        if (n <= 4) {
          const score = (p: number[]) => p.reduce((a, c, i) => a + emit[i * L + c] + trans[(i ? p[i - 1] : L) * L + c], 0);
          let best = -Infinity;
          const rec = (p: number[]) => {
            if (p.length === n) {
              if (validBio(p)) best = Math.max(best, score(p));
              return;
            }
            for (let c = 0; c < L; c++) rec([...p, c]);
          };
          rec([]);
          expect(score(Array.from(path))).toBeCloseTo(best, 3);
        }
        const conf = confidences(emit, n, trans, path);
        for (const c of conf) expect(c > 0 && c <= 1 + 1e-6).toBe(true);
        // Viterbi's forward scores stand in for confidences' own forward pass, to the bit.
        const forward = new Float64Array(n * L);
        expect(Array.from(viterbi(emit, n, trans, forward))).toEqual(Array.from(path));
        expect(Array.from(confidences(emit, n, trans, path, forward))).toEqual(Array.from(conf));
      }),
      { numRuns: 60 },
    );
  });
  it("takes the same path and forward scores, to the bit, as the plain scan of every allowed predecessor", () => {
    // The reference: delta over all allowed pairs in ascending order, the first strict best kept.
    const plain = (emit: Float32Array, n: number, trans: Float32Array): { path: number[]; fwd: number[] } => {
      const d = new Float64Array(n * L);
      const back = new Uint8Array(n * L);
      for (let c = 0; c < L; c++) d[c] = ALLOWED[L * L + c] ? trans[L * L + c] + emit[c] : -1e30;
      for (let i = 1; i < n; i++) {
        for (let c = 0; c < L; c++) {
          let best = -1e30;
          let arg = 0;
          for (let p = 0; p < L; p++) {
            if (!ALLOWED[p * L + c]) continue;
            const s = d[(i - 1) * L + p] + trans[p * L + c];
            if (s > best) [best, arg] = [s, p];
          }
          d[i * L + c] = best + emit[i * L + c];
          back[i * L + c] = arg;
        }
      }
      const path = new Array<number>(n).fill(0);
      for (let c = 1; c < L; c++) if (d[(n - 1) * L + c] > d[(n - 1) * L + path[n - 1]]) path[n - 1] = c;
      for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * L + path[i]];
      return { path, fwd: Array.from(d) };
    };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 30 }), (n, seed, lean) => {
        let s = seed;
        const rnd = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff) * 10 - 5;
        // `lean` favours O, as news text does: the best previous label then often leads by far
        // (the shortcut), and by little at the others; ties come from the coarse values.
        const emit = Float32Array.from({ length: n * L }, (_, k) => Math.round(rnd()) / 2 + (k % L === 0 ? lean : 0));
        const trans = Float32Array.from({ length: (L + 1) * L }, () => Math.round(rnd()) / 4);
        const forward = new Float64Array(n * L);
        const path = viterbi(emit, n, trans, forward, decoderTables(trans));
        const ref = plain(emit, n, trans);
        expect(Array.from(path)).toEqual(ref.path);
        expect(Array.from(forward)).toEqual(ref.fwd);
      }),
      { numRuns: 300 },
    );
  });
  it("never opens with I-", () => {
    const emit = new Float32Array(L);
    emit[LABELS.indexOf("I-PER")] = 100;
    expect(LABELS[viterbi(emit, 1, new Float32Array((L + 1) * L))[0]]).not.toMatch(/^I-/);
  });
});
