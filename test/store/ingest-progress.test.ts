// A large load says so before it optimises the search index (a minute of silence at 100,000 articles
// otherwise); a small one does not optimise, and never reports that phase.
import { describe, expect, it } from "vitest";
import type { IngestProgress } from "../../src/store/index.js";
import { BACKENDS } from "./backends.js";
import { ARTICLES, makeAnalysis } from "./fixtures.js";

const sqlite = BACKENDS.find((b) => b.name === "sqlite")!;

function* copies(n: number) {
  for (let c = 0; c < n; c++) for (const spec of ARTICLES) yield makeAnalysis({ ...spec, id: `${spec.id}_${c}` });
}

describe("ingest progress", () => {
  it("reports the optimising phase last, only for a load large enough to optimise", async () => {
    const { store, dispose } = await sqlite.fresh();
    try {
      const seen: IngestProgress[] = [];
      const small = await store.ingest(copies(2), { batchSize: 50, onProgress: (p) => seen.push(p) });
      expect(small.new).toBeGreaterThan(0);
      expect(seen.some((p) => p.phase)).toBe(false);
      seen.length = 0;
      const n = Math.ceil(1000 / ARTICLES.length) + 2;
      const large = await store.ingest(copies(n), { batchSize: 200, onProgress: (p) => seen.push(p) });
      expect(large.new + large.unchanged).toBe(n * ARTICLES.length);
      expect(seen.filter((p) => p.phase === "optimizing")).toHaveLength(1);
      expect(seen[seen.length - 1].phase).toBe("optimizing");
      expect(seen[seen.length - 1].done).toBe(n * ARTICLES.length);
    } finally {
      await store.close();
      await dispose();
    }
  }, 120_000);
});
