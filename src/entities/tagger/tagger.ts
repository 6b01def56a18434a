// The runtime tagger: words in, BIO labels and per-token confidences out.
import { readFileSync } from "node:fs";
import { confidences, decoderTables, viterbi, type DecoderTables } from "./decode.js";
import { featureSumsSentence, type Gazetteers, type ResolvedWord } from "./features.js";
import { addHistorySums, DocHistory } from "./history.js";
import { PhraseGazetteer } from "./gazetteer.js";
import { LABELS, NUM_LABELS as LABEL_COUNT } from "./labels.js";

// A module-local copy (see decode.ts).
const NUM_LABELS = LABEL_COUNT;
import { WordLexicon } from "./lexicon.js";
import { CharLM } from "./charlm.js";
import { decodeModel, LinearModel, type ModelHeader } from "./model.js";

export interface TagResult {
  /** BIO labels: "O", "B-PER", "I-ORG", … (always a valid BIO sequence). */
  tags: string[];
  /** Confidence of each token's label, 0..1. */
  scores: number[];
}

export class Tagger {
  private acc = new Int32Array(256 * NUM_LABELS);
  private emit = new Float32Array(256 * NUM_LABELS);
  private histValues = new Uint8Array(256);
  private forward = new Float64Array(256 * NUM_LABELS);

  constructor(
    readonly model: LinearModel,
    readonly gazetteers: Gazetteers,
    readonly header: ModelHeader | null = null,
  ) {
    this.useHistory = header?.history ?? false;
    this.oBias = header?.oBias ?? 0;
    this.typeBias = header?.typeBias ?? null;
    this.decoding = decoderTables(model.trans);
  }

  /** Viterbi's tables of the model's transitions (fixed once the model is built). */
  private readonly decoding: DecoderTables;

  /**
   * Added to the B- and I- scores of each type (PER, LOC, ORG, MISC) before decoding: the
   * perceptron trades recall for precision unevenly across types; tuned on the dev set.
   */
  typeBias: number[] | null;

  /**
   * Subtracted from every token's O score before decoding: the perceptron's margins favour O,
   * and trading some precision for recall raises F1 (tuned on the dev set at training time).
   */
  oBias: number;

  private readonly useHistory: boolean;

  static fromFile(path: string): Tagger {
    const { header, model } = decodeModel(readFileSync(path), path);
    return new Tagger(
      model,
      {
        train: PhraseGazetteer.fromJSON(header.trainGazetteer),
        external: PhraseGazetteer.fromJSON(header.externalGazetteer),
        lexicon: header.lexicon ? WordLexicon.fromJSON(header.lexicon) : null,
        extra: header.extra ?? 0,
        charLM: header.charLM ? CharLM.fromJSON(header.charLM) : null,
      },
      header,
    );
  }

  /**
   * Label indices (into LABELS) and confidences for one sentence. Pass the same `history`
   * for the sentences of one document, in order: later mentions then profit from earlier ones.
   * `resolved`: the words as resolved before, to be kept by the caller (featureSumsSentence).
   */
  tagIndices(
    words: readonly string[],
    withConfidence = true,
    history: DocHistory = new DocHistory(),
    resolved?: Array<ResolvedWord | undefined>,
  ): { labels: Uint8Array; conf: Float32Array | null } {
    const n = words.length;
    if (n * NUM_LABELS > this.emit.length) {
      this.emit = new Float32Array(n * NUM_LABELS * 2);
      this.acc = new Int32Array(n * NUM_LABELS * 2);
    }
    if (n > this.histValues.length) this.histValues = new Uint8Array(n * 2);
    // Features go straight to integer weight sums (cached per word): exact, so the same scores as
    // hashing every feature and probing the model table (LinearModel.quantisedSums).
    const acc = this.acc;
    const cores = featureSumsSentence(words, this.gazetteers, this.model, acc, resolved);
    if (this.useHistory) {
      const values = this.histValues;
      for (let i = 0; i < n; i++) values[i] = history.valueIndexOfSlot(cores[i]);
      addHistorySums(values, n, this.model, acc);
    }
    // Scores: acc × scale, less oBias for O, plus typeBias for the others. One pass with the
    // float32 roundings of three (the scaled value is stored, then each bias applied to it);
    // x - 0 is x, so an oBias of 0 needs no test.
    const emit = this.emit;
    const scale = this.model.scale;
    const oBias = this.oBias;
    const tb = this.typeBias;
    for (let i = 0; i < n; i++) {
      const o = i * NUM_LABELS;
      emit[o] = Math.fround(acc[o] * scale) - oBias;
      if (tb) for (let k = 1; k < NUM_LABELS; k++) emit[o + k] = Math.fround(acc[o + k] * scale) + tb[(k - 1) >> 1];
      else for (let k = 1; k < NUM_LABELS; k++) emit[o + k] = acc[o + k] * scale;
    }
    // Viterbi's forward scores are confidences' forward pass: kept, so computed once.
    if (n * NUM_LABELS > this.forward.length) this.forward = new Float64Array(n * NUM_LABELS * 2);
    const labels = viterbi(emit, n, this.model.trans, this.forward, this.decoding);
    if (this.useHistory) history.updateSlots(cores, labels, n);
    const conf = withConfidence ? confidences(emit, n, this.model.trans, labels, this.forward) : null;
    return { labels, conf };
  }

  /** Tags the sentences of one document in order, sharing prediction history. */
  tagSentences(sentences: ReadonlyArray<readonly string[]>, withConfidence = true): Array<{ labels: Uint8Array; conf: Float32Array | null }> {
    const history = new DocHistory();
    return sentences.map((s) => this.tagIndices(s, withConfidence, history));
  }

  tag(words: readonly string[], history?: DocHistory): TagResult {
    const { labels, conf } = this.tagIndices(words, true, history);
    const tags = Array.from(labels, (k) => LABELS[k] as string);
    return { tags, scores: Array.from(conf ?? new Float32Array(words.length)) };
  }
}
