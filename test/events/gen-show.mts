import { generateArticles } from "../../src/bench/generate.js";
import { analyzeArticle } from "../../src/pipeline/analyze.js";
const want = process.argv[2];
let shown = 0;
for (const g of generateArticles(300, 7)) {
  if (g.truth.type !== want) continue;
  const a = analyzeArticle({ id: g.id, source: "", rawHash: "", text: g.text, title: g.title, outlet: g.outlet, published: g.published, dateline: null, url: null });
  if (a.events.some((e) => e.type === want)) continue;
  console.log(g.text.slice(0, 1500));
  console.log(a.events.map((e) => `${e.type} «${e.trigger.text}» main=${e.main}`).join("\n"));
  if (++shown >= 2) break;
}
