// Public face of the statistical NER tagger for the entity stage.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Doc, Token } from "../../types.js";
import { isInside, labelType, type NerType } from "./labels.js";
import { DocHistory } from "./history.js";
import { Tagger } from "./tagger.js";

export { Tagger, type TagResult } from "./tagger.js";
export { DocHistory } from "./history.js";
export type { NerType } from "./labels.js";

/** The shipped model (built by `npm run train:ner`); same relative path from src/ and dist/. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL("../../../models/ner-anercorp.bin.gz", import.meta.url));

let singleton: Tagger | null = null;

/** Loads the shipped model once (about a second) and reuses it; RASD_NER_MODEL overrides the path. */
export function loadTagger(path?: string): Tagger {
  if (path) return Tagger.fromFile(path);
  if (!singleton) {
    const p = process.env.RASD_NER_MODEL ?? DEFAULT_MODEL_PATH;
    if (!existsSync(p)) throw new Error(`NER model not found at ${p}: run \`npm run train:ner\``);
    singleton = Tagger.fromFile(p);
  }
  return singleton;
}

export interface TaggedSpan {
  /** Offsets into doc.article.text; the start skips the first token's proclitics (وروسيا → روسيا). */
  start: number;
  end: number;
  /** Token range [tokenStart, tokenEnd) in doc.tokens. */
  tokenStart: number;
  tokenEnd: number;
  type: NerType;
  /** Mean per-token confidence of the labels that make up the span. */
  confidence: number;
}

function isWordy(t: Token): boolean {
  return t.kind !== "space";
}

export interface TagDocOptions {
  /** Compute per-token confidences (a forward-backward pass, about a third of the cost); default true. */
  confidence?: boolean;
  /** Only these sentence indices (Sentence.i); prediction history then comes from them alone. */
  only?: ReadonlySet<number>;
}

/**
 * Runs the tagger over a Doc, sentence by sentence in order with one shared prediction history
 * (the model was trained to use how a word was tagged earlier in the same document), and returns
 * the entity spans it finds. Without confidences, `confidence` is 1.
 */
export function tagDoc(doc: Doc, tagger: Tagger = loadTagger(), opts: TagDocOptions = {}): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  const history = new DocHistory();
  const withConfidence = opts.confidence ?? true;
  const ranges: Array<[number, number]> = doc.sentences.length
    ? doc.sentences.filter((s) => !opts.only || opts.only.has(s.i)).map((s) => [s.tokenStart, s.tokenEnd])
    : [[0, doc.tokens.length]];
  for (const [from, to] of ranges) {
    const toks = doc.tokens.slice(from, to).filter(isWordy);
    if (toks.length === 0) continue;
    const { labels, conf } = tagger.tagIndices(
      toks.map((t) => t.text),
      withConfidence,
      history,
    );
    for (const { i, j, type } of labelRuns(labels, toks.length)) {
      let c = 0;
      for (let k = i; k < j; k++) c += conf ? conf[k] : 1;
      out.push(runSpan(toks, i, j, type, c / (j - i)));
    }
  }
  return out;
}

/** Entity runs [i, j) of a label sequence: a B- (or a stray I-) opens one, I- of the same type continues it. */
export function labelRuns(labels: ArrayLike<number>, n: number): Array<{ i: number; j: number; type: NerType }> {
  const runs: Array<{ i: number; j: number; type: NerType }> = [];
  let i = 0;
  while (i < n) {
    const type = labelType(labels[i]);
    if (!type) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isInside(labels[j]) && labelType(labels[j]) === type) j++;
    runs.push({ i, j, type });
    i = j;
  }
  return runs;
}

/** Tokens [i, j) as a span; the start skips the first token's proclitics (وروسيا → روسيا). */
export function runSpan(toks: readonly Token[], i: number, j: number, type: NerType, confidence: number): TaggedSpan {
  const first = toks[i];
  const last = toks[j - 1];
  const start = first.coreStart > first.start && first.coreStart < first.end ? first.coreStart : first.start;
  return { start, end: last.end, tokenStart: first.i, tokenEnd: last.i + 1, type, confidence };
}
