// One benchmark measurement per process: `node dist/bench/phases.js --phase P --corpus DIR
// [--workers W] [--store URL] [--limit N]` prints one JSON line. The driver (scripts/bench.ts)
// starts a fresh process per phase so that each peak RSS (process.resourceUsage().maxRSS, worker
// threads included) belongs to that phase alone, and runs the compiled code exactly as `rasd` does.
// Modules are imported inside each phase so that a phase loads only what it uses.
import { pathToFileURL } from "node:url";
import type { IngestItem } from "../ingest/read.js";
import type { IngestFailure } from "../store/api.js";
import type { Analysis } from "../types.js";

export interface PhaseOutput {
  articles: number;
  failed: number;
  /** UTF-8 megabytes of input text (or HTML) read. */
  mb: number;
  seconds: number;
  maxRssMb: number;
  note?: string;
}

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
async function bare(dir: string): Promise<Omit<PhaseOutput, "maxRssMb">> {
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

/** What `rasd analyze --workers W` does, without printing. */
async function analyze(dir: string, workers: number): Promise<Omit<PhaseOutput, "maxRssMb">> {
  const { analyzeStream } = await import("../pipeline/pool.js");
  const bytes = { n: 0 };
  const t0 = performance.now();
  let articles = 0, failed = 0;
  for await (const r of analyzeStream(counted(dir, bytes), { workers, form: "json" })) {
    if (r.ok) articles++;
    else failed++;
  }
  return { articles, failed, mb: bytes.n / 1e6, seconds: (performance.now() - t0) / 1000 };
}

/** What `rasd ingest --db URL --workers W` does: read, analyse, store, end to end into a fresh store. */
async function ingest(dir: string, workers: number, url: string): Promise<Omit<PhaseOutput, "maxRssMb">> {
  const { analyzeStream } = await import("../pipeline/pool.js");
  const { openStore } = await import("../store/index.js");
  const bytes = { n: 0 };
  async function* items(): AsyncGenerator<Analysis | IngestFailure> {
    for await (const r of analyzeStream(counted(dir, bytes), { workers })) {
      yield r.ok ? r.value : { failed: true, source: r.error.source, error: r.error.message };
    }
  }
  const t0 = performance.now();
  const store = await openStore(url);
  const summary = await store.ingest(items(), { batchSize: 500 });
  await store.close();
  return { articles: summary.new + summary.updated + summary.unchanged, failed: summary.failed, mb: bytes.n / 1e6, seconds: (performance.now() - t0) / 1000 };
}

/** Milliseconds per article in each stage on one thread, over the first `limit` articles. */
async function stages(dir: string, limit: number): Promise<Omit<PhaseOutput, "maxRssMb">> {
  const { toArticle } = await import("../ingest/article.js");
  const { buildDoc } = await import("../text/doc.js");
  const { recognizeEntities } = await import("../entities/recognize.js");
  const { extractEvents } = await import("../events/extract.js");
  const { extractQuotes } = await import("../quotes/extract.js");
  const { extractAgreements } = await import("../events/agreements.js");
  const ms: Record<string, number> = { "read+decode": 0, toArticle: 0, buildDoc: 0, recognizeEntities: 0, extractEvents: 0, extractQuotes: 0, extractAgreements: 0 };
  let n = 0;
  const bytes = { n: 0 };
  let t = performance.now();
  const lap = (k: string): void => {
    const now = performance.now();
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

export async function runPhase(phase: string, dir: string, workers: number, store: string, limit: number): Promise<PhaseOutput> {
  let r: Omit<PhaseOutput, "maxRssMb">;
  if (phase === "bare") r = await bare(dir);
  else if (phase === "analyze") r = await analyze(dir, workers);
  else if (phase === "sqlite" || phase === "postgres") r = await ingest(dir, workers, store);
  else if (phase === "stages") r = await stages(dir, limit);
  else throw new Error(`unknown phase "${phase}" (bare, analyze, sqlite, postgres, stages)`);
  return { ...r, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string, fallback: string): string => {
    const i = process.argv.indexOf(name);
    return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
  };
  const out = await runPhase(arg("--phase", ""), arg("--corpus", ""), Number(arg("--workers", "0")), arg("--store", ""), Number(arg("--limit", "1000")));
  process.stdout.write(JSON.stringify(out) + "\n");
}
