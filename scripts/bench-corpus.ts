// The corpus and command-line numbers the stage benchmarks share: generated wire
// reports (src/bench) plus the .txt articles of ../shared/seeds and examples/ when present.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateArticles } from "../src/bench/generate.js";
import type { Article } from "../src/types.js";

const ROOT = resolve(fileURLToPath(import.meta.url), "../..");

/** `--name N` from the command line, or `fallback`. */
export function numberArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const article = (id: string, text: string, published: string | null = null): Article => ({
  id, source: id, rawHash: "", text, title: null, outlet: null, published, dateline: null, url: null,
});

/**
 * `n` generated articles, then the seeds and examples. The .txt files are read as UTF-8;
 * `arabicOnly` drops those with no Arabic letter (a legacy-encoded example read that way).
 */
export function benchArticles(n: number, { arabicOnly = false } = {}): Article[] {
  const articles: Article[] = [];
  for (const g of generateArticles(n, 1)) articles.push(article(g.id, g.text, g.published));
  for (const dir of [join(ROOT, "..", "shared", "seeds"), join(ROOT, "examples")]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt"))) {
      const text = readFileSync(join(dir, f), "utf8");
      if (!arabicOnly || /[\u0600-\u06FF]/.test(text)) articles.push(article(f, text));
    }
  }
  return articles;
}
