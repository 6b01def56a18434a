// Entity-level P/R/F1 (exact span + type, conlleval style) of the shipped NER model on the
// ANERcorp test part: the last sixth by tokens, CAMeL Lab recipe re-derived from the original file.
//   npm run eval:ner [-- --model FILE --conll OUT]
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { writeConlleval } from "../src/entities/tagger/conll.js";
import { readAnercorpSplit, readAqmar } from "../src/entities/tagger/corpora.js";
import { evaluateTagger } from "../src/entities/tagger/evaluate.js";
import { loadTagger } from "../src/entities/tagger/index.js";
import { formatScores } from "../src/entities/tagger/score.js";

const { values: args } = parseArgs({
  options: {
    model: { type: "string" },
    conll: { type: "string" },
    aqmar: { type: "boolean", default: false },
    // Per-type decoding bias (PER,LOC,ORG,MISC) instead of the model's, e.g. one tuned on dev by train:ner --dev --tune-bias.
    "type-bias": { type: "string" },
  },
});
const repo = resolve(import.meta.dirname, "..");
const shared = process.env.RASD_SHARED ?? resolve(repo, "..", "shared");
const tagger = loadTagger(args.model);
if (args["type-bias"]) tagger.typeBias = args["type-bias"].split(",").map(Number);
const { test } = readAnercorpSplit(join(shared, "data", "ner", "anercorp-original", "ANERCorp"));
const t0 = performance.now();
const { scores, pred } = evaluateTagger(tagger, test);
const ms = performance.now() - t0;
const tokens = test.reduce((a, s) => a + s.words.length, 0);
console.log(`ANERcorp test part: ${test.length} sentences, ${tokens} tokens (tagged in ${ms.toFixed(0)} ms)`);
console.log(formatScores(scores));
if (args.conll) {
  writeFileSync(args.conll, writeConlleval(test.map((s, i) => ({ words: s.words, gold: s.labels, pred: pred[i] }))));
  console.log(`conlleval lines written to ${args.conll}`);
}
if (args.aqmar) {
  // AQMAR is part of the training data: this is a training-fit check, not a held-out score.
  const all = readAqmar(join(shared, "data", "ner", "aqmar")).flatMap((a) => a.sentences);
  console.log(`AQMAR (trained on; fit only):\n${formatScores(evaluateTagger(tagger, all).scores)}`);
}
