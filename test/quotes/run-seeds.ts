// Dev runner: the statement stage over a folder of seed articles with oracle
// entities from a gold file, written as rasd.analysis/1 JSON Lines for
// ../shared/eval/score.mjs.  npx tsx test/quotes/run-seeds.ts SEEDS GOLD > out.jsonl
import { buildDoc } from "../../src/text/doc.js";
import { extractQuotes } from "../../src/quotes/extract.js";
import { oracleEntities, readGold, readSeedArticles } from "./oracle.js";

const [dir, goldPath] = process.argv.slice(2);
const gold = new Map(readGold(goldPath).map((g) => [g.id, g]));
for (const a of readSeedArticles(dir)) {
  const entities = oracleEntities(a.text, gold.get(a.id)?.entities ?? []);
  const quotes = extractQuotes(buildDoc(a), entities);
  process.stdout.write(JSON.stringify({ schema: "rasd.analysis/1", id: a.id, entities, events: [], quotes, text: a.text }) + "\n");
}
