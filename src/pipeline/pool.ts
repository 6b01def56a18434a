// Parallel analysis over a stream of inputs. Articles are grouped into
// batches and analysed by a piscina worker pool; at most `maxInFlight`
// batches are out at once, so input is read only as fast as it is analysed
// (back-pressure) and the corpus is never held in memory whole. Results come
// back in input order; read errors pass through in their place, and an
// article whose analysis throws becomes an error naming its source.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { Analysis, RawArticle } from "../types.js";
import type { ArticleOptions } from "../ingest/article.js";
import type { IngestError } from "../ingest/records.js";
import type { IngestItem } from "../ingest/read.js";
import type { OutputForm, WorkerResult, WorkerTask } from "./worker.js";

export type Analyzed<T> = { ok: true; value: T } | { ok: false; error: IngestError };

export interface PoolOptions {
  /** Worker threads (default: defaultWorkers()). 0 analyses on the calling thread. */
  workers?: number;
  /**
   * Articles per task sent to a worker (default 8). A worker holds a task's inputs and results until
   * the task ends, long enough for V8 to promote them to the old generation: 10,000 generated
   * articles, 2 workers, peak RSS 355 MB with 32 per task, 327 MB with 8, at the same speed.
   */
  batchSize?: number;
  /** Batches queued or running at once (default 2 per worker, at least 2). */
  maxInFlight?: number;
  /** Metadata for articles that lack it (--published, --outlet). */
  article?: ArticleOptions;
  /**
   * Young-generation cap of each worker's V8 heap (default 12 MB). Every worker is an isolate of
   * its own; V8's default young generation lets peak RSS with 2 workers reach ~410-440 MB on the
   * generated corpus, 12 MB keeps it at ~330-350 MB for ~3% more CPU (live heap is ~35 MB either way).
   */
  youngGenerationMb?: number;
  /**
   * Old-generation cap of each worker's V8 heap (default 256 MB; live heap is ~60 MB). Below
   * 256 MB V8 also grows the heap by its smallest factor before collecting, which took the
   * 2-worker peak RSS on the generated corpus from ~355 MB to ~285 MB at the same CPU time.
   * A worker that still runs out is replaced, and the articles of its batch are retried alone.
   */
  oldGenerationMb?: number;
  /**
   * Workers also derive what the store writes for each analysis (store/prepare.ts) and attach it,
   * so that an ingest's writing thread only writes rows. Ignored without workers (the store
   * then derives it on the writing thread, as it would anyway) and for JSON output.
   */
  forStore?: boolean;
}

const FROM_SOURCE = import.meta.url.endsWith(".ts");

/**
 * Core count when running the built code (bin/rasd.js). Run from the TypeScript sources
 * (tsx, vitest) the default is 0, on the calling thread: workers would run dist/, which may be
 * older than the sources under test. Pass a worker count to use them anyway.
 */
export function defaultWorkers(): number {
  return FROM_SOURCE ? 0 : availableParallelism();
}

/**
 * The compiled worker module. Workers always run dist/ JS: from dist it sits beside this
 * file; from the TypeScript sources (vitest, tsx) it is the build output of the same tree.
 */
export function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const file = !FROM_SOURCE ? join(dirname(here), "worker.js") : resolve(dirname(here), "../../dist/pipeline/worker.js");
  if (!existsSync(file)) throw new Error(`rasd: ${file} is missing; run \`npm run build\` first`);
  return file;
}

type Slot = { kind: "error"; error: IngestError } | { kind: "raw"; raw: RawArticle };

/** Analysis on the calling thread (loaded only when there are no workers: the main thread then holds no lexicons). */
let inline: typeof import("./worker.js") | null = null;

/** A batch in a worker; when the worker dies (out of memory, crash) each article is retried alone, so only the culprit fails. */
async function inWorker(pool: Piscina, raws: RawArticle[], options: ArticleOptions, form: OutputForm, forStore: boolean): Promise<WorkerResult[]> {
  try {
    const task: WorkerTask = { raws, options, form, forStore };
    const results = (await pool.run(task)) as WorkerResult[];
    if (forStore) {
      // Loaded only for an ingest (the store loads the same module). The analysis came as its packed JSON and text (worker.ts).
      const { attachPrepared, unpackAnalysis } = await import("../store/prepare.js");
      for (const r of results) if (r.ok && r.prepared && typeof r.value === "string") r.value = attachPrepared(unpackAnalysis(r.prepared.packed, r.value), r.prepared);
    }
    return results;
  } catch (err) {
    if (raws.length > 1) return (await Promise.all(raws.map((r) => inWorker(pool, [r], options, form, forStore)))).flat();
    return [{ ok: false, message: `analysis failed: worker error: ${(err as Error).message}` }];
  }
}

/** Runs one batch; never rejects (a worker crash becomes an error for the article that caused it). */
async function runSlots(
  slots: Slot[],
  form: OutputForm,
  article: ArticleOptions,
  pool: Piscina | null,
  forStore: boolean,
): Promise<Analyzed<Analysis | string>[]> {
  const raws = slots.flatMap((s) => (s.kind === "raw" ? [s.raw] : []));
  let results: WorkerResult[];
  if (raws.length === 0) results = [];
  else if (pool === null) {
    inline ??= await import("./worker.js");
    const { analyzeRaw } = inline;
    results = raws.map((r) => analyzeRaw(r, article, form));
  } else results = await inWorker(pool, raws, article, form, forStore);
  let r = 0;
  return slots.map((s) => {
    if (s.kind === "error") return { ok: false, error: s.error };
    const res = results[r++];
    return res.ok ? { ok: true, value: res.value } : { ok: false, error: { source: s.raw.source, message: res.message } };
  });
}

export function analyzeStream(inputs: AsyncIterable<IngestItem> | Iterable<IngestItem>, opts: PoolOptions & { form: "json" }): AsyncGenerator<Analyzed<string>>;
export function analyzeStream(inputs: AsyncIterable<IngestItem> | Iterable<IngestItem>, opts?: PoolOptions & { form?: "object" }): AsyncGenerator<Analyzed<Analysis>>;
export async function* analyzeStream(
  inputs: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  opts: PoolOptions & { form?: OutputForm } = {},
): AsyncGenerator<Analyzed<Analysis | string>> {
  const workers = opts.workers ?? defaultWorkers();
  if (!Number.isInteger(workers) || workers < 0) throw new Error(`workers must be a whole number >= 0, got ${workers}`);
  const batchSize = Math.max(1, opts.batchSize ?? 8);
  const maxInFlight = Math.max(1, opts.maxInFlight ?? Math.max(2, workers * 2));
  const form = opts.form ?? "object";
  const article = opts.article ?? {};
  const forStore = opts.forStore === true && form === "object";
  const pool =
    workers === 0
      ? null
      : new Piscina({
          filename: workerFile(),
          minThreads: workers,
          maxThreads: workers,
          idleTimeout: 1000,
          concurrentTasksPerWorker: 1,
          resourceLimits: { maxYoungGenerationSizeMb: opts.youngGenerationMb ?? 12, maxOldGenerationSizeMb: opts.oldGenerationMb ?? 256 },
        });
  // A worker that dies between tasks is replaced; tasks it held fail on their own (see inWorker).
  pool?.on("error", () => {});
  const pending: Promise<Analyzed<Analysis | string>[]>[] = [];
  let batch: Slot[] = [];
  try {
    for await (const item of inputs) {
      batch.push(item.ok ? { kind: "raw", raw: item.raw } : { kind: "error", error: item.error });
      if (batch.length < batchSize) continue;
      pending.push(runSlots(batch, form, article, pool, forStore));
      batch = [];
      while (pending.length >= maxInFlight) yield* await pending.shift()!;
    }
    if (batch.length > 0) pending.push(runSlots(batch, form, article, pool, forStore));
    while (pending.length > 0) yield* await pending.shift()!;
  } finally {
    if (pool) await pool.destroy();
  }
}
