// Search over a stored corpus on both backends: names under every spelling and
// clitic form, phrases, boolean operators, filters, facets, highlights, and the
// same results from SQLite FTS5 and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchQuery, SearchResult, Store } from "../../src/store/index.js";
import { BACKENDS } from "../store/backends.js";
import { fixtureAnalyses } from "../store/fixtures.js";

const ids = (r: SearchResult) => r.hits.map((h) => h.id).sort();

const QUERIES: SearchQuery[] = [
  { q: "لافروف" },
  { q: "ولافروف" },
  { q: "للافروف" },
  { q: "سيرجي لافروف" },
  { q: '"وزير الخارجية"' },
  { q: "الخارجية NOT لافروف" },
  { q: "التجارية OR الحوار" },
  { q: "بوتين", from: "2021-01-01", to: "2021-12-31" },
  { q: "الخارجية", outlet: ["SPA", "TASS"] },
  { q: "العلاقات", entity: "per:vladimir_putin" },
  { q: "العلاقات", eventType: "phone_call" },
  { q: "19.8" },
];

const results = new Map<string, SearchResult[]>();

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`search on ${backend.name}`, () => {
    let store: Store;
    let dispose: () => Promise<void>;
    beforeAll(async () => {
      ({ store, dispose } = await backend.fresh());
      await store.upsert(fixtureAnalyses());
    });
    afterAll(async () => {
      await store?.close();
      await dispose?.();
    });

    it("finds a name under every spelling and clitic form", async () => {
      const all = ["t01_call", "t02_call_copy", "t03_meeting", "t04_statement"];
      for (const q of ["لافروف", "ولافروف", "للافروف", "بلافروف", "سيرغي لافروف", "سيرجي لافروف", '"سيرجي لافروف"']) {
        expect(ids(await store.search({ q })), q).toEqual(all);
      }
      // The clitic forms in the text are found and highlighted as written.
      const r = await store.search({ q: "لافروف" });
      const t04 = r.hits.find((h) => h.id === "t04_statement")!;
      const text = (await store.article("t04_statement"))!.analysis.text;
      expect(t04.highlights.map((h) => text.slice(h.start, h.end))).toEqual(["للافروف", "سيرجي", "لافروف"]);
      const t03 = r.hits.find((h) => h.id === "t03_meeting")!;
      expect(t03.highlights.map((h) => (h.end - h.start))).toContain("ولافروف".length);
    });

    it("matches phrases, AND, OR and NOT", async () => {
      expect(ids(await store.search({ q: '"وزير الخارجية"' }))).toEqual(["t01_call", "t02_call_copy", "t03_meeting", "t04_statement"]);
      expect(ids(await store.search({ q: '"الخارجية وزير"' }))).toEqual([]);
      expect(ids(await store.search({ q: "الخارجية NOT لافروف" }))).toEqual(["t05_economy"]);
      expect(ids(await store.search({ q: "الحوار AND بوتين" }))).toEqual(["t03_meeting"]);
      expect(ids(await store.search({ q: "(بوتين OR الضمانات) -موسكو" }))).toEqual([]);
      expect(ids(await store.search({ q: "التبادل OR الضمانات" }))).toEqual(["t04_statement", "t05_economy"]);
    });

    it("filters by dates, outlet, entity and event type", async () => {
      expect(ids(await store.search({ q: "لافروف", from: "2022" }))).toEqual(["t04_statement"]);
      expect(ids(await store.search({ q: "لافروف", to: "2021-03" }))).toEqual(["t01_call", "t02_call_copy"]);
      expect(ids(await store.search({ q: "لافروف", outlet: "TASS" }))).toEqual(["t03_meeting"]);
      expect(ids(await store.search({ q: "العلاقات", entity: "فيصل بن فرحان" }))).toEqual(["t01_call", "t02_call_copy"]);
      expect(ids(await store.search({ q: "لافروف", eventType: "meeting" }))).toEqual(["t03_meeting"]);
      expect(ids(await store.search({ q: "لافروف", entity: "nobody" }))).toEqual([]);
    });

    it("counts stories, facets over all matches, and pages", async () => {
      const r = await store.search({ q: "لافروف", facets: true, limit: 1 });
      expect(r).toMatchObject({ total: 4, stories: 3, totalExact: true, limit: 1, offset: 0 });
      expect(r.hits).toHaveLength(1);
      // A page past the end still counts every match.
      expect(await store.search({ q: "لافروف", offset: 10 })).toMatchObject({ total: 4, stories: 3, totalExact: true, hits: [] });
      // Pages follow the one ranking.
      const all = (await store.search({ q: "لافروف" })).hits.map((h) => h.id);
      const paged: string[] = [];
      for (let o = 0; o < 4; o++) paged.push(...(await store.search({ q: "لافروف", limit: 1, offset: o })).hits.map((h) => h.id));
      expect(paged).toEqual(all);
      expect(r.facets!.eventType).toEqual([{ value: "phone_call", count: 2 }, { value: "meeting", count: 1 }]);
      expect(r.facets!.year).toEqual([{ value: "2021", count: 3 }, { value: "2022", count: 1 }]);
      expect(r.facets!.entity[0]).toEqual({ value: "per:sergey_lavrov", label: "سيرغي لافروف", count: 4 });
      const copy = (await store.search({ q: "المشاورات الدورية" })).hits[0];
      expect(copy.story).toEqual({ id: "t01_call", size: 2 });
    });

    it("ranks by BM25 and builds snippets around the matches", async () => {
      const r = await store.search({ q: "لافروف" });
      expect(r.hits[0].id).toBe("t04_statement"); // three mentions in a short article
      for (let i = 1; i < r.hits.length; i++) expect(r.hits[i - 1].score).toBeGreaterThanOrEqual(r.hits[i].score);
      for (const h of r.hits) {
        expect(h.snippet.highlights.length).toBeGreaterThan(0);
        for (const m of h.snippet.highlights) expect(h.snippet.text.slice(m.start, m.end)).toMatch(/لافروف|سير[غج]ي/);
      }
    });

    it("rejects queries with nothing to search for", async () => {
      await expect(store.search({ q: "NOT لافروف" })).rejects.toThrow(/no searchable word/);
      await expect(store.search({ q: '"" ()' })).rejects.toThrow(/empty query/);
    });

    it("answers the shared query set (compared across backends below)", async () => {
      const rs: SearchResult[] = [];
      for (const q of QUERIES) rs.push(await store.search({ ...q, facets: true }));
      results.set(backend.name, rs);
    });
  });
}

describe.skipIf(BACKENDS.some((b) => !b.available))("SQLite and PostgreSQL", () => {
  it("give the same results, in the same order, with the same scores", () => {
    const [a, b] = [results.get("sqlite")!, results.get("postgres")!];
    QUERIES.forEach((q, i) => {
      const strip = (r: SearchResult) => ({ ...r, tookMs: 0, hits: r.hits.map((h) => ({ ...h, score: Math.round(h.score * 1e6) / 1e6 })) });
      expect(strip(b[i]), JSON.stringify(q)).toEqual(strip(a[i]));
    });
  });
});
