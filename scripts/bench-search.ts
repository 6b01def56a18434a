// `npm run bench:search [-- --n 100000 --rounds 10 --engines rasd,orama,minisearch,flexsearch --no-write --db PATH]`
//
// --db PATH keeps rasd's built store at PATH and the generated corpus beside it
// (PATH.corpus.jsonl), and reuses both when they exist: later runs only query
// (the build columns then read 0). Without it both live in a temp folder.
//
// Search on a generated corpus (src/bench: deterministic Arabic wire reports,
// seed 42, ~2 KB each): index build rate, query latency p50/p95 over 20
// representative queries (names, clitic forms, phrases, boolean, filters), and
// memory, for rasd's store (SQLite FTS5 over our analysed terms, queried through
// the full Store.search: count, stories, BM25 top 10, snippets) side by side
// with Orama, MiniSearch and FlexSearch given the same Arabic analyser.
// Each engine runs in a fresh child process (node --expose-gc) so its memory is
// its own. Results are printed and written to the "Search" section of BENCHMARKS.md.
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateArticles } from "../src/bench/generate.js";
import { analyseText } from "../src/search/analyzer.js";
import { parseQuery } from "../src/search/query.js";
import { compileQuery, type TermExpr } from "../src/search/compile.js";
import { openStore } from "../src/store/index.js";
import type { Analysis } from "../src/types.js";
import { writeBenchmarksSection } from "./benchmarks-md.js";

const SELF = fileURLToPath(import.meta.url);
const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
};
const flag = (name: string): boolean => process.argv.includes(name);

interface Doc {
  id: string;
  title: string;
  text: string;
  outlet: string;
  published: string;
}

interface BenchQuery {
  label: string;
  q: string;
  from?: string;
  to?: string;
  outlet?: string;
}

// Names and forms come from the generator's actor table (data/bench/actors.json) and phrase bank.
const QUERIES: BenchQuery[] = [
  { label: "name", q: "لافروف" },
  { label: "name", q: "وانغ يي" },
  { label: "name", q: "بوريطة" },
  { label: "name", q: "الزياني" },
  { label: "name, clitic form", q: "ولافروف" },
  { label: "name, clitic form", q: "للصين" },
  { label: "full name", q: "فيصل بن فرحان" },
  { label: "phrase", q: '"وزير الخارجية"' },
  { label: "phrase", q: '"اتصالا هاتفيا"' },
  { label: "phrase", q: '"الملف النووي الإيراني"' },
  { label: "phrase", q: '"التبادل التجاري"' },
  { label: "AND", q: "لافروف الصين" },
  { label: "OR", q: "قطر OR الكويت" },
  { label: "NOT", q: "الطاقة NOT النفط" },
  { label: "common words", q: "العلاقات الثنائية" },
  { label: "name + dates", q: "وانغ يي", from: "2024-01-01", to: "2024-12-31" },
  { label: "phrase + outlet", q: '"اتصالا هاتفيا"', outlet: "SANA" },
  { label: "words + year", q: "الاجتماع الوزاري", from: "2022", to: "2022" },
  { label: "word + outlet", q: "قمة", outlet: "WAM" },
  { label: "word + to-date", q: "النووي", to: "2020-12-31" },
];

// ---------------------------------------------------------------- shared analyser for the peers

/** Query strings handed to a peer start with this mark: they hold terms already analysed. */
const ANALYSED = "\u0001";
const analyse = (s: string): string[] => (s.startsWith(ANALYSED) ? s.slice(1).split(" ") : analyseText(s).map((t) => t.term));

function compiled(q: BenchQuery): TermExpr {
  return compileQuery(parseQuery(q.q)!);
}

function inFilter(q: BenchQuery, d: { published: string; outlet: string }): boolean {
  if (q.outlet && d.outlet !== q.outlet) return false;
  if (q.from && d.published < q.from) return false;
  if (q.to && d.published > (q.to.length === 4 ? `${q.to}-12-31` : q.to)) return false;
  return true;
}

/** A term expression as sets of ids, for engines without NOT/OR: leaves are AND-queries (phrases as AND of their words). */
async function evalSets(e: TermExpr, leaf: (terms: string[]) => Promise<Set<string>>): Promise<Set<string>> {
  if (e.kind === "seq") return leaf(e.positions.map((p) => p[0]));
  if (e.kind === "any") {
    const out = new Set<string>();
    for (const i of e.items) for (const id of await evalSets(i, leaf)) out.add(id);
    return out;
  }
  let acc: Set<string> | null = null;
  for (const i of e.items) {
    const s = await evalSets(i, leaf);
    acc = acc === null ? s : new Set([...acc].filter((x) => s.has(x)));
  }
  for (const n of e.not) {
    const s = await evalSets(n, leaf);
    acc = new Set([...acc!].filter((x) => !s.has(x)));
  }
  return acc!;
}

const simple = (e: TermExpr): string[] | null => {
  if (e.kind === "seq") return e.positions.map((p) => p[0]);
  if (e.kind === "all" && e.not.length === 0 && e.items.every((i) => i.kind === "seq")) return e.items.flatMap((i) => simple(i)!);
  return null;
};

interface Engine {
  build(docs: Doc[]): Promise<void>;
  /** Further configurations measured on the same built index (name → switch to it). */
  variants?: Record<string, () => Promise<void>>;
  /** Top 10 ids and the number of matches. */
  /** `atLeast`: the total is a lower bound (rasd stops counting at 10,000). */
  query(q: BenchQuery): Promise<{ ids: string[]; total: number; atLeast?: boolean }>;
  diskBytes?(): number;
  close?(): Promise<void>;
}

async function rasdEngine(): Promise<Engine> {
  const keep = arg("--db", "");
  const dir = keep ? null : mkdtempSync(join(tmpdir(), "rasd-bench-search-"));
  const file = keep || join(dir!, "bench.db");
  const reuse = keep !== "" && existsSync(keep);
  // Measured cold first (no result cache: every query does all its work), then with the default cache.
  let store = await openStore(file, { resultCache: 0 });
  const cold = store;
  return {
    variants: {
      "rasd-cached": async () => {
        store = await openStore(file);
      },
    },
    async build(docs) {
      if (reuse) return;
      const analyses = function* (): Generator<Analysis> {
        for (const d of docs) {
          yield {
            schema: "rasd.analysis/1", id: d.id, source: `${d.id}.txt`, raw_hash: d.id, outlet: d.outlet, published: d.published,
            title: d.title, url: null, dateline: null, entities: [], events: [], quotes: [], joint_statements: [], agreements: [], text: d.text,
          };
        }
      };
      const s = await store.ingest(analyses(), { batchSize: 1000 });
      if (s.failed) throw new Error(`rasd: ${s.failed} articles failed: ${s.failures[0]?.error}`);
    },
    async query(q) {
      const r = await store.search({ q: q.q, from: q.from, to: q.to, outlet: q.outlet, limit: 10 });
      return { ids: r.hits.map((h) => h.id), total: r.total, atLeast: !r.totalExact };
    },
    diskBytes: () => ["", "-wal", "-shm"].reduce((n, s) => n + (existsSync(file + s) ? statSync(file + s).size : 0), 0),
    async close() {
      if (store !== cold) await store.close();
      await cold.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function miniSearchEngine(): Promise<Engine> {
  const { default: MiniSearch } = await import("minisearch");
  const meta = new Map<string, Doc>();
  const ms = new MiniSearch<Doc>({
    fields: ["title", "text"],
    idField: "id",
    tokenize: analyse,
    processTerm: (t) => t,
    searchOptions: { combineWith: "AND", prefix: false, fuzzy: false, tokenize: analyse, processTerm: (t) => t },
  });
  type Q = import("minisearch").Query;
  const toQuery = (e: TermExpr): Q => {
    if (e.kind === "seq") return { queries: [ANALYSED + e.positions.map((p) => p[0]).join(" ")], combineWith: "AND" };
    if (e.kind === "any") return { queries: e.items.map(toQuery), combineWith: "OR" };
    const pos: Q = { queries: e.items.map(toQuery), combineWith: "AND" };
    return e.not.length ? { queries: [pos, ...e.not.map(toQuery)], combineWith: "AND_NOT" } : pos;
  };
  return {
    async build(docs) {
      for (const d of docs) meta.set(d.id, d);
      ms.addAll(docs);
    },
    async query(q) {
      const filtered = q.from || q.to || q.outlet;
      const r = ms.search(toQuery(compiled(q)), filtered ? { filter: (x) => inFilter(q, meta.get(x.id as string)!) } : {});
      return { ids: r.slice(0, 10).map((x) => x.id as string), total: r.length };
    },
  };
}

async function oramaEngine(): Promise<Engine> {
  const { create, insertMultiple, search } = await import("@orama/orama");
  const db = create({
    schema: { id: "string", title: "string", text: "string", outlet: "enum", day: "number" } as const,
    components: { tokenizer: { language: "arabic", normalizationCache: new Map(), tokenize: (raw: string) => analyse(raw) } },
  });
  const day = (s: string) => Number(s.replace(/-/g, "").padEnd(8, "0"));
  const where = (q: BenchQuery) => {
    const w: Record<string, unknown> = {};
    if (q.outlet) w.outlet = { eq: q.outlet };
    if (q.from || q.to) w.day = { between: [q.from ? day(q.from) : 0, q.to ? day(q.to.length === 4 ? `${q.to}-12-31` : q.to) : 99999999] };
    return w;
  };
  const run = async (terms: string[], q: BenchQuery, limit: number) =>
    search(db, { term: ANALYSED + terms.join(" "), properties: ["title", "text"], threshold: 0, limit, where: where(q) as never });
  return {
    async build(docs) {
      await insertMultiple(db, docs.map((d) => ({ id: d.id, title: d.title, text: d.text, outlet: d.outlet, day: day(d.published) })), 1000);
    },
    async query(q) {
      const e = compiled(q);
      const terms = simple(e);
      if (terms) {
        const r = await run(terms, q, 10);
        return { ids: r.hits.map((h) => h.document.id as string), total: r.count };
      }
      // No OR/NOT in Orama: combine full result sets.
      const ids = await evalSets(e, async (t) => new Set((await run(t, q, 1_000_000)).hits.map((h) => h.document.id as string)));
      return { ids: [...ids].slice(0, 10), total: ids.size };
    },
  };
}

async function flexSearchEngine(): Promise<Engine> {
  const { Index } = await import("flexsearch");
  const index = new Index({ tokenize: "strict", encode: analyse, resolution: 9 });
  const meta: Doc[] = [];
  const run = (terms: string[], limit: number) => index.search(ANALYSED + terms.join(" "), { limit }) as number[];
  return {
    async build(docs) {
      docs.forEach((d, i) => {
        meta.push(d);
        index.add(i, `${d.title}\n${d.text}`);
      });
    },
    async query(q) {
      const e = compiled(q);
      const terms = simple(e);
      const filtered = q.from || q.to || q.outlet;
      if (terms && !filtered) {
        const ids = run(terms, 10);
        return { ids: ids.map((i) => meta[i].id), total: ids.length };
      }
      // No filters or NOT in FlexSearch: full result sets, filtered and combined here.
      const ids = await evalSets(e, async (t) => new Set(run(t, 1_000_000).filter((i) => inFilter(q, meta[i])).map((i) => meta[i].id)));
      return { ids: [...ids].slice(0, 10), total: ids.size };
    },
  };
}

const ENGINES: Record<string, { label: string; make: () => Promise<Engine> }> = {
  rasd: { label: "rasd store: SQLite FTS5, BM25, snippets (cold: result cache off)", make: rasdEngine },
  "rasd-cached": { label: "rasd store, default result cache (repeated queries)", make: rasdEngine },
  orama: { label: "Orama 3.1.18", make: oramaEngine },
  minisearch: { label: "MiniSearch 7.2.0", make: miniSearchEngine },
  flexsearch: { label: "FlexSearch 0.8.212", make: flexSearchEngine },
};

// ---------------------------------------------------------------- child: one engine

interface EngineResult {
  engine: string;
  n: number;
  buildMs: number;
  rate: number;
  heapMB: number;
  rssMB: number;
  diskMB: number | null;
  p50: number;
  p95: number;
  perQuery: { q: string; label: string; total: number; atLeast?: boolean; p50: number }[];
}

function quantile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

function memory() {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { heap: m.heapUsed + m.external + m.arrayBuffers, rss: m.rss };
}

async function child(name: string, corpus: string, rounds: number): Promise<void> {
  const docs: Doc[] = readFileSync(corpus, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l));
  const engine = await ENGINES[name].make();
  const m0 = memory();
  const t0 = performance.now();
  await engine.build(docs);
  const buildMs = performance.now() - t0;
  const m1 = memory();
  const measure = async (label: string): Promise<EngineResult> => {
    const times: number[] = [];
    const per = QUERIES.map(() => [] as number[]);
    const totals: { total: number; atLeast?: boolean }[] = [];
    for (const [i, q] of QUERIES.entries()) totals[i] = await engine.query(q); // warm-up
    for (let r = 0; r < rounds; r++) {
      for (const [i, q] of QUERIES.entries()) {
        const t = performance.now();
        await engine.query(q);
        const dt = performance.now() - t;
        times.push(dt);
        per[i].push(dt);
      }
    }
    return {
      engine: label,
      n: docs.length,
      buildMs: Math.round(buildMs),
      rate: Math.round(docs.length / (buildMs / 1000)),
      heapMB: Math.round((m1.heap - m0.heap) / 1048576),
      rssMB: Math.round((m1.rss - m0.rss) / 1048576),
      diskMB: engine.diskBytes ? Math.round(engine.diskBytes() / 1048576) : null,
      p50: Math.round(quantile(times, 0.5) * 100) / 100,
      p95: Math.round(quantile(times, 0.95) * 100) / 100,
      perQuery: QUERIES.map((q, i) => ({ q: q.q + (q.from || q.to || q.outlet ? ` [${[q.from, q.to, q.outlet].filter(Boolean).join(" ")}]` : ""), label: q.label, total: totals[i].total, atLeast: totals[i].atLeast, p50: Math.round(quantile(per[i], 0.5) * 100) / 100 })),
    };
  };
  const results = [await measure(name)];
  for (const [label, activate] of Object.entries(engine.variants ?? {})) {
    await activate();
    results.push(await measure(label));
  }
  await engine.close?.();
  for (const r of results) process.stdout.write("\n" + JSON.stringify(r) + "\n");
}

// ---------------------------------------------------------------- parent

async function writeCorpusFile(n: number, file: string): Promise<void> {
  const out = createWriteStream(file);
  for (const a of generateArticles(n, 42, { targetBytes: 2000 })) {
    const line = JSON.stringify({ id: a.id, title: a.title, text: a.text, outlet: a.outlet, published: a.published }) + "\n";
    if (!out.write(line)) await new Promise((r) => out.once("drain", r));
  }
  await new Promise<void>((r) => out.end(() => r()));
}

function table(results: EngineResult[], n: number, rounds: number, command: string): string {
  const lines = [
    "## Search",
    "",
    `Command: \`${command}\` (scripts/bench-search.ts). Corpus: ${n.toLocaleString("en")} generated Arabic wire reports (src/bench generator, seed 42, ~2 KB of text each).`,
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? "?"}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}. Date: ${new Date().toISOString().slice(0, 10)}.`,
    "",
    "Every engine gets the same Arabic analyser (src/search/analyzer.ts: text-layer normalisation, clitics, light10 stemming, stop words) and the same 20 queries",
    "(names, a clitic form, phrases, AND / OR / NOT, common words, and date / outlet filters), each run once to warm up and then " + `${rounds} more times; latency is over all runs.`,
    "rasd is measured through the whole `Store.search` (parse, name lookup, FTS5 match, filters, the exact BM25 top 10 (ranked from the postings and proven from the impact lists built after the load, else scored by FTS5 over every match), total and story counts (exact up to 10,000, then reported as 10,000+), snippets with highlights);",
    "the peers return their top 10 and a count. Phrases are exact on rasd; the peers have no phrase search and answer them as AND of the words (less work).",
    "Orama and FlexSearch have no OR/NOT (FlexSearch no filters either): those queries combine full result sets in JS, as an application would.",
    "Memory: heap + external growth after building (after GC); for rasd, the process RSS growth (SQLite page cache) and the database on disk.",
    "",
    "| engine | index build | rate (articles/s) | query p50 | query p95 | memory |",
    "|---|---:|---:|---:|---:|---|",
  ];
  for (const r of results) {
    // RSS growth can be negative for the store: the build's own allocations are returned before querying.
    const mem = r.diskMB !== null ? `RSS ${r.rssMB < 0 ? "−" : "+"}${Math.abs(r.rssMB)} MB, ${r.diskMB} MB on disk` : `${r.heapMB} MB heap`;
    lines.push(`| ${ENGINES[r.engine].label} | ${(r.buildMs / 1000).toFixed(1)} s | ${r.rate.toLocaleString("en")} | ${r.p50.toFixed(2)} ms | ${r.p95.toFixed(2)} ms | ${mem} |`);
  }
  const rasd = results.find((r) => r.engine === "rasd");
  if (rasd) {
    lines.push("", "Per query on rasd (matches, p50):", "", "| query | kind | matches | p50 |", "|---|---|---:|---:|");
    for (const q of rasd.perQuery) lines.push(`| ${q.q.replace(/\|/g, "\\|")} | ${q.label} | ${q.total.toLocaleString("en")}${q.atLeast ? "+" : ""} | ${q.p50.toFixed(2)} ms |`);
  }
  return lines.join("\n") + "\n";
}

async function main(): Promise<void> {
  const childEngine = arg("--child", "");
  const rounds = Number(arg("--rounds", "10"));
  if (childEngine) return child(childEngine, arg("--corpus", ""), rounds);

  const n = Number(arg("--n", "100000"));
  const engines = arg("--engines", "rasd,orama,minisearch,flexsearch").split(",");
  for (const e of engines) if (!ENGINES[e] || e === "rasd-cached") throw new Error(`unknown engine "${e}" (${Object.keys(ENGINES).join(", ")})`);
  const keep = arg("--db", "");
  const dir = keep ? null : mkdtempSync(join(tmpdir(), "rasd-bench-corpus-"));
  const corpus = keep ? `${keep}.corpus.jsonl` : join(dir!, "corpus.jsonl");
  try {
    if (!existsSync(corpus)) {
      console.error(`generating ${n} articles…`);
      await writeCorpusFile(n, corpus);
    }
    const results: EngineResult[] = [];
    for (const e of engines) {
      console.error(`${e}: building and querying…`);
      const r = spawnSync(process.execPath, ["--expose-gc", "--max-old-space-size=8192", "--import", "tsx", SELF, "--child", e, "--corpus", corpus, "--rounds", String(rounds), ...(keep ? ["--db", keep] : [])], {
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
        stdio: ["ignore", "pipe", "inherit"],
      });
      const lines = r.stdout.split("\n").filter((l) => l.startsWith("{"));
      if (r.status !== 0 || lines.length === 0) {
        console.error(`${e}: failed (exit ${r.status}${r.signal ? `, ${r.signal}` : ""})`);
        continue;
      }
      for (const line of lines) {
        const res = JSON.parse(line) as EngineResult;
        console.error(`${res.engine}: build ${res.buildMs} ms (${res.rate}/s), p50 ${res.p50} ms, p95 ${res.p95} ms, heap ${res.heapMB} MB, rss ${res.rssMB} MB${res.diskMB !== null ? `, disk ${res.diskMB} MB` : ""}`);
        results.push(res);
      }
    }
    const command = `npm run bench:search${n !== 100000 ? ` -- --n ${n}` : ""}`;
    const md = table(results, n, rounds, command);
    console.log(md);
    console.log(JSON.stringify(results, null, 1));
    if (!flag("--no-write")) {
      writeBenchmarksSection("Search", md);
      console.error("written to BENCHMARKS.md (section Search)");
    }
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
