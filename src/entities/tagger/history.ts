// Prediction history within a document (Ratinov & Roth 2009, "extended prediction
// history"): how the tagger labelled the same word earlier in the document. Names
// are often introduced with a title or full form and then repeated bare; this
// carries the first, easier decision over to the later mentions.
import type { CoreSlot } from "./core-slot.js";
import { hash1 } from "./features.js";
import { NUM_LABELS as LABEL_COUNT, TYPES } from "./labels.js";

// A module-local copy (see decode.ts).
const NUM_LABELS = LABEL_COUNT;

export const HIST_SLOTS = 3;
const enum H {
  Cur = 201, Prev, Next,
}

/** Every value historyValue can return (the trainer pre-registers their features). */
export const HISTORY_VALUES: readonly string[] = ["none", "O", ...TYPES.flatMap((t) => [`${t}:a`, `${t}:m`, `${t}:s`])];

/** Counts kept per word core: O, then each type (TYPES order). */
const WIDTH = TYPES.length + 1;

let stamps = 0;
/** The history that last put its row on a slot: until another does, a slot it has not marked is a core it has not met. */
let lastStamper = 0;

export class DocHistory {
  /** Marks the CoreSlots whose `row` this history set. */
  private readonly stamp = ++stamps;
  /**
   * Each core's row in `counts` (WIDTH counts, capped at 0xffff). One flat array for the document
   * rather than a small typed array per word: a document meets a few hundred words, and each of
   * those allocations cost more than the counting.
   */
  private counts = new Uint16Array(64 * WIDTH);
  /** The core of each row. */
  private readonly cores: string[] = [];
  /**
   * Core -> row, built when first needed: for the string-keyed methods, for slots of a
   * generation other than the first one met (the tagger's word cache was dropped mid-document),
   * and once another history has marked slots in between this one's.
   * Until then the slots alone find the rows (one slot per core within a generation).
   */
  private byCore: Map<string, number> | null = null;
  private generation = 0;
  private stamped = false;

  value(core: string): string {
    return HISTORY_VALUES[this.valueIndex(core)];
  }

  /** As value, as an index into HISTORY_VALUES (no string built). */
  valueIndex(core: string): number {
    return core.length < 2 ? 0 : this.valueAt(this.rowOf(core));
  }

  /** As valueIndex, for the core of a slot (features.ts: featureSumsSentence). */
  valueIndexOfSlot(s: CoreSlot): number {
    return s.core.length < 2 ? 0 : this.valueAt(this.slotRow(s));
  }

  /** Records a tagged sentence: label indices into LABELS. */
  update(cores: readonly string[], labels: ArrayLike<number>): void {
    for (let i = 0; i < cores.length; i++) {
      if (cores[i].length < 2) continue;
      let row = this.rowOf(cores[i]);
      if (row < 0) row = this.addRow(cores[i]);
      this.count(row, labels[i]);
    }
  }

  /** As update, for the first n slots of `slots`. */
  updateSlots(slots: readonly CoreSlot[], labels: ArrayLike<number>, n: number): void {
    for (let i = 0; i < n; i++) {
      const s = slots[i];
      if (s.core.length < 2) continue;
      let row = this.slotRow(s);
      if (row < 0) s.row = row = this.addRow(s.core);
      this.count(row, labels[i]);
    }
  }

  private valueAt(row: number): number {
    if (row < 0) return 0;
    const c = this.counts;
    const o = row * WIDTH;
    let total = 0;
    let best = 1;
    for (let i = 0; i < WIDTH; i++) total += c[o + i];
    for (let i = 2; i < WIDTH; i++) if (c[o + i] > c[o + best]) best = i;
    if (c[o + best] === 0) return 1;
    const r = c[o + best] / total;
    return 2 + 3 * (best - 1) + (r >= 0.99 ? 0 : r >= 0.5 ? 1 : 2);
  }

  private count(row: number, label: number): void {
    // O, else the label's type (labelType) in TYPES order.
    const k = row * WIDTH + (label === 0 ? 0 : 1 + ((label - 1) >> 1));
    if (this.counts[k] < 0xffff) this.counts[k]++;
  }

  /** The core's row, -1 when it has none. */
  private rowOf(core: string): number {
    return this.index().get(core) ?? -1;
  }

  private index(): Map<string, number> {
    if (!this.byCore) {
      this.byCore = new Map();
      for (let k = 0; k < this.cores.length; k++) this.byCore.set(this.cores[k], k);
    }
    return this.byCore;
  }

  /** The slot's row, -1 when its core has none; kept on the slot for this history. */
  private slotRow(s: CoreSlot): number {
    // A slot's "no row" holds only while the slots alone decide (no row was added by core string).
    if (s.doc === this.stamp && (s.row >= 0 || this.byCore === null)) return s.row;
    if (this.generation === 0) this.generation = s.generation;
    if (lastStamper !== this.stamp) {
      // Another history has marked slots since this one did (it may have taken this one's marks): look cores up by string from now on.
      if (this.stamped) this.index();
      lastStamper = this.stamp;
      this.stamped = true;
    }
    const row = this.byCore !== null || s.generation !== this.generation ? this.rowOf(s.core) : -1;
    s.doc = this.stamp;
    s.row = row;
    return row;
  }

  private addRow(core: string): number {
    const row = this.cores.length;
    this.cores.push(core);
    this.byCore?.set(core, row);
    if ((row + 1) * WIDTH > this.counts.length) {
      const grown = new Uint16Array(this.counts.length * 2);
      grown.set(this.counts);
      this.counts = grown;
    }
    return row;
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

/**
 * Per model: the rows of every history value (3 per value, in HISTORY_VALUES order), then the
 * rows of the sentence edges (Prev of "<s>", Next of "</s>").
 */
const histIndexRows = new WeakMap<{ row(h: number): number }, Int32Array>();

function indexRowsOf(model: { row(h: number): number }): Int32Array {
  let r = histIndexRows.get(model);
  if (!r) {
    const V = HISTORY_VALUES.length;
    r = new Int32Array(3 * V + 2);
    HISTORY_VALUES.forEach((v, k) => {
      r![3 * k] = model.row(hash1(H.Cur, v));
      r![3 * k + 1] = model.row(hash1(H.Prev, v));
      r![3 * k + 2] = model.row(hash1(H.Next, v));
    });
    r[3 * V] = model.row(hash1(H.Prev, "<s>"));
    r[3 * V + 1] = model.row(hash1(H.Next, "</s>"));
    histIndexRows.set(model, r);
  }
  return r;
}

/** As historyRows, from value indices (DocHistory.valueIndex); the same rows. */
export function historyRowsOfIndices(values: ArrayLike<number>, n: number, model: { row(h: number): number }, out: Int32Array): Int32Array {
  const r = indexRowsOf(model);
  const V = HISTORY_VALUES.length;
  for (let i = 0; i < n; i++) {
    const o = i * HIST_SLOTS;
    out[o] = r[3 * values[i]];
    out[o + 1] = i > 0 ? r[3 * values[i - 1] + 1] : r[3 * V];
    out[o + 2] = i + 1 < n ? r[3 * values[i + 1] + 2] : r[3 * V + 1];
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

/** Per model: the weight sums (L each) of the rows of indexRowsOf, in the same order. */
const histIndexSums = new WeakMap<{ row(h: number): number }, Int32Array>();

function indexSumsOf(model: { row(h: number): number; readonly qweights: Int16Array | null }): Int32Array {
  let s = histIndexSums.get(model);
  if (!s) {
    const rows = indexRowsOf(model);
    const q = model.qweights!;
    s = new Int32Array(rows.length * NUM_LABELS);
    for (let k = 0; k < rows.length; k++) {
      if (rows[k] < 0) continue;
      for (let c = 0; c < NUM_LABELS; c++) s[k * NUM_LABELS + c] = q[rows[k] * NUM_LABELS + c];
    }
    histIndexSums.set(model, s);
  }
  return s;
}

/**
 * Adds the weights of the history features of value indices (as historyRowsOfIndices, then
 * LinearModel.addRows) onto `acc` (n * L), from a small table of the few possible rows instead
 * of the model's large weight table.
 */
export function addHistorySums(values: ArrayLike<number>, n: number, model: { row(h: number): number; readonly qweights: Int16Array | null }, acc: Int32Array): void {
  const s = indexSumsOf(model);
  const L = NUM_LABELS;
  const V = HISTORY_VALUES.length;
  for (let i = 0; i < n; i++) {
    const o = i * L;
    const cur = 3 * values[i] * L;
    const prev = (i > 0 ? 3 * values[i - 1] + 1 : 3 * V) * L;
    const next = (i + 1 < n ? 3 * values[i + 1] + 2 : 3 * V + 1) * L;
    for (let c = 0; c < L; c++) acc[o + c] += s[cur + c] + s[prev + c] + s[next + c];
  }
}
