// Dev runner: analyses a folder with real ingest and text layers, but with
// entities taken from the gold file (oracle), so the event stage is measured
// on its own. Writes JSON Lines the shared scorer reads.
//   npx tsx test/events/run-oracle.ts GOLD.json INPUT... > out.jsonl
import { readFileSync } from "node:fs";
import { readInputs } from "../../src/ingest/read.js";
import { toArticle } from "../../src/ingest/article.js";
import { buildDoc } from "../../src/text/doc.js";
import { extractEvents } from "../../src/events/extract.js";
import { extractAgreements } from "../../src/events/agreements.js";
import { oracleEntities, type GoldEntity } from "./oracle.js";

const [goldPath, ...inputs] = process.argv.slice(2);
const gold = JSON.parse(readFileSync(goldPath, "utf8")).articles as { id: string; entities: GoldEntity[] }[];
const byId = new Map(gold.map((g) => [g.id, g]));
for await (const item of readInputs(inputs)) {
  if (!item.ok) continue;
  const article = toArticle(item.raw);
  const g = byId.get(article.id);
  if (!g) continue;
  const doc = buildDoc(article);
  const entities = oracleEntities(article.text, g.entities);
  const events = extractEvents(doc, entities);
  const agreements = extractAgreements(doc, entities);
  console.log(JSON.stringify({ id: article.id, outlet: article.outlet, published: article.published, dateline: article.dateline, entities, events, agreements, quotes: [], text: article.text }));
}
