// The impact-list top k (src/store/search-topk.ts) and the postings' matches
// and ranking (src/store/search-postings.ts) give exactly what scoring every
// match gives: the same ids in the same order, the same scores, the same
// counts, on generated wire reports, for words, names, phrases, AND / OR / NOT,
// filters and later pages; with short lists, so that many proofs need
// frequencies read back from the index and many give up. The reference is the
// same SQLite store with its lists dropped, and PostgreSQL (which always scores
// every match). A write after the lists were built makes them stale: unused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchQuery, SearchResult, Store } from "../../src/store/index.js";
import { connect } from "../../src/store/connect.js";
import { refreshImpacts, loadImpacts } from "../../src/store/search-impacts.js";
import { articleFilter, compileText, matchPage, matchPageFull } from "../../src/store/query-search.js";
import { page } from "../../src/store/filters.js";
import { countMatches } from "../../src/store/search-count.js";
import { topFromImpacts } from "../../src/store/search-topk.js";
import { postingsPlan } from "../../src/store/search-postings.js";
import { toFts5 } from "../../src/search/compile.js";
import { sql } from "kysely";
import { optimizeIndex } from "../../src/store/text-index.js";
import { generateArticles } from "../../src/bench/generate.js";
import type { Analysis } from "../../src/types.js";
import { makeAnalysis } from "../store/fixtures.js";
import { BACKENDS } from "../store/backends.js";

const N = 700;

function* articles(n = N, start = 0): Generator<Analysis> {
  for (const a of generateArticles(n, 11, { start, targetBytes: 900 })) {
    yield makeAnalysis({ id: a.id, outlet: a.outlet, published: a.published, title: a.title, text: a.text });
  }
}

const FILTERED: SearchQuery[] = [
  { q: "الصين", from: "2019" }, { q: "الخارجية", to: "2021-06" }, { q: "الخارجية", outlet: "SANA" },
  { q: '"وزير الخارجية"', outlet: ["SANA", "QNA"], from: "2021", to: "2023-06" }, { q: "قطر OR الكويت", from: "2022" },
  { q: "الطاقة NOT النفط", to: "2021" }, { q: "الخارجية", outlet: ["SANA", "WAM", "QNA"], offset: 5, limit: 10 },
  { q: "الخارجية", from: "2099" }, { q: "وزير", outlet: "NOPE" }, { q: "لافروف", from: "2024", to: "2019" },
];

const QUERIES: SearchQuery[] = [
  // The benchmark's queries (scripts/bench-search.ts) …
  { q: "لافروف" }, { q: "وانغ يي" }, { q: "بوريطة" }, { q: "الزياني" }, { q: "ولافروف" }, { q: "للصين" }, { q: "فيصل بن فرحان" },
  { q: '"وزير الخارجية"' }, { q: '"اتصالا هاتفيا"' }, { q: '"الملف النووي الإيراني"' }, { q: '"التبادل التجاري"' },
  { q: "لافروف الصين" }, { q: "قطر OR الكويت" }, { q: "الطاقة NOT النفط" }, { q: "العلاقات الثنائية" },
  { q: "وانغ يي", from: "2024-01-01", to: "2024-12-31" }, { q: '"اتصالا هاتفيا"', outlet: "SANA" },
  { q: "الاجتماع الوزاري", from: "2022", to: "2022" }, { q: "قمة", outlet: "WAM" }, { q: "النووي", to: "2020-12-31" },
  // … and more shapes: phrases under OR / NOT, three words, nested OR, later pages.
  { q: '"وزير الخارجية" OR "اتصالا هاتفيا"' }, { q: 'الصين -"وزير الخارجية"' }, { q: "قطر الكويت الإمارات" },
  { q: "(قطر OR الكويت) الصين" }, { q: "(قطر الكويت) OR الصين" }, { q: '("وزير الخارجية" NOT النفط) OR (الطاقة قطر) OR الكويت' },
  { q: "(الطاقة NOT النفط) OR (قطر (الكويت OR الصين))" }, { q: "الخارجية ((قطر الكويت) OR (الصين NOT روسيا))" }, { q: "الطاقة NOT النفط", offset: 10, limit: 5 }, { q: "الخارجية", offset: 20, limit: 10 },
  { q: '"وزير الخارجية" الصين', outlet: ["SANA", "WAM"] }, { q: "وزير", limit: 50 },
  // Date and outlet filters read from an index (both sides of search-count.ts's filteredKeys): loose and
  // tight ranges, both filters, boolean queries, later pages, filters matching nothing.
  ...FILTERED,
];

const strip = (r: SearchResult) => ({
  total: r.total,
  stories: r.stories,
  totalExact: r.totalExact,
  hits: r.hits.map((h) => ({ id: h.id, score: h.score, snippet: h.snippet.text })),
});

function expectSame(a: SearchResult, b: SearchResult, tolerance: number) {
  const [x, y] = [strip(a), strip(b)];
  expect(x.hits.map((h) => h.id)).toEqual(y.hits.map((h) => h.id));
  x.hits.forEach((h, i) => expect(Math.abs(h.score - y.hits[i].score)).toBeLessThanOrEqual(tolerance));
  expect({ ...x, hits: x.hits.map((h) => h.snippet) }).toEqual({ ...y, hits: y.hits.map((h) => h.snippet) });
}

const [sqlite, postgres] = [BACKENDS.find((b) => b.name === "sqlite")!, BACKENDS.find((b) => b.name === "postgres")!];

describe("search top k from impact lists (sqlite, against every match scored)", () => {
  let store: Store;
  let url: string;
  let dispose: () => Promise<void>;
  const fast = new Map<number, Map<number, SearchResult>>();
  let proven = 0;
  beforeAll(async () => {
    ({ store, url, dispose } = await sqlite.fresh());
    expect((await store.ingest(articles(), { batchSize: 500 })).failed).toBe(0);
    const c = await connect(url);
    try {
      for (const size of [25, 150]) {
        await refreshImpacts(c.db, c.backend, { listSize: size, minRows: 0, phraseDfMin: 20 });
        const m = new Map<number, SearchResult>();
        for (const [i, q] of QUERIES.entries()) {
          m.set(i, await store.search(q));
          if (size === 150 && !q.from && !q.to && !q.outlet) {
            const expr = await compileText(c.db, q.q);
            const counted = await countMatches(c.db, expr, null);
            if (await topFromImpacts(c.db, expr, (q.offset ?? 0) + (q.limit ?? 20), counted.prefix, null)) proven++;
          }
        }
        fast.set(size, m);
      }
      await c.db.deleteFrom("search_impacts_state").execute();
    } finally {
      await c.db.destroy();
    }
  }, 300_000);
  afterAll(async () => {
    await store?.close();
    await dispose?.();
  });

  it("proves most unfiltered queries from the lists", () => {
    expect(proven).toBeGreaterThanOrEqual(5);
  });

  it("gives the same ids, order, scores and counts as scoring every match", async () => {
    for (const [i, q] of QUERIES.entries()) {
      const ref = await store.search(q);
      for (const m of fast.values()) expectSame(m.get(i)!, ref, 0); // bit for bit: same formula, same log()
    }
  });

  it("counts and ranks date and outlet filters from an index as the join to every match does, with and without the postings", async () => {
    const c = await connect(url);
    try {
      for (const size of [25, 150]) {
        await refreshImpacts(c.db, c.backend, { listSize: size, minRows: 0, phraseDfMin: 20 });
        for (const q of QUERIES) {
          const expr = await compileText(c.db, q.q);
          const filter = await articleFilter(c.db, q);
          const { limit, offset } = page(q);
          const ref = await matchPageFull(c.db, c.backend, expr, filter, limit, offset);
          // Without the postings, every query: FTS5's matches, ranked from the lists or by bm25().
          expect(await matchPage(c.db, c.backend, expr, filter, limit, offset, { postings: false })).toEqual(ref);
          if (!(q.from || q.to || q.outlet)) continue;
          expect(await matchPage(c.db, c.backend, expr, filter, limit, offset)).toEqual(ref);
          // Every filtered set ranked from the lists (else every match scored), as past 3,000 matches.
          expect(await matchPage(c.db, c.backend, expr, filter, limit, offset, { small: 0 })).toEqual(ref);
          // A filter wide enough to be joined instead (the estimate past the count's cap).
          expect(await matchPage(c.db, c.backend, expr, filter, limit, offset, { wide: 0 })).toEqual(ref);
          expect(await matchPage(c.db, c.backend, expr, filter, limit, offset, { postings: false, small: 0 })).toEqual(ref);
        }
      }
      expect((await matchPageFull(c.db, c.backend, await compileText(c.db, "الخارجية"), await articleFilter(c.db, { outlet: "SANA" }), 20, 0)).total).toBeGreaterThan(0);
    } finally {
      await c.db.deleteFrom("search_impacts_state").execute();
      await c.db.destroy();
    }
  });

  it("takes from the postings exactly FTS5's matches, and bm25()'s ranking of them", async () => {
    const c = await connect(url);
    try {
      await refreshImpacts(c.db, c.backend, { listSize: 25, minRows: 0, phraseDfMin: 20 });
      let planned = 0;
      let ranked = 0;
      for (const q of QUERIES) {
        const expr = await compileText(c.db, q.q);
        const plan = await postingsPlan(c.db, expr);
        if (!plan) continue;
        planned++;
        const fts = await sql<{ k: number }>`select rowid as k from articles_fts where articles_fts match ${toFts5(expr)} order by rowid`.execute(c.db);
        expect(Array.from(plan.matches)).toEqual(fts.rows.map((r) => Number(r.k)));
        const scored = await sql<{ key: number; score: number }>`select rowid as key, -bm25(articles_fts) as score from articles_fts where articles_fts match ${toFts5(expr)} order by score desc, key limit 30`.execute(c.db);
        const top = await plan.rank(plan.matches, 30, 0);
        if (!top) continue;
        ranked++;
        expect(top).toEqual(scored.rows.map((r) => ({ key: Number(r.key), score: Number(r.score) })));
        expect(await plan.rank(plan.matches, 5, 7)).toEqual(top.slice(7, 12));
      }
      // Words, two-word phrases, OR, NOT, AND, AND under OR are covered (names with rare spellings and
      // longer phrases are not, with longer lists).
      expect(planned).toBeGreaterThanOrEqual(30);
      expect(ranked).toBe(planned);
      // Stale after a write, like the lists.
      expect(await postingsPlan(c.db, await compileText(c.db, "الصين"))).not.toBeNull();
      expect((await store.ingest(articles(N + 2, N + 1))).new).toBe(1);
      expect(await postingsPlan(c.db, await compileText(c.db, "الصين"))).toBeNull();
    } finally {
      await c.db.deleteFrom("search_impacts_state").execute();
      await c.db.destroy();
    }
  });

  it("builds no lists for a small corpus, and does not use lists built before a later write", async () => {
    const c = await connect(url);
    try {
      await refreshImpacts(c.db, c.backend); // 700 articles: below MIN_ROWS
      expect(await loadImpacts(c.db, ["صين"])).toBeNull();
      await refreshImpacts(c.db, c.backend, { listSize: 25, minRows: 0 });
      expect(await loadImpacts(c.db, ["صين"])).not.toBeNull();
      expect((await store.ingest(articles(N + 1, N))).failed).toBe(0);
      expect(await loadImpacts(c.db, ["صين"])).toBeNull();
      // `rasd optimize` (Store.optimize → optimizeIndex) makes them fresh again …
      await optimizeIndex(c.db, c.backend, { listSize: 25, minRows: 0 });
      expect(await loadImpacts(c.db, ["صين"])).not.toBeNull();
      // … and with the default threshold a corpus this small gets none, with the same results.
      const before = await store.search({ q: "الصين", limit: 10 });
      await store.optimize();
      expect(await loadImpacts(c.db, ["صين"])).toBeNull();
      expect(strip(await store.search({ q: "الصين", limit: 10 }))).toEqual(strip(before));
    } finally {
      await c.db.destroy();
    }
  });

  it.runIf(postgres.available)("gives what PostgreSQL gives (every match scored there)", async () => {
    const pg = await postgres.fresh();
    try {
      expect((await pg.store.ingest(articles(), { batchSize: 500 })).failed).toBe(0);
      for (const [i, q] of QUERIES.entries()) expectSame(fast.get(150)!.get(i)!, await pg.store.search(q), 1e-6);
    } finally {
      await pg.store.close();
      await pg.dispose();
    }
  }, 300_000);
});
