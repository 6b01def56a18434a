// Trains the statistical NER tagger and writes models/ner-anercorp.bin.gz.
//   npm run train:ner [-- --epochs N --dev --no-wiki --no-aqmar --out FILE]
// Training data (see models/README.md): ANERcorp train part (first 5/6 by tokens, CAMeL recipe),
// AQMAR (all 28 articles), WikiFANE Gold. Never the ANERcorp test part, never NewsFANE.
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { readAnercorpSplit, readAqmar, readFane, type LabelledSentence } from "../src/entities/tagger/corpora.js";
import { evaluateTagger } from "../src/entities/tagger/evaluate.js";
import { buildExternalGazetteer } from "../src/entities/tagger/external.js";
import { extractFeatures } from "../src/entities/tagger/features.js";
import { PhraseGazetteer } from "../src/entities/tagger/gazetteer.js";
import { chunks, LABEL_INDEX, repairBio, type NerType } from "../src/entities/tagger/labels.js";
import { encodeModel, decodeModel } from "../src/entities/tagger/model.js";
import { formatScores } from "../src/entities/tagger/score.js";
import { Tagger } from "../src/entities/tagger/tagger.js";
import { trainPerceptron, type TrainSentence } from "../src/entities/tagger/train.js";

const { values: args } = parseArgs({
  options: {
    epochs: { type: "string", default: "12" },
    dev: { type: "boolean", default: false },
    "no-wiki": { type: "boolean", default: false },
    "no-aqmar": { type: "boolean", default: false },
    "no-domain": { type: "boolean", default: false },
    "min-count": { type: "string", default: "2" },
    prune: { type: "string", default: "0.05" },
    folds: { type: "string", default: "5" },
    out: { type: "string", default: "models/ner-anercorp.bin.gz" },
  },
});

const repo = resolve(import.meta.dirname, "..");
const shared = process.env.RASD_SHARED ?? resolve(repo, "..", "shared");
const ner = join(shared, "data", "ner");
const t0 = Date.now();
const log = (m: string) => console.error(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);

interface Corpus {
  name: string;
  sentences: LabelledSentence[];
}
const { train: anerTrain, test: anerTest } = readAnercorpSplit(join(ner, "anercorp-original", "ANERCorp"));
let aner = anerTrain;
let dev: LabelledSentence[] = [];
if (args.dev) {
  // Tuning mode: the last tenth of the train part is the dev set; the test part stays untouched.
  const cut = Math.floor(anerTrain.length * 0.9);
  aner = anerTrain.slice(0, cut);
  dev = anerTrain.slice(cut);
}
const corpora: Corpus[] = [{ name: "anercorp-train", sentences: aner }];
if (!args["no-aqmar"]) corpora.push({ name: "aqmar", sentences: readAqmar(join(ner, "aqmar")).flatMap((a) => a.sentences) });
if (!args["no-wiki"]) corpora.push({ name: "wikifane", sentences: readFane(join(ner, "fane-gold", "WikiFANE_Gold_2014_500K.txt")) });
for (const c of corpora) log(`${c.name}: ${c.sentences.length} sentences, ${c.sentences.reduce((a, s) => a + s.words.length, 0)} tokens`);
log(`anercorp test part (not trained on): ${anerTest.length} sentences, ${anerTest.reduce((a, s) => a + s.words.length, 0)} tokens`);

const external = buildExternalGazetteer(join(shared, "data", "gazetteer"));
log(`external gazetteer: ${external.gazetteer.size} phrases from ${external.sources.join(", ")}`);

function addNames(g: PhraseGazetteer, s: LabelledSentence) {
  for (const ch of chunks(s.labels)) g.add(s.words.slice(ch.start, ch.end), ch.type as NerType);
}

// Jackknifed training-name gazetteer: a sentence's gazetteer features come from the names of the
// other folds only, so the model learns how far to trust a list match on names it has not seen.
const K = Number(args.folds);
const all = corpora.flatMap((c, d) => c.sentences.map((s, i) => ({ s, d, fold: i % K })));
const foldGaz = Array.from({ length: K }, () => new PhraseGazetteer());
const fullGaz = new PhraseGazetteer();
for (const { s, fold } of all) {
  addNames(fullGaz, s);
  for (let k = 0; k < K; k++) if (k !== fold) addNames(foldGaz[k], s);
}
log(`training-name gazetteer: ${fullGaz.size} phrases`);

const data: TrainSentence[] = all.map(({ s, d, fold }) => ({
  feats: extractFeatures(s.words, { train: foldGaz[fold], external: external.gazetteer }),
  gold: Uint8Array.from(repairBio(s.labels), (l) => LABEL_INDEX.get(l)!),
  domain: d,
}));
log(`features extracted`);

const header = {
  trainGazetteer: fullGaz.toJSON(),
  externalGazetteer: external.gazetteer.toJSON(),
  provenance: {
    trainedOn: corpora.map((c) => ({ corpus: c.name, sentences: c.sentences.length, tokens: c.sentences.reduce((a, s) => a + s.words.length, 0) })),
    notTrainedOn: ["ANERcorp test part (last 1/6 by tokens)", "NewsFANE Gold (same text as ANERcorp)"],
    externalGazetteers: external.sources,
    options: args,
    licence: "CC BY-SA 4.0 (derived from CC BY-SA 3.0/4.0 corpora); see models/README.md",
  },
};

const tagDev = (exp: { keys: Uint32Array; weights: Float32Array; trans: Float32Array }) => {
  const { model } = decodeModel(encodeModel(header, exp.keys, exp.weights, exp.trans));
  return new Tagger(model, { train: fullGaz, external: external.gazetteer });
};

const exported = trainPerceptron(data, {
  epochs: Number(args.epochs),
  minCount: Number(args["min-count"]),
  seed: 20070101,
  domainCopies: !args["no-domain"],
  targetDomain: 0,
  prune: Number(args.prune),
  log,
  onEpoch: args.dev
    ? (epoch, exp) => {
        const { scores } = evaluateTagger(tagDev(exp), dev);
        log(`epoch ${epoch} dev: micro F1 ${(100 * scores.micro.f1).toFixed(2)} | ${Object.entries(scores.perClass).map(([t, c]) => `${t} ${(100 * c.f1).toFixed(1)}`).join(" ")}`);
      }
    : undefined,
});

const buf = encodeModel(header, exported.keys, exported.weights, exported.trans);
if (args.dev) {
  const { scores } = evaluateTagger(tagDev(exported), dev);
  console.log(`dev (last tenth of ANERcorp train):\n${formatScores(scores)}`);
} else {
  writeFileSync(resolve(repo, args.out!), buf);
  log(`wrote ${args.out}: ${exported.keys.length} features, ${(buf.length / 1e6).toFixed(2)} MB`);
}
