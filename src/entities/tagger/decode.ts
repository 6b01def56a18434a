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

/**
 * The transition scores into each label as float64, into[c * L + p] = trans[p * L + c]: the same
 * values (float32 widens exactly), read in a row per label. Filled per call (training changes
 * its table between calls); a scratch buffer, as decoding is synchronous.
 */
const intoBuf = new Float64Array(L * L);
function transposed(trans: Float32Array | Float64Array): Float64Array {
  for (let p = 0; p < L; p++) for (let c = 0; c < L; c++) intoBuf[c * L + p] = trans[p * L + c];
  return intoBuf;
}

/**
 * emit: n * L emission scores; trans: (L + 1) * L transition scores, row L = sentence start.
 * Returns the best valid label sequence. `forward` (n * L at least), when given, receives the
 * forward max scores, which are exactly confidences' forward pass: pass it on to skip that.
 */
// Scratch space reused across calls (decoding is synchronous; sentences rarely exceed it).
let deltaBuf = new Float64Array(256 * L);
let backBuf = new Uint8Array(256 * L);
let bwdBuf = new Float64Array(256 * L);

export function viterbi(emit: Float32Array | Float64Array, n: number, trans: Float32Array | Float64Array, forward?: Float64Array): Uint8Array {
  const path = new Uint8Array(n);
  if (n === 0) return path;
  if (n * L > deltaBuf.length) deltaBuf = new Float64Array(n * L * 2);
  if (n * L > backBuf.length) backBuf = new Uint8Array(n * L * 2);
  const delta = forward ?? deltaBuf;
  const back = backBuf;
  for (let c = 0; c < L; c++) delta[c] = ALLOWED[L * L + c] ? trans[L * L + c] + emit[c] : NEG;
  const into = transposed(trans);
  for (let i = 1; i < n; i++) {
    const po = (i - 1) * L;
    const o = i * L;
    for (let c = 0; c < L; c++) {
      let best = NEG;
      let arg = 0;
      const prev = PREV[c];
      const to = c * L;
      if (prev.length === L) {
        // Every label may precede c: the plain scan, the same comparisons in the same order.
        for (let p = 0; p < L; p++) {
          const s = delta[po + p] + into[to + p];
          if (s > best) {
            best = s;
            arg = p;
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
