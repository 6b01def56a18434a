// Dev runner: the statement stage with oracle entities from a gold file, written
// as rasd.analysis/1 JSON Lines for ../shared/eval/score.mjs. The input is a
// folder of .txt articles, or the JSON Lines of `rasd analyze` (its cleaned text).
//   npx tsx test/quotes/run-seeds.ts SEEDS_DIR|ANALYSES.jsonl GOLD > out.jsonl
import { readFileSync, statSync } from "node:fs";
import { buildDoc } from "../../src/text/doc.js";
import { extractQuotes } from "../../src/quotes/extract.js";
import { articleFromText, oracleEntities, readGold, readSeedArticles } from "./oracle.js";

const [input, goldPath] = process.argv.slice(2);
const gold = new Map(readGold(goldPath).map((g) => [g.id, g]));
const articles = statSync(input).isDirectory()
  ? readSeedArticles(input)
  : readFileSync(input, "utf8").split("\n").filter((l) => l.trim()).map((l) => {
      const a = JSON.parse(l) as { id: string; text: string };
      return articleFromText(a.id, a.text);
    });
for (const a of articles) {
  const entities = oracleEntities(a.text, gold.get(a.id)?.entities ?? []);
  const quotes = extractQuotes(buildDoc(a), entities);
  process.stdout.write(JSON.stringify({ schema: "rasd.analysis/1", id: a.id, entities, events: [], quotes, text: a.text }) + "\n");
}
