// Structured averaged perceptron (Collins 2002) over the hashed features, with
// Viterbi decoding under BIO constraints. Domain adaptation follows Daumé
// (2007, "frustratingly easy"): every feature also fires in a copy private to
// its corpus; the exported model adds the target corpus's copies onto the
// shared weights, so inference stays one weight row per feature.
import { viterbi } from "./decode.js";
import { SLOTS } from "./features.js";
import { NUM_LABELS } from "./labels.js";

// A module-local copy: hot loops then read a constant, not an imported binding (which some
// loaders, e.g. tsx in development, compile to a getter call).
const L = NUM_LABELS;

export interface TrainSentence {
  /** Hashed features, `width` per token (0 = empty slot). */
  feats: Uint32Array;
  gold: Uint8Array;
  /** Corpus index; with domain copies on, each corpus gets its own feature copies. */
  domain: number;
}

export interface TrainOptions {
  epochs: number;
  /** Features seen fewer times than this in the training data are dropped. */
  minCount: number;
  seed: number;
  /** Add per-domain feature copies. */
  domainCopies: boolean;
  /** Domain whose copies are merged into the exported weights. */
  targetDomain: number;
  /** Exported rows whose largest |weight| is below this are pruned. */
  prune: number;
  /** Feature slots per token in TrainSentence.feats (SLOTS, or more with extra features). */
  width?: number;
  log?: (msg: string) => void;
  /** Weight of the target domain's copies in the exported weights (1: shared + target). */
  targetScale?: number;
  /** Called once trained with an exporter for other target scales (for dev scans). */
  onDone?: (exportWith: (targetScale: number) => ExportedWeights) => void;
  /** Called after each epoch with the current averaged model (for dev monitoring). */
  onEpoch?: (epoch: number, exported: ExportedWeights) => void;
}

export interface ExportedWeights {
  keys: Uint32Array;
  weights: Float32Array;
  trans: Float32Array;
}

function domainKey(h: number, d: number): number {
  let x = Math.imul(h ^ Math.imul(d + 1, 0x9e3779b1), 0x85ebca6b);
  x ^= x >>> 15;
  return x >>> 0 || 2;
}

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x100000000;
  };
}

export function trainPerceptron(data: TrainSentence[], opt: TrainOptions): ExportedWeights {
  const log = opt.log ?? (() => {});
  // 1. Feature counts (shared copies only) decide what is kept.
  const counts = new Map<number, number>();
  for (const s of data) {
    const f = s.feats;
    for (let k = 0; k < f.length; k++) if (f[k] !== 0) counts.set(f[k], (counts.get(f[k]) ?? 0) + 1);
  }
  const rowOf = new Map<number, number>();
  const keyOfRow: number[] = [];
  const domainOfRow: number[] = [];
  const rowFor = (key: number, domain: number) => {
    let r = rowOf.get(key);
    if (r === undefined) {
      r = keyOfRow.length;
      rowOf.set(key, r);
      keyOfRow.push(key);
      domainOfRow.push(domain);
    }
    return r;
  };
  const per = opt.domainCopies ? 2 : 1;
  const W = opt.width ?? SLOTS;
  const rows: Int32Array[] = data.map((s) => {
    const n = s.gold.length;
    const r = new Int32Array(n * W * per).fill(-1);
    for (let k = 0; k < n * W; k++) {
      const h = s.feats[k];
      if (h === 0 || (counts.get(h) ?? 0) < opt.minCount) continue;
      r[k * per] = rowFor(h, -1);
      if (per === 2) r[k * per + 1] = rowFor(domainKey(h, s.domain), s.domain);
    }
    return r;
  });
  counts.clear();
  const R = keyOfRow.length;
  log(`perceptron: ${data.length} sentences, ${R} weight rows (${opt.domainCopies ? "with" : "without"} domain copies)`);
  const w = new Float64Array(R * L);
  const acc = new Float64Array(R * L);
  const T = (L + 1) * L;
  const tw = new Float64Array(T);
  const tacc = new Float64Array(T);
  let c = 1;
  const order = data.map((_, i) => i);
  const rand = rng(opt.seed);
  const emit = new Float64Array(512 * L);

  const exportWeights = (targetScale = opt.targetScale ?? 1): ExportedWeights => {
    const shared = new Map<number, number>();
    const target = new Map<number, number>();
    for (let r = 0; r < R; r++) {
      if (domainOfRow[r] === -1) shared.set(keyOfRow[r], r);
      else if (domainOfRow[r] === opt.targetDomain) target.set(keyOfRow[r], r);
    }
    const keys: number[] = [];
    const vals: number[] = [];
    const tmp = new Float64Array(L);
    for (const [h, r] of shared) {
      const d = per === 2 ? target.get(domainKey(h, opt.targetDomain)) : undefined;
      let max = 0;
      for (let k = 0; k < L; k++) {
        let v = w[r * L + k] - acc[r * L + k] / c;
        if (d !== undefined) v += targetScale * (w[d * L + k] - acc[d * L + k] / c);
        tmp[k] = v;
        max = Math.max(max, Math.abs(v));
      }
      if (max < opt.prune) continue;
      keys.push(h);
      for (let k = 0; k < L; k++) vals.push(tmp[k]);
    }
    const idx = keys.map((_, i) => i).sort((a, b) => keys[a] - keys[b]);
    const outKeys = new Uint32Array(idx.length);
    const outW = new Float32Array(idx.length * L);
    idx.forEach((j, i) => {
      outKeys[i] = keys[j];
      for (let k = 0; k < L; k++) outW[i * L + k] = vals[j * L + k];
    });
    const trans = new Float32Array(T);
    for (let t = 0; t < T; t++) trans[t] = tw[t] - tacc[t] / c;
    return { keys: outKeys, weights: outW, trans };
  };

  for (let epoch = 1; epoch <= opt.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    let tokens = 0;
    for (const si of order) {
      const s = data[si];
      const n = s.gold.length;
      const rr = rows[si];
      const width = W * per;
      const e = n * L <= emit.length ? emit : new Float64Array(n * L);
      e.fill(0, 0, n * L);
      for (let i = 0; i < n; i++) {
        for (let k = i * width, end = k + width; k < end; k++) {
          const r = rr[k];
          if (r < 0) continue;
          for (let l = 0; l < L; l++) e[i * L + l] += w[r * L + l];
        }
      }
      const pred = viterbi(e, n, tw);
      tokens += n;
      let prevG: number = L;
      let prevP: number = L;
      for (let i = 0; i < n; i++) {
        const g = s.gold[i];
        const p = pred[i];
        if (g !== p) {
          errors++;
          for (let k = i * width, end = k + width; k < end; k++) {
            const r = rr[k];
            if (r < 0) continue;
            w[r * L + g] += 1;
            acc[r * L + g] += c;
            w[r * L + p] -= 1;
            acc[r * L + p] -= c;
          }
        }
        if (g !== p || prevG !== prevP) {
          tw[prevG * L + g] += 1;
          tacc[prevG * L + g] += c;
          tw[prevP * L + p] -= 1;
          tacc[prevP * L + p] -= c;
        }
        prevG = g;
        prevP = p;
      }
      c++;
    }
    log(`epoch ${epoch}: ${errors} token errors / ${tokens} (${((100 * errors) / tokens).toFixed(2)}%)`);
    if (opt.onEpoch) opt.onEpoch(epoch, exportWeights());
  }
  if (opt.onDone) opt.onDone(exportWeights);
  return exportWeights();
}

/** The mean of several exported models (a feature missing from one counts as 0 there); keys sorted. */
export function averageWeights(models: readonly ExportedWeights[]): ExportedWeights {
  const sum = new Map<number, Float64Array>();
  for (const m of models) {
    for (let r = 0; r < m.keys.length; r++) {
      let v = sum.get(m.keys[r]);
      if (!v) sum.set(m.keys[r], (v = new Float64Array(L)));
      for (let k = 0; k < L; k++) v[k] += m.weights[r * L + k];
    }
  }
  const keys = Uint32Array.from([...sum.keys()].sort((a, b) => a - b));
  const weights = new Float32Array(keys.length * L);
  keys.forEach((h, r) => {
    const v = sum.get(h)!;
    for (let k = 0; k < L; k++) weights[r * L + k] = v[k] / models.length;
  });
  const trans = new Float32Array(models[0].trans.length);
  for (const m of models) for (let t = 0; t < trans.length; t++) trans[t] += m.trans[t] / models.length;
  return { keys, weights, trans };
}
