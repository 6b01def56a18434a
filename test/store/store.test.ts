// The store against both backends: idempotent upserts, updates in place,
// failure isolation, merged entities, events, network, statements, stories, export.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../src/store/index.js";
import type { Analysis } from "../../src/types.js";
import { BACKENDS, digestTables, tableCounts } from "./backends.js";
import { ARTICLES, fixtureAnalyses, makeAnalysis } from "./fixtures.js";

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`store on ${backend.name}`, () => {
    let store: Store;
    let url: string;
    let dispose: () => Promise<void>;

    beforeAll(async () => {
      ({ store, url, dispose } = await backend.fresh());
      const r = await store.upsert(fixtureAnalyses());
      expect(r.map((x) => x.status)).toEqual(["new", "new", "new", "new", "new"]);
    });
    afterAll(async () => {
      await store?.close();
      await dispose?.();
    });

    it("re-storing the same analyses changes no row", async () => {
      const before = await digestTables(backend.name, url);
      const r = await store.upsert(fixtureAnalyses());
      expect(r.every((x) => x.status === "unchanged")).toBe(true);
      const summary = await store.ingest(fixtureAnalyses(), { batchSize: 2 });
      expect(summary).toMatchObject({ done: 5, unchanged: 5, new: 0, updated: 0, failed: 0 });
      expect(await digestTables(backend.name, url)).toEqual(before);
    });

    it("merges one person across articles and spellings", async () => {
      const lavrov = await store.entity("per:sergey_lavrov");
      expect(lavrov).not.toBeNull();
      expect(lavrov!.articleCount).toBe(4);
      expect(lavrov!.variants).toEqual(expect.arrayContaining(["سيرغي لافروف", "سيرجي لافروف", "لافروف"]));
      expect((await store.entity("سيرجي لافروف"))!.key).toBe("per:sergey_lavrov");
      expect((await store.entity("Sergey Lavrov"))!.key).toBe("per:sergey_lavrov");
      expect(lavrov!.partners.map((p) => p.key).sort()).toEqual(["per:faisal_bin_farhan", "per:vladimir_putin", "per:wang_yi"]);
      const list = await store.entities({ q: "لافر" });
      expect(list.items.map((e) => e.key)).toEqual(["per:sergey_lavrov"]);
    });

    it("groups syndicated copies into one story", async () => {
      const a = await store.article("t02_call_copy");
      expect(a!.story).toEqual({ id: "t01_call", size: 2 });
      expect(a!.duplicates.map((d) => d.id)).toEqual(["t01_call"]);
      expect((await store.article("t05_economy"))!.story.size).toBe(1);
      expect((await store.stats()).stories).toBe(4);
    });

    it("lists events with filters, per story, on a timeline and as a network", async () => {
      const all = await store.events({});
      expect(all.total).toBe(3);
      const calls = await store.events({ type: "phone_call", actor: "لافروف" });
      expect(calls.items.map((e) => e.articleId).sort()).toEqual(["t01_call", "t02_call_copy"]);
      expect(calls.items[0].participants.map((p) => p.key).sort()).toEqual(["per:faisal_bin_farhan", "per:sergey_lavrov"]);
      expect((await store.events({ type: "phone_call", byStory: true })).total).toBe(1);
      expect((await store.events({ actor: ["بوتين", "وانغ يي"] })).items.map((e) => e.type)).toEqual(["meeting"]);
      expect((await store.events({ from: "2021-04", to: "2021" })).total).toBe(1);
      const meeting = (await store.events({ type: "meeting" })).items[0];
      expect(meeting).toMatchObject({ date: "2021-04-02", dateFromArticle: true });
      const tl = await store.timeline({ interval: "month" });
      expect(tl).toEqual([
        { period: "2021-03", count: 2, stories: 1, byType: { phone_call: 2 } },
        { period: "2021-04", count: 1, stories: 1, byType: { meeting: 1 } },
      ]);
      const net = await store.network({ type: "phone_call" });
      expect(net.edges).toHaveLength(1);
      expect(net.edges[0]).toMatchObject({ weight: 1, reports: 2, first: "2021-03-12", last: "2021-03-12" });
      const page = await store.events({ limit: 1, offset: 1 });
      expect(page).toMatchObject({ total: 3, limit: 1, offset: 1 });
      expect(page.items).toHaveLength(1);
    });

    it("finds statements by speaker and by words", async () => {
      expect((await store.statements({ speaker: "لافروف" })).items.map((s) => s.text)).toEqual(["الضمانات الأمنية تبقى أولوية"]);
      expect((await store.statements({ q: "العلاقات المراحل" })).items.map((s) => s.speaker?.key)).toEqual(["per:vladimir_putin"]);
      expect((await store.statements({ speaker: "nobody known" })).total).toBe(0);
    });

    it("updates a changed article in place and keeps counts right", async () => {
      const spec = ARTICLES.find((a) => a.id === "t04_statement")!;
      const changed = makeAnalysis({ ...spec, text: spec.text.replace("الضمانات الأمنية", "الضمانات الاستراتيجية"), quotes: [] });
      const seqBefore = (await store.article("t04_statement"))!.contentHash;
      const [r] = await store.upsert([changed]);
      expect(r.status).toBe("updated");
      const after = await store.article("t04_statement");
      expect(after!.contentHash).not.toBe(seqBefore);
      expect(after!.analysis.text).toContain("الاستراتيجية");
      expect((await store.stats()).articles).toBe(5);
      expect((await store.entity("per:sergey_lavrov"))!.articleCount).toBe(4);
      expect((await store.statements({ speaker: "لافروف" })).total).toBe(0);
      expect((await store.search({ q: "الأمنية" })).total).toBe(0);
      expect((await store.search({ q: "الاستراتيجية" })).hits.map((h) => h.id)).toEqual(["t04_statement"]);
      // Back to the original: counts return exactly.
      await store.upsert([makeAnalysis(spec)]);
      expect((await store.statements({ speaker: "لافروف" })).total).toBe(1);
    });

    it("a bad article fails alone and leaves the stored rows as they were", async () => {
      const before = await tableCounts(store);
      const good = makeAnalysis({ id: "t06_new", outlet: "QNA", published: "2022-03-01", text: "الدوحة - بحث وزير الخارجية مع نظيره الروسي سيرغي لافروف تطورات الأوضاع.", entities: [{ key: "per:sergey_lavrov", type: "PER", name: "سيرغي لافروف", forms: ["سيرغي لافروف"] }] });
      const bad = { ...makeAnalysis({ id: "t07_bad", outlet: null, published: null, text: "نص" }), published: "last tuesday" } as Analysis;
      const summary = await store.ingest([good, bad, { failed: true, source: "broken.html", error: "cannot decode" }], { batchSize: 10 });
      expect(summary).toMatchObject({ new: 1, failed: 2 });
      expect(summary.failures.map((f) => f.source)).toEqual(["broken.html", "t07_bad.txt"]);
      expect(summary.failures[1].error).toMatch(/published/);
      expect(await store.article("t07_bad")).toBeNull();
      const after = await tableCounts(store);
      expect(after.articles).toBe(before.articles + 1);
      expect((await store.entity("per:sergey_lavrov"))!.articleCount).toBe(5);
      expect(await store.remove("t06_new")).toBe(true);
      expect(await store.remove("t06_new")).toBe(false);
      expect(await tableCounts(store)).toEqual(before);
      expect((await store.entity("per:sergey_lavrov"))!.articleCount).toBe(4);
    });

    it("exports analyses, CSV with a BOM, and PLOVER-style events", async () => {
      const jsonl: string[] = [];
      for await (const l of store.export({ format: "jsonl" })) jsonl.push(l);
      expect(jsonl.map((l) => JSON.parse(l).id)).toEqual(ARTICLES.map((a) => a.id));
      expect(jsonl[2]).toBe(JSON.stringify(fixtureAnalyses()[2])); // the analysis round-trips byte for byte
      const csv: string[] = [];
      for await (const l of store.export({ format: "csv" })) csv.push(l);
      expect(csv[0].startsWith("\uFEFFevent_id,article_id")).toBe(true);
      expect(csv).toHaveLength(4);
      expect(csv.slice(1).join("\n")).toContain("فيصل بن فرحان | سيرغي لافروف");
      const plover: Record<string, unknown>[] = [];
      for await (const l of store.export({ format: "plover", from: "2021-03", to: "2021-03" })) plover.push(JSON.parse(l));
      expect(plover).toHaveLength(2);
      expect(plover[0]).toMatchObject({ event_type: "CONSULT", mode: "phone", date: "2021-03-12", language: "ar" });
    });

    it("never serves a cached search after another process changed the corpus", async () => {
      const q = { q: "المحيط الهادئ" };
      expect((await store.search(q)).total).toBe(0);
      const other = await openStore(url);
      await other.upsert([makeAnalysis({ id: "t08_other", outlet: null, published: null, text: "جولة في المحيط الهادئ." })]);
      await other.close();
      expect((await store.search(q)).total).toBe(1);
      expect(await store.remove("t08_other")).toBe(true);
      expect((await store.search(q)).total).toBe(0);
    });

    it("pages articles", async () => {
      const p = await store.articles({ limit: 2, offset: 1 });
      expect(p.total).toBe(5);
      expect(p.items.map((a) => a.id)).toEqual(["t04_statement", "t03_meeting"]);
      expect((await store.articles({ entity: "بوتين" })).items.map((a) => a.id)).toEqual(["t03_meeting"]);
    });
  });
}
