// Throughput of the NER tagger on one core: tokens per second over the ANERcorp test part
// (features + Viterbi + confidences, as the entity stage runs it). Prints numbers; asserts nothing.
//   npm run bench:ner
import { join, resolve } from "node:path";
import { readAnercorpSplit } from "../src/entities/tagger/corpora.js";
import { loadTagger } from "../src/entities/tagger/index.js";

const repo = resolve(import.meta.dirname, "..");
const shared = process.env.RASD_SHARED ?? resolve(repo, "..", "shared");
let t = performance.now();
const tagger = loadTagger();
console.log(`model load: ${(performance.now() - t).toFixed(0)} ms`);
const { test } = readAnercorpSplit(join(shared, "data", "ner", "anercorp-original", "ANERCorp"));
const sentences = test.map((s) => s.words);
const tokens = sentences.reduce((a, s) => a + s.length, 0);
for (const s of sentences) tagger.tagIndices(s); // warm-up
for (const withConfidence of [true, false]) {
  const rounds = 5;
  t = performance.now();
  for (let r = 0; r < rounds; r++) for (const s of sentences) tagger.tagIndices(s, withConfidence);
  const sec = (performance.now() - t) / 1000;
  console.log(`tagger${withConfidence ? " + confidences" : ""}: ${Math.round((tokens * rounds) / sec).toLocaleString("en")} tokens/s (${tokens * rounds} tokens in ${sec.toFixed(2)} s)`);
}
