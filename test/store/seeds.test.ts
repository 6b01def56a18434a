// `rasd ingest` over the real seed articles, through the real pipeline, on both backends.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIngest } from "../../src/cli/corpus.js";
import { openStore } from "../../src/store/index.js";
import { hasShared, seedsDir } from "../shared.js";
import { BACKENDS, digestTables } from "./backends.js";

for (const backend of BACKENDS) {
  describe.skipIf(!hasShared || !backend.available)(`ingesting the seeds on ${backend.name}`, { timeout: 240_000 }, () => {
    let url: string;
    let dispose: () => Promise<void>;
    beforeAll(async () => {
      const fresh = await backend.fresh();
      await fresh.store.close();
      ({ url, dispose } = fresh);
    });
    afterAll(async () => dispose?.());

    it("stores 5 articles, and a second run changes no row", async () => {
      const first = await runIngest([seedsDir], { db: url, workers: 0, batch: 2 });
      expect(first).toMatchObject({ done: 5, new: 5, failed: 0 });
      const before = await digestTables(backend.name, url);
      const second = await runIngest([seedsDir], { db: url, workers: 0 });
      expect(second).toMatchObject({ done: 5, new: 0, updated: 0, unchanged: 5, failed: 0 });
      expect(await digestTables(backend.name, url)).toEqual(before);
      const store = await openStore(url);
      try {
        expect((await store.stats()).articles).toBe(5);
        // Every seed is findable by a word of its own title or first line.
        const stored = await store.articles({ limit: 10 });
        expect(stored.items).toHaveLength(5);
        for (const a of stored.items) {
          const full = await store.article(a.id);
          const word = full!.analysis.text.split(/\s+/).find((w) => /^[\u0621-\u064A]{5,}$/.test(w))!;
          const hits = await store.search({ q: word, limit: 50 });
          expect(hits.hits.map((h) => h.id)).toContain(a.id);
        }
      } finally {
        await store.close();
      }
    });
  });
}
