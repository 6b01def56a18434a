// Tags labelled sentences and scores them entity by entity (conlleval style).
import type { LabelledSentence } from "./corpora.js";
import { LABELS } from "./labels.js";
import { scoreChunks, type Scores } from "./score.js";
import type { Tagger } from "./tagger.js";

export function evaluateTagger(tagger: Tagger, sentences: readonly LabelledSentence[]): { scores: Scores; pred: string[][] } {
  const pred = sentences.map((s) => Array.from(tagger.tagIndices(s.words, false).labels, (k) => LABELS[k] as string));
  return { scores: scoreChunks(sentences.map((s) => s.labels), pred), pred };
}
