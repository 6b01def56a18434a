// Tags labelled sentences and scores them entity by entity (conlleval style).
import type { LabelledSentence } from "./corpora.js";
import { LABELS } from "./labels.js";
import { scoreChunks, type Scores } from "./score.js";
import type { Tagger } from "./tagger.js";

/** Sentences per pseudo-document when a corpus has no article boundaries (ANERcorp). */
export const PSEUDO_DOC_SENTENCES = 30;

/** Tags in pseudo-documents of `docSize` consecutive sentences (prediction history is per document). */
export function evaluateTagger(
  tagger: Tagger,
  sentences: readonly LabelledSentence[],
  docSize = PSEUDO_DOC_SENTENCES,
): { scores: Scores; pred: string[][] } {
  const pred: string[][] = [];
  for (let i = 0; i < sentences.length; i += docSize) {
    const doc = sentences.slice(i, i + docSize).map((s) => s.words);
    for (const r of tagger.tagSentences(doc, false)) pred.push(Array.from(r.labels, (k) => LABELS[k] as string));
  }
  return { scores: scoreChunks(sentences.map((s) => s.labels), pred), pred };
}
