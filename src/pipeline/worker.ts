// The unit of work a pool worker runs: a batch of raw articles through
// toArticle and analyzeArticle. Loaded by piscina from dist/ (compiled JS);
// the same function runs inline when the pool has no worker threads.
import type { Analysis, RawArticle } from "../types.js";
import { analyzeArticle } from "./analyze.js";
import { toArticle, type ArticleOptions } from "../ingest/article.js";

export type OutputForm = "object" | "json";

export interface WorkerTask {
  raws: RawArticle[];
  options: ArticleOptions;
  form: OutputForm;
}

/** Per article: the analysis (or its JSON text), or why it failed. */
export type WorkerResult = { ok: true; value: Analysis | string } | { ok: false; message: string };

export function analyzeRaw(raw: RawArticle, options: ArticleOptions, form: OutputForm): WorkerResult {
  try {
    const analysis = analyzeArticle(toArticle(raw, options));
    // Serialising here keeps JSON.stringify off the main thread for `rasd analyze`.
    return { ok: true, value: form === "json" ? JSON.stringify(analysis) : analysis };
  } catch (err) {
    return { ok: false, message: `analysis failed: ${(err as Error).stack ?? String(err)}` };
  }
}

export default function runBatch(task: WorkerTask): WorkerResult[] {
  return task.raws.map((raw) => analyzeRaw(raw, task.options, task.form));
}
