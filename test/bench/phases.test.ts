// The benchmark phases measure real work: check they count what they process
// (no timing assertions; the numbers go to BENCHMARKS.md via npm run bench).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../src/bench/generate.js";
import { runPhase } from "../../src/bench/phases.js";
import { repoRoot } from "../shared.js";

let dir = "";
let corpus = "";
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "rasd-phases-"));
  corpus = join(dir, "corpus");
  await writeCorpus({ n: 12, seed: 9, outDir: corpus });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const base = { workers: 0, store: "", limit: 5, save: "" };

describe("bench phases", () => {
  it("bare pass: reads and tokenizes every article", async () => {
    const r = await runPhase({ ...base, phase: "bare", corpus });
    expect(r.articles).toBe(12);
    expect(r.failed).toBe(0);
    expect(r.mb).toBeGreaterThan(12 * 0.003);
    expect(r.note).toMatch(/^\d+ tokens$/);
    expect(r.maxRssMb).toBeGreaterThan(10);
    expect(r.cpuSeconds).toBeGreaterThan(0);
  });

  it("analysis saves one analysis per article, which the store-only phase ingests into SQLite", async () => {
    const save = join(dir, "analyses.jsonl");
    const a = await runPhase({ ...base, phase: "analyze", corpus, save });
    expect(a.articles).toBe(12);
    const lines = readFileSync(save, "utf8").trim().split("\n");
    expect(lines.map((l) => (JSON.parse(l) as { schema: string }).schema)).toEqual(Array(12).fill("rasd.analysis/1"));
    const s = await runPhase({ ...base, phase: "sqlite-store", corpus: save, store: join(dir, "store.db") });
    expect(s.articles).toBe(12);
    expect(s.failed).toBe(0);
  });

  it("the store-only phase with a reader worker stores the same articles as without", async () => {
    // The reader worker runs dist/ JS; build it when a fresh checkout lacks it.
    if (!existsSync(join(repoRoot, "dist/bench/read-prepared.js"))) execFileSync("npx", ["tsc", "-p", "tsconfig.json"], { cwd: repoRoot, stdio: "ignore" });
    const save = join(dir, "analyses-w.jsonl");
    await runPhase({ ...base, phase: "analyze", corpus, save });
    const counts: number[][] = [];
    for (const workers of [0, 1]) {
      const db = join(dir, `store-w${workers}.db`);
      const s = await runPhase({ ...base, workers, phase: "sqlite-store", corpus: save, store: db });
      expect(s.articles).toBe(12);
      const { default: Database } = await import("better-sqlite3");
      const d = new Database(db, { readonly: true });
      counts.push(["articles", "entities", "mentions", "events", "statements", "agreements"].map((t) => (d.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n));
      d.close();
    }
    expect(counts[1]).toEqual(counts[0]);
  }, 120_000);

  it("stage timing covers every stage of analyzeArticle", async () => {
    const r = await runPhase({ ...base, phase: "stages", corpus });
    expect(r.articles).toBe(5);
    expect(Object.keys(JSON.parse(r.note!) as object)).toEqual(["read+decode", "toArticle", "buildDoc", "recognizeEntities", "extractEvents", "extractQuotes", "extractAgreements"]);
  });

  it("names the phases it knows when given another", async () => {
    await expect(runPhase({ ...base, phase: "warp", corpus })).rejects.toThrow(/unknown phase "warp"/);
  });
});
