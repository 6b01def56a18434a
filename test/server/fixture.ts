// A real SQLite store in a temp folder, filled by ingesting real articles
// (the project's examples/ and, when present, ../shared/seeds) through the same
// path as `rasd ingest`: read → clean → analyse → store.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Analysis } from "../../src/types.js";
import { openStore, type Store } from "../../src/store/index.js";
import { readInputs } from "../../src/ingest/read.js";
import { toArticle } from "../../src/ingest/article.js";
import { analyzeArticle } from "../../src/pipeline/analyze.js";
import { hasShared, repoRoot, seedsDir } from "../shared.js";

export interface Corpus {
  dir: string;
  store: Store;
  analyses: Analysis[];
  cleanup(): Promise<void>;
}

export const examplesDir = join(repoRoot, "examples");

export async function analyseInputs(paths: string[]): Promise<Analysis[]> {
  const out: Analysis[] = [];
  for await (const item of readInputs(paths)) {
    if (item.ok) out.push(analyzeArticle(toArticle(item.raw)));
  }
  return out;
}

export async function makeCorpus(): Promise<Corpus> {
  const dir = mkdtempSync(join(tmpdir(), "rasd-server-"));
  const store = await openStore(join(dir, "corpus.db"));
  const analyses = await analyseInputs(hasShared ? [examplesDir, seedsDir] : [examplesDir]);
  await store.upsert(analyses);
  return {
    dir,
    store,
    analyses,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
