// One benchmark measurement per process: `node dist/bench/phases.js --phase P --corpus DIR
// [--workers W] [--store URL] [--limit N] [--save FILE]` prints one JSON line. The driver (scripts/bench.ts)
// starts a fresh process per phase so that each peak RSS (process.resourceUsage().maxRSS, worker
// threads included) belongs to that phase alone, and runs the compiled code exactly as `rasd` does.
// Modules are imported inside each phase so that a phase loads only what it uses.
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { IngestItem } from "../ingest/read.js";
import type { IngestFailure } from "../store/api.js";
import type { Analysis } from "../types.js";
import type { PreparedBatch } from "./read-prepared.js";

export interface PhaseOutput {
  articles: number;
  failed: number;
  /** UTF-8 megabytes of input text (or HTML) read. */
  mb: number;
  seconds: number;
  /** User + system CPU seconds of the whole process (all threads) over its life. */
  cpuSeconds: number;
  maxRssMb: number;
  note?: string;
}

/** Articles per store transaction: the default of `rasd ingest --batch`. */
const BATCH = 200;

const bytesOf = (s: string | undefined): number => (s ? Buffer.byteLength(s, "utf8") : 0);

/** The inputs, counting the bytes of text read (MB/s is measured on the input side). */
async function* counted(dir: string, bytes: { n: number }): AsyncGenerator<IngestItem> {
  const { readInputs } = await import("../ingest/read.js");
  for await (const item of readInputs([dir])) {
    if (item.ok) bytes.n += bytesOf(item.raw.text ?? item.raw.html);
    yield item;
  }
}

/** The floor: read, decode and split into tokens, nothing else. */
async function bare(dir: string): Promise<Omit<PhaseOutput, "maxRssMb" | "cpuSeconds">> {
  const { tokenize } = await import("../text/tokenize.js");
  const bytes = { n: 0 };
  const t0 = performance.now();
  let articles = 0, failed = 0, tokens = 0;
  for await (const item of counted(dir, bytes)) {
    if (!item.ok) { failed++; continue; }
    articles++;
    tokens += tokenize(item.raw.text ?? "").length;
  }
  return { articles, failed, mb: bytes.n / 1e6, seconds: (performance.now() - t0) / 1000, note: `${tokens} tokens` };
}

/** What `rasd analyze --workers W > FILE` does; the JSON Lines go to `save` when given, else nowhere. */
async function analyze(dir: string, workers: number, save: string): Promise<Omit<PhaseOutput, "maxRssMb" | "cpuSeconds">> {
  const { analyzeStream } = await import("../pipeline/pool.js");
  const out = save ? createWriteStream(save) : null;
  const bytes = { n: 0 };
  const t0 = performance.now();
  let articles = 0, failed = 0;
  for await (const r of analyzeStream(counted(dir, bytes), { workers, form: "json" })) {
    if (!r.ok) { failed++; continue; }
    articles++;
    if (out && !out.write(r.value + "\n")) await once(out, "drain");
  }
  if (out) {
    out.end();
    await once(out, "finish");
  }
  return { articles, failed, mb: bytes.n / 1e6, seconds: (performance.now() - t0) / 1000 };
}

/**
 * The store alone: ingest analyses read back from a JSON Lines file (what the analyze phase saved).
 * With workers > 0, one worker thread reads and prepares them for the store (hash, terms,
 * signature), as the analysis workers do in `rasd ingest`, and this thread only writes rows.
 */
async function storeOnly(file: string, url: string, workers: number): Promise<Omit<PhaseOutput, "maxRssMb" | "cpuSeconds">> {
  const { openStore } = await import("../store/index.js");
  const counter = { mb: 0 };
  const t0 = performance.now();
  const store = await openStore(url);
  const source = workers > 0 ? preparedInWorker(file, counter) : readAnalyses(file, counter);
  const summary = await store.ingest(source, { batchSize: BATCH });
  const mb = counter.mb;
  await store.close();
  return { articles: summary.new + summary.updated + summary.unchanged, failed: summary.failed, mb, seconds: (performance.now() - t0) / 1000 };
}

async function* readAnalyses(file: string, counter: { mb: number }): AsyncGenerator<Analysis> {
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (line.trim() === "") continue;
    const a = JSON.parse(line) as Analysis;
    counter.mb += bytesOf(a.text) / 1e6;
    yield a;
  }
}

/** Analyses read and prepared by a worker thread (read-prepared.ts, compiled: from the sources, dist's). */
async function* preparedInWorker(file: string, counter: { mb: number }): AsyncGenerator<Analysis> {
  const { Worker } = await import("node:worker_threads");
  const { attachPrepared } = await import("../store/prepare.js");
  const here = fileURLToPath(import.meta.url);
  const script = here.endsWith(".ts") ? resolve(dirname(here), "../../dist/bench/read-prepared.js") : join(dirname(here), "read-prepared.js");
  const worker = new Worker(script, { workerData: { file, batch: 100 }, resourceLimits: { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 256 } });
  const queue: PreparedBatch[] = [];
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  worker.on("message", (b: PreparedBatch) => {
    queue.push(b);
    wake?.();
  });
  worker.on("error", (e) => {
    failure = e;
    wake?.();
  });
  // Two batches granted ahead: the worker prepares the next while this thread writes.
  worker.postMessage(1);
  worker.postMessage(1);
  try {
    for (;;) {
      while (queue.length === 0 && !failure) await new Promise<void>((r) => (wake = r));
      if (failure) throw failure;
      const b = queue.shift()!;
      worker.postMessage(1);
      counter.mb += b.mb;
      for (const { analysis, prepared } of b.items) yield attachPrepared(analysis, prepared);
      if (b.done) return;
    }
  } finally {
    await worker.terminate();
  }
}

/** What `rasd ingest --db URL --workers W` does: read, analyse, store, end to end into a fresh store. */
async function ingest(dir: string, workers: number, url: string): Promise<Omit<PhaseOutput, "maxRssMb" | "cpuSeconds">> {
  const { analyzeStream } = await import("../pipeline/pool.js");
  const { openStore } = await import("../store/index.js");
  const bytes = { n: 0 };
  async function* items(): AsyncGenerator<Analysis | IngestFailure> {
    for await (const r of analyzeStream(counted(dir, bytes), { workers, forStore: true })) {
      yield r.ok ? r.value : { failed: true, source: r.error.source, error: r.error.message };
    }
  }
  const t0 = performance.now();
  const store = await openStore(url);
  const summary = await store.ingest(items(), { batchSize: BATCH });
  await store.close();
  return { articles: summary.new + summary.updated + summary.unchanged, failed: summary.failed, mb: bytes.n / 1e6, seconds: (performance.now() - t0) / 1000 };
}

/** Milliseconds per article in each stage on one thread, over the first `limit` articles. */
async function stages(dir: string, limit: number): Promise<Omit<PhaseOutput, "maxRssMb" | "cpuSeconds">> {
  const { toArticle } = await import("../ingest/article.js");
  const { buildDoc } = await import("../text/doc.js");
  const { recognizeEntities } = await import("../entities/recognize.js");
  const { extractEvents } = await import("../events/extract.js");
  const { extractQuotes } = await import("../quotes/extract.js");
  const { extractAgreements } = await import("../events/agreements.js");
  const ms: Record<string, number> = { "read+decode": 0, toArticle: 0, buildDoc: 0, recognizeEntities: 0, extractEvents: 0, extractQuotes: 0, extractAgreements: 0 };
  let n = 0;
  const bytes = { n: 0 };
  // CPU time of this (only) thread, so a busy machine does not inflate the split.
  const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
  let t = cpu();
  const lap = (k: string): void => {
    const now = cpu();
    ms[k] += now - t;
    t = now;
  };
  for await (const item of counted(dir, bytes)) {
    lap("read+decode");
    if (!item.ok) continue;
    const article = toArticle(item.raw); lap("toArticle");
    const doc = buildDoc(article); lap("buildDoc");
    const entities = recognizeEntities(doc); lap("recognizeEntities");
    extractEvents(doc, entities); lap("extractEvents");
    extractQuotes(doc, entities); lap("extractQuotes");
    extractAgreements(doc, entities); lap("extractAgreements");
    if (++n >= limit) break;
  }
  const per = Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, +(v / Math.max(1, n)).toFixed(3)]));
  return { articles: n, failed: 0, mb: bytes.n / 1e6, seconds: 0, note: JSON.stringify(per) };
}

export interface PhaseArgs {
  phase: string;
  /** Corpus folder, or for the store-only phases the saved analyses (JSON Lines). */
  corpus: string;
  workers: number;
  store: string;
  limit: number;
  save: string;
}

export async function runPhase({ phase, corpus: dir, workers, store, limit, save }: PhaseArgs): Promise<PhaseOutput> {
  let r: Omit<PhaseOutput, "maxRssMb" | "cpuSeconds">;
  if (phase === "bare") r = await bare(dir);
  else if (phase === "analyze") r = await analyze(dir, workers, save);
  else if (phase === "sqlite" || phase === "postgres") r = await ingest(dir, workers, store);
  else if (phase === "sqlite-store" || phase === "postgres-store") r = await storeOnly(dir, store, workers);
  else if (phase === "stages") r = await stages(dir, limit);
  else throw new Error(`unknown phase "${phase}" (bare, analyze, sqlite, postgres, sqlite-store, postgres-store, stages)`);
  const use = process.resourceUsage();
  return { ...r, cpuSeconds: (use.userCPUTime + use.systemCPUTime) / 1e6, maxRssMb: use.maxRSS / 1024 };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string, fallback: string): string => {
    const i = process.argv.indexOf(name);
    return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
  };
  const out = await runPhase({
    phase: arg("--phase", ""),
    corpus: arg("--corpus", ""),
    workers: Number(arg("--workers", "0")),
    store: arg("--store", ""),
    limit: Number(arg("--limit", "1000")),
    save: arg("--save", ""),
  });
  process.stdout.write(JSON.stringify(out) + "\n");
}
