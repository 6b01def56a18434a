// Dev check on generated wire reports (src/bench): is the generator's main event found?
import { generateArticles } from "../../src/bench/generate.js";
import { analyzeArticle } from "../../src/pipeline/analyze.js";
import { toArticle } from "../../src/ingest/article.js";
import { normalize } from "../../src/text/normalize.js";
const n = Number(process.argv[2] ?? 300);
const byType = new Map<string, { n: number; type: number; full: number; date: number; extra: number }>();
const misses: string[] = [];
for (const g of generateArticles(n, 7)) {
  const a = analyzeArticle(toArticle({ id: g.id, source: g.id, rawHash: "", text: g.text, outlet: g.outlet, published: g.published }));
  const t = g.truth;
  const row = byType.get(t.type) ?? { n: 0, type: 0, full: 0, date: 0, extra: 0 };
  row.n++;
  const names = (id: string) => { const e = a.entities.find((x) => x.id === id); return e ? [e.name, ...e.mentions.map((m) => m.text)].map(normalize) : []; };
  const want = t.participants.map(normalize);
  const ofType = a.events.filter((e) => e.type === t.type);
  if (ofType.length) row.type++;
  const full = ofType.find((e) => e.participants.length === want.length && want.every((w) => e.participants.some((p) => names(p).includes(w))));
  if (full) row.full++;
  if (full && full.date === t.date) row.date++;
  row.extra += a.events.filter((e) => e.main).length - (full ? 1 : 0);
  if (!full && misses.length < 12) misses.push(`${t.type} ${t.participants.join(" / ")} → ${a.events.map((e) => e.type + "[" + e.participants.map((p) => a.entities.find((x) => x.id === p)?.name).join(",") + "]").join(" ")}`);
  byType.set(t.type, row);
}
for (const [k, r] of byType) console.log(k.padEnd(13), `n=${r.n} type=${r.type} participants=${r.full} date=${r.date} other-main=${r.extra}`);
console.log(misses.join("\n"));
