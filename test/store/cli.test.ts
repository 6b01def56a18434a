// The corpus commands end to end (run from source): ingest, search, events,
// quotes, entities, export; exit codes and messages.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rasd, jsonLines } from "../cli/run-cli.js";
import { hasShared, seedsDir } from "../shared.js";

// Each test runs the CLI several times from source; on a busy machine that is slow.
describe.skipIf(!hasShared)("rasd corpus commands", { timeout: 240_000 }, () => {
  let dir: string;
  let db: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "rasd-cli-"));
    db = join(dir, "corpus.db");
    const input = join(dir, "in");
    // The seeds plus one unreadable file.
    mkdirSync(input);
    for (const f of readdirSync(seedsDir)) copyFileSync(join(seedsDir, f), join(input, f));
    writeFileSync(join(input, "zz_empty.txt"), "   \n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("ingests, reports the bad file, and re-ingests without changes", () => {
    const first = rasd(["ingest", join(dir, "in"), "--db", db, "--workers", "0", "--json"]);
    expect(first.status).toBe(1);
    expect(first.stderr).toMatch(/zz_empty\.txt: empty file/);
    expect(JSON.parse(first.stdout)).toMatchObject({ done: 6, new: 5, failed: 1 });
    const again = rasd(["ingest", join(dir, "in"), "--db", db, "--workers", "0", "--json"]);
    expect(JSON.parse(again.stdout)).toMatchObject({ new: 0, updated: 0, unchanged: 5, failed: 1 });
    const human = rasd(["ingest", join(dir, "in"), "--db", db, "--workers", "0"]);
    expect(human.status).toBe(1);
    expect(human.stdout).toMatch(/6 articles in .* 0 new, 0 updated, 5 unchanged, 1 failed/);
  });

  it("searches with filters, as JSON and for a terminal", () => {
    const r = rasd(["search", "لافروف", "--db", db, "--json"]);
    expect(r.status).toBe(0);
    const res = JSON.parse(r.stdout);
    expect(res.total).toBeGreaterThan(0);
    expect(res.facets.outlet).toBeDefined();
    for (const h of res.hits) expect(h.snippet.highlights.length).toBeGreaterThan(0);
    const human = rasd(["search", "لافروف", "--db", db, "--limit", "1"]);
    expect(human.stdout).toMatch(/\[لافروف\]|\[سير[غج]ي\]/);
    expect(rasd(["search", "NOT لافروف", "--db", db]).status).toBe(2);
    const bad = rasd(["search", "لافروف", "--from", "June", "--db", db]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--from must be YYYY/);
  });

  it("optimizes the index, after which search gives the same answer", () => {
    const before = JSON.parse(rasd(["search", "لافروف", "--db", db, "--json"]).stdout);
    const r = rasd(["optimize", "--db", db]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/index optimised in/);
    const after = JSON.parse(rasd(["search", "لافروف", "--db", db, "--json"]).stdout);
    expect(after.hits.map((h: { id: string; score: number }) => [h.id, h.score])).toEqual(before.hits.map((h: { id: string; score: number }) => [h.id, h.score]));
  });

  it("lists events, quotes and entities", () => {
    const ev = JSON.parse(rasd(["events", "--db", db, "--json", "--limit", "5"]).stdout);
    expect(ev).toHaveProperty("total");
    expect(ev.items.length).toBeLessThanOrEqual(5);
    const qs = JSON.parse(rasd(["quotes", "--db", db, "--json"]).stdout);
    expect(qs).toHaveProperty("items");
    const es = JSON.parse(rasd(["entities", "--db", db, "--json"]).stdout);
    expect(es).toHaveProperty("total");
    expect(rasd(["events", "--type", "lunch", "--db", db]).status).toBe(2);
  });

  it("exports JSON Lines, CSV with a BOM, and PLOVER lines", () => {
    const jsonl = jsonLines(rasd(["export", "--format", "jsonl", "--db", db]).stdout);
    expect(jsonl).toHaveLength(5);
    expect(jsonl[0]).toMatchObject({ schema: "rasd.analysis/1" });
    const csv = rasd(["export", "--format", "csv", "--db", db]).stdout;
    expect(csv.startsWith("\uFEFFevent_id,")).toBe(true);
    const out = join(dir, "events.plover.jsonl");
    expect(rasd(["export", "--format", "plover", "--db", db, "--out", out]).status).toBe(0);
    expect(rasd(["export", "--db", db]).status).toBe(2);
  });
});
