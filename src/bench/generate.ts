// `rasd bench generate`: writes a generated corpus to disk as it is produced,
// never holding more than one shard's write buffer: JSON Lines shards
// (id, text, url, title, outlet, published, truth) or one .txt file per article.
import { once } from "node:events";
import { createWriteStream, mkdirSync, type WriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Actors, loadActors } from "./actors.js";
import { type GeneratedArticle, generateArticle } from "./article.js";

export interface CorpusOptions {
  n: number;
  seed: number;
  outDir: string;
  format?: "jsonl" | "txt";
  /** Articles per JSONL shard (default 10,000). */
  shardSize?: number;
  targetBytes?: number;
  actors?: Actors;
  onProgress?: (done: number) => void;
}

export interface CorpusSummary {
  articles: number;
  bytes: number;
  files: string[];
}

/** The articles of a corpus, lazily, in order. */
export function* generateArticles(n: number, seed: number, opts: { start?: number; targetBytes?: number; actors?: Actors } = {}): Generator<GeneratedArticle> {
  const actors = opts.actors ?? loadActors();
  for (let i = opts.start ?? 0; i < n; i++) yield generateArticle(i, actors, { seed, targetBytes: opts.targetBytes });
}

async function write(stream: WriteStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, "drain");
}

async function close(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, "finish");
}

export async function writeCorpus(opts: CorpusOptions): Promise<CorpusSummary> {
  const format = opts.format ?? "jsonl";
  const shardSize = opts.shardSize ?? 10_000;
  mkdirSync(opts.outDir, { recursive: true });
  const files: string[] = [];
  let bytes = 0;
  let done = 0;
  let stream: WriteStream | null = null;
  for (const a of generateArticles(opts.n, opts.seed, { targetBytes: opts.targetBytes, actors: opts.actors })) {
    if (format === "jsonl") {
      if (done % shardSize === 0) {
        if (stream) await close(stream);
        const file = join(opts.outDir, `corpus-${String(done / shardSize).padStart(5, "0")}.jsonl`);
        files.push(file);
        stream = createWriteStream(file, { highWaterMark: 1 << 20 });
      }
      const line = JSON.stringify(a) + "\n";
      bytes += Buffer.byteLength(a.text, "utf8");
      await write(stream!, line);
    } else {
      const dir = join(opts.outDir, String(Math.floor(done / 1000)).padStart(4, "0"));
      if (done % 1000 === 0) mkdirSync(dir, { recursive: true });
      const file = join(dir, `${a.id}.txt`);
      bytes += Buffer.byteLength(a.text, "utf8");
      await writeFile(file, a.text);
    }
    done++;
    if (opts.onProgress && done % 1000 === 0) opts.onProgress(done);
  }
  if (stream) await close(stream);
  // .txt corpora are listed by folder: a list of 100,000 paths is what streaming avoids.
  return { articles: done, bytes, files: format === "jsonl" ? files : [opts.outDir] };
}
