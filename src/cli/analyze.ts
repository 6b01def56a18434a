// `rasd analyze PATH… [--format jsonl|pretty] [--published D] [--outlet NAME]`: one
// rasd.analysis/1 object per article on stdout. Input problems go to stderr naming the file
// (and line); the other articles are still analysed; exit 1 when any input failed, 2 on usage.
import { Option, type Command } from "commander";
import type { Analysis } from "../types.js";
import { analyzeArticle } from "../pipeline/analyze.js";
import { readInputs } from "../ingest/read.js";
import { formatIngestError } from "../ingest/records.js";
import { toArticle, type ArticleOptions } from "../ingest/article.js";
import { isoDate } from "../text/dates.js";
import { formatPretty } from "./pretty.js";

interface AnalyzeFlags {
  format: "jsonl" | "pretty";
  published?: string;
  outlet?: string;
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
function write(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.stdout.write(chunk)) resolve();
    else process.stdout.once("drain", resolve).once("error", reject);
  });
}

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
  for await (const item of readInputs(paths)) {
    if (!item.ok) {
      run.failed++;
      report(`rasd analyze: ${formatIngestError(item.error)}`);
      continue;
    }
    let analysis: Analysis;
    try {
      analysis = analyzeArticle(toArticle(item.raw, opts));
    } catch (err) {
      // A bug in one stage must not lose the rest of the corpus; say which article hit it.
      run.failed++;
      report(`rasd analyze: ${item.raw.source}: analysis failed: ${(err as Error).stack ?? String(err)}`);
      continue;
    }
    run.analysed++;
    await emit(flags.format === "pretty" ? formatPretty(analysis) + "\n" : JSON.stringify(analysis) + "\n");
  }
  return run;
}

export function registerAnalyze(program: Command): void {
  program
    .command("analyze")
    .description("analyse Arabic articles (files, folders, - for stdin) into rasd.analysis/1 records")
    .argument("<paths...>", ".txt, .html/.htm, .json, .jsonl files, folders (recursive), or - for stdin")
    .addOption(new Option("--format <format>", "output format").choices(["jsonl", "pretty"]).default("jsonl"))
    .option("--published <date>", "publication date (YYYY-MM-DD) for articles that do not state one")
    .option("--outlet <name>", "outlet name for articles that do not state one")
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
