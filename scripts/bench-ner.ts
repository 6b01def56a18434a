// Throughput of the NER tagger on one core: tokens per second over the ANERcorp test part
// (features + Viterbi + confidences, as the entity stage runs it). Prints numbers; asserts nothing.
//   npm run bench:ner
import { join, resolve } from "node:path";
import { readAnercorpSplit } from "../src/entities/tagger/corpora.js";
import { PSEUDO_DOC_SENTENCES } from "../src/entities/tagger/evaluate.js";
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
  const rounds = 20;
  t = performance.now();
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < sentences.length; i += PSEUDO_DOC_SENTENCES) tagger.tagSentences(sentences.slice(i, i + PSEUDO_DOC_SENTENCES), withConfidence);
  }
  const sec = (performance.now() - t) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSec = (cpu.user + cpu.system) / 1e6;
  const rate = (x: number) => Math.round((tokens * rounds) / x).toLocaleString("en");
  // Wall time suffers when other processes share the core; CPU time of this process does not.
  console.log(`tagger${withConfidence ? " + confidences" : ""}: ${rate(sec)} tokens/s wall, ${rate(cpuSec)} tokens/s of CPU time (${tokens * rounds} tokens; ${sec.toFixed(2)} s wall, ${cpuSec.toFixed(2)} s CPU)`);
}
