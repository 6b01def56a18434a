// `rasd bench …`: tools for measuring rasd at corpus scale (issue 7).
import type { Command } from "commander";
import { InvalidArgumentError } from "commander";
import { seedFrom } from "../bench/prng.js";
import { writeCorpus } from "../bench/generate.js";

function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a positive integer, got "${value}"`);
    return n;
  };
}

export function registerBench(program: Command): void {
  const bench = program.command("bench").description("benchmark tools: generate a realistic corpus of Arabic wire reports");
  bench
    .command("generate")
    .description("write N generated articles (about 4 KB each, deterministic for a seed) as JSON Lines shards or .txt files")
    .argument("<N>", "number of articles", positiveInt("N"))
    .option("--seed <S>", "seed (a number or any string); the same seed gives the same bytes", "1")
    .option("--out <DIR>", "output folder", "bench-corpus")
    .option("--format <FORMAT>", "jsonl (shards of --shard-size articles) or txt (one file per article)", "jsonl")
    .option("--shard-size <K>", "articles per JSONL shard", positiveInt("--shard-size"), 10_000)
    .option("--bytes <B>", "target size of each article's text in UTF-8 bytes", positiveInt("--bytes"), 4000)
    .action(async (n: number, opts: { seed: string; out: string; format: string; shardSize: number; bytes: number }) => {
      if (opts.format !== "jsonl" && opts.format !== "txt") {
        console.error(`rasd bench generate: --format must be jsonl or txt, got "${opts.format}"`);
        process.exit(2);
      }
      const started = Date.now();
      const summary = await writeCorpus({
        n,
        seed: seedFrom(opts.seed),
        outDir: opts.out,
        format: opts.format,
        shardSize: opts.shardSize,
        targetBytes: opts.bytes,
        onProgress: (done) => {
          if (process.stderr.isTTY) process.stderr.write(`\r${done}/${n}`);
        },
      });
      if (process.stderr.isTTY) process.stderr.write("\r");
      const secs = (Date.now() - started) / 1000;
      console.error(
        `wrote ${summary.articles} articles (${(summary.bytes / 1e6).toFixed(1)} MB of text) to ${opts.out} in ${secs.toFixed(1)} s`,
      );
    });
}
