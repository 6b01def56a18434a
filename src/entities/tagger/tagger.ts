// The runtime tagger: words in, BIO labels and per-token confidences out.
import { readFileSync } from "node:fs";
import { confidences, viterbi } from "./decode.js";
import { extractFeatures, SLOTS, type Gazetteers } from "./features.js";
import { PhraseGazetteer } from "./gazetteer.js";
import { LABELS, NUM_LABELS } from "./labels.js";
import { WordLexicon } from "./lexicon.js";
import { decodeModel, LinearModel, type ModelHeader } from "./model.js";

export interface TagResult {
  /** BIO labels: "O", "B-PER", "I-ORG", … (always a valid BIO sequence). */
  tags: string[];
  /** Confidence of each token's label, 0..1. */
  scores: number[];
}

export class Tagger {
  private feats = new Uint32Array(256 * SLOTS);
  private emit = new Float32Array(256 * NUM_LABELS);

  constructor(
    readonly model: LinearModel,
    readonly gazetteers: Gazetteers,
    readonly header: ModelHeader | null = null,
  ) {}

  static fromFile(path: string): Tagger {
    const { header, model } = decodeModel(readFileSync(path), path);
    return new Tagger(
      model,
      {
        train: PhraseGazetteer.fromJSON(header.trainGazetteer),
        external: PhraseGazetteer.fromJSON(header.externalGazetteer),
        lexicon: header.lexicon ? WordLexicon.fromJSON(header.lexicon) : null,
      },
      header,
    );
  }

  /** Label indices (into LABELS) and confidences for one sentence. */
  tagIndices(words: readonly string[], withConfidence = true): { labels: Uint8Array; conf: Float32Array | null } {
    const n = words.length;
    if (n * SLOTS > this.feats.length) this.feats = new Uint32Array(n * SLOTS * 2);
    if (n * NUM_LABELS > this.emit.length) this.emit = new Float32Array(n * NUM_LABELS * 2);
    const feats = extractFeatures(words, this.gazetteers, this.feats);
    const emit = this.model.emissions(feats, n, this.emit);
    const labels = viterbi(emit, n, this.model.trans);
    const conf = withConfidence ? confidences(emit, n, this.model.trans, labels) : null;
    return { labels, conf };
  }

  tag(words: readonly string[]): TagResult {
    const { labels, conf } = this.tagIndices(words);
    const tags = Array.from(labels, (k) => LABELS[k] as string);
    return { tags, scores: Array.from(conf ?? new Float32Array(words.length)) };
  }
}
