// Hostile inputs (generated in a temp folder) through the ingest path into
// real stores: each input gets a clear error or a correct analysis, and no
// good article of a batch is lost.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readInputs } from "../../src/ingest/read.js";
import { formatIngestError } from "../../src/ingest/records.js";
import { BACKENDS } from "../store/backends.js";
import { CASES, manyLines, type CaseInputs } from "./cases.js";
import { ingestCase } from "./ingest-run.js";

const dir = mkdtempSync(join(tmpdir(), "rasd-hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("hostile inputs on SQLite", () => {
  for (const c of CASES) {
    it(`${c.name}: clear errors, every good article stored`, async () => {
      const inputs = c.make(join(dir, "in"));
      const out = await ingestCase(inputs, join(dir, `${c.name.replace(/\W+/g, "-")}.db`));
      expect(out.problems).toEqual([]);
      expect(out.lost).toEqual([]);
      expect(out.unexpected).toEqual([]);
      expect(out.stored).toBe(inputs.goodIds.length);
    });
  }

  it("a mixed batch of every case stores every good article", async () => {
    const all = CASES.filter((c) => !c.name.startsWith("50 MB")).map((c) => c.make(join(dir, "mixed")));
    const merged: CaseInputs = {
      paths: [join(dir, "mixed")],
      inputs: all.reduce((n, c) => n + c.inputs, 0),
      goodIds: all.flatMap((c) => c.goodIds),
      errors: all.reduce((n, c) => n + c.errors, 0),
    };
    const out = await ingestCase(merged, join(dir, "mixed.db"));
    expect(out.problems).toEqual([]);
    expect(out.lost).toEqual([]);
    expect(out.stored).toBe(merged.goodIds.length);
  }, 120_000);
});

describe("100,000-line JSON Lines with bad lines sprinkled in", () => {
  it("yields every good line and reports every bad one with file:line", async () => {
    const inputs = manyLines(join(dir, "lines"));
    const ids: string[] = [];
    const errors: string[] = [];
    for await (const item of readInputs(inputs.paths)) {
      if (item.ok) ids.push(item.raw.id);
      else errors.push(formatIngestError(item.error));
    }
    expect(ids).toEqual(inputs.goodIds);
    expect(errors.map((e) => Number(/wire\.jsonl:(\d+): /.exec(e)?.[1]))).toEqual(inputs.badLines);
    expect(errors.some((e) => /:\d+: malformed JSON line/.test(e))).toBe(true);
    expect(errors.some((e) => /:\d+: missing field "id"/.test(e))).toBe(true);
    expect(errors.some((e) => /:\d+: field "text" must be a string, got number/.test(e))).toBe(true);
  });

  // Analysing 100,000 articles takes minutes on one thread; the store half runs on 2,000
  // lines here (npm run robustness stores all 100,000 through the real CLI).
  it("stores every good line of a 2,000-line file and reports the bad ones", async () => {
    const inputs = manyLines(join(dir, "lines-2k"), 2000);
    const out = await ingestCase(inputs, join(dir, "lines.db"));
    expect(out.problems).toEqual([]);
    expect(out.lost).toEqual([]);
    expect(out.stored).toBe(inputs.goodIds.length);
  }, 180_000);
});

describe.each(BACKENDS)("Unicode edge cases and escapes on $name", (backend) => {
  it.skipIf(!backend.available)("stores every article with sound spans", async () => {
    const unicode = CASES.find((c) => c.name === "Unicode edge cases")!;
    const inputs = unicode.make(join(dir, `unicode-${backend.name}`));
    const { url, store, dispose } = await backend.fresh();
    await store.close();
    try {
      const out = await ingestCase(inputs, url);
      expect(out.problems).toEqual([]);
      expect(out.lost).toEqual([]);
    } finally {
      await dispose();
    }
  }, 120_000);
});
