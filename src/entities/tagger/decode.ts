// First-order Viterbi over BIO labels with hard validity constraints, plus
// max-marginals (forward and backward max scores) for per-token confidence.
import { ALLOWED, NUM_LABELS } from "./labels.js";

// A module-local copy: hot loops then read a constant, not an imported binding (which some
// loaders, e.g. tsx in development, compile to a getter call).
const L = NUM_LABELS;

const NEG = -1e30;

// The labels that may precede (PREV[c]) or follow (NEXT[p]) each label, ascending: the loops
// below visit exactly the allowed pairs, in the order the full scan with ALLOWED checks would.
const PREV: Uint8Array[] = [];
const NEXT: Uint8Array[] = [];
for (let a = 0; a < L; a++) {
  const prev: number[] = [];
  const next: number[] = [];
  for (let b = 0; b < L; b++) {
    if (ALLOWED[b * L + a]) prev.push(b);
    if (ALLOWED[a * L + b]) next.push(b);
  }
  PREV.push(Uint8Array.from(prev));
  NEXT.push(Uint8Array.from(next));
}

// The labels every label may precede (O and the B- labels): their best predecessor is a scan of all L.
const FULL: number[] = [];
for (let c = 0; c < L; c++) if (PREV[c].length === L) FULL.push(c);

/** What viterbi derives from a transition table; compute once per table that does not change (decoderTables). */
export interface DecoderTables {
  /** The transition scores into each label as float64, into[c * L + p] = trans[p * L + c] (float32 widens exactly), a row per label. */
  into: Float64Array;
  /**
   * lead[pm]: by how much the best previous score (at pm) must exceed every other for pm to be the
   * best predecessor of every FULL label: max over those c and p ≠ pm of into[c][p] - into[c][pm].
   */
  lead: Float64Array;
  /** The largest |into| of a FULL label (for viterbi's rounding margin). */
  intoMax: number;
}

export function decoderTables(trans: Float32Array | Float64Array): DecoderTables {
  const into = new Float64Array(L * L);
  for (let p = 0; p < L; p++) for (let c = 0; c < L; c++) into[c * L + p] = trans[p * L + c];
  const lead = new Float64Array(L).fill(-Infinity);
  let maxAbs = 0;
  for (let pm = 0; pm < L; pm++) {
    for (const c of FULL) {
      for (let p = 0; p < L; p++) if (p !== pm) lead[pm] = Math.max(lead[pm], into[c * L + p] - into[c * L + pm]);
      maxAbs = Math.max(maxAbs, Math.abs(into[c * L + pm]));
    }
  }
  return { into, lead, intoMax: maxAbs };
}

/**
 * emit: n * L emission scores; trans: (L + 1) * L transition scores, row L = sentence start.
 * Returns the best valid label sequence. `forward` (n * L at least), when given, receives the
 * forward max scores, which are exactly confidences' forward pass: pass it on to skip that.
 * `tables`: decoderTables(trans), when the caller keeps them (the table does not change).
 */
// Scratch space reused across calls (decoding is synchronous; sentences rarely exceed it).
let deltaBuf = new Float64Array(256 * L);
let backBuf = new Uint8Array(256 * L);
let bwdBuf = new Float64Array(256 * L);

export function viterbi(
  emit: Float32Array | Float64Array,
  n: number,
  trans: Float32Array | Float64Array,
  forward?: Float64Array,
  tables: DecoderTables = decoderTables(trans),
): Uint8Array {
  const path = new Uint8Array(n);
  if (n === 0) return path;
  if (n * L > deltaBuf.length) deltaBuf = new Float64Array(n * L * 2);
  if (n * L > backBuf.length) backBuf = new Uint8Array(n * L * 2);
  const delta = forward ?? deltaBuf;
  const back = backBuf;
  for (let c = 0; c < L; c++) delta[c] = ALLOWED[L * L + c] ? trans[L * L + c] + emit[c] : NEG;
  const { into, lead, intoMax } = tables;
  for (let i = 1; i < n; i++) {
    const po = (i - 1) * L;
    const o = i * L;
    // When the best previous score (the first best, at pm) leads every other by more than lead[pm],
    // pm is every FULL label's strict best predecessor, so their scans would pick it with the same
    // sum: it is taken without them (most positions). The margin, a billionth of the magnitudes,
    // is far above float64 rounding (2^-52 of them), so the order holds for the rounded sums too.
    let top = delta[po];
    let pm = 0;
    for (let p = 1; p < L; p++) {
      if (delta[po + p] > top) {
        top = delta[po + p];
        pm = p;
      }
    }
    const bar = top - lead[pm] - 1e-9 * (Math.abs(top) + intoMax + 1);
    let leads = bar > NEG; // false for NaN
    for (let p = 0; p < L; p++) {
      if (p !== pm && delta[po + p] >= bar) {
        leads = false;
        break;
      }
    }
    for (let c = 0; c < L; c++) {
      let best = NEG;
      let arg = 0;
      const prev = PREV[c];
      const to = c * L;
      if (prev.length === L) {
        if (leads) {
          best = top + into[to + pm];
          arg = pm;
        } else {
          // Every label may precede c: the plain scan, the same comparisons in the same order.
          for (let p = 0; p < L; p++) {
            const s = delta[po + p] + into[to + p];
            if (s > best) {
              best = s;
              arg = p;
            }
          }
        }
      } else {
        for (let j = 0; j < prev.length; j++) {
          const p = prev[j];
          const s = delta[po + p] + into[to + p];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      }
      delta[o + c] = best + emit[o + c];
      back[o + c] = arg;
    }
  }
  let best = NEG;
  let arg = 0;
  const lo = (n - 1) * L;
  for (let c = 0; c < L; c++) {
    if (delta[lo + c] > best) {
      best = delta[lo + c];
      arg = c;
    }
  }
  path[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * L + path[i]];
  return path;
}

/**
 * Per-token confidence of the chosen label: a softmax over the max-marginal
 * score of every label at that position (best full path through it).
 */
export function confidences(
  emit: Float32Array | Float64Array,
  n: number,
  trans: Float32Array | Float64Array,
  path: Uint8Array,
  forward?: Float64Array,
): Float32Array {
  const out = new Float32Array(n);
  if (n === 0) return out;
  if (n * L > bwdBuf.length) bwdBuf = new Float64Array(n * L * 2);
  // bwd: every cell read is written first (rows n - 2 down to 0 fully, row n - 1 zeroed here).
  const bwd = bwdBuf;
  bwd.fill(0, (n - 1) * L, n * L);
  const fwd = forward ?? new Float64Array(n * L);
  if (!forward) forwardScores(emit, n, trans, fwd);
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < L; p++) {
      let best = NEG;
      const next = NEXT[p];
      for (let j = 0; j < next.length; j++) {
        const c = next[j];
        const s = trans[p * L + c] + emit[(i + 1) * L + c] + bwd[(i + 1) * L + c];
        if (s > best) best = s;
      }
      bwd[i * L + p] = best;
    }
  }
  for (let i = 0; i < n; i++) {
    const o = i * L;
    const chosen = fwd[o + path[i]] + bwd[o + path[i]];
    let z = 0;
    for (let c = 0; c < L; c++) {
      const m = fwd[o + c] + bwd[o + c];
      if (m > NEG / 2) z += Math.exp(m - chosen);
    }
    out[i] = 1 / z;
  }
  return out;
}

/** Forward max scores (n * L) into `fwd`: the same arithmetic as viterbi's, without back-pointers. */
function forwardScores(emit: Float32Array | Float64Array, n: number, trans: Float32Array | Float64Array, fwd: Float64Array): void {
  for (let c = 0; c < L; c++) fwd[c] = ALLOWED[L * L + c] ? trans[L * L + c] + emit[c] : NEG;
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < L; c++) {
      let best = NEG;
      const prev = PREV[c];
      for (let j = 0; j < prev.length; j++) {
        const p = prev[j];
        const s = fwd[(i - 1) * L + p] + trans[p * L + c];
        if (s > best) best = s;
      }
      fwd[i * L + c] = best + emit[i * L + c];
    }
  }
}
