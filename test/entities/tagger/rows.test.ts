// The tagger's fast path resolves features to model rows once per word; its emission
// scores must be bit-identical to hashing every feature and probing the model table,
// which is what training and the model file are defined by.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTagger } from "../../../src/entities/tagger/index.js";
import { featureRowsSentence, featureSentence, SLOTS } from "../../../src/entities/tagger/features.js";
import { historyHashes, historyRows, HISTORY_VALUES, HIST_SLOTS } from "../../../src/entities/tagger/history.js";
import { buildDoc } from "../../../src/text/doc.js";
import { repoRoot } from "../../shared.js";
import type { Article } from "../../../src/types.js";

function exampleSentences(): string[][] {
  const dir = join(repoRoot, "examples");
  const out: string[][] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt"))) {
    const text = readFileSync(join(dir, f), "utf8");
    const article = { id: f, source: f, rawHash: "", text, title: null, outlet: null, published: null, dateline: null, url: null } as Article;
    const doc = buildDoc(article);
    for (const s of doc.sentences) out.push(doc.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text));
  }
  return out.filter((s) => s.length > 0);
}

describe("feature rows", () => {
  const tagger = loadTagger();
  const sentences = exampleSentences();

  it("give the same emission scores as hashed features, bit for bit", () => {
    expect(sentences.length).toBeGreaterThan(20);
    for (const words of sentences) {
      const n = words.length;
      const { feats } = featureSentence(words, tagger.gazetteers);
      const slow = tagger.model.emissions(feats, n);
      const fast = new Float32Array(slow.length);
      const { rows } = featureRowsSentence(words, tagger.gazetteers, tagger.model, new Int32Array(n * SLOTS), fast);
      tagger.model.emissionsFromRows(rows, n, fast, SLOTS, true);
      expect(Array.from(fast)).toEqual(Array.from(slow));
    }
  });

  it("give the same history scores as history hashes", () => {
    const values = [...HISTORY_VALUES, "none", "O", HISTORY_VALUES[3]];
    const n = values.length;
    const slow = tagger.model.emissions(historyHashes(values, new Uint32Array(n * HIST_SLOTS)), n, undefined, HIST_SLOTS);
    const fast = tagger.model.emissionsFromRows(historyRows(values, tagger.model, new Int32Array(n * HIST_SLOTS)), n, new Float32Array(slow.length), HIST_SLOTS);
    expect(Array.from(fast)).toEqual(Array.from(slow));
  });
});
