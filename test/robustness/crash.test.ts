// Crash safety of `rasd ingest` (the built CLI) on SQLite: SIGKILL at random
// points of a large ingest, then a re-run completes with every article once,
// the same content as an uninterrupted ingest, and an intact database.
// Readers (a read-only connection and `rasd search`) keep working meanwhile.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.js";
import { writeCorpus } from "../../src/bench/generate.js";
import { repoRoot } from "../shared.js";
import { committed, lcg } from "./crash-helpers.js";

const CLI = join(repoRoot, "bin", "rasd.js");
const built = existsSync(join(repoRoot, "dist", "cli", "main.js"));
if (!built) console.warn("[rasd tests] dist/ is missing (npm run build): the crash-safety tests are skipped.");

const N = 1000;
const dir = mkdtempSync(join(tmpdir(), "rasd-crash-"));
const corpus = join(dir, "corpus");
/** Filled by one uninterrupted ingest (the readers' test, which runs first). */
const cleanDb = join(dir, "clean.db");
let ids: string[] = [];

beforeAll(async () => {
  const s = await writeCorpus({ n: N, seed: 42, outDir: corpus, format: "jsonl", shardSize: 500, targetBytes: 800 });
  ids = [];
  const { readInputs } = await import("../../src/ingest/read.js");
  for await (const item of readInputs(s.files)) if (item.ok) ids.push(item.raw.id);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ingest(db: string): ChildProcess {
  return spawn(process.execPath, [CLI, "ingest", corpus, "--db", db, "--batch", "50", "--workers", "1", "--json"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function finished(p: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }> {
  let stdout = "";
  p.stdout!.on("data", (d) => (stdout += d));
  p.stderr!.resume();
  return new Promise((resolve) => p.on("exit", (code, signal) => resolve({ code, signal, stdout })));
}

async function killWhen(p: ChildProcess, ready: () => boolean, extraMs: number): Promise<void> {
  while (!ready() && p.exitCode === null) await new Promise((r) => setTimeout(r, 40));
  await new Promise((r) => setTimeout(r, extraMs));
  p.kill("SIGKILL");
}

function check(db: string) {
  const d = new Database(db);
  try {
    if (!d.prepare("select 1 from sqlite_master where name = 'articles'").get()) return { integrity: d.pragma("integrity_check", { simple: true }), rows: [], total: 0, texts: 0 };
    const integrity = d.pragma("integrity_check", { simple: true });
    const rows = d.prepare("select id from articles").pluck().all() as string[];
    const total = d.prepare("select articles from corpus_totals where id = 1").pluck().get() as number;
    const texts = d.prepare("select count(*) from article_texts").pluck().get() as number;
    return { integrity, rows, total, texts };
  } finally {
    d.close();
  }
}

async function statsOf(db: string) {
  const s = await openStore(db);
  try {
    return await s.stats();
  } finally {
    await s.close();
  }
}

describe.skipIf(!built)("SIGKILL during rasd ingest", () => {
  it("readers keep working while an ingest writes (WAL)", async () => {
    const db = cleanDb;
    // Create the store first so readers can open it read-only from the start.
    await (await openStore(db)).close();
    const p = ingest(db);
    const done = finished(p);
    const reader = new Database(db, { readonly: true, fileMustExist: true });
    const seen: number[] = [];
    let searches = 0;
    try {
      while (p.exitCode === null && p.signalCode === null) {
        seen.push(reader.prepare("select count(*) from articles").pluck().get() as number);
        if (seen.length % 5 === 0) {
          const s = spawnSync(process.execPath, [CLI, "search", "وزير", "--db", db, "--json", "--limit", "3"], { encoding: "utf8", timeout: 30_000 });
          expect(s.status, s.stderr).toBe(0);
          expect(JSON.parse(s.stdout)).toHaveProperty("total");
          searches++;
        }
        await new Promise((r) => setTimeout(r, 150));
      }
    } finally {
      reader.close();
    }
    expect((await done).code).toBe(0);
    expect(searches).toBeGreaterThan(0);
    // Readers saw the corpus grow, never shrink, while the writer committed batch after batch.
    expect(seen.some((n) => n > 0 && n < N)).toBe(true);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
    expect(check(db).rows.length).toBe(N);
  }, 420_000);

  it("re-running completes with no duplicate, no missing article and an intact database", async () => {
    const db = join(dir, "killed.db");
    const rnd = lcg(7);
    const counts: number[] = [];
    // Kill points: during start-up and migrations, then after random numbers of committed
    // articles plus a random delay, so some land inside a batch's transaction.
    const targets = [0, 0.25, 0.55, 0.85].map((f) => Math.floor(f * N * (0.8 + rnd() * 0.2)));
    for (const [k, target] of targets.entries()) {
      const p = ingest(db);
      const done = finished(p);
      await killWhen(p, () => target === 0 || committed(db) >= target, target === 0 ? 150 + rnd() * 300 : rnd() * 400);
      const r = await done;
      const c = check(db);
      expect(c.integrity, `after kill ${k + 1}`).toBe("ok");
      expect(new Set(c.rows).size).toBe(c.rows.length);
      // Every committed article is whole: its text row and the corpus total agree with it.
      expect(c.texts).toBe(c.rows.length);
      expect(c.total).toBe(c.rows.length);
      counts.push(r.signal === "SIGKILL" ? c.rows.length : -1);
    }
    // Some kills must have landed mid-ingest (neither before the first batch nor after the last).
    expect(counts.some((n) => n > 0 && n < N), `stored at each kill: ${counts.join(", ")}`).toBe(true);

    const final = await finished(ingest(db));
    expect(final.code).toBe(0);
    const summary = JSON.parse(final.stdout);
    expect(summary.failed).toBe(0);
    const c = check(db);
    expect(c.integrity).toBe("ok");
    expect(c.rows.length).toBe(N);
    expect(new Set(c.rows)).toEqual(new Set(ids));
    expect(c.total).toBe(N);

    // Same content as the uninterrupted ingest of the readers' test.
    expect(await statsOf(db)).toEqual(await statsOf(cleanDb));
  }, 420_000);

});
