// `npm run bench:quotes`: time per article of the statement stage beside the
// entity, event and agreement stages, over generated wire reports (src/bench,
// deterministic) and the seed articles when ../shared is there. The issue's
// budget: events + statements together no slower than entities.
//   node dist/quotes/bench.js [N=300] [ROUNDS=3]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article, Doc, Entity } from "../types.js";
import { buildDoc } from "../text/doc.js";
import { recognizeEntities } from "../entities/recognize.js";
import { extractEvents } from "../events/extract.js";
import { extractAgreements } from "../events/agreements.js";
import { extractQuotes } from "./extract.js";
import { loadActors } from "../bench/actors.js";
import { generateArticle } from "../bench/article.js";
import { packageRoot } from "../data-files.js";

const n = Number(process.argv[2] ?? 300);
const rounds = Number(process.argv[3] ?? 3);

function article(id: string, text: string): Article {
  return { id, source: id, rawHash: "", text, title: null, outlet: null, published: null, dateline: null, url: null };
}

const articles: Article[] = [];
const actors = loadActors();
for (let i = 0; i < n; i++) {
  const g = generateArticle(i, actors, { seed: 1 });
  articles.push(article(g.id, g.text));
}
const seeds = join(packageRoot, "..", "shared", "seeds");
if (existsSync(seeds)) {
  for (const f of readdirSync(seeds).filter((x) => x.endsWith(".txt"))) articles.push(article(f, readFileSync(join(seeds, f), "utf8")));
}

const docs: Doc[] = articles.map(buildDoc);
const entities: Entity[][] = docs.map((d) => recognizeEntities(d));

function time(label: string, run: (d: Doc, e: Entity[]) => unknown): number {
  let best = Infinity;
  let count = 0;
  for (let r = 0; r < rounds; r++) {
    // Fresh Doc objects each round: stages may cache per Doc (events share one analysis with agreements).
    const fresh = docs.map((d) => ({ ...d }));
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < fresh.length; i++) count += (run(fresh[i], entities[i]) as unknown[]).length;
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    best = Math.min(best, ms);
  }
  const per = best / docs.length;
  console.log(`${label.padEnd(11)} ${per.toFixed(3)} ms/article  (${Math.round(count / rounds)} items, best of ${rounds})`);
  return per;
}

const kb = articles.reduce((s, a) => s + Buffer.byteLength(a.text), 0) / articles.length / 1024;
console.log(`${articles.length} articles (${n} generated, mean ${kb.toFixed(1)} KB)`);
const ent = time("entities", (d) => recognizeEntities(d));
const ev = time("events", (d, e) => extractEvents(d, e));
const q = time("statements", (d, e) => extractQuotes(d, e));
time("agreements", (d, e) => extractAgreements(d, e));
const ratio = ent > 0 ? (ev + q) / ent : Infinity;
console.log(`events + statements = ${(ev + q).toFixed(3)} ms/article, ${ratio.toFixed(2)}× the entity stage (budget: ≤ 1.00×)`);
