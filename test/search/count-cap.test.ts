// Past SEARCH_COUNT_CAP matches the counts stop (totalExact false, shown as
// "10,000+") while ranking and paging still cover every match. Articles
// generated here: a short line each, one word shared by all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEARCH_COUNT_CAP, type Store } from "../../src/store/index.js";
import type { Analysis } from "../../src/types.js";
import { makeAnalysis } from "../store/fixtures.js";
import { BACKENDS } from "../store/backends.js";

const N = SEARCH_COUNT_CAP + 5;
// One article mentions the word three times, so BM25 puts it first wherever it sits in store order.
const LAST_STRONG = N - 1;

function* articles(): Generator<Analysis> {
  for (let i = 0; i < N; i++) {
    const text = i === LAST_STRONG ? "مباحثات مباحثات مباحثات" : `مباحثات رقم ${i} في العاصمة`;
    yield makeAnalysis({ id: `cap${String(i).padStart(5, "0")}`, outlet: "X", published: "2024-01-01", text });
  }
}

const sqlite = BACKENDS.find((b) => b.name === "sqlite")!;

describe("search counts past the cap (sqlite)", () => {
  let store: Store;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ store, dispose } = await sqlite.fresh());
    const s = await store.ingest(articles(), { batchSize: 2000 });
    expect(s.failed).toBe(0);
  }, 300_000);
  afterAll(async () => {
    await store?.close();
    await dispose?.();
  });

  it("reports the cap as a lower bound and still ranks every match", async () => {
    const r = await store.search({ q: "مباحثات", limit: 3 });
    expect(r).toMatchObject({ total: SEARCH_COUNT_CAP, totalExact: false });
    expect(r.stories).toBeLessThanOrEqual(SEARCH_COUNT_CAP);
    expect(r.hits[0].id).toBe(`cap${String(LAST_STRONG).padStart(5, "0")}`);
    // Below the cap the counts are exact.
    expect(await store.search({ q: "مباحثات رقم 17" })).toMatchObject({ total: 1, totalExact: true });
  });
});
