// `npm run bench:entities [-- --n 300 --seconds 3]`
//
// Throughput of the entity stage (recognizeEntities: gazetteers, patterns, tagger,
// resolution, description) on one core, in word tokens per second and CPU milliseconds per
// document, with the young-generation collections per 1,000 documents (a proxy for what the
// stage allocates). Each document is built anew right before the stage runs on it, untimed
// (text layer), as in the pipeline: fresh tokens, since a string's hash is computed on its
// first lookup and then kept (reused tokens made the stage's lookups cheaper than in real use).
// Generated wire reports (src/bench) plus ../shared/seeds and examples/ when present. Prints
// the rates with and without the statistical tagger.
import { PerformanceObserver } from "node:perf_hooks";
import { recognizeEntities } from "../src/entities/recognize.js";
import { buildDoc } from "../src/text/doc.js";
import type { Doc } from "../src/types.js";
import { benchArticles, numberArg } from "./bench-corpus.js";

const n = numberArg("--n", 300);
const seconds = numberArg("--seconds", 3);

const articles = benchArticles(n);
const docs: Doc[] = articles.map(buildDoc);
const words = docs.reduce((s, d) => s + d.tokens.filter((t) => t.kind !== "punct").length, 0);
const tokens = docs.reduce((s, d) => s + d.tokens.length, 0);

// Young-generation collections (scavenges) that start while the stage runs (not while a
// document is built): reported at the end of each pass's event loop turn, with their start times.
let scavenges = 0;
let timed: Array<[number, number]> = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if ((e.detail as { kind?: number } | undefined)?.kind === 1 && timed.some(([a, b]) => e.startTime >= a && e.startTime < b)) scavenges++;
  }
}).observe({ entryTypes: ["gc"] });

// Rates are per second of this process's CPU time (one thread does the work; on a busy machine
// wall-clock time mostly measures the neighbours). Wall-clock rates are printed beside them.
async function measure(model: boolean): Promise<{ rate: number; wallRate: number; msPerDoc: number; scavenges: number; passes: number; entities: number }> {
  let entities = 0;
  for (const d of docs.slice(0, 20)) recognizeEntities({ ...d }, { model }); // warm-up: lexicon, model, JIT
  await new Promise((r) => setImmediate(r));
  const s0 = scavenges;
  let passes = 0;
  let cpu = 0;
  let wall = 0;
  timed = [];
  do {
    for (const a of articles) {
      const d = buildDoc(a);
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      entities += recognizeEntities(d, { model }).length;
      const c = process.cpuUsage(c0);
      const t1 = performance.now();
      timed.push([t0, t1]);
      cpu += (c.user + c.system) / 1e6;
      wall += (t1 - t0) / 1000;
    }
    passes++;
    await new Promise((r) => setImmediate(r)); // lets the collections' entries through (they queue per turn)
  } while (cpu < seconds);
  const perThousand = (1000 * (scavenges - s0)) / (docs.length * passes);
  return { rate: (tokens * passes) / cpu, wallRate: (tokens * passes) / wall, msPerDoc: (1000 * cpu) / (docs.length * passes), scavenges: perThousand, passes, entities: entities / passes };
}

console.log(`entity stage on ${docs.length} documents, ${tokens} tokens (${words} words), one core, Node ${process.version}`);
for (const model of [true, false]) {
  const r = await measure(model);
  console.log(
    `${model ? "with tagger   " : "without tagger"}  ${Math.round(r.rate).toLocaleString("en")} tokens/s of CPU time, ${r.msPerDoc.toFixed(3)} ms CPU per document, ${r.scavenges.toFixed(1)} scavenges per 1,000 documents  (wall clock ${Math.round(r.wallRate).toLocaleString("en")} tokens/s; ${r.passes} passes, ${Math.round(r.entities)} entities per pass)`,
  );
}
