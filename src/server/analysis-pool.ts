// Analyses posted articles off the event loop: a piscina pool over the same
// worker the ingest command uses (src/pipeline/worker.ts), kept for the life
// of the server so its start-up (gazetteers, tagger model) is paid once.
// Run from the TypeScript sources (tests) it analyses inline, as the ingest
// pool does, since the workers would run the compiled dist/.
import { Piscina } from "piscina";
import type { Analysis, RawArticle } from "../types.js";
import { defaultWorkers, workerFile } from "../pipeline/pool.js";
import runBatch, { type WorkerResult, type WorkerTask } from "../pipeline/worker.js";
import { formatIngestError, recordToRaw } from "../ingest/records.js";
import type { ArticleRecord } from "./records.js";

/** Articles per task sent to a worker. */
const BATCH = 16;
/** Worker threads at most: writes share the machine with readers. */
const MAX_THREADS = 4;

export interface AnalyzedRecords {
  analyses: Analysis[];
  failures: { index: number; source: string; error: string }[];
}

export class AnalysisPool {
  private pool: Piscina | null = null;
  private readonly threads: number;

  constructor(threads: number = Math.min(defaultWorkers(), MAX_THREADS)) {
    this.threads = threads;
  }

  private run(raws: RawArticle[]): Promise<WorkerResult[]> {
    const task: WorkerTask = { raws, options: {}, form: "object" };
    if (this.threads === 0) return Promise.resolve(runBatch(task));
    this.pool ??= new Piscina({ filename: workerFile(), minThreads: 0, maxThreads: this.threads, idleTimeout: 60_000 });
    return this.pool.run(task) as Promise<WorkerResult[]>;
  }

  /** Validates and analyses records in order; a record that fails is reported with its index, the others kept. */
  async analyze(records: ArticleRecord[]): Promise<AnalyzedRecords> {
    const out: AnalyzedRecords = { analyses: [], failures: [] };
    const raws: { index: number; raw: RawArticle }[] = [];
    records.forEach((record, index) => {
      const source = `http:${index + 1}`;
      // The raw hash is taken over the record as re-serialised: posting the same record twice changes nothing.
      const raw = recordToRaw(record, { source }, JSON.stringify(record));
      if ("rawHash" in raw) raws.push({ index, raw });
      else out.failures.push({ index, source, error: formatIngestError(raw) });
    });
    const batches: { index: number; raw: RawArticle }[][] = [];
    for (let i = 0; i < raws.length; i += BATCH) batches.push(raws.slice(i, i + BATCH));
    const results = await Promise.all(batches.map((b) => this.run(b.map((x) => x.raw))));
    batches.forEach((batch, b) => {
      batch.forEach(({ index, raw }, i) => {
        const r = results[b][i];
        if (!r.ok) out.failures.push({ index, source: raw.source, error: r.message.split("\n")[0] });
        else if ((r.value as Analysis).text.trim() === "") out.failures.push({ index, source: raw.source, error: `${raw.source}: no article text is left after cleaning` });
        else out.analyses.push(r.value as Analysis);
      });
    });
    out.failures.sort((a, b) => a.index - b.index);
    return out;
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
    this.pool = null;
  }
}
