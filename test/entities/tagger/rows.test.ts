// The tagger's fast path resolves features to integer weight sums once per word; its
// emission sums must equal hashing every feature and probing the model table, which is
// what training and the model file are defined by.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTagger } from "../../../src/entities/tagger/index.js";
import { featureSumsSentence, featureSentence, type ResolvedWord } from "../../../src/entities/tagger/features.js";
import { addHistorySums, DocHistory, historyHashes, historyRows, historyRowsOfIndices, HISTORY_VALUES, HIST_SLOTS } from "../../../src/entities/tagger/history.js";
import { NUM_LABELS } from "../../../src/entities/tagger/labels.js";
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

  it("give the same emission sums as hashed features", () => {
    expect(sentences.length).toBeGreaterThan(20);
    for (const words of sentences) {
      const n = words.length;
      const { feats } = featureSentence(words, tagger.gazetteers);
      const slow = tagger.model.quantisedSums(feats, n, new Int32Array(n * NUM_LABELS));
      // Written over whatever the array held (the tagger reuses one without clearing it).
      const fast = new Int32Array(n * NUM_LABELS).fill(12345);
      featureSumsSentence(words, tagger.gazetteers, tagger.model, fast);
      expect(Array.from(fast)).toEqual(Array.from(slow));
    }
  });

  it("give the same sums with the words kept from earlier sentences, current or not", () => {
    // Kept words are by position: handing back another sentence's (wrong words) must not matter.
    let kept: Array<ResolvedWord | undefined> = [];
    for (const words of sentences) {
      const n = words.length;
      const plain = new Int32Array(n * NUM_LABELS);
      featureSumsSentence(words, tagger.gazetteers, tagger.model, plain);
      const withKept = new Int32Array(n * NUM_LABELS);
      const resolved = kept.slice(0, n);
      featureSumsSentence(words, tagger.gazetteers, tagger.model, withKept, resolved);
      expect(Array.from(withKept)).toEqual(Array.from(plain));
      expect(resolved.length).toBe(n);
      // Its own words handed back: the same again.
      featureSumsSentence(words, tagger.gazetteers, tagger.model, withKept, resolved);
      expect(Array.from(withKept)).toEqual(Array.from(plain));
      kept = resolved;
    }
  });

  it("give the same history scores as history hashes", () => {
    const values = [...HISTORY_VALUES, "none", "O", HISTORY_VALUES[3]];
    const n = values.length;
    const slow = tagger.model.quantisedSums(historyHashes(values, new Uint32Array(n * HIST_SLOTS)), n, new Int32Array(n * NUM_LABELS), HIST_SLOTS);
    const viaRows = tagger.model.addRows(historyRows(values, tagger.model, new Int32Array(n * HIST_SLOTS)), n, new Int32Array(n * NUM_LABELS), HIST_SLOTS);
    const indices = values.map((v) => HISTORY_VALUES.indexOf(v));
    const viaIndices = tagger.model.addRows(historyRowsOfIndices(indices, n, tagger.model, new Int32Array(n * HIST_SLOTS)), n, new Int32Array(n * NUM_LABELS), HIST_SLOTS);
    expect(Array.from(viaRows)).toEqual(Array.from(slow));
    expect(Array.from(viaIndices)).toEqual(Array.from(slow));
    const viaSums = new Int32Array(n * NUM_LABELS);
    addHistorySums(indices, n, tagger.model, viaSums);
    expect(Array.from(viaSums)).toEqual(Array.from(slow));
  });

  it("history value indices name the history values", () => {
    const h = new DocHistory();
    h.update(["باريس", "باريس", "قال"], [3, 3, 0]);
    for (const w of ["باريس", "قال", "غير", "x"]) expect(HISTORY_VALUES[h.valueIndex(w)]).toBe(h.value(w));
  });
});
