// Trains the statistical NER tagger and writes models/ner-anercorp.bin.gz.
//   npm run train:ner [-- --epochs N --dev --no-wiki --no-aqmar --out FILE]
// Training data (see models/README.md): ANERcorp train part (first 5/6 by tokens, CAMeL recipe),
// AQMAR (all 28 articles), WikiFANE Gold. Never the ANERcorp test part, never NewsFANE.
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { readAnercorpSplit, readAqmar, readFane, type LabelledSentence } from "../src/entities/tagger/corpora.js";
import { consistentTypes, harmonise, leadingOutsiders, stripLeading } from "../src/entities/tagger/conventions.js";
import { evaluateTagger, PSEUDO_DOC_SENTENCES } from "../src/entities/tagger/evaluate.js";
import { buildExternalGazetteer } from "../src/entities/tagger/external.js";
import { extractFeatures } from "../src/entities/tagger/features.js";
import { PhraseGazetteer } from "../src/entities/tagger/gazetteer.js";
import { analyse, SLOTS } from "../src/entities/tagger/features.js";
import { viterbi } from "../src/entities/tagger/decode.js";
import { DocHistory, HIST_SLOTS, historyHashes } from "../src/entities/tagger/history.js";
import { CharLM } from "../src/entities/tagger/charlm.js";
import { countWords, WordLexicon } from "../src/entities/tagger/lexicon.js";
import { chunks, LABEL_INDEX, LABELS, labelType, repairBio, TYPES, type NerType } from "../src/entities/tagger/labels.js";
import { encodeModel, decodeModel, LinearModel } from "../src/entities/tagger/model.js";
import { formatScores } from "../src/entities/tagger/score.js";
import { Tagger } from "../src/entities/tagger/tagger.js";
import { averageWeights, trainPerceptron, type ExportedWeights, type TrainSentence } from "../src/entities/tagger/train.js";

const { values: args } = parseArgs({
  options: {
    epochs: { type: "string", default: "9" },
    dev: { type: "boolean", default: false },
    "no-wiki": { type: "boolean", default: false },
    "no-aqmar": { type: "boolean", default: false },
    "no-domain": { type: "boolean", default: false },
    "min-count": { type: "string", default: "2" },
    prune: { type: "string", default: "0.05" },
    folds: { type: "string", default: "5" },
    "aner-weight": { type: "string", default: "2" },
    "dev-every": { type: "boolean", default: false },
    history: { type: "boolean", default: true },
    "no-history": { type: "boolean", default: false },
    "o-bias": { type: "string", default: "0" },
    "type-bias": { type: "string" },
    "tune-bias": { type: "boolean", default: false },
    seeds: { type: "string", default: "1" },
    extra: { type: "string", default: "0" },
    harmonise: { type: "string", default: "0" },
    charlm: { type: "boolean", default: false },
    "dev-part": { type: "string", default: "9" },
    "strip-leading": { type: "boolean", default: false },
    "target-scale": { type: "string", default: "1" },
    "scan-target": { type: "boolean", default: false },
    out: { type: "string" },
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
  // Tuning mode: a tenth of the train part (by default the last; --dev-part k for the k-th, 0-9,
  // a second opinion on small differences) is the dev set; the test part stays untouched.
  const k = Number(args["dev-part"]);
  const from = Math.floor((anerTrain.length * k) / 10);
  const to = k === 9 ? anerTrain.length : Math.floor((anerTrain.length * (k + 1)) / 10);
  aner = [...anerTrain.slice(0, from), ...anerTrain.slice(to)];
  dev = anerTrain.slice(from, to);
}
const corpora: Corpus[] = [{ name: "anercorp-train", sentences: aner }];
if (!args["no-aqmar"]) corpora.push({ name: "aqmar", sentences: readAqmar(join(ner, "aqmar")).flatMap((a) => a.sentences) });
if (!args["no-wiki"]) corpora.push({ name: "wikifane", sentences: readFane(join(ner, "fane-gold", "WikiFANE_Gold_2014_500K.txt")) });
if (Number(args.harmonise) > 0) {
  // Bring the other corpora's single-word decisions in line with ANERcorp-train's conventions.
  const ref = consistentTypes(aner, Number(args.harmonise), 0.8);
  for (const c of corpora.slice(1)) log(`${c.name}: ${harmonise(c.sentences, ref)} words relabelled to ANERcorp conventions`);
}
if (args["strip-leading"]) {
  // Titles and head nouns that ANERcorp keeps outside names (الشيخ، الرئيس، مدينة، نهر، شركة …)
  // are moved out of the front of the other corpora's names.
  const outsiders = leadingOutsiders(aner, 3, 0.1);
  for (const c of corpora.slice(1)) log(`${c.name}: ${stripLeading(c.sentences, outsiders)} names lose leading words ANERcorp keeps outside`);
}
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
// Folds by blocks of consecutive sentences, so a name repeated within one article does not
// leak into its own fold's lists.
const all = corpora.flatMap((c, d) => c.sentences.map((s, i) => ({ s, d, fold: Math.floor(i / PSEUDO_DOC_SENTENCES) % K })));
const foldGaz = Array.from({ length: K }, () => new PhraseGazetteer());
const fullGaz = new PhraseGazetteer();
for (const { s, fold } of all) {
  addNames(fullGaz, s);
  for (let k = 0; k < K; k++) if (k !== fold) addNames(foldGaz[k], s);
}
log(`training-name gazetteer: ${fullGaz.size} phrases`);

// Word-label lexicon, jackknifed the same way.
const foldCounts = Array.from({ length: K }, () => new Map<string, Uint32Array>());
const fullCounts = new Map<string, Uint32Array>();
for (const { s, fold } of all) {
  const cores = analyse(s.words).cores;
  const types = s.labels.map((l) => {
    const t = labelType(LABEL_INDEX.get(l)!);
    return t ? 1 + TYPES.indexOf(t) : 0;
  });
  countWords(fullCounts, cores, types);
  for (let k = 0; k < K; k++) if (k !== fold) countWords(foldCounts[k], cores, types);
}
const foldLex = foldCounts.map((c) => WordLexicon.build(c));
// Character trigram class models over distinct (word base, class) pairs, jackknifed the same way.
const foldPairs = Array.from({ length: K }, () => new Set<string>());
const fullPairs = new Set<string>();
if (args.charlm) {
  for (const { s, fold } of all) {
    const bases = analyse(s.words).bases;
    bases.forEach((b, i) => {
      const t = labelType(LABEL_INDEX.get(s.labels[i])!);
      const key = `${b}\t${t ? 1 + TYPES.indexOf(t) : 0}`;
      fullPairs.add(key);
      for (let k = 0; k < K; k++) if (k !== fold) foldPairs[k].add(key);
    });
  }
}
const lmOf = (pairs: Set<string>) => CharLM.build([...pairs].sort().map((p): [string, number] => [p.split("\t")[0], Number(p.split("\t")[1])]));
const foldLM = args.charlm ? foldPairs.map(lmOf) : foldPairs.map(() => null);
const fullLM = args.charlm ? lmOf(fullPairs) : null;
const fullLex = WordLexicon.build(fullCounts);
log(`word lexicon: ${fullLex.entries.size} words`);

// Documents: AQMAR articles; for ANERcorp and WikiFANE (no article marks) runs of
// PSEUDO_DOC_SENTENCES sentences, as eval-ner tags them. ANERcorp documents can be repeated
// (--aner-weight) to weigh the target corpus more.
const aqmarDocs = args["no-aqmar"] ? [] : readAqmar(join(ner, "aqmar")).flatMap((a, ai) => a.sentences.map(() => ai));
let docId = 0;
const docOf = (d: number, i: number) => (corpora[d].name === "aqmar" ? `a${aqmarDocs[i]}` : `${d}:${Math.floor(i / PSEUDO_DOC_SENTENCES)}`);
const withDocs: Array<{ s: LabelledSentence; d: number; fold: number; doc: number }> = [];
for (let d = 0; d < corpora.length; d++) {
  const sents = all.filter((x) => x.d === d);
  const copies = d === 0 ? Number(args["aner-weight"]) : 1;
  for (let c = 0; c < copies; c++) {
    let last = "";
    sents.forEach((x, i) => {
      const key = docOf(d, i);
      if (key !== last) docId++;
      last = key;
      withDocs.push({ ...x, doc: docId });
    });
  }
}
const cores = withDocs.map(({ s }) => analyse(s.words).cores);
let data: TrainSentence[] = withDocs.map(({ s, d, fold }) => ({
  feats: extractFeatures(s.words, { train: foldGaz[fold], external: external.gazetteer, lexicon: foldLex[fold], extra: Number(args.extra), charLM: foldLM[fold] }),
  gold: Uint8Array.from(repairBio(s.labels), (l) => LABEL_INDEX.get(l)!),
  domain: d,
}));
log(`features extracted`);

const useHistory = args.history! && !args["no-history"];
const trainOptions = {
  minCount: Number(args["min-count"]),
  seed: 20070101,
  domainCopies: !args["no-domain"],
  targetDomain: 0,
  prune: Number(args.prune),
};
let width = SLOTS;
if (useHistory) {
  // Prediction history (history.ts) must be learnt from predictions as good as the ones met at
  // inference, not from a model that has memorised its training data: two stage-1 models, each
  // trained on half of the folds, tag the other half; history features come from those tags.
  const preds: Uint8Array[] = new Array(data.length);
  for (const half of [0, 1]) {
    const inHalf = (i: number) => withDocs[i].fold % 2 === half;
    const exp = trainPerceptron(data.filter((_, i) => !inHalf(i)), { ...trainOptions, epochs: Math.min(6, Number(args.epochs)) });
    const m = new LinearModel(exp.keys, exp.weights, exp.trans);
    data.forEach((s, i) => {
      if (inHalf(i)) preds[i] = viterbi(m.emissions(s.feats, s.gold.length), s.gold.length, m.trans);
    });
    log(`stage-1 model ${half + 1}/2 done`);
  }
  width = SLOTS + HIST_SLOTS;
  let history = new DocHistory();
  let lastDoc = -1;
  data = data.map((s, i) => {
    if (withDocs[i].doc !== lastDoc) {
      history = new DocHistory();
      lastDoc = withDocs[i].doc;
    }
    const n = s.gold.length;
    const h = historyHashes(cores[i].map((c) => history.value(c)), new Uint32Array(n * HIST_SLOTS));
    history.update(cores[i], preds[i]);
    const f = new Uint32Array(n * width);
    for (let t = 0; t < n; t++) {
      f.set(s.feats.subarray(t * SLOTS, (t + 1) * SLOTS), t * width);
      f.set(h.subarray(t * HIST_SLOTS, (t + 1) * HIST_SLOTS), t * width + SLOTS);
    }
    return { ...s, feats: f };
  });
}

const header = {
  trainGazetteer: fullGaz.toJSON(),
  lexicon: fullLex.toJSON(),
  history: useHistory,
  extra: Number(args.extra),
  ...(fullLM ? { charLM: fullLM.toJSON() } : {}),
  oBias: Number(args["o-bias"]),
  ...(args["type-bias"] ? { typeBias: args["type-bias"].split(",").map(Number) } : {}),
  externalGazetteer: external.gazetteer.toJSON(),
  provenance: {
    trainedOn: corpora.map((c) => ({ corpus: c.name, sentences: c.sentences.length, tokens: c.sentences.reduce((a, s) => a + s.words.length, 0) })),
    notTrainedOn: ["ANERcorp test part (last 1/6 by tokens)", "NewsFANE Gold (same text as ANERcorp)"],
    externalGazetteers: external.sources,
    options: { ...args, out: undefined }, // the output path is not part of the model
    licence: "CC BY-SA 4.0 (derived from CC BY-SA 3.0/4.0 corpora); see models/README.md",
  },
};

const tagDev = (exp: { keys: Uint32Array; weights: Float32Array; trans: Float32Array }) => {
  const { header: h, model } = decodeModel(encodeModel(header, exp.keys, exp.weights, exp.trans));
  return new Tagger(model, { train: fullGaz, external: external.gazetteer, lexicon: fullLex, extra: Number(args.extra), charLM: fullLM }, h);
};

// With --seeds N, N perceptrons differing only in their shuffling are averaged into one model
// (the same inference cost as one).
const seedRuns: ExportedWeights[] = [];
for (let k = 1; k < Number(args.seeds); k++) {
  seedRuns.push(trainPerceptron(data, { ...trainOptions, seed: trainOptions.seed + 7919 * k, epochs: Number(args.epochs), width, log }));
  log(`seed model ${k + 1}/${args.seeds} done`);
}
const exported0 = trainPerceptron(data, {
  ...trainOptions,
  targetScale: Number(args["target-scale"]),
  onDone:
    args.dev && args["scan-target"]
      ? (exportWith) => {
          for (const scale of [0, 0.5, 1, 1.5, 2, 3]) {
            const { scores } = evaluateTagger(tagDev(exportWith(scale)), dev);
            log(`target scale ${scale} dev: micro F1 ${(100 * scores.micro.f1).toFixed(2)} | ${Object.entries(scores.perClass).map(([t, c]) => `${t} ${(100 * c.f1).toFixed(1)}`).join(" ")}`);
          }
        }
      : undefined,
  epochs: Number(args.epochs),
  width,
  log,
  onEpoch: args["dev-every"]
    ? (epoch, exp) => {
        const { scores } = evaluateTagger(tagDev(exp), dev);
        log(`epoch ${epoch} dev: micro F1 ${(100 * scores.micro.f1).toFixed(2)} | ${Object.entries(scores.perClass).map(([t, c]) => `${t} ${(100 * c.f1).toFixed(1)}`).join(" ")}`);
      }
    : undefined,
});

const exported = seedRuns.length ? averageWeights([exported0, ...seedRuns]) : exported0;
if (args.dev && args["tune-bias"]) {
  // Coordinate ascent over per-type decoding biases on the dev set (printed; pass them with --type-bias).
  const t = tagDev(exported);
  const bias = [0, 0, 0, 0];
  const f1 = () => {
    t.typeBias = bias;
    return evaluateTagger(t, dev).scores.micro.f1;
  };
  let best = f1();
  for (let round = 0; round < 2; round++) {
    for (let k = 0; k < 4; k++) {
      for (const v of [-4, -2, -1, 0, 1, 2, 3, 4, 6, 8, 12]) {
        const old = bias[k];
        bias[k] = v;
        const f = f1();
        if (f > best + 1e-9) best = f;
        else bias[k] = old;
      }
    }
    log(`type-bias round ${round + 1}: ${bias.join(",")} dev micro F1 ${(100 * best).toFixed(2)}`);
  }
}
const buf = encodeModel(header, exported.keys, exported.weights, exported.trans);
if (args.dev) {
  const { scores } = evaluateTagger(tagDev(exported), dev);
  console.log(`dev (last tenth of ANERcorp train):\n${formatScores(scores)}`);
}
// A dev-mode model was trained on less data: never let it overwrite the shipped one by default.
const out = args.out ?? (args.dev ? "/tmp/ner-dev.bin.gz" : "models/ner-anercorp.bin.gz");
writeFileSync(resolve(repo, out), buf);
log(`wrote ${out}: ${exported.keys.length} features, ${(buf.length / 1e6).toFixed(2)} MB`);
