// `rasd analyze PATH… [--format jsonl|pretty] [--published D] [--outlet NAME]`: one
// rasd.analysis/1 object per article on stdout. Input problems go to stderr naming the file
// (and line); the other articles are still analysed; exit 1 when any input failed, 2 on usage.
import { once } from "node:events";
import type { Writable } from "node:stream";
import { Option, type Command } from "commander";
import type { Analysis } from "../types.js";
import { readInputs } from "../ingest/read.js";
import { formatIngestError, type IngestError } from "../ingest/records.js";
import type { ArticleOptions } from "../ingest/article.js";
import { analyzeStream, defaultWorkers } from "../pipeline/pool.js";
import { isoDate } from "../text/dates.js";
import { formatPretty } from "./pretty.js";

interface AnalyzeFlags {
  format: "jsonl" | "pretty";
  published?: string;
  outlet?: string;
  /** Worker threads (src/pipeline/pool.ts); 0 or absent analyses on this thread. The CLI defaults to the core count. */
  workers?: number;
}

function usage(message: string): never {
  console.error(`rasd analyze: ${message}`);
  process.exit(2);
}

function checkPublished(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m || !isoDate(Number(m[1]), Number(m[2]), Number(m[3]))) usage(`--published must be a date as YYYY-MM-DD, got "${s}"`);
  return s.trim();
}

/** Writes respecting back-pressure, so a large corpus piped to a slow reader stays in bounded memory. */
export async function writeWithBackPressure(out: Writable, chunk: string): Promise<void> {
  // events.once removes both its listeners when either event fires: a slow reader must not pile up 'error' listeners.
  if (!out.write(chunk)) await once(out, "drain");
}

const write = (chunk: string): Promise<void> => writeWithBackPressure(process.stdout, chunk);

export interface AnalyzeRun {
  analysed: number;
  failed: number;
}

/** Reads, analyses and prints every input; returns the counts (the CLI turns them into an exit code). */
export async function runAnalyze(
  paths: readonly string[],
  flags: AnalyzeFlags,
  emit: (line: string) => Promise<void> = write,
  report: (line: string) => void = (l) => console.error(l),
): Promise<AnalyzeRun> {
  const opts: ArticleOptions = { published: flags.published ?? null, outlet: flags.outlet ?? null };
  const run: AnalyzeRun = { analysed: 0, failed: 0 };
  // Read errors, and an article whose analysis throws (a bug in one stage must not lose the
  // rest of the corpus), come back in input order as errors naming the file (and line).
  const pool = { workers: flags.workers ?? 0, article: opts };
  const results =
    flags.format === "pretty"
      ? mapOk(analyzeStream(readInputs(paths), pool), (a: Analysis) => formatPretty(a) + "\n")
      : mapOk(analyzeStream(readInputs(paths), { ...pool, form: "json" }), (json: string) => json + "\n");
  for await (const r of results) {
    if (!r.ok) {
      run.failed++;
      report(`rasd analyze: ${formatIngestError(r.error)}`);
      continue;
    }
    run.analysed++;
    await emit(r.value);
  }
  return run;
}

async function* mapOk<T, U>(
  results: AsyncIterable<{ ok: true; value: T } | { ok: false; error: IngestError }>,
  f: (v: T) => U,
): AsyncGenerator<{ ok: true; value: U } | { ok: false; error: IngestError }> {
  for await (const r of results) yield r.ok ? { ok: true, value: f(r.value) } : r;
}

function workerCount(s: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0) usage(`--workers must be a whole number >= 0, got "${s}"`);
  return n;
}

export function registerAnalyze(program: Command): void {
  program
    .command("analyze")
    .description("analyse Arabic articles (files, folders, - for stdin) into rasd.analysis/1 records")
    .argument("<paths...>", ".txt, .html/.htm, .json, .jsonl files, folders (recursive), or - for stdin")
    .addOption(new Option("--format <format>", "output format").choices(["jsonl", "pretty"]).default("jsonl"))
    .option("--published <date>", "publication date (YYYY-MM-DD) for articles that do not state one")
    .option("--outlet <name>", "outlet name for articles that do not state one")
    .option("--workers <n>", `worker threads analysing in parallel (0: on the main thread)`, workerCount, defaultWorkers())
    .action(async (paths: string[], flags: AnalyzeFlags) => {
      flags.published = checkPublished(flags.published);
      if (flags.outlet !== undefined && flags.outlet.trim() === "") usage("--outlet must not be empty");
      const run = await runAnalyze(paths, flags);
      if (run.failed > 0) {
        console.error(`rasd analyze: ${run.analysed} analysed, ${run.failed} failed`);
        process.exitCode = 1;
      }
    });
}
