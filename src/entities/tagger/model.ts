// The trained linear model: hashed feature → one weight per label, plus label
// transitions. Stored as a gzip-compressed binary (models/ner-*.bin.gz):
//   "RNER" | u32 version | u32 header bytes | header JSON | pad to 4 |
//   u32[n] feature hashes (sorted) | i16[n * L] weights (× header.scale) | f32[(L+1) * L] transitions
import { endianness } from "node:os";
import { gunzipSync, gzipSync } from "node:zlib";
import { LABELS, NUM_LABELS } from "./labels.js";
import { SLOTS } from "./features.js";
import type { CharLM } from "./charlm.js";

// A module-local copy: hot loops then read a constant, not an imported binding (which some
// loaders, e.g. tsx in development, compile to a getter call).
const L = NUM_LABELS;

export const FORMAT_VERSION = 1;

export interface ModelHeader {
  labels: string[];
  slots: number;
  scale: number;
  features: number;
  /** Gazetteer phrases derived from the training corpora: [folded phrase, type mask]. */
  trainGazetteer: Array<[string, number]>;
  /** Gazetteer phrases from the external lists. */
  externalGazetteer: Array<[string, number]>;
  /** Word-label lexicon from the training corpora: [word core, summary]. */
  lexicon?: Array<[string, string]>;
  /** Whether the model was trained with prediction-history features (history.ts). */
  history?: boolean;
  /** Character trigram class models (charlm.ts), when the model uses them. */
  charLM?: ReturnType<CharLM["toJSON"]>;
  /** Optional feature groups (features.ts EXTRA_* bits) the model was trained with. */
  extra?: number;
  /** Decoding bias against O (see Tagger.oBias). */
  oBias?: number;
  /** Per-type decoding bias added to the B- and I- scores of PER, LOC, ORG, MISC (see Tagger.typeBias). */
  typeBias?: number[];
  /** What the model was trained on and how (free text / settings), for the record. */
  provenance: Record<string, unknown>;
}

export class LinearModel {
  /**
   * Open-addressing table: slot → row (-1 empty), size a power of two; a slot's hash is keys[row],
   * so no second array of hashes is kept (4 bytes a slot less in every analysis worker).
   */
  private readonly tableRows: Int32Array;
  private readonly mask: number;

  /**
   * The weights as stored in the model file (weights = qweights × scale), when the model was
   * read from one. The tagger sums these integers (exact, so in any order) and scales once.
   */
  readonly qweights: Int16Array | null;
  readonly scale: number;
  private floatWeights: Float32Array | null;

  /** `weights` may be null only with `quantised`: the float weights are then derived on first use. */
  constructor(
    readonly keys: Uint32Array,
    weights: Float32Array | null,
    readonly trans: Float32Array,
    quantised?: { qweights: Int16Array; scale: number },
  ) {
    if (!weights && !quantised) throw new Error("LinearModel: needs float or quantised weights");
    this.floatWeights = weights;
    this.qweights = quantised?.qweights ?? null;
    this.scale = quantised?.scale ?? 1;
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    this.tableRows = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let r = 0; r < keys.length; r++) {
      let s = keys[r] & this.mask;
      while (this.tableRows[s] !== -1) s = (s + 1) & this.mask;
      this.tableRows[s] = r;
    }
  }

  /**
   * Float weights (n * L). A model read from a file keeps only its stored integers: inference
   * sums those (quantisedSums, addRows), so each analysis worker saves n * L * 4 bytes (~11 MB
   * for the shipped model) unless something asks for these.
   */
  get weights(): Float32Array {
    if (!this.floatWeights) {
      const q = this.qweights!;
      const w = new Float32Array(q.length);
      for (let i = 0; i < q.length; i++) w[i] = q[i] * this.scale;
      this.floatWeights = w;
    }
    return this.floatWeights;
  }

  row(h: number): number {
    let s = h & this.mask;
    for (;;) {
      const r = this.tableRows[s];
      if (r === -1 || this.keys[r] === h) return r;
      s = (s + 1) & this.mask;
    }
  }

  /**
   * Emission scores (n * L) for hashed features (n * width, 0 = empty slot).
   * With `accumulate`, adds onto `out` instead of starting from zero.
   */
  emissions(feats: Uint32Array, n: number, out?: Float32Array, width = SLOTS, accumulate = false): Float32Array {
    const e = out && out.length >= n * L ? out : new Float32Array(n * L);
    if (!accumulate) e.fill(0, 0, n * L);
    const w = this.weights;
    for (let i = 0; i < n; i++) {
      const o = i * L;
      for (let k = i * width, end = k + width; k < end; k++) {
        const h = feats[k];
        if (h === 0) continue;
        const r = this.row(h);
        if (r < 0) continue;
        const wo = r * L;
        for (let c = 0; c < L; c++) e[o + c] += w[wo + c];
      }
    }
    return e;
  }

  /**
   * Integer emission sums (n * L) over the quantised weights for hashed features (n * width,
   * 0 = empty slot), added onto `acc`. The tagger's definition of a score is `acc × scale`.
   */
  quantisedSums(feats: Uint32Array, n: number, acc: Int32Array, width = SLOTS): Int32Array {
    const q = this.qweights;
    if (!q) throw new Error("quantisedSums: model has no quantised weights (not read from a model file)");
    for (let i = 0; i < n; i++) {
      const o = i * L;
      for (let k = i * width, end = k + width; k < end; k++) {
        const h = feats[k];
        if (h === 0) continue;
        const r = this.row(h);
        if (r < 0) continue;
        const wo = r * L;
        for (let c = 0; c < L; c++) acc[o + c] += q[wo + c];
      }
    }
    return acc;
  }

  /** Adds the quantised weights of rows (-1 = skip), `width` per token, onto `acc`. */
  addRows(rows: Int32Array, n: number, acc: Int32Array, width: number): Int32Array {
    const q = this.qweights!;
    for (let i = 0; i < n; i++) {
      const o = i * L;
      for (let k = i * width, end = k + width; k < end; k++) {
        const r = rows[k];
        if (r < 0) continue;
        const wo = r * L;
        for (let c = 0; c < L; c++) acc[o + c] += q[wo + c];
      }
    }
    return acc;
  }
}

export function encodeModel(header: Omit<ModelHeader, "labels" | "slots" | "scale" | "features">, keys: Uint32Array, weights: Float32Array, trans: Float32Array): Buffer {
  let maxAbs = 0;
  for (let i = 0; i < weights.length; i++) maxAbs = Math.max(maxAbs, Math.abs(weights[i]));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const full: ModelHeader = { labels: [...LABELS], slots: SLOTS, scale, features: keys.length, ...header };
  const json = Buffer.from(JSON.stringify(full), "utf8");
  const headLen = 12 + json.length;
  const pad = (4 - (headLen % 4)) % 4;
  const buf = Buffer.alloc(headLen + pad + keys.length * 4 + weights.length * 2 + trans.length * 4);
  buf.write("RNER", 0, "latin1");
  buf.writeUInt32LE(FORMAT_VERSION, 4);
  buf.writeUInt32LE(json.length, 8);
  json.copy(buf, 12);
  let off = headLen + pad;
  for (let i = 0; i < keys.length; i++, off += 4) buf.writeUInt32LE(keys[i], off);
  for (let i = 0; i < weights.length; i++, off += 2) buf.writeInt16LE(Math.round(weights[i] / scale), off);
  for (let i = 0; i < trans.length; i++, off += 4) buf.writeFloatLE(trans[i], off);
  return gzipSync(buf, { level: 9 });
}

const LITTLE_ENDIAN = endianness() === "LE";

type NumberArray = Uint32Array | Int16Array | Float32Array;

/**
 * `count` little-endian numbers from `buf` at `offset`: on a little-endian machine one copy of the
 * bytes (a few ms for the shipped model, against ~50 ms reading them one at a time), else read singly.
 */
function readLE<T extends NumberArray>(buf: Buffer, offset: number, count: number, Kind: { new (n: number): T; new (b: ArrayBuffer): T; BYTES_PER_ELEMENT: number }, one: (o: number) => number): T {
  const bytes = count * Kind.BYTES_PER_ELEMENT;
  if (LITTLE_ENDIAN) return new Kind(buf.buffer.slice(buf.byteOffset + offset, buf.byteOffset + offset + bytes) as ArrayBuffer);
  const out = new Kind(count);
  for (let i = 0; i < count; i++) out[i] = one(offset + i * Kind.BYTES_PER_ELEMENT);
  return out;
}

export function decodeModel(gz: Buffer, source = "model"): { header: ModelHeader; model: LinearModel } {
  const buf = gunzipSync(gz);
  if (buf.toString("latin1", 0, 4) !== "RNER") throw new Error(`${source}: not a rasd NER model (bad magic)`);
  const version = buf.readUInt32LE(4);
  if (version !== FORMAT_VERSION) throw new Error(`${source}: model format ${version}, expected ${FORMAT_VERSION}`);
  const jsonLen = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString("utf8", 12, 12 + jsonLen)) as ModelHeader;
  if (header.slots > SLOTS || header.labels.join() !== LABELS.join()) {
    throw new Error(`${source}: model was built for other features/labels; retrain with npm run train:ner`);
  }
  const headLen = 12 + jsonLen;
  let off = headLen + ((4 - (headLen % 4)) % 4);
  const n = header.features;
  const end = off + n * 4 + n * L * 2 + (L + 1) * L * 4;
  if (end > buf.length) throw new Error(`${source}: ${end - buf.length} bytes missing; file is corrupt`);
  const keys = readLE(buf, off, n, Uint32Array, (o) => buf.readUInt32LE(o));
  off += n * 4;
  const qweights = readLE(buf, off, n * L, Int16Array, (o) => buf.readInt16LE(o));
  off += n * L * 2;
  const trans = readLE(buf, off, (L + 1) * L, Float32Array, (o) => buf.readFloatLE(o));
  off += (L + 1) * L * 4;
  if (off !== buf.length) throw new Error(`${source}: ${buf.length - off} trailing bytes; file is corrupt`);
  return { header, model: new LinearModel(keys, null, trans, { qweights, scale: header.scale }) };
}
