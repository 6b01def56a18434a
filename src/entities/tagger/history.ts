// Prediction history within a document (Ratinov & Roth 2009, "extended prediction
// history"): how the tagger labelled the same word earlier in the document. Names
// are often introduced with a title or full form and then repeated bare; this
// carries the first, easier decision over to the later mentions.
import { hash1 } from "./features.js";
import { labelType, TYPES } from "./labels.js";

export const HIST_SLOTS = 3;
const enum H {
  Cur = 201, Prev, Next,
}

/** Every value historyValue can return (the trainer pre-registers their features). */
export const HISTORY_VALUES: readonly string[] = ["none", "O", ...TYPES.flatMap((t) => [`${t}:a`, `${t}:m`, `${t}:s`])];

export class DocHistory {
  private readonly counts = new Map<string, Uint16Array>();

  value(core: string): string {
    if (core.length < 2) return "none";
    const c = this.counts.get(core);
    if (!c) return "none";
    let total = 0;
    let best = 1;
    for (let i = 0; i < c.length; i++) total += c[i];
    for (let i = 2; i < c.length; i++) if (c[i] > c[best]) best = i;
    if (c[best] === 0) return "O";
    const r = c[best] / total;
    return `${TYPES[best - 1]}:${r >= 0.99 ? "a" : r >= 0.5 ? "m" : "s"}`;
  }

  /** Records a tagged sentence: label indices into LABELS. */
  update(cores: readonly string[], labels: ArrayLike<number>): void {
    for (let i = 0; i < cores.length; i++) {
      if (cores[i].length < 2) continue;
      let c = this.counts.get(cores[i]);
      if (!c) this.counts.set(cores[i], (c = new Uint16Array(TYPES.length + 1)));
      const t = labelType(labels[i]);
      const k = t ? 1 + TYPES.indexOf(t) : 0;
      if (c[k] < 0xffff) c[k]++;
    }
  }
}

export function historyHashes(values: readonly string[], out: Uint32Array): Uint32Array {
  const n = values.length;
  for (let i = 0; i < n; i++) {
    const o = i * HIST_SLOTS;
    out[o] = hash1(H.Cur, values[i]);
    out[o + 1] = hash1(H.Prev, i > 0 ? values[i - 1] : "<s>");
    out[o + 2] = hash1(H.Next, i + 1 < n ? values[i + 1] : "</s>");
  }
  return out;
}

const histRowCache = new WeakMap<{ row(h: number): number }, Map<string, Int32Array>>();

/** As historyHashes, resolved to model rows (-1 = unknown); the rows of each value are cached per model. */
export function historyRows(values: readonly string[], model: { row(h: number): number }, out: Int32Array): Int32Array {
  let cache = histRowCache.get(model);
  if (!cache) histRowCache.set(model, (cache = new Map()));
  const rowsOf = (v: string): Int32Array => {
    let r = cache!.get(v);
    if (!r) cache!.set(v, (r = Int32Array.of(model.row(hash1(H.Cur, v)), model.row(hash1(H.Prev, v)), model.row(hash1(H.Next, v)))));
    return r;
  };
  const n = values.length;
  for (let i = 0; i < n; i++) {
    const o = i * HIST_SLOTS;
    out[o] = rowsOf(values[i])[0];
    out[o + 1] = rowsOf(i > 0 ? values[i - 1] : "<s>")[1];
    out[o + 2] = rowsOf(i + 1 < n ? values[i + 1] : "</s>")[2];
  }
  return out;
}

/** Every hash historyHashes can produce. */
export function allHistoryHashes(): number[] {
  const vals = [...HISTORY_VALUES];
  const out: number[] = [];
  for (const v of vals) out.push(hash1(H.Cur, v), hash1(H.Prev, v), hash1(H.Next, v));
  out.push(hash1(H.Prev, "<s>"), hash1(H.Next, "</s>"));
  return out;
}
