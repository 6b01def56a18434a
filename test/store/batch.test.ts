// Batched writes (one multi-row statement per table for a whole batch) store
// exactly what writing one article per transaction stores, on both backends:
// new, changed and unchanged articles mixed in one batch, an id repeated
// inside a batch, syndicated copies placed in one story within a batch, and
// the content hash is sha256 of the analysis JSON.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/index.js";
import { attachPrepared, prepareAnalysis } from "../../src/store/prepare.js";
import type { Analysis } from "../../src/types.js";
import { BACKENDS } from "./backends.js";
import { ARTICLES, makeAnalysis } from "./fixtures.js";

/** Every fixture article under several ids, so that a batch holds many articles and syndicated copies. */
function corpus(copies: number): Analysis[] {
  const out: Analysis[] = [];
  for (let c = 0; c < copies; c++) for (const spec of ARTICLES) out.push(makeAnalysis({ ...spec, id: `${spec.id}_${c}` }));
  return out;
}

function changed(a: Analysis): Analysis {
  return { ...a, title: `${a.title ?? ""} (محدث)`, quotes: a.quotes.slice(1), events: a.events.slice(0, 1) };
}

/** What readers see of a store: every analysis, story, entity, event and statement, and search hits. */
async function snapshot(store: Store) {
  const exported: string[] = [];
  for await (const line of store.export({ format: "jsonl" })) exported.push(line);
  const articles = await store.articles({ limit: 1000 });
  const stories = await Promise.all(articles.items.map(async (a) => [a.id, (await store.article(a.id))!.story]));
  const entities = (await store.entities({ limit: 1000, sort: "name" })).items.map(({ id: _id, ...e }) => e);
  const events = (await store.events({ limit: 1000 })).items.map((e) => [e.articleId, e.type, e.participants.map((p) => p.key).sort()]);
  const statements = (await store.statements({ limit: 1000 })).items.map((s) => [s.articleId, s.text, s.speakers.map((p) => p.key).sort()]);
  const search = (await store.search({ q: "لافروف", limit: 100 })).hits.map((h) => h.id).sort();
  const said = (await store.statements({ q: "الأمنية", limit: 100 })).total;
  return { exported: exported.sort(), stories: stories.sort(), entities, events: events.sort(), statements: statements.sort(), search, said, stats: await store.stats() };
}

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`batched writes on ${backend.name}`, () => {
    const stores: { store: Store; dispose: () => Promise<void> }[] = [];
    let batched: Store;
    let single: Store;

    beforeAll(async () => {
      for (let i = 0; i < 2; i++) stores.push(await backend.fresh());
      [batched, single] = stores.map((s) => s.store);
    });
    afterAll(async () => {
      for (const s of stores) {
        await s.store.close();
        await s.dispose();
      }
    });

    it("stores the same rows in one batch as one article at a time", async () => {
      const first = corpus(3);
      const second = [...first.slice(0, 4).map(changed), ...first.slice(4), ...corpus(4).slice(first.length)];
      // The same id twice in one batch: the later version wins, the earlier one is an update of it.
      second.splice(2, 0, changed(changed(first[7])));
      second.splice(9, 0, first[7]);
      const b1 = await batched.ingest(first, { batchSize: 1000 });
      const b2 = await batched.ingest(second, { batchSize: 1000 });
      const s1 = await single.ingest(first, { batchSize: 1 });
      const s2 = await single.ingest(second, { batchSize: 1 });
      const counts = (s: { new: number; updated: number; unchanged: number; failed: number }) => [s.new, s.updated, s.unchanged, s.failed];
      expect(counts(b1)).toEqual(counts(s1));
      expect(counts(b2)).toEqual(counts(s2));
      expect(counts(b2)).toEqual([ARTICLES.length, 6, first.length - 4, 0]);
      expect(await snapshot(batched)).toEqual(await snapshot(single));
      // Copies of one article written in the same batch are one story.
      expect((await batched.article(`${ARTICLES[1].id}_3`))!.story.size).toBeGreaterThan(1);
    });

    it("stores the same rows when the analyses come with what an analysis worker prepared", async () => {
      const fresh = await backend.fresh();
      try {
        // As from a worker: prepared from the analysis there, attached to its structured clone here.
        const items = [...corpus(2), changed(corpus(1)[3])].map((a) => attachPrepared(structuredClone(a), prepareAnalysis(a)));
        await fresh.store.ingest(items, { batchSize: 1000 });
        const plain = await backend.fresh();
        try {
          await plain.store.ingest([...corpus(2), changed(corpus(1)[3])], { batchSize: 1000 });
          expect(await snapshot(fresh.store)).toEqual(await snapshot(plain.store));
        } finally {
          await plain.store.close();
          await plain.dispose();
        }
      } finally {
        await fresh.store.close();
        await fresh.dispose();
      }
    });

    it("records sha256 of the analysis JSON as the content hash", async () => {
      const a = corpus(1)[0];
      const stored = await batched.article(a.id);
      expect(stored!.contentHash).toBe(createHash("sha256").update(JSON.stringify(stored!.analysis)).digest("hex"));
    });
  });
}
