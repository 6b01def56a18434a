// Statistical evidence: spans from the trained tagger (src/entities/tagger), as candidates.
// When the model file is missing the stage still runs on gazetteers and patterns alone.
import type { Doc } from "../types.js";
import { loadTagger, tagDoc, type Tagger } from "./tagger/index.js";
import type { Candidate } from "./types.js";

let tagger: Tagger | null | undefined;

function getTagger(): Tagger | null {
  if (tagger !== undefined) return tagger;
  try {
    tagger = loadTagger();
  } catch (err) {
    process.emitWarning(`rasd: entity tagger unavailable, using gazetteers and patterns only (${(err as Error).message})`);
    tagger = null;
  }
  return tagger;
}

/** Tagger spans with confidence at least `minConfidence`. LOC spans are typed GPE when a place is a state or city. */
export function modelCandidates(doc: Doc, minConfidence = 0.5): Candidate[] {
  const t = getTagger();
  if (!t) return [];
  const out: Candidate[] = [];
  for (const s of tagDoc(doc, t)) {
    if (s.confidence < minConfidence) continue;
    const text = doc.article.text.slice(s.start, s.end);
    out.push({
      type: s.type === "LOC" ? "LOC" : s.type,
      tokStart: s.tokenStart,
      tokEnd: s.tokenEnd,
      start: s.start,
      end: s.end,
      name: text.replace(/\s+/g, " ").trim(),
      source: "model",
      confidence: Math.min(0.9, s.confidence * 0.9),
    });
  }
  return out;
}
